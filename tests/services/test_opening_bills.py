"""Opening balances bill by bill: receipts settle them, Outstanding lists them, Ageing ages them.

The example of issue 14: a customer owes ₹23,400 from before the shop used the app, buys ₹1,935
more and pays ₹5,000; ₹20,335 is to receive, and no advance appears anywhere."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factories import make_customer
from payment_builders import invoice, receive
from vyapar_lite.db import database
from vyapar_lite.db.models import Allocation, AuditEntry, LedgerEntry, SalesDoc
from vyapar_lite.domain.customer import OpeningKind
from vyapar_lite.services import (
    ageing,
    balances,
    books_check,
    open_items,
    outstanding,
    payments,
    receipts,
    sales_register,
    statement,
)
from vyapar_lite.services.allocations import advance_of, customer_row
from vyapar_lite.services.report_scope import CustomerScope

DAY = date(2026, 5, 10)
AS_OF = date(2026, 6, 30)


@pytest.fixture
def code(shop_file: Path) -> str:
    return make_customer("Meena Stores", opening=2340000, payment_terms_days=15).code


def _outstanding(code: str) -> list[tuple[str, str, int]]:
    rows = outstanding.outstanding_page(AS_OF, CustomerScope(customer_code=code))
    return [(r.kind, r.number, r.outstanding) for r in rows]


def test_an_opening_total_is_one_opening_bill_due_after_the_terms(code: str) -> None:
    bill = SalesDoc.get(SalesDoc.kind == "opening_bill")
    assert (bill.number, bill.doc_date, bill.due_date, bill.grand_total) == (
        f"OB/{code}",
        date(2026, 4, 1),
        date(2026, 4, 16),
        2340000,
    )
    entry = LedgerEntry.get(LedgerEntry.doc_type == "sales_doc")
    assert (entry.kind, entry.doc_id, entry.debit) == ("opening", bill.id, 2340000)
    assert AuditEntry.get(AuditEntry.record_type == "sales_doc").record_label == f"OB/{code}"


def test_the_automatic_split_puts_the_money_on_the_opening_bill(code: str) -> None:
    number = invoice(code, 193500, DAY)
    preview = payments.preview_receipt(payments.ReceiptDraft(code, DAY, 500000))
    assert preview.allocations == {f"OB/{code}": 500000}
    assert (preview.advance, preview.balance_after) == (0, 2033500)
    receipt = payments.get_receipt(receive(code, 500000, DAY))
    assert (receipt.unallocated, receipt.balance_after) == (0, 2033500)
    assert advance_of(customer_row(code).id) == 0
    assert _outstanding(code) == [
        ("opening_bill", f"OB/{code}", 1840000),
        ("invoice", number, 193500),
    ]
    # the invoice is due 25-05 (36 days late), the opening bill 16-04 (75 days late)
    _no_advance_anywhere(code, receivable=2033500, bands=(0, 0, 193500, 1840000, 0))


def test_a_manual_split_settles_the_invoice_and_part_of_the_opening_bill(code: str) -> None:
    number = invoice(code, 193500, DAY)
    split = {number: 193500, f"OB/{code}": 306500}
    receipt = payments.get_receipt(receive(code, 500000, DAY, allocations=split))
    assert {line.number: line.amount for line in receipt.settled} == split
    assert receipt.unallocated == 0
    assert _outstanding(code) == [("opening_bill", f"OB/{code}", 2033500)]
    _no_advance_anywhere(code, receivable=2033500, bands=(0, 0, 0, 2033500, 0))


def _no_advance_anywhere(code: str, *, receivable: int, bands: tuple[int, ...]) -> None:
    customer = customer_row(code)
    assert open_items.position(customer.id) == open_items.Position(receivable, receivable, 0)
    summary = outstanding.outstanding_summary(AS_OF, CustomerScope(customer_code=code))
    assert summary.outstanding == receivable
    report = balances.balances(AS_OF, CustomerScope(customer_code=code))
    assert (report.total_receivable, report.total_advance) == (receivable, 0)
    aged = ageing.ageing(AS_OF, CustomerScope(customer_code=code))
    assert (aged.total_receivable, aged.total_advance) == (receivable, 0)
    assert aged.rows[0].bands == bands
    assert books_check.problems() == []


def test_ageing_ages_an_opening_bill_from_its_own_due_date(code: str) -> None:
    aged = ageing.ageing(date(2026, 4, 30), CustomerScope(customer_code=code))
    assert aged.rows[0].bands == (0, 2340000, 0, 0, 0)  # due 16-04: 14 days late


def test_an_opening_bill_is_not_a_sale(code: str) -> None:
    assert sales_register.net_sales(date(2026, 4, 1), date(2027, 3, 31)) == 0
    assert list(sales_register.iter_register(date(2026, 4, 1), date(2027, 3, 31))) == []


def test_the_statement_shows_the_opening_bill(code: str) -> None:
    head = statement.open_statement(code, date(2026, 4, 1), AS_OF)
    lines = list(statement.iter_statement_lines(head))
    assert [(line.doc_number, line.debit) for line in lines] == [(f"OB/{code}", 2340000)]


def test_an_opening_advance_is_an_opening_credit_that_settles_a_new_invoice(
    shop_file: Path,
) -> None:
    code = make_customer("Ravi Kumar", opening=100000, opening_kind=OpeningKind.ADVANCE).code
    customer = customer_row(code)
    assert advance_of(customer.id) == 100000
    assert open_items.position(customer.id) == open_items.Position(-100000, 0, 100000)
    number = invoice(code, 60000, DAY)
    assert receipts.apply_advance(code, number, 60000, on=DAY) == {f"OB/{code}": 60000}
    assert _outstanding(code) == []
    assert open_items.position(customer.id) == open_items.Position(-40000, 0, 40000)


def test_check_verifies_the_allocations_to_an_opening_bill(code: str) -> None:
    receive(code, 500000, DAY)
    bill = SalesDoc.get(SalesDoc.kind == "opening_bill")
    with database.atomic():  # a file changed behind the app's back
        Allocation.update(amount=2400000).where(Allocation.doc == bill.id).execute()
    assert books_check.problems()[0] == (
        f"OB/{code}: receipts allocated ₹24,000.00 to it, more than its total ₹23,400.00"
    )
