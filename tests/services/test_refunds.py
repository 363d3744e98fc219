"""Refunds (payment out to a customer): of an advance, of a credit-note balance; cancelling."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from payment_builders import DAY, customer, invoice, ledger_balance, outstanding, receive
from vyapar_lite.db.models import Customer, LedgerEntry
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import payments, sales

LATER = date(2026, 5, 25)


@pytest.fixture
def code(shop_file: Path) -> str:
    return customer()


def _id(code: str) -> int:
    return int(Customer.get(Customer.code == code).id)


def test_refunding_an_advance(code: str) -> None:
    receipt = receive(code, 300000)
    assert payments.refundable(code) == payments.Refundable(300000, 0, 300000)

    view = payments.record_refund(
        payments.RefundDraft(code, LATER, 200000, mode="upi", reference="UPI-REF-9")
    )

    assert view.number == "PAY/26-27/00001"
    assert (view.purpose, view.from_advance, view.from_credit_notes) == ("refund", 200000, 0)
    assert payments.advance_available(code) == 100000
    assert ledger_balance(_id(code)) == -100000
    assert view.balance_after == -100000
    entry = LedgerEntry.get(LedgerEntry.kind == "refund")
    assert (entry.debit, entry.doc_type, entry.doc_number) == (200000, "payment_out", view.number)
    assert payments.get_receipt(receipt).refunded == 200000
    assert payments.get_receipt(receipt).unallocated == 100000


def test_a_refund_is_limited_to_what_is_refundable(code: str) -> None:
    receive(code, 100000)
    with pytest.raises(ValidationError) as caught:
        payments.record_refund(payments.RefundDraft(code, LATER, 100001))
    assert "only ₹1,000.00 to refund" in (caught.value.for_field("amount") or "")


def test_refunding_a_credit_note_balance(code: str) -> None:
    number = invoice(code, 1000000)
    receive(code, 1000000)
    sales.post_credit_note(
        number, doc_date=LATER, price_corrections={1: 150000}, reason="rate agreed lower"
    )
    assert ledger_balance(_id(code)) == -150000
    assert outstanding(number) == 0
    assert payments.refundable(code) == payments.Refundable(0, 150000, 150000)

    view = payments.record_refund(payments.RefundDraft(code, LATER, 150000))

    assert (view.from_advance, view.from_credit_notes) == (0, 150000)
    assert ledger_balance(_id(code)) == 0
    assert payments.refundable(code).total == 0


def test_a_refund_takes_the_advance_first_then_the_credit_notes(code: str) -> None:
    number = invoice(code, 1000000)
    receive(code, 1000000, allocations={number: 1000000})
    sales.post_credit_note(number, doc_date=LATER, price_corrections={1: 50000}, reason="rate")
    receive(code, 20000, LATER)  # an advance

    view = payments.record_refund(payments.RefundDraft(code, LATER, 60000))

    assert (view.from_advance, view.from_credit_notes) == (20000, 40000)
    assert payments.refundable(code) == payments.Refundable(0, 10000, 10000)


def test_cancelling_a_refund_gives_the_advance_back(code: str) -> None:
    receipt = receive(code, 300000)
    refund = payments.record_refund(payments.RefundDraft(code, LATER, 300000)).number
    with pytest.raises(ValidationError) as caught:
        payments.cancel_receipt(receipt, "wrong")
    assert "cancel the refund first" in (caught.value.for_field("number") or "")

    view = payments.cancel_payment(refund, "customer kept it as advance")

    assert view.status == "cancelled"
    assert payments.advance_available(code) == 300000
    assert ledger_balance(_id(code)) == -300000
    payments.cancel_receipt(receipt, "now it can go")
    assert ledger_balance(_id(code)) == 0


def test_refund_by_cheque_needs_its_details(code: str) -> None:
    receive(code, 300000)
    with pytest.raises(ValidationError) as caught:
        payments.record_refund(payments.RefundDraft(code, DAY, 1000, mode="cheque"))
    assert caught.value.for_field("cheque number")
    view = payments.record_refund(
        payments.RefundDraft(
            code, DAY, 1000, mode="cheque", cheque=payments.ChequeDetails("000123", "SBI", DAY)
        )
    )
    assert view.cheque == payments.ChequeDetails("000123", "SBI", DAY)
    assert [p.number for p in payments.customer_payments(code)] == [view.number]
