"""Reading receipts: one receipt as its print and detail pane need it, lists, open invoices.

A receipt's balance after it is the customer's ledger up to and including its own credit entry
(statement order: date, then entry id). A receipt not counted (a post-dated cheque waiting for
clearance) shows the balance now.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from vyapar_lite.db.models import Allocation, Customer, LedgerEntry, Receipt, SalesDoc
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.money import amount_in_words
from vyapar_lite.domain.payment import auto_allocate as _auto_allocate
from vyapar_lite.domain.payment import days_overdue, is_post_dated
from vyapar_lite.services import allocations as alloc
from vyapar_lite.services import balances, doc_series
from vyapar_lite.services.sales_postings import MODE_LABELS, tuples
from vyapar_lite.services.sales_views import customer_address, outstanding

CREDIT_KINDS = ("receipt", "write_off", "contra")  # the ledger credit a receipt-table row posts


@dataclass(frozen=True)
class ChequeDetails:
    number: str
    bank: str
    cheque_date: date


@dataclass(frozen=True)
class OpenDocument:
    kind: str  # "invoice" | "debit_note" | "purchase_bill"
    number: str
    reference: str  # purchase bills: the supplier's own bill number
    doc_date: date
    due_date: date | None
    total: int
    outstanding: int
    days_overdue: int


@dataclass(frozen=True)
class SettledLine:
    kind: str
    number: str
    reference: str
    doc_date: date
    total: int
    amount: int
    outstanding_now: int


@dataclass(frozen=True)
class ReceiptView:
    number: str
    origin: str  # "receipt" | "invoice" | "order" | "write_off" | "contra"
    receipt_date: date
    customer_code: str
    customer_name: str
    customer_address: str
    customer_gstin: str
    customer_phone: str
    amount: int
    amount_in_words: str
    mode: str
    mode_label: str
    reference: str
    cheque: ChequeDetails | None
    cheque_status: str
    deposited_on: date | None
    cleared_on: date | None
    bounced_on: date | None
    post_dated: bool
    counted_on: date | None
    status: str  # "posted" | "pending" | "cancelled" | "bounced"
    settled: list[SettledLine]
    allocated: int
    refunded: int
    unallocated: int
    balance_after: int
    balance_now: int
    write_off_number: str
    write_off_amount: int
    bounce_charge_note: str
    cancel_reason: str
    notes: str


@dataclass(frozen=True)
class ReceiptSummary:
    number: str
    origin: str
    receipt_date: date
    customer_code: str
    customer_name: str
    amount: int
    mode: str
    reference: str
    status: str
    cheque_status: str
    unallocated: int


def find_receipt(number: str, *, field: str = "number") -> Receipt:
    row = Receipt.get_or_none(Receipt.number == number.strip().upper())
    if row is None:
        raise ValidationError(FieldError(field, f"There is no receipt {number.strip()}"))
    return row


def cheque_status_of(r: Receipt) -> str:
    """'' for a non-cheque; a cheque recorded without a status (at the counter) is 'received'."""
    if r.mode != "cheque":
        return ""
    return str(r.cheque_status or "received")


def cheque_of(r: Receipt) -> ChequeDetails | None:
    if r.mode != "cheque":
        return None
    return ChequeDetails(r.cheque_number, r.cheque_bank, r.cheque_date or r.receipt_date)


def credit_entry(receipt_id: int) -> LedgerEntry | None:
    """The ledger credit a receipt posted when it was counted (None while not counted)."""
    return (
        LedgerEntry.select()
        .where(
            (LedgerEntry.doc_type == "receipt")
            & (LedgerEntry.doc_id == receipt_id)
            & LedgerEntry.kind.in_(CREDIT_KINDS)
        )
        .order_by(LedgerEntry.id)
        .first()
    )


def balance_through(entry: LedgerEntry) -> int:
    """The customer's balance after `entry`, in statement order (date, then id)."""
    mine = LedgerEntry.customer == entry.customer_id
    earlier = (LedgerEntry.entry_date < entry.entry_date) | (
        (LedgerEntry.entry_date == entry.entry_date) & (LedgerEntry.id <= entry.id)
    )
    return balances.balance_of_entries(mine & earlier)


def get_receipt(number: str) -> ReceiptView:
    """One receipt (or write-off WO/…, or a contra's receivable side CON/…) by its number."""
    r = find_receipt(number)
    customer = Customer.get_by_id(r.customer_id)
    rows: list[Any] = list(
        Allocation.select(
            Allocation.amount,
            SalesDoc.id,
            SalesDoc.kind,
            SalesDoc.number,
            SalesDoc.doc_date,
            SalesDoc.grand_total,
            SalesDoc.status,
        )
        .join(SalesDoc)
        .where((Allocation.receipt == r.id) & (SalesDoc.status == "posted"))
        .order_by(Allocation.id)
        .objects()
    )
    owed = outstanding(rows)
    settled = [
        SettledLine(d.kind, d.number, "", d.doc_date, d.grand_total, d.amount, owed.get(d.id, 0))
        for d in rows
    ]
    allocated = sum(line.amount for line in settled)
    refunded = alloc.refunded_from(r.id)
    live = r.status in ("posted", "pending")
    entry = credit_entry(r.id)
    now = balances.balance_of(r.customer_id)
    write_off = (
        Receipt.select(Receipt.number, Receipt.amount)
        .where(
            (Receipt.customer == r.customer_id)
            & (Receipt.origin == "write_off")
            & (Receipt.with_receipt_id == r.id)
            & (Receipt.status == "posted")
        )
        .first()
    )
    charge = SalesDoc.get_by_id(r.charge_doc_id).number if r.charge_doc_id else ""
    return ReceiptView(
        number=r.number,
        origin=r.origin,
        receipt_date=r.receipt_date,
        customer_code=customer.code,
        customer_name=customer.name,
        customer_address=customer_address(customer),
        customer_gstin=customer.gstin,
        customer_phone=customer.phone,
        amount=r.amount,
        amount_in_words=amount_in_words(r.amount),
        mode=r.mode,
        mode_label=MODE_LABELS.get(r.mode, ""),
        reference=r.reference,
        cheque=cheque_of(r),
        cheque_status=cheque_status_of(r),
        deposited_on=r.deposited_on,
        cleared_on=r.cleared_on,
        bounced_on=r.bounced_on,
        post_dated=r.cheque_date is not None and is_post_dated(r.cheque_date, r.receipt_date),
        counted_on=entry.entry_date if entry is not None else None,
        status=r.status,
        settled=settled,
        allocated=allocated,
        refunded=refunded,
        unallocated=max(0, r.amount - allocated - refunded) if live else 0,
        balance_after=balance_through(entry) if entry is not None and live else now,
        balance_now=now,
        write_off_number=write_off.number if write_off else "",
        write_off_amount=write_off.amount if write_off else 0,
        bounce_charge_note=charge,
        cancel_reason=r.cancel_reason,
        notes=r.notes,
    )


def _summaries(query: Any) -> list[ReceiptSummary]:
    rows = list(query.objects())
    used = alloc.used_by(r.id for r in rows)
    return [
        ReceiptSummary(
            r.number,
            r.origin,
            r.receipt_date,
            r.code,
            r.name,
            r.amount,
            r.mode,
            r.reference or r.cheque_number,
            r.status,
            cheque_status_of(r),
            max(0, r.amount - sum(used[r.id])) if r.status in ("posted", "pending") else 0,
        )
        for r in rows
    ]


def _summary_query() -> Any:
    return Receipt.select(Receipt, Customer.code, Customer.name).join(Customer)


def customer_receipts(code: str, *, limit: int = 500) -> list[ReceiptSummary]:
    """A customer's receipts (and write-offs, contras), newest first."""
    customer = alloc.customer_row(code)
    query = (
        _summary_query()
        .where(Receipt.customer == customer.id)
        .order_by(Receipt.receipt_date.desc(), Receipt.id.desc())
        .limit(limit)
    )
    return _summaries(query)


def recent_receipts(*, search: str = "", limit: int = 200) -> list[ReceiptSummary]:
    """The Payments screen's list, newest first; `search` matches a number, code or name."""
    query = _summary_query()
    text = search.strip()
    if text:
        query = query.where(
            Receipt.number.contains(text)
            | Customer.code.contains(text)
            | Customer.name.contains(text)
        )
    return _summaries(query.order_by(Receipt.receipt_date.desc(), Receipt.id.desc()).limit(limit))


def next_receipt_number(on: date) -> str:
    return doc_series.preview("receipt", on)


def open_invoices(
    code: str, *, on: date | None = None, exclude_receipt: str = ""
) -> list[OpenDocument]:
    """The customer's invoices and debit notes that still owe something, oldest due first."""
    customer = alloc.customer_row(code)
    excluded = find_receipt(exclude_receipt) if exclude_receipt.strip() else None
    day = on or date.today()
    return [
        OpenDocument(
            d.kind,
            d.number,
            "",
            d.doc_date,
            d.due_date,
            d.total,
            d.outstanding,
            days_overdue(d.due_date, day),
        )
        for d in alloc.owing_docs(customer.id, exclude_receipt=excluded)
    ]


def auto_allocate(code: str, amount: int, *, exclude_receipt: str = "") -> dict[str, int]:
    """Document number -> paise, oldest due first; what is left over stays as the advance."""
    customer = alloc.customer_row(code)
    excluded = find_receipt(exclude_receipt) if exclude_receipt.strip() else None
    docs = alloc.owing_docs(customer.id, exclude_receipt=excluded)
    return _auto_allocate([d.owing() for d in docs], amount)


def advance_available(code: str) -> int:
    """Unallocated money of the customer's posted receipts, less refunds of it."""
    return alloc.advance_of(alloc.customer_row(code).id)


def settled_numbers(receipt_id: int) -> list[str]:
    query = (
        SalesDoc.select(SalesDoc.number)
        .join(Allocation)
        .where((Allocation.receipt == receipt_id) & (SalesDoc.status == "posted"))
        .order_by(Allocation.id)
        .distinct()
    )
    return [str(n) for (n,) in tuples(query)]
