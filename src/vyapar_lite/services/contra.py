"""Contra settlement: set off what a customer-and-supplier owes us against what we owe them.

One numbered document (`CON/<year>/`), posted in ONE transaction with its audit row:

- the receivable side: a receipt-table row (origin 'contra', same number, no money) allocated to
  their open invoices oldest due first, and its ledger credit (kind 'contra', doc_type 'receipt');
- the payable side: a payment-out row (purpose 'contra', same number) allocated to open purchase
  bills oldest due first, and its payable-side debit (kind 'contra', doc_type 'payment_out').

The amount is the smaller of the two balances (or less, if asked), so afterwards the smaller side
is nil. It shows on both sides of the customer's statement. Cancelling reverses both sides.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from vyapar_lite.db import database
from vyapar_lite.db.models import (
    Allocation,
    BillAllocation,
    Contra,
    Customer,
    PaymentOut,
    PurchaseBill,
    Receipt,
    SalesDoc,
)
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.money import MAX_PAISE, format_money
from vyapar_lite.domain.payment import auto_allocate
from vyapar_lite.services import allocation_postings as postings
from vyapar_lite.services import allocations as alloc
from vyapar_lite.services import (
    audit,
    counters,
    doc_series,
    document_parties,
    purchases,
    supplier_side,
)
from vyapar_lite.services.payments_out import cancel_payment_row, insert_bill_allocations
from vyapar_lite.services.receipts import cancel_row
from vyapar_lite.services.sales_postings import ledger, tuples
from vyapar_lite.services.supplier_side import AccountSides, sides_of

MAX_NOTES = 1000


@dataclass(frozen=True)
class ContraPreview:
    number_preview: str
    before: AccountSides
    amount: int
    invoices: dict[str, int]
    bills: dict[str, int]
    after: AccountSides


@dataclass(frozen=True)
class ContraView:
    number: str
    contra_date: date
    customer_code: str
    customer_name: str
    amount: int
    invoices: dict[str, int]
    bills: dict[str, int]
    status: str
    cancel_reason: str
    notes: str
    sides_now: AccountSides


@dataclass(frozen=True)
class _Plan:
    customer: Customer
    before: AccountSides
    amount: int
    invoices: dict[str, int]
    bills: dict[str, int]
    invoice_ids: dict[str, int]
    bill_ids: dict[str, int]


def preview_contra(code: str, on: date, *, amount: int | None = None) -> ContraPreview:
    plan = _plan(code, amount)
    b = plan.before
    after = AccountSides(b.receivable - plan.amount, b.payable - plan.amount, b.net)
    return ContraPreview(
        doc_series.preview("contra", on), b, plan.amount, plan.invoices, plan.bills, after
    )


def post_contra(code: str, on: date, *, amount: int | None = None, notes: str = "") -> ContraView:
    """Set off the smaller side against the larger (see the module docstring)."""
    if len(notes) > MAX_NOTES:
        raise ValidationError(FieldError("notes", f"Notes can have at most {MAX_NOTES} characters"))
    with database.atomic():
        plan = _plan(code, amount)
        customer = plan.customer
        number, year = doc_series.take("contra", on)
        now = datetime.now()
        text = f"Contra settlement {number}: set off against purchases"
        receipt = Receipt.create(
            number=number,
            counter=counters.current(),
            fin_year=year,
            receipt_date=on,
            customer=customer.id,
            amount=plan.amount,
            mode="",
            origin="contra",
            notes=notes.strip(),
            created_at=now,
        )
        document_parties.take("receipt", receipt.id, customer)
        ledger(
            customer.id,
            on,
            "contra",
            doc_type="receipt",
            doc_id=receipt.id,
            doc_number=number,
            description=text,
            credit=plan.amount,
        )
        alloc.insert_allocations(
            receipt.id, {plan.invoice_ids[n]: a for n, a in plan.invoices.items()}
        )
        payment = PaymentOut.create(
            number=number,
            counter=counters.current(),
            fin_year=year,
            pay_date=on,
            customer=customer.id,
            purpose="contra",
            amount=plan.amount,
            notes=notes.strip(),
            created_at=now,
        )
        document_parties.take("payment_out", payment.id, customer)
        supplier_side.post(
            customer.id,
            on,
            "contra",
            doc_type="payment_out",
            doc_id=payment.id,
            doc_number=number,
            description=f"Contra settlement {number}: set off against sales",
            debit=plan.amount,
        )
        insert_bill_allocations(payment.id, {plan.bill_ids[n]: a for n, a in plan.bills.items()})
        row = Contra.create(
            number=number,
            fin_year=year,
            contra_date=on,
            customer=customer.id,
            amount=plan.amount,
            receipt=receipt.id,
            payment=payment.id,
            notes=notes.strip(),
            created_at=now,
        )
        document_parties.take("contra", row.id, customer)
        audit.record(
            "post",
            "contra",
            row.id,
            label=number,
            after={
                "date": on,
                "amount": plan.amount,
                "receivable_before": plan.before.receivable,
                "payable_before": plan.before.payable,
                "invoices": plan.invoices,
                "bills": plan.bills,
            },
            customer_id=customer.id,
        )
    return get_contra(number)


def cancel_contra(number: str, reason: str) -> ContraView:
    reason = postings.reason_given(reason, "settlement")
    with database.atomic():
        row = _find(number)
        postings.may_cancel(row.number, row.status, row.contra_date)
        Contra.update(status="cancelled", cancel_reason=reason).where(Contra.id == row.id).execute()
        cancel_row(Receipt.get_by_id(row.receipt_id), reason)
        cancel_payment_row(PaymentOut.get_by_id(row.payment_id), reason)
        audit.record(
            "cancel",
            "contra",
            row.id,
            label=row.number,
            before={"status": "posted"},
            after={"status": "cancelled"},
            customer_id=row.customer_id,
            note=reason,
        )
    return get_contra(row.number)


def get_contra(number: str) -> ContraView:
    row = _find(number)
    customer = Customer.get_by_id(row.customer_id)
    invoices = {
        str(n): int(a)
        for n, a in tuples(
            SalesDoc.select(SalesDoc.number, Allocation.amount)
            .join(Allocation)
            .where(Allocation.receipt == row.receipt_id)
            .order_by(Allocation.id)
        )
    }
    bills = {
        str(n): int(a)
        for n, a in tuples(
            PurchaseBill.select(PurchaseBill.number, BillAllocation.amount)
            .join(BillAllocation)
            .where(BillAllocation.payment == row.payment_id)
            .order_by(BillAllocation.id)
        )
    }
    return ContraView(
        number=row.number,
        contra_date=row.contra_date,
        customer_code=customer.code,
        customer_name=document_parties.read("contra", row.id).party.name,
        amount=row.amount,
        invoices=invoices,
        bills=bills,
        status=row.status,
        cancel_reason=row.cancel_reason,
        notes=row.notes,
        sides_now=sides_of(customer.id),
    )


def _find(number: str) -> Contra:
    row = Contra.get_or_none(Contra.number == number.strip().upper())
    if row is None:
        raise ValidationError(
            FieldError("number", f"There is no contra settlement {number.strip()}")
        )
    return row


def _plan(code: str, amount: int | None) -> _Plan:
    customer = purchases.supplier(code)
    before = sides_of(customer.id)
    if before.receivable <= 0 or before.payable <= 0:
        raise ValidationError(
            FieldError(
                "customer",
                f"Nothing to set off: {customer.name} owes "
                f"{format_money(max(before.receivable, 0))} and the shop owes them "
                f"{format_money(max(before.payable, 0))}",
            )
        )
    most = min(before.receivable, before.payable)
    chosen = most if amount is None else amount
    if not 0 < chosen <= min(most, MAX_PAISE):
        raise ValidationError(
            FieldError("amount", f"Set off from ₹0.01 up to {format_money(most)}")
        )
    docs = alloc.owing_docs(customer.id)
    bills = purchases.owing_bills(customer.id)
    return _Plan(
        customer,
        before,
        chosen,
        auto_allocate([d.owing() for d in docs], chosen),
        auto_allocate([b.owing() for b in bills], chosen),
        {d.number: d.id for d in docs},
        {b.number: b.id for b in bills},
    )
