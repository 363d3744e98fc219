"""Every place a service creates a posted document names the counter that posted it (issue 18):
a new `SalesDoc.create(...)` (or receipt, payment out, purchase bill, expense, contra voucher)
without `counter=` fails here, and so does a bulk insert of them without a "counter" value."""

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
                and node.func.value.id in DOCUMENTS
            ):
                found.append((path.name, node.lineno, node))
    return found


def test_every_document_created_names_its_counter() -> None:
    creations = _creations()
    assert len(creations) >= 12  # invoices, notes, receipts, payments, bills, vouchers...
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
