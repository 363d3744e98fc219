"""Receipts: allocation (auto and manual), advances, write-offs, re-allocation, cancelling."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from payment_builders import DAY, customer, invoice, ledger_balance, outstanding, receive
from vyapar_lite.db.models import Allocation, AuditEntry, Customer, LedgerEntry, Receipt
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import payments, sales

LATER = date(2026, 5, 20)


@pytest.fixture
def code(shop_file: Path) -> str:
    return customer()


def _id(code: str) -> int:
    return int(Customer.get(Customer.code == code).id)


def test_auto_allocation_settles_the_oldest_due_first(code: str) -> None:
    newer = invoice(code, 500000, date(2026, 5, 12))
    older = invoice(code, 1000000, date(2026, 5, 1))

    view = payments.get_receipt(receive(code, 1200000, LATER))

    assert [(s.number, s.amount) for s in view.settled] == [(older, 1000000), (newer, 200000)]
    assert (outstanding(older), outstanding(newer)) == (0, 300000)
    assert view.allocated == 1200000
    assert view.unallocated == 0
    assert view.balance_after == view.balance_now == 300000 == ledger_balance(_id(code))
    assert view.number == "RCT/26-27/00001"
    assert view.amount_in_words == "Twelve Thousand Rupees Only"


def test_open_invoices_lists_what_is_owed_with_days_overdue(code: str) -> None:
    first = invoice(code, 1000000, date(2026, 5, 1))
    receive(code, 400000, date(2026, 5, 2))

    rows = payments.open_invoices(code, on=date(2026, 5, 31))

    assert [(r.number, r.total, r.outstanding, r.days_overdue) for r in rows] == [
        (first, 1000000, 600000, 30)
    ]


def test_manual_allocation_is_kept_as_given(code: str) -> None:
    a = invoice(code, 1000000)
    b = invoice(code, 500000)

    view = payments.get_receipt(receive(code, 700000, allocations={b: 500000, a: 100000}))

    assert {s.number: s.amount for s in view.settled} == {a: 100000, b: 500000}
    assert (outstanding(a), outstanding(b)) == (900000, 0)
    assert view.unallocated == 100000  # left as the advance


def test_over_allocation_is_refused_with_a_message_naming_the_invoice(code: str) -> None:
    number = invoice(code, 120000)

    with pytest.raises(ValidationError) as caught:
        receive(code, 500000, allocations={number: 150000})

    message = caught.value.for_field(f"allocation {number}")
    assert message is not None
    assert number in message and "₹1,200.00 outstanding" in message
    assert Receipt.select().count() == 0
    assert ledger_balance(_id(code)) == 120000


def test_allocating_more_than_the_receipt_is_refused(code: str) -> None:
    a = invoice(code, 500000)
    b = invoice(code, 500000)

    with pytest.raises(ValidationError) as caught:
        receive(code, 400000, allocations={a: 300000, b: 300000})

    assert "more than the receipt's ₹4,000.00" in (caught.value.for_field("allocations") or "")


def test_unallocated_money_is_an_advance_offered_and_used_on_the_next_invoice(code: str) -> None:
    receive(code, 300000)
    assert payments.advance_available(code) == 300000
    assert ledger_balance(_id(code)) == -300000

    number = invoice(code, 500000, LATER)
    used = payments.apply_advance(code, number, 300000)

    assert used == {"RCT/26-27/00001": 300000}
    assert payments.advance_available(code) == 0
    assert outstanding(number) == 200000
    assert ledger_balance(_id(code)) == 200000  # the advance was credited when received
    assert AuditEntry.get(AuditEntry.action == "apply_advance").record_label == number


def test_an_advance_can_not_be_applied_beyond_itself_or_the_invoice(code: str) -> None:
    receive(code, 300000)
    number = invoice(code, 100000, LATER)

    with pytest.raises(ValidationError) as caught:
        payments.apply_advance(code, number, 200000)
    assert "₹1,000.00 outstanding" in (caught.value.for_field(f"allocation {number}") or "")

    other = invoice(code, 900000, LATER)
    with pytest.raises(ValidationError) as caught:
        payments.apply_advance(code, other, 400000)
    assert "₹3,000.00 advance" in (caught.value.for_field("amount") or "")


def test_the_advance_is_shown_on_the_next_receipt_preview(code: str) -> None:
    receive(code, 100000)
    number = invoice(code, 500000, LATER)

    preview = payments.preview_receipt(payments.ReceiptDraft(code, LATER, 200000))

    assert preview.advance_before == 100000
    assert preview.allocations == {number: 200000}
    assert preview.balance_before == 400000
    assert preview.balance_after == 200000
    assert preview.number_preview == "RCT/26-27/00002"


def test_write_off_at_settlement_is_its_own_posting(code: str) -> None:
    number = invoice(code, 1000000)

    view = payments.record_receipt(
        payments.ReceiptDraft(
            code,
            LATER,
            999000,
            mode="upi",
            reference="UPI-4411",
            write_offs={number: 1000},
            write_off_reason="Rounded off at settlement",
        )
    )

    assert view.write_off_number == "WO/26-27/00001"
    assert view.write_off_amount == 1000
    assert outstanding(number) == 0
    assert ledger_balance(_id(code)) == 0
    kinds = [
        (e.kind, e.doc_number, e.credit)
        for e in LedgerEntry.select().where(LedgerEntry.credit > 0).order_by(LedgerEntry.id)
    ]
    assert kinds == [
        ("receipt", "RCT/26-27/00001", 999000),
        ("write_off", "WO/26-27/00001", 1000),
    ]
    wo = payments.get_receipt("WO/26-27/00001")
    assert (wo.origin, wo.notes, wo.mode) == ("write_off", "Rounded off at settlement", "")


def test_a_write_off_needs_a_reason_and_fits_what_is_left(code: str) -> None:
    number = invoice(code, 1000000)

    with pytest.raises(ValidationError) as caught:
        payments.record_receipt(
            payments.ReceiptDraft(code, LATER, 999000, write_offs={number: 2000})
        )
    assert caught.value.for_field("write off reason")
    assert "₹10.00 left to write off" in (caught.value.for_field(f"write off {number}") or "")


def test_standalone_write_off_and_its_cancellation(code: str) -> None:
    number = invoice(code, 1000000)

    wo = payments.write_off(number, 5000, on=LATER, reason="Damaged packing")
    assert outstanding(number) == 995000

    payments.cancel_receipt(wo.number, "entered by mistake")
    assert outstanding(number) == 1000000
    assert ledger_balance(_id(code)) == 1000000


def test_reallocation_moves_money_between_invoices_and_is_audited(code: str) -> None:
    a = invoice(code, 500000)
    b = invoice(code, 500000)
    number = receive(code, 500000, allocations={a: 500000})

    view = payments.reallocate(number, {b: 300000}, reason="customer meant the second bill")

    assert {s.number: s.amount for s in view.settled} == {b: 300000}
    assert (outstanding(a), outstanding(b)) == (500000, 200000)
    assert view.amount == 500000 and view.unallocated == 200000
    entry = AuditEntry.get(AuditEntry.action == "reallocate")
    assert entry.note == "customer meant the second bill"
    assert a in (entry.before_json or "") and b in (entry.after_json or "")
    assert ledger_balance(_id(code)) == 500000  # the ledger does not move


def test_reallocation_is_refused_beyond_what_is_outstanding(code: str) -> None:
    a = invoice(code, 500000)
    b = invoice(code, 100000)
    number = receive(code, 500000, allocations={a: 500000})

    with pytest.raises(ValidationError) as caught:
        payments.reallocate(number, {b: 200000})
    assert "₹1,000.00 outstanding" in (caught.value.for_field(f"allocation {b}") or "")
    assert Allocation.select().count() == 1


def test_counter_receipts_keep_their_allocation(code: str) -> None:
    line = sales.LineInput("Goods", 1000, 100000, 0)
    doc = sales.post_invoice(sales.InvoiceDraft(code, DAY, [line], received=100000))
    counter = Receipt.get(Receipt.origin == "invoice")

    with pytest.raises(ValidationError):
        payments.reallocate(counter.number, {})
    with pytest.raises(ValidationError):
        payments.cancel_receipt(counter.number, "no")
    assert outstanding(doc.number) == 0


def test_cancelling_a_receipt_reopens_its_invoices_and_keeps_the_number(code: str) -> None:
    number = invoice(code, 1000000)
    receipt = receive(code, 600000)

    view = payments.cancel_receipt(receipt, "cheque entered twice")

    assert view.status == "cancelled"
    assert view.cancel_reason == "cheque entered twice"
    assert outstanding(number) == 1000000
    assert ledger_balance(_id(code)) == 1000000
    assert payments.advance_available(code) == 0
    assert receive(code, 100, LATER) == "RCT/26-27/00002"
    with pytest.raises(ValidationError):
        payments.cancel_receipt(receipt, "again")


def test_cancelling_a_receipt_cancels_the_write_off_posted_with_it(code: str) -> None:
    number = invoice(code, 1000000)
    view = payments.record_receipt(
        payments.ReceiptDraft(
            code, LATER, 999000, write_offs={number: 1000}, write_off_reason="round off"
        )
    )

    payments.cancel_receipt(view.number, "wrong customer")

    assert payments.get_receipt(view.write_off_number).status == "cancelled"
    assert outstanding(number) == 1000000
    assert ledger_balance(_id(code)) == 1000000


def test_a_receipt_needs_a_real_customer_amount_and_mode(code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        payments.record_receipt(payments.ReceiptDraft("CASH", DAY, 100))
    assert caught.value.for_field("customer")
    with pytest.raises(ValidationError) as caught:
        payments.record_receipt(payments.ReceiptDraft(code, DAY, 0, mode="barter"))
    assert caught.value.for_field("amount") and caught.value.for_field("mode")
    with pytest.raises(ValidationError) as caught:
        payments.record_receipt(payments.ReceiptDraft(code, DAY, 100, mode="cheque"))
    assert caught.value.for_field("cheque number")


def test_receipt_lists(code: str) -> None:
    receive(code, 100000, mode="upi", reference="UPI-1")
    receive(code, 200000, LATER)

    rows = payments.customer_receipts(code)
    assert [(r.number, r.amount, r.unallocated) for r in rows] == [
        ("RCT/26-27/00002", 200000, 200000),
        ("RCT/26-27/00001", 100000, 100000),
    ]
    assert [r.number for r in payments.recent_receipts(search="RCT/26-27/00001")] == [
        "RCT/26-27/00001"
    ]
    assert payments.next_receipt_number(LATER) == "RCT/26-27/00003"
