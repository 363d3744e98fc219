"""Reading receipts: one receipt as its print and detail pane need it, lists, open invoices.

A receipt's balance after it is the customer's ledger up to and including its own credit entry
(statement order: date, then entry id). A receipt not counted (a post-dated cheque waiting for
clearance) shows the balance now.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import peewee as pw

from vyapar_lite.db import database
from vyapar_lite.db.models import Allocation, Customer, Receipt, SalesDoc
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.money import amount_in_words
from vyapar_lite.domain.payment import auto_allocate as _auto_allocate
from vyapar_lite.domain.payment import days_overdue, is_post_dated
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.services import allocations as alloc
from vyapar_lite.services import doc_series, document_parties
from vyapar_lite.services.sales_postings import MODE_LABELS, tuples

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
    shop: ShopProfile | None = None  # the shop as on the receipt (`document_parties`)
    counter: str = ""  # the counter that posted it ('' before migration 26 or none named)


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


_SETTLED_SQL = """
SELECT d.kind, d.number, d.doc_date, d.grand_total, a.amount,
    d.grand_total
    - (SELECT COALESCE(SUM(p.amount), 0) FROM allocation p JOIN receipt r ON r.id = p.receipt_id
       WHERE p.doc_id = d.id AND r.status = 'posted')
    - (SELECT COALESCE(SUM(n.grand_total), 0) FROM sales_doc n
       WHERE n.against_id = d.id AND n.kind = 'credit_note' AND n.status = 'posted')
FROM allocation a JOIN sales_doc d ON d.id = a.doc_id
WHERE a.receipt_id = ? AND d.status = 'posted'
ORDER BY a.id
"""
_REFUNDED_SQL = """
SELECT COALESCE(SUM(u.amount), 0) FROM refund_use u JOIN payment_out p ON p.id = u.payment_id
WHERE u.receipt_id = ? AND p.status = 'posted'
"""
_CREDIT_SQL = """
SELECT id, entry_date FROM ledger_entry
WHERE doc_type = 'receipt' AND doc_id = ? AND kind IN ('receipt', 'write_off', 'contra')
ORDER BY id LIMIT 1
"""
# Entries after a receipt's own, in statement order (date, then id): usually few or none, so the
# balance after it is the balance now less these (not a sum over all that came before).
_LATER_SQL = """
SELECT COALESCE(SUM(debit - credit), 0) FROM ledger_entry
WHERE customer_id = ? AND (entry_date > ? OR (entry_date = ? AND id > ?))
"""
_BALANCE_SQL = (
    "SELECT COALESCE(SUM(debit) - SUM(credit), 0) FROM ledger_entry WHERE customer_id = ?"
)
_WRITE_OFF_SQL = """
SELECT number, amount FROM receipt
WHERE customer_id = ? AND origin = 'write_off' AND with_receipt_id = ? AND status = 'posted'
ORDER BY id LIMIT 1
"""


def _one(sql: str, params: tuple[Any, ...]) -> tuple[Any, ...] | None:
    row = database.execute_sql(sql, params).fetchone()
    return tuple(row) if row is not None else None


def credit_entry(receipt_id: int) -> tuple[int, date] | None:
    """(entry id, date) of the ledger credit a receipt posted when counted (None: not counted)."""
    row = _one(_CREDIT_SQL, (receipt_id,))
    return (int(row[0]), alloc.as_date(row[1])) if row else None


def get_receipt(number: str) -> ReceiptView:
    """One receipt (or write-off WO/…, or a contra's receivable side CON/…) by its number."""
    r = (
        Receipt.select(Receipt, Customer)
        .join(Customer)
        .where(Receipt.number == number.strip().upper())
        .get_or_none()
    )
    if r is None:
        r = find_receipt(number)  # raises the message for a missing number
    customer = r.customer
    settled = [
        SettledLine(
            str(kind), str(doc), "", alloc.as_date(on), int(total), int(amount), max(0, int(owed))
        )
        for kind, doc, on, total, amount, owed in database.execute_sql(
            _SETTLED_SQL, (r.id,)
        ).fetchall()
    ]
    allocated = sum(line.amount for line in settled)
    refunded = int((_one(_REFUNDED_SQL, (r.id,)) or (0,))[0])
    live = r.status in ("posted", "pending")
    entry = credit_entry(r.id)
    now = int((_one(_BALANCE_SQL, (r.customer_id,)) or (0,))[0])
    after = now
    if entry is not None and live:
        entry_id, entry_date = entry
        day = entry_date.isoformat()
        params = (r.customer_id, day, day, entry_id)
        after = now - int((_one(_LATER_SQL, params) or (0,))[0])
    write_off = _one(_WRITE_OFF_SQL, (r.customer_id, r.id)) if r.origin == "receipt" else None
    charge = SalesDoc.get_by_id(r.charge_doc_id).number if r.charge_doc_id else ""
    issued = document_parties.read("receipt", r.id)
    return ReceiptView(
        number=r.number,
        origin=r.origin,
        receipt_date=r.receipt_date,
        customer_code=customer.code,
        customer_name=issued.party.name,
        customer_address=issued.party.billing_address,
        customer_gstin=issued.party.gstin,
        customer_phone=issued.party.phone,
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
        counted_on=entry[1] if entry is not None else None,
        status=r.status,
        settled=settled,
        allocated=allocated,
        refunded=refunded,
        unallocated=max(0, r.amount - allocated - refunded) if live else 0,
        balance_after=after,
        balance_now=now,
        write_off_number=str(write_off[0]) if write_off else "",
        write_off_amount=int(write_off[1]) if write_off else 0,
        bounce_charge_note=charge,
        cancel_reason=r.cancel_reason,
        notes=r.notes,
        shop=issued.shop,
        counter=r.counter or "",
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
        .group_by(SalesDoc.number)  # each document once, in the order first allocated
        .order_by(pw.fn.MIN(Allocation.id))
    )
    return [str(n) for (n,) in tuples(query)]
