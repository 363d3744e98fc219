"""The Payments screen's lists across customers: payments out and purchase bills."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from payment_builders import DAY, customer, invoice, receive, supplier
from vyapar_lite.services import payments


def test_recent_payments_and_bills_newest_first_and_searched(shop_file: Path) -> None:
    gupta = supplier("Gupta Electricals")
    asha = customer("Asha Verma")
    older = payments.record_bill(
        payments.BillDraft(gupta, "GE/101", date(2026, 5, 1), taxable=100000, gst=0, total=100000)
    ).number
    newer = payments.record_bill(
        payments.BillDraft(gupta, "GE/118", date(2026, 5, 12), taxable=50000, gst=0, total=50000)
    ).number
    paid = payments.record_supplier_payment(
        payments.SupplierPaymentDraft(gupta, DAY, 120000, mode="upi", reference="UPI55")
    ).number
    receive(asha, 30000, DAY)
    refund = payments.record_refund(payments.RefundDraft(asha, date(2026, 5, 11), 10000)).number
    invoice(gupta, 200000)
    payments.post_contra(gupta, date(2026, 5, 20))  # its payable side is not listed here

    assert [p.number for p in payments.recent_payments()] == [refund, paid]
    assert [p.number for p in payments.recent_payments(search="upi55")] == [paid]
    assert [p.number for p in payments.recent_payments(search="asha")] == [refund]
    assert [b.number for b in payments.recent_bills()] == [newer, older]
    assert [b.number for b in payments.recent_bills(search="GE/101")] == [older]
    assert payments.recent_bills(search="nobody") == []
    assert payments.get_bill(older).outstanding == 0  # paid first: it is the oldest due
