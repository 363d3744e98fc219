"""The statement's lines read as ledger tuples, with the running balance worked out in Python and
each document's facts read by id (issue 21, third pass), are the lines the old path made: one
query joining every ledger row to its invoice, the invoice a note is against and its receipt,
with SQL's `SUM() OVER` for the running balance. The old path is kept here, as it was, to compare
against on a shop with every kind of line: invoices, a cancelled invoice with its counter receipt,
credit and debit notes, receipts by UPI, cash and cheque, a cancelled receipt, a bounced cheque
with its bank charge (debit memo), a write-off, a refund, an advance, a contra settlement, an
opening bill and history without documents."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import peewee as pw
import pytest

from factories import ISSUING_SHOP, make_customer
from report_builders import history
from vyapar_lite.db.models import LedgerEntry, Receipt, SalesDoc
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import (
    orders,
    payments,
    sales,
    shop,
    statement,
    statement_facts,
    supplier_side,
)
from vyapar_lite.services.report_rows import day, rows_of
from vyapar_lite.services.sales_postings import MODE_LABELS
from vyapar_lite.services.statement import StatementLine

DAY = date(2026, 5, 10)
PERIOD = (date(2026, 4, 1), date(2026, 6, 30))
GOODS = LineInput("Steel Tiffin Box", 2000, 42000, 1800, hsn_sac="7323", unit="pcs")


@pytest.fixture
def code(shop_file: Path) -> str:
    """One customer (also a supplier) with one of every kind of statement line."""
    supplier_side.install()
    shop.save_profile(ISSUING_SHOP)
    code = make_customer(
        "Sharma Traders", state_code="27", city="Pune", also_supplier=True, opening=150000
    ).code
    history(code, (date(2026, 4, 2), "invoice", "OLD/9", 70000, 0))
    draft = sales.InvoiceDraft
    sales.post_invoice(draft(code, DAY, [GOODS], received=10000, mode="upi", reference="U1"))
    shipped = sales.post_invoice(draft(code, DAY, [GOODS]))
    sales.post_credit_note(shipped.number, doc_date=DAY, returns={1: 1000}, reason="Damaged")
    sales.post_debit_note(
        shipped.number, doc_date=DAY, lines=[LineInput("Freight", 1000, 5000, 1800)], reason="Fr"
    )
    twice = sales.post_invoice(draft(code, date(2026, 5, 11), [GOODS], received=20000))
    sales.cancel_invoice(twice.number, "Typed twice")
    orders.create_order(orders.OrderDraft(code, DAY, [GOODS], advance=20000, mode="cash"))
    wrong = payments.record_receipt(payments.ReceiptDraft(code, DAY, 30000, allocations=None))
    payments.cancel_receipt(wrong.number, "entered twice")
    payments.record_receipt(payments.ReceiptDraft(code, DAY, 30000, allocations=None))
    payments.write_off(shipped.number, 100, on=DAY, reason="round off")
    cheque = payments.ChequeDetails("123456", "HDFC Bank", DAY)
    bounced = payments.record_receipt(
        payments.ReceiptDraft(code, DAY, 20000, mode="cheque", cheque=cheque)
    )
    payments.mark_bounced(bounced.number, date(2026, 5, 14), reason="funds", charge=30000)
    payments.record_receipt(payments.ReceiptDraft(code, DAY, 10000, allocations={}))
    payments.record_refund(payments.RefundDraft(code, date(2026, 5, 16), 5000))
    payments.record_bill(
        payments.BillDraft(code, "GE/7", DAY, taxable=100000, gst=18000, total=118000)
    )
    payments.post_contra(code, date(2026, 5, 31))
    return code


def test_every_kind_of_line_is_on_the_shop(code: str) -> None:
    lines = statement.statement_lines(statement.open_statement(code, *PERIOD))
    kinds = {line.kind for line in lines}
    assert kinds >= {"opening", "invoice", "receipt", "credit_note", "debit_note", "debit_memo",
                     "cancel", "bounce", "write_off", "refund", "contra"}  # fmt: skip
    statuses = {(line.type_label, line.status) for line in lines}
    assert ("Invoice (cancelled)", "cancelled") in statuses
    assert ("Receipt (cancelled)", "cancelled") in statuses
    assert ("Receipt (bounced)", "cancelled") in statuses
    assert ("Invoice cancelled", "reversal") in statuses
    references = {line.reference for line in lines}
    assert {"UPI U1", "Cheque 123456", "Cash"} <= references
    assert any(r.startswith("Against INV/") for r in references)


def test_the_lines_are_the_old_path_s_lines(code: str) -> None:
    head = statement.open_statement(code, *PERIOD)
    old = _old_lines(head)
    assert len(old) == head.line_count > 15
    assert statement.statement_lines(head) == old
    assert list(statement.iter_statement_lines(head)) == old
    for offset in range(head.line_count + 1):  # every page start, its balance brought along
        for limit in (1, 4):
            assert statement.statement_lines(head, offset=offset, limit=limit) == _old_lines(
                head, offset, limit
            ), (offset, limit)
    assert statement.statement_lines(head, offset=5) == old[5:]


def test_an_export_s_batches_carry_the_balance_and_their_own_facts(
    code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    head = statement.open_statement(code, *PERIOD)
    monkeypatch.setattr(statement, "_BATCH", 3)
    monkeypatch.setattr(statement_facts, "_IDS", 2)  # and the documents' ids read two at a time
    reads: list[int] = []
    real_ids = statement_facts.CancelledInvoices.ids

    def ids(self: statement_facts.CancelledInvoices) -> frozenset[int]:
        reads.append(self._ids is None)  # True: read from the store
        return real_ids(self)

    monkeypatch.setattr(statement_facts.CancelledInvoices, "ids", ids)
    assert list(statement.iter_statement_lines(head)) == _old_lines(head)
    assert reads.count(True) == 1 < len(reads), "the cancelled invoices are read once"


def test_a_lazy_run_of_lines_acts_as_a_list(code: str) -> None:
    head = statement.open_statement(code, *PERIOD)
    lines = statement.statement_lines(head)
    old = _old_lines(head)
    assert (len(lines), lines[0], lines[-1], lines[2:5]) == (len(old), old[0], old[-1], old[2:5])
    assert lines.closing == head.closing == old[-1].balance
    with pytest.raises(IndexError):
        lines[len(old)]
    assert statement.statement_lines(head, offset=len(old)) == []


# --- the old path, as it was before the third pass (statement.py at 57f76a9) -----------------

_AGAINST = SalesDoc.alias("against_doc")


def _old_lines(st: statement.Statement, offset: int = 0, limit: int | None = None) -> list[Any]:
    running = pw.fn.SUM(LedgerEntry.debit - LedgerEntry.credit).over(
        order_by=[LedgerEntry.entry_date, LedgerEntry.id]
    )
    query = (
        LedgerEntry.select(
            LedgerEntry.entry_date,
            LedgerEntry.kind,
            LedgerEntry.doc_type,
            LedgerEntry.doc_number,
            LedgerEntry.description,
            LedgerEntry.debit,
            LedgerEntry.credit,
            running,
            SalesDoc.status,
            _AGAINST.number,
            Receipt.status,
            Receipt.mode,
            Receipt.reference,
            Receipt.cheque_number,
        )
        .join(
            SalesDoc,
            pw.JOIN.LEFT_OUTER,
            on=(LedgerEntry.doc_type == "sales_doc") & (SalesDoc.id == LedgerEntry.doc_id),
        )
        .join(_AGAINST, pw.JOIN.LEFT_OUTER, on=(_AGAINST.id == SalesDoc.against))
        .switch(LedgerEntry)
        .join(
            Receipt,
            pw.JOIN.LEFT_OUTER,
            on=(LedgerEntry.doc_type == "receipt") & (Receipt.id == LedgerEntry.doc_id),
        )
        .where(
            (LedgerEntry.customer == st.customer_id)
            & LedgerEntry.entry_date.between(st.start, st.end)
        )
        .order_by(LedgerEntry.entry_date, LedgerEntry.id)
    )
    if offset > 0 or limit is not None:
        query = query.limit(None if limit is None else max(limit, 0)).offset(max(offset, 0))
    return [_old_line(row, st.opening) for row in rows_of(query)]


def _old_line(row: tuple[Any, ...], opening: int) -> StatementLine:
    (entry_date, kind, doc_type, number, description, debit, credit, running, doc_status,
     against, receipt_status, mode, reference, cheque) = row  # fmt: skip
    label = statement.TYPE_LABELS.get(kind) or kind.replace("_", " ").capitalize()
    status = ref = ""
    if doc_type:
        if kind == "cancel":
            label, status = statement._REVERSAL_LABELS.get(doc_type, "Cancelled"), "reversal"
        elif kind == "bounce":
            status = "reversal"
        elif doc_status == "cancelled" or receipt_status == "cancelled":
            label, status = f"{label} (cancelled)", "cancelled"
        elif receipt_status == "bounced":
            label, status = f"{label} (bounced)", "cancelled"
        if doc_type == "receipt" and mode:
            ref = f"{MODE_LABELS.get(mode, mode)} {reference or cheque}".strip()
        elif against:
            ref = f"Against {against}"
    return StatementLine(
        day(entry_date), kind, label, number, description, ref, int(debit), int(credit),
        opening + int(running), status,
    )  # fmt: skip


def test_a_line_whose_receipt_is_another_customer_s_still_names_it(code: str) -> None:
    """No posting writes one (a document's entries go to its own customer's ledger), but a line
    whose receipt is not among the customer's own is still looked up, as the join did."""
    other = make_customer("Gupta Stores", state_code="27").code
    paid = payments.record_receipt(
        payments.ReceiptDraft(other, DAY, 5000, allocations={}, mode="upi", reference="U9")
    )
    receipt = Receipt.get(Receipt.number == paid.number)
    history(code, (date(2026, 6, 2), "receipt", paid.number, 0, 5000))
    LedgerEntry.update(doc_type="receipt", doc_id=receipt.id).where(
        LedgerEntry.doc_number == paid.number, LedgerEntry.kind == "receipt"
    ).execute()
    head = statement.open_statement(code, *PERIOD)
    lines = statement.statement_lines(head)
    assert lines == _old_lines(head)
    assert [ln.reference for ln in lines if ln.doc_number == paid.number] == ["UPI U9"]
