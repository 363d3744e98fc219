"""Customers who are also suppliers: purchase bills, payments to them, both sides, contra."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from payment_builders import (
    DAY,
    customer,
    invoice,
    ledger_balance,
    outstanding,
    payable_balance,
    supplier,
)
from vyapar_lite.db.models import (
    AuditEntry,
    Contra,
    Customer,
    LedgerEntry,
    PayableEntry,
    PaymentOut,
    Receipt,
)
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import payments, statement, supplier_side

BILL_DAY = date(2026, 5, 12)
SETTLE_DAY = date(2026, 5, 31)


@pytest.fixture
def code(shop_file: Path) -> str:
    # an unregistered buyer of ₹50,000 or more has an address and state (Rule 46(e))
    return supplier(billing_address="4 Lamington Rd", state_code="27")


@pytest.fixture(autouse=True)
def _statement_hook() -> object:
    supplier_side.install()
    yield None
    statement.set_supplier_side_source(None)


def _id(code: str) -> int:
    return int(Customer.get(Customer.code == code).id)


def _services_bill(code: str, their: str = "GE/118", total: int = 8200000) -> str:
    gst = total * 18 // 118
    return payments.record_bill(
        payments.BillDraft(
            code,
            their,
            BILL_DAY,
            taxable=total - gst,
            gst=gst,
            total=total,
            due_date=date(2026, 6, 11),
            description="Shop wiring",
        )
    ).number


def test_the_124000_82000_42000_example_before_and_after_settlement(code: str) -> None:
    goods = invoice(code, 12400000)
    bill = _services_bill(code)

    before = payments.account_sides(code)
    assert (before.receivable, before.payable, before.net) == (12400000, 8200000, 4200000)
    assert format_money(before.net) == "₹42,000.00"

    preview = payments.preview_contra(code, SETTLE_DAY)
    assert (preview.amount, preview.invoices, preview.bills) == (
        8200000,
        {goods: 8200000},
        {bill: 8200000},
    )
    assert preview.after == payments.AccountSides(4200000, 0, 4200000)

    contra = payments.post_contra(code, SETTLE_DAY, notes="agreed on phone")

    assert contra.number == "CON/26-27/00001"
    assert contra.amount == 8200000
    after = payments.account_sides(code)
    assert (after.receivable, after.payable, after.net) == (4200000, 0, 4200000)
    assert contra.sides_now == after
    assert outstanding(goods) == 4200000
    assert payments.get_bill(bill).outstanding == 0
    assert ledger_balance(_id(code)) == 4200000 and payable_balance(_id(code)) == 0
    entry = LedgerEntry.get(LedgerEntry.kind == "contra")
    assert (entry.credit, entry.doc_number) == (8200000, contra.number)
    side = PayableEntry.get(PayableEntry.kind == "contra")
    assert (side.debit, side.doc_number) == (8200000, contra.number)
    assert AuditEntry.get(AuditEntry.record_type == "contra").record_label == contra.number

    # it shows on both statements
    sheet = statement.open_statement(code, date(2026, 4, 1), date(2027, 3, 31))
    lines = statement.statement_lines(sheet)
    assert [(s.kind, s.doc_number, s.credit) for s in lines if s.kind == "contra"] == [
        ("contra", contra.number, 8200000)
    ]
    assert sheet.closing == 4200000
    assert sheet.supplier is not None
    assert [(s.kind, s.debit, s.credit) for s in sheet.supplier.lines] == [
        ("purchase", 0, 8200000),
        ("contra", 8200000, 0),
    ]
    assert sheet.supplier.closing == 0
    assert sheet.net_closing == 4200000


def test_the_statement_before_settlement_shows_both_sides_and_the_net(code: str) -> None:
    invoice(code, 12400000)
    _services_bill(code)

    sheet = statement.open_statement(code, date(2026, 4, 1), date(2027, 3, 31))

    assert sheet.closing == 12400000
    assert sheet.supplier is not None
    assert sheet.supplier.closing == -8200000  # debit - credit: we owe them
    assert sheet.supplier.lines[0].reference == "Their bill GE/118"
    assert sheet.net_closing == 4200000


def test_cancelling_a_contra_restores_both_sides(code: str) -> None:
    goods = invoice(code, 12400000)
    bill = _services_bill(code)
    contra = payments.post_contra(code, SETTLE_DAY)

    view = payments.cancel_contra(contra.number, "settled by mistake")

    assert view.status == "cancelled"
    assert payments.account_sides(code) == payments.AccountSides(12400000, 8200000, 4200000)
    assert outstanding(goods) == 12400000
    assert payments.get_bill(bill).outstanding == 8200000


def test_cancelling_refuses_a_contra_twice_and_its_halves_on_their_own(code: str) -> None:
    invoice(code, 12400000)
    _services_bill(code)
    contra = payments.post_contra(code, SETTLE_DAY)
    row = Contra.get(Contra.number == contra.number)
    paid_out = PaymentOut.get_by_id(row.payment_id).number
    received = Receipt.get_by_id(row.receipt_id).number
    with pytest.raises(ValidationError) as half:
        payments.cancel_payment(paid_out, "wrong")
    assert half.value.for_field("number") == (
        f"{paid_out} is a contra settlement; cancel the contra"
    )
    with pytest.raises(ValidationError) as other_half:
        payments.cancel_receipt(received, "wrong")
    assert "cancel that instead" in (other_half.value.for_field("number") or "")
    with pytest.raises(ValidationError) as blank:
        payments.cancel_contra(contra.number, "  ")
    assert blank.value.for_field("reason") == "Say why the settlement is cancelled"
    payments.cancel_contra(contra.number, "settled by mistake")
    with pytest.raises(ValidationError) as twice:
        payments.cancel_contra(contra.number, "again")
    assert twice.value.for_field("number") == f"{contra.number} is already cancelled"
    assert payments.get_payment(paid_out).status == "cancelled"  # with the contra, once


def test_a_contra_needs_both_sides(code: str) -> None:
    invoice(code, 100000)
    with pytest.raises(ValidationError) as caught:
        payments.post_contra(code, SETTLE_DAY)
    assert "Nothing to set off" in (caught.value.for_field("customer") or "")


def test_a_smaller_contra_amount_can_be_asked(code: str) -> None:
    invoice(code, 12400000)
    _services_bill(code)
    with pytest.raises(ValidationError):
        payments.post_contra(code, SETTLE_DAY, amount=8200001)
    payments.post_contra(code, SETTLE_DAY, amount=2000000)
    assert payments.account_sides(code) == payments.AccountSides(10400000, 6200000, 4200000)


def test_paying_a_supplier_allocates_to_the_oldest_bill_first(code: str) -> None:
    first = _services_bill(code, "GE/1", 300000)
    second = _services_bill(code, "GE/2", 500000)

    view = payments.record_supplier_payment(
        payments.SupplierPaymentDraft(code, SETTLE_DAY, 400000, mode="bank", reference="NEFT-77")
    )

    assert [(s.number, s.reference, s.amount) for s in view.settled] == [
        (first, "GE/1", 300000),
        (second, "GE/2", 100000),
    ]
    assert view.payable_after == 400000
    assert payable_balance(_id(code)) == 400000
    assert [b.number for b in payments.open_bills(code)] == [second]

    moved = payments.reallocate_payment(view.number, {second: 400000}, reason="as per their ledger")
    assert [(s.number, s.amount) for s in moved.settled] == [(second, 400000)]
    assert payments.get_bill(first).outstanding == 300000

    with pytest.raises(ValidationError) as caught:
        payments.reallocate_payment(view.number, {first: 300001})
    assert "₹3,000.00 outstanding" in (caught.value.for_field(f"allocation {first}") or "")

    payments.cancel_payment(view.number, "bounced transfer")
    assert payable_balance(_id(code)) == 800000
    assert payments.get_bill(second).outstanding == 500000


def test_bills_are_checked(code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        payments.record_bill(payments.BillDraft(code, "", DAY, taxable=1000, gst=180, total=5000))
    assert caught.value.for_field("bill number") and caught.value.for_field("total")
    _services_bill(code, "GE/9", 118000)
    with pytest.raises(ValidationError) as caught:
        _services_bill(code, "ge/9", 118000)
    assert "already entered" in (caught.value.for_field("bill number") or "")


def test_only_suppliers_get_purchase_bills(shop_file: Path) -> None:
    plain = customer("Only Buys")
    with pytest.raises(ValidationError) as caught:
        payments.record_bill(payments.BillDraft(plain, "X1", DAY, taxable=100, gst=0, total=100))
    assert "not marked as also a supplier" in (caught.value.for_field("customer") or "")
    sheet = statement.open_statement(plain, date(2026, 4, 1), date(2027, 3, 31))
    assert sheet.supplier is None


def test_cancelling_a_bill_reverses_it(code: str) -> None:
    bill = _services_bill(code)
    payments.cancel_bill(bill, "duplicate entry")
    assert payable_balance(_id(code)) == 0
    assert payments.open_bills(code) == []
    lines = payments.payable_ledger(code)
    assert [(line.kind, line.balance) for line in lines] == [("purchase", 8200000), ("cancel", 0)]
