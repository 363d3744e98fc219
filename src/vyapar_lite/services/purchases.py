"""Purchase bills from customers who are also suppliers.

A bill is numbered by us (`PB/<year>/`) and keeps the supplier's own number. Postings: a
payable-side credit of its total (kind 'purchase', doc_type 'purchase_bill'); cancelling marks it
cancelled and posts the reversing debit (kind 'cancel') dated like the bill; payments allocated to
it then count for nothing (an allocation counts while its payment and its bill are posted).

What a bill still owes is derived: total - allocations of posted payments (and contras), >= 0.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import peewee as pw

from vyapar_lite.db import database
from vyapar_lite.db.models import BillAllocation, Customer, PaymentOut, PurchaseBill
from vyapar_lite.domain.errors import FieldError, ValidationError, raise_if_any
from vyapar_lite.domain.money import MAX_PAISE, format_money
from vyapar_lite.domain.payment import Owing, days_overdue
from vyapar_lite.services import (
    audit,
    closed_books,
    counters,
    doc_series,
    document_parties,
    supplier_side,
)
from vyapar_lite.services.allocations import customer_row
from vyapar_lite.services.receipt_views import OpenDocument
from vyapar_lite.services.sales_postings import tuples

ROUND_OFF_LIMIT = 100  # total may differ from taxable + GST by up to ₹1 (round-off)
MAX_BILL_NUMBER = 40


@dataclass(frozen=True)
class BillDraft:
    customer_code: str
    bill_number: str  # the supplier's own number
    bill_date: date
    taxable: int
    gst: int
    total: int
    due_date: date | None = None  # None = the bill date
    description: str = ""


@dataclass(frozen=True)
class BillView:
    number: str
    bill_number: str
    bill_date: date
    due_date: date
    customer_code: str
    customer_name: str
    taxable: int
    gst: int
    total: int
    paid: int
    outstanding: int
    status: str
    payments: list[str]
    description: str
    cancel_reason: str
    counter: str = ""  # the counter that posted it ('' before migration 26 or none named)


@dataclass(frozen=True)
class OpenBill:
    id: int
    number: str
    bill_number: str
    bill_date: date
    due_date: date
    total: int
    outstanding: int

    def owing(self) -> Owing:
        return Owing(self.number, self.bill_date, self.due_date, self.outstanding)


def supplier(code: str) -> Customer:
    """A customer the shop buys from: it must exist and be marked as also a supplier."""
    row = customer_row(code)
    if row.is_cash or not row.also_supplier:
        raise ValidationError(
            FieldError(
                "customer",
                f"{row.code} {row.name} is not marked as also a supplier; "
                "tick 'Also a supplier' on their details first",
            )
        )
    return row


def record_bill(draft: BillDraft) -> BillView:
    """Save a purchase bill and its payable-side credit (ONE transaction)."""
    their = draft.bill_number.strip().upper()
    due = draft.due_date or draft.bill_date
    errors = []
    if not their:
        errors.append(FieldError("bill number", "Enter the supplier's bill number"))
    elif len(their) > MAX_BILL_NUMBER:
        errors.append(
            FieldError("bill number", f"A bill number has at most {MAX_BILL_NUMBER} characters")
        )
    if not 0 <= draft.taxable <= MAX_PAISE:
        errors.append(FieldError("taxable", "Enter the taxable value (₹0 or more)"))
    if not 0 <= draft.gst <= MAX_PAISE:
        errors.append(FieldError("gst", "Enter the GST (₹0 or more)"))
    if not 0 < draft.total <= MAX_PAISE:
        errors.append(FieldError("total", "Enter the bill's total"))
    elif abs(draft.total - draft.taxable - draft.gst) > ROUND_OFF_LIMIT:
        errors.append(
            FieldError(
                "total",
                f"The total should be taxable + GST = {format_money(draft.taxable + draft.gst)} "
                "(up to ₹1.00 round-off)",
            )
        )
    if due < draft.bill_date:
        errors.append(FieldError("due date", "The due date can't be before the bill date"))
    raise_if_any(errors)
    with database.atomic():
        customer = supplier(draft.customer_code)
        duplicate = (
            PurchaseBill.select(PurchaseBill.number)
            .where(
                (PurchaseBill.customer == customer.id)
                & (PurchaseBill.bill_number == their)
                & (PurchaseBill.status == "posted")
            )
            .first()
        )
        if duplicate is not None:
            raise ValidationError(
                FieldError(
                    "bill number", f"Their bill {their} is already entered as {duplicate.number}"
                )
            )
        number, year = doc_series.take("purchase_bill", draft.bill_date)
        bill = PurchaseBill.create(
            number=number,
            counter=counters.current(),
            fin_year=year,
            customer=customer.id,
            bill_number=their,
            bill_date=draft.bill_date,
            due_date=due,
            taxable=draft.taxable,
            gst=draft.gst,
            total=draft.total,
            description=draft.description.strip(),
            created_at=datetime.now(),
        )
        document_parties.take("purchase_bill", bill.id, customer)
        supplier_side.post(
            customer.id,
            draft.bill_date,
            "purchase",
            doc_type="purchase_bill",
            doc_id=bill.id,
            doc_number=number,
            description=f"Purchase bill {their}"
            + (f": {bill.description}" if bill.description else ""),
            credit=draft.total,
        )
        audit.record(
            "post",
            "purchase_bill",
            bill.id,
            label=number,
            after={
                "bill_number": their,
                "date": draft.bill_date,
                "due_date": due,
                "taxable": draft.taxable,
                "gst": draft.gst,
                "total": draft.total,
            },
            customer_id=customer.id,
        )
    return get_bill(number)


def cancel_bill(number: str, reason: str) -> BillView:
    reason = reason.strip()
    if not reason:
        raise ValidationError(FieldError("reason", "Say why the bill is cancelled"))
    with database.atomic():
        bill = find_bill(number)
        if bill.status != "posted":
            raise ValidationError(FieldError("number", f"Bill {bill.number} is already cancelled"))
        closed_books.check_open(bill.bill_date, f"bill {bill.number}", doing="cancelled")
        PurchaseBill.update(status="cancelled", cancel_reason=reason).where(
            PurchaseBill.id == bill.id
        ).execute()
        supplier_side.post(
            bill.customer_id,
            bill.bill_date,
            "cancel",
            doc_type="purchase_bill",
            doc_id=bill.id,
            doc_number=bill.number,
            description=f"Purchase bill {bill.bill_number} cancelled: {reason}",
            debit=bill.total,
        )
        audit.record(
            "cancel",
            "purchase_bill",
            bill.id,
            label=bill.number,
            before={"status": "posted"},
            after={"status": "cancelled"},
            customer_id=bill.customer_id,
            note=reason,
        )
    return get_bill(bill.number)


def find_bill(number: str) -> PurchaseBill:
    row = PurchaseBill.get_or_none(PurchaseBill.number == number.strip().upper())
    if row is None:
        raise ValidationError(FieldError("number", f"There is no purchase bill {number.strip()}"))
    return row


def paid_on(bill_ids: Iterable[int], *, exclude_payment: int | None = None) -> dict[int, int]:
    """Allocations of posted payments (and contras) to each bill."""
    ids = list(bill_ids)
    if not ids:
        return {}
    condition = BillAllocation.bill.in_(ids) & (PaymentOut.status == "posted")
    if exclude_payment is not None:
        condition &= BillAllocation.payment != exclude_payment
    query = (
        BillAllocation.select(BillAllocation.bill, pw.fn.SUM(BillAllocation.amount))
        .join(PaymentOut)
        .where(condition)
        .group_by(BillAllocation.bill)
    )
    return {int(b): int(a) for b, a in tuples(query)}


def owing_bills(customer_id: int, *, exclude_payment: int | None = None) -> list[OpenBill]:
    """The supplier's posted bills that still owe something, oldest due first."""
    rows: list[Any] = list(
        PurchaseBill.select().where(
            (PurchaseBill.customer == customer_id) & (PurchaseBill.status == "posted")
        )
    )
    paid = paid_on((r.id for r in rows), exclude_payment=exclude_payment)
    bills = [
        OpenBill(
            r.id,
            r.number,
            r.bill_number,
            r.bill_date,
            r.due_date,
            r.total,
            max(0, r.total - paid.get(r.id, 0)),
        )
        for r in rows
    ]
    return sorted(
        (b for b in bills if b.outstanding > 0), key=lambda b: (b.due_date, b.bill_date, b.number)
    )


def open_bills(
    code: str, *, on: date | None = None, exclude_payment: str = ""
) -> list[OpenDocument]:
    customer = customer_row(code)
    excluded = None
    if exclude_payment.strip():
        row = PaymentOut.get_or_none(PaymentOut.number == exclude_payment.strip().upper())
        excluded = row.id if row is not None else None
    day = on or date.today()
    return [
        OpenDocument(
            "purchase_bill",
            b.number,
            b.bill_number,
            b.bill_date,
            b.due_date,
            b.total,
            b.outstanding,
            days_overdue(b.due_date, day),
        )
        for b in owing_bills(customer.id, exclude_payment=excluded)
    ]


def get_bill(number: str) -> BillView:
    bill = find_bill(number)
    customer = Customer.get_by_id(bill.customer_id)
    paid = paid_on([bill.id]).get(bill.id, 0) if bill.status == "posted" else 0
    payments = [
        str(n)
        for (n,) in tuples(
            PaymentOut.select(PaymentOut.number)
            .join(BillAllocation)
            .where((BillAllocation.bill == bill.id) & (PaymentOut.status == "posted"))
            .group_by(PaymentOut.number, PaymentOut.pay_date, PaymentOut.id)  # each payment once
            .order_by(PaymentOut.pay_date, PaymentOut.id)
        )
    ]
    return BillView(
        number=bill.number,
        bill_number=bill.bill_number,
        bill_date=bill.bill_date,
        due_date=bill.due_date,
        customer_code=customer.code,
        customer_name=document_parties.read("purchase_bill", bill.id).party.name,
        taxable=bill.taxable,
        gst=bill.gst,
        total=bill.total,
        paid=paid,
        outstanding=max(0, bill.total - paid) if bill.status == "posted" else 0,
        status=bill.status,
        payments=payments,
        description=bill.description,
        cancel_reason=bill.cancel_reason,
        counter=bill.counter or "",
    )


def customer_bills(code: str, *, limit: int = 500) -> list[BillView]:
    """A supplier's purchase bills, newest first."""
    customer = customer_row(code)
    numbers = [
        str(n)
        for (n,) in tuples(
            PurchaseBill.select(PurchaseBill.number)
            .where(PurchaseBill.customer == customer.id)
            .order_by(PurchaseBill.bill_date.desc(), PurchaseBill.id.desc())
            .limit(limit)
        )
    ]
    return [get_bill(n) for n in numbers]
