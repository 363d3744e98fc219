"""The Payments screen's lists across every customer: refunds and payments out, and purchase
bills; newest first, searched by our number, their reference or bill number, or the customer's
code or name. Read-only (the per-customer lists are `payments_out.customer_payments` and
`purchases.customer_bills`)."""

from __future__ import annotations

from typing import Any

from vyapar_lite.db.models import Customer, PaymentOut, PurchaseBill
from vyapar_lite.services.payments_out import PaymentSummary
from vyapar_lite.services.purchases import BillView, get_bill
from vyapar_lite.services.sales_postings import tuples


def recent_payments(*, search: str = "", limit: int = 200) -> list[PaymentSummary]:
    """Refunds and payments to suppliers (a contra's payable side is left out: the contra is
    listed with the receipts), newest first."""
    query: Any = (
        PaymentOut.select(PaymentOut, Customer.code, Customer.name)
        .join(Customer)
        .where(PaymentOut.purpose != "contra")
    )
    text = search.strip()
    if text:
        query = query.where(
            PaymentOut.number.contains(text)
            | PaymentOut.reference.contains(text)
            | PaymentOut.cheque_number.contains(text)
            | Customer.code.contains(text)
            | Customer.name.contains(text)
        )
    rows = query.order_by(PaymentOut.pay_date.desc(), PaymentOut.id.desc()).limit(limit)
    return [
        PaymentSummary(
            r.number,
            r.purpose,
            r.pay_date,
            r.code,
            r.name,
            r.amount,
            r.mode,
            r.reference or r.cheque_number,
            r.status,
        )
        for r in rows.objects()
    ]


def recent_bills(*, search: str = "", limit: int = 200) -> list[BillView]:
    """Purchase bills, newest first."""
    query: Any = PurchaseBill.select(PurchaseBill.number).join(Customer)
    text = search.strip()
    if text:
        query = query.where(
            PurchaseBill.number.contains(text)
            | PurchaseBill.bill_number.contains(text)
            | Customer.code.contains(text)
            | Customer.name.contains(text)
        )
    query = query.order_by(PurchaseBill.bill_date.desc(), PurchaseBill.id.desc()).limit(limit)
    return [get_bill(str(number)) for (number,) in tuples(query)]
