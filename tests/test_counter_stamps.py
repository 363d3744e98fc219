"""Every place a service creates a posted document names the counter that posted it (issue 18):
a new `SalesDoc.create(...)` or `bulk.create(SalesDoc, ...)` (or receipt, payment out, purchase
bill, expense, contra voucher) without `counter=` fails here, and so does a bulk insert of them
without a "counter" value.
Receipts and payments out are created through `allocation_postings.create_document(Model,
...)`, whose own `create` must name the counter."""

from __future__ import annotations

import ast
from pathlib import Path

SERVICES = Path(__file__).resolve().parents[1] / "src" / "vyapar_lite" / "services"
DOCUMENTS = {"SalesDoc", "Receipt", "PaymentOut", "PurchaseBill", "Expense", "ContraVoucher"}


def _creations() -> list[tuple[str, int, ast.Call]]:
    found = []
    for path in sorted(SERVICES.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "create"
                and isinstance(node.func.value, ast.Name)
                and (
                    node.func.value.id in DOCUMENTS
                    # bulk.create(SalesDoc, ...): the same row, its statement built once
                    or (
                        node.func.value.id == "bulk"
                        and bool(node.args)
                        and isinstance(node.args[0], ast.Name)
                        and node.args[0].id in DOCUMENTS
                    )
                )
            ):
                found.append((path.name, node.lineno, node))
    return found


def _through_the_helper() -> list[tuple[str, int]]:
    """`create_document(Receipt, ...)` / `(PaymentOut, ...)` calls: documents made by the helper."""
    found = []
    for path in sorted(SERVICES.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "create_document"
                and node.args
                and isinstance(node.args[0], ast.Name)
                and node.args[0].id in DOCUMENTS
            ):
                found.append((path.name, node.lineno))
    return found


def test_the_receipts_and_payments_helper_names_the_counter() -> None:
    tree = ast.parse((SERVICES / "allocation_postings.py").read_text(encoding="utf-8"))
    helper = next(
        n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == "create_document"
    )
    creates = [
        n
        for n in ast.walk(helper)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "create"
    ]
    assert len(creates) == 1
    assert "counter" in {k.arg for k in creates[0].keywords}
    assert {name for name, _line in _through_the_helper()} == {"receipts.py", "payments_out.py"}


def test_every_document_created_names_its_counter() -> None:
    creations = _creations()
    # invoices, notes, receipts, payments, bills, vouchers...
    assert len(creations) + len(_through_the_helper()) >= 12
    missing = [
        f"{name}:{line}"
        for name, line, call in creations
        if "counter" not in {k.arg for k in call.keywords}
    ]
    assert missing == []


def test_bulk_inserts_of_documents_name_the_counter() -> None:
    for name in ("transaction_posting.py", "opening_bills.py"):
        text = (SERVICES / name).read_text(encoding="utf-8")
        assert '"counter"' in text and "counters.current()" in text, name
