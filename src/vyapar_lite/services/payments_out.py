"""Payments out (`PAY/<year>/`): refunds to customers and payments to suppliers.

Postings (each ONE transaction with its audit rows):

- a refund pays back the customer's advance and/or credit-note balance: a receivable-side ledger
  DEBIT (kind 'refund', doc_type 'payment_out'); it takes the advance first, oldest receipt first
  (`refund_use` rows), then the credit-note balance (`credit_note_part`);
- a payment to a supplier: a payable-side debit (kind 'payment', doc_type 'payment_out') and its
  allocations to purchase bills (auto: oldest due first); what is not allocated is an advance
  paid to the supplier;
- cancelling either: status 'cancelled' and the reversing entry (kind 'cancel') dated like the
  payment; its refund uses / bill allocations stop counting.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from vyapar_lite.db import bulk, database
from vyapar_lite.db.models import BillAllocation, Customer, PaymentOut, PurchaseBill, RefundUse
from vyapar_lite.domain.errors import FieldError, ValidationError, raise_if_any
from vyapar_lite.domain.money import amount_in_words, format_money
from vyapar_lite.domain.payment import (
    check_amount,
    check_reference,
)
from vyapar_lite.services import allocation_postings as postings
from vyapar_lite.services import allocations as alloc
from vyapar_lite.services import (
    audit,
    balances,
    counters,
    doc_series,
    document_parties,
    money_accounts,
    purchases,
    supplier_side,
)
from vyapar_lite.services.receipt_views import ChequeDetails, SettledLine
from vyapar_lite.services.sales_postings import MODE_LABELS, check_mode, ledger, tuples

MAX_NOTES = 1000


@dataclass(frozen=True)
class Refundable:
    advance: int
    credit_note_balance: int
    total: int


@dataclass(frozen=True)
class RefundDraft:
    customer_code: str
    pay_date: date
    amount: int
    mode: str = "cash"
    reference: str = ""
    cheque: ChequeDetails | None = None
    notes: str = ""
    account_id: int | None = None  # the cash drawer the money came from (None: the mode's)


@dataclass(frozen=True)
class SupplierPaymentDraft:
    customer_code: str
    pay_date: date
    amount: int
    mode: str = "cash"
    reference: str = ""
    cheque: ChequeDetails | None = None
    allocations: dict[str, int] | None = None  # PB number -> paise; None = auto oldest due first
    notes: str = ""
    account_id: int | None = None  # the cash drawer the money came from (None: the mode's)


@dataclass(frozen=True)
class PaymentView:
    number: str
    purpose: str  # "refund" | "supplier" | "contra"
    pay_date: date
    customer_code: str
    customer_name: str
    amount: int
    amount_in_words: str
    mode: str
    mode_label: str
    reference: str
    cheque: ChequeDetails | None
    status: str
    settled: list[SettledLine]
    allocated: int
    unallocated: int
    from_advance: int
    from_credit_notes: int
    payable_after: int
    balance_after: int
    cancel_reason: str
    notes: str
    counter: str = ""  # the counter that posted it ('' before migration 26 or none named)


@dataclass(frozen=True)
class PaymentSummary:
    number: str
    purpose: str
    pay_date: date
    customer_code: str
    customer_name: str
    amount: int
    mode: str
    reference: str
    status: str


def refundable(code: str) -> Refundable:
    customer = alloc.customer_row(code)
    advance = alloc.advance_of(customer.id)
    notes = alloc.credit_note_balance(customer.id)
    return Refundable(advance, notes, advance + notes)


def record_refund(draft: RefundDraft) -> PaymentView:
    """Pay back a customer's advance or credit-note balance (ONE transaction)."""
    _check_money(draft.amount, draft.mode, draft.reference, draft.cheque, draft.notes)
    with database.atomic():
        customer = alloc.customer_row(draft.customer_code)
        if customer.is_cash:
            raise ValidationError(FieldError("customer", "A walk-in (CASH) has nothing to refund"))
        receipts = alloc.unallocated_receipts(customer.id)
        advance = sum(left for _, left in receipts)
        notes_balance = alloc.credit_note_balance(customer.id)
        if draft.amount > advance + notes_balance:
            raise ValidationError(
                FieldError(
                    "amount",
                    f"{customer.name} has only {format_money(advance + notes_balance)} to refund "
                    f"(advance {format_money(advance)}, "
                    f"credit notes {format_money(notes_balance)})",
                )
            )
        row = _create(draft, customer, "refund", draft.cheque)
        uses: dict[str, int] = {}
        left = draft.amount
        now = datetime.now()
        rows = []
        for receipt, free in receipts:
            take = min(left, free)
            if take <= 0:
                break
            rows.append(
                {"payment": row.id, "receipt": receipt.id, "amount": take, "created_at": now}
            )
            uses[receipt.number] = take
            left -= take
        bulk.insert_rows(RefundUse, rows)
        if left:
            PaymentOut.update(credit_note_part=left).where(PaymentOut.id == row.id).execute()
        _post(ledger, row, draft, "refund", customer.id)
        _audit_post(row, draft, customer.id, from_advance=uses, from_credit_notes=left)
    return get_payment(row.number)


def record_supplier_payment(draft: SupplierPaymentDraft) -> PaymentView:
    """Pay a supplier, allocated to their bills (ONE transaction)."""
    _check_money(draft.amount, draft.mode, draft.reference, draft.cheque, draft.notes)
    with database.atomic():
        customer = purchases.supplier(draft.customer_code)
        bills = {b.number: b for b in purchases.owing_bills(customer.id)}
        wanted, errors = postings.split(draft.allocations, bills, draft.amount, what="payment")
        raise_if_any(errors)
        row = _create(draft, customer, "supplier", draft.cheque)
        insert_bill_allocations(row.id, {bills[n].id: a for n, a in wanted.items()})
        _post(supplier_side.post, row, draft, "payment", customer.id)
        _audit_post(row, draft, customer.id, allocations=wanted)
    return get_payment(row.number)


def _post(
    post: Callable[..., object],
    row: PaymentOut,
    draft: RefundDraft | SupplierPaymentDraft,
    kind: str,
    customer_id: int,
) -> None:
    """The payment's entry: a refund in the customer's ledger, a supplier payment on their
    supplier side; both name the mode."""
    mode = _mode_text(draft.mode, draft.reference, draft.cheque)
    words = {"refund": "Refund paid", "payment": "Payment"}[kind]
    post(
        customer_id, draft.pay_date, kind, doc_type="payment_out", doc_id=row.id,
        doc_number=row.number, description=f"{words} ({mode})", debit=draft.amount,
    )  # fmt: skip


def _audit_post(
    row: PaymentOut,
    draft: RefundDraft | SupplierPaymentDraft,
    customer_id: int,
    **settled: object,
) -> None:
    purpose = "refund" if isinstance(draft, RefundDraft) else "supplier"
    after = {"purpose": purpose, "date": draft.pay_date, "amount": draft.amount}
    audit.record(
        "post", "payment_out", row.id, label=row.number,
        after={**after, "mode": draft.mode, **settled}, customer_id=customer_id,
    )  # fmt: skip


def reallocate_payment(
    number: str, allocations: Mapping[str, int], *, reason: str = ""
) -> PaymentView:
    """Replace a supplier payment's allocations to bills (audited); the amount never changes."""
    with database.atomic():
        row = find_payment(number)
        if row.purpose != "supplier" or row.status != "posted":
            raise ValidationError(
                FieldError("number", f"{row.number} is not a posted payment to a supplier")
            )
        bills = {
            b.number: b for b in purchases.owing_bills(row.customer_id, exclude_payment=row.id)
        }
        wanted, errors = postings.split(allocations, bills, row.amount, what="payment")
        raise_if_any(errors)
        before = _bill_allocations(row.id)
        posted = PurchaseBill.select(PurchaseBill.id).where(PurchaseBill.status == "posted")
        BillAllocation.delete().where(
            (BillAllocation.payment == row.id) & BillAllocation.bill.in_(posted)
        ).execute()
        insert_bill_allocations(row.id, {bills[n].id: a for n, a in wanted.items()})
        postings.record_reallocation(
            "payment_out", row.id, row.number, before=before, after=wanted,
            customer_id=row.customer_id, reason=reason,
        )  # fmt: skip
    return get_payment(row.number)


def cancel_payment(number: str, reason: str) -> PaymentView:
    """Cancel a refund or a supplier payment: reversed, its number stays used."""
    reason = postings.reason_given(reason, "payment")
    with database.atomic():
        row = find_payment(number)
        contra = row.purpose == "contra"
        refused = f"{row.number} is a contra settlement; cancel the contra" if contra else ""
        postings.may_cancel(row.number, row.status, row.pay_date, refused=refused)
        cancel_payment_row(row, reason)
    return get_payment(row.number)


def cancel_payment_row(row: PaymentOut, reason: str) -> None:
    """Mark cancelled and post the reversing entry on its side (inside the caller's transaction)."""
    PaymentOut.update(status="cancelled", cancel_reason=reason).where(
        PaymentOut.id == row.id
    ).execute()
    description = f"{row.number} cancelled: {reason}"
    money_accounts.reverse("payment_out", row.id, row.pay_date, description=description)
    if row.purpose == "refund":
        ledger(
            row.customer_id,
            row.pay_date,
            "cancel",
            doc_type="payment_out",
            doc_id=row.id,
            doc_number=row.number,
            description=description,
            credit=row.amount,
        )
    else:
        supplier_side.post(
            row.customer_id,
            row.pay_date,
            "cancel",
            doc_type="payment_out",
            doc_id=row.id,
            doc_number=row.number,
            description=description,
            credit=row.amount,
        )
    audit.record(
        "cancel",
        "payment_out",
        row.id,
        label=row.number,
        before={"status": "posted"},
        after={"status": "cancelled"},
        customer_id=row.customer_id,
        note=reason,
    )


def find_payment(number: str) -> PaymentOut:
    row = PaymentOut.get_or_none(PaymentOut.number == number.strip().upper())
    if row is None:
        raise ValidationError(FieldError("number", f"There is no payment {number.strip()}"))
    return row


def get_payment(number: str) -> PaymentView:
    row = find_payment(number)
    customer = Customer.get_by_id(row.customer_id)
    bills: list[Any] = list(
        BillAllocation.select(BillAllocation.amount, PurchaseBill)
        .join(PurchaseBill)
        .where((BillAllocation.payment == row.id) & (PurchaseBill.status == "posted"))
        .order_by(BillAllocation.id)
        .objects()
    )
    paid = purchases.paid_on(b.id for b in bills)
    settled = [
        SettledLine(
            "purchase_bill",
            b.number,
            b.bill_number,
            b.bill_date,
            b.total,
            b.amount,
            max(0, b.total - paid.get(b.id, 0)),
        )
        for b in bills
    ]
    allocated = sum(s.amount for s in settled)
    uses = sum(
        int(a)
        for (a,) in tuples(RefundUse.select(RefundUse.amount).where(RefundUse.payment == row.id))
    )
    live = row.status == "posted"
    return PaymentView(
        number=row.number,
        purpose=row.purpose,
        pay_date=row.pay_date,
        customer_code=customer.code,
        customer_name=document_parties.read("payment_out", row.id).party.name,
        amount=row.amount,
        amount_in_words=amount_in_words(row.amount),
        mode=row.mode,
        mode_label=MODE_LABELS.get(row.mode, ""),
        reference=row.reference,
        cheque=ChequeDetails(row.cheque_number, row.cheque_bank, row.cheque_date)
        if row.mode == "cheque" and row.cheque_date is not None
        else None,
        status=row.status,
        settled=settled,
        allocated=allocated,
        unallocated=row.amount - allocated if live and row.purpose != "refund" else 0,
        from_advance=uses,
        from_credit_notes=row.credit_note_part,
        payable_after=supplier_side.payable_of(customer.id),
        balance_after=balances.balance_of(customer.id),
        cancel_reason=row.cancel_reason,
        notes=row.notes,
        counter=row.counter or "",
    )


def customer_payments(code: str, *, limit: int = 500) -> list[PaymentSummary]:
    customer = alloc.customer_row(code)
    query = (
        PaymentOut.select()
        .where(PaymentOut.customer == customer.id)
        .order_by(PaymentOut.pay_date.desc(), PaymentOut.id.desc())
        .limit(limit)
    )
    return [
        PaymentSummary(
            r.number,
            r.purpose,
            r.pay_date,
            customer.code,
            customer.name,
            r.amount,
            r.mode,
            r.reference or r.cheque_number,
            r.status,
        )
        for r in query
    ]


def next_payment_number(on: date) -> str:
    return doc_series.preview("payment_out", on)


def insert_bill_allocations(payment_id: int, by_bill: Mapping[int, int]) -> None:
    now = datetime.now()
    rows = [
        {"payment": payment_id, "bill": bill_id, "amount": amount, "created_at": now}
        for bill_id, amount in by_bill.items()
        if amount > 0
    ]
    bulk.insert_rows(BillAllocation, rows)


# --- helpers -------------------------------------------------------------------------------------


def _check_money(
    amount: int, mode: str, reference: str, cheque: ChequeDetails | None, notes: str
) -> None:
    errors = check_amount(amount) + check_mode(mode) + check_reference(reference)
    if mode == "cheque":
        if cheque is None or not cheque.number.strip():
            errors.append(FieldError("cheque number", "Enter the number of the cheque you give"))
        elif not cheque.bank.strip():
            errors.append(FieldError("cheque bank", "Enter the bank the cheque is drawn on"))
    elif cheque is not None:
        errors.append(FieldError("mode", "Cheque details are only for a payment by cheque"))
    if len(notes) > MAX_NOTES:
        errors.append(FieldError("notes", f"Notes can have at most {MAX_NOTES} characters"))
    raise_if_any(errors)


def _create(
    draft: RefundDraft | SupplierPaymentDraft,
    customer: Customer,
    purpose: str,
    cheque: ChequeDetails | None,
) -> PaymentOut:
    number, year = doc_series.take("payment_out", draft.pay_date)
    payment = PaymentOut.create(
        number=number,
        counter=counters.current(),
        fin_year=year,
        pay_date=draft.pay_date,
        customer=customer.id,
        purpose=purpose,
        amount=draft.amount,
        **postings.money_columns(draft.mode, draft.reference, cheque),
        notes=draft.notes.strip(),
        created_at=datetime.now(),
    )
    document_parties.take("payment_out", payment.id, customer)
    money_accounts.pay(
        draft.mode,
        draft.pay_date,
        draft.amount,
        kind=purpose,
        doc_type="payment_out",
        doc_id=payment.id,
        doc_number=number,
        description=f"{'Refund' if purpose == 'refund' else 'Payment'} ({draft.mode})",
        account_id=draft.account_id,
    )
    return payment


def _bill_allocations(payment_id: int) -> dict[str, int]:
    query = (
        PurchaseBill.select(PurchaseBill.number, BillAllocation.amount)
        .join(BillAllocation)
        .where((BillAllocation.payment == payment_id) & (PurchaseBill.status == "posted"))
    )
    result: dict[str, int] = {}
    for n, a in tuples(query):
        result[str(n)] = result.get(str(n), 0) + int(a)
    return result


def _mode_text(mode: str, reference: str, cheque: ChequeDetails | None) -> str:
    label = MODE_LABELS[mode]
    detail = cheque.number.strip() if cheque else reference.strip()
    return f"{label} {detail}".strip()
