"""Reading what a customer owes and has paid ahead: open documents, receipts' unallocated money.

Everything is derived from postings, nothing is cached:

- what an invoice or debit note still owes is the sales rule (`sales_views.outstanding`): grand
  total - allocations of posted receipts - posted credit notes against it, never below 0;
- a receipt's unallocated money (the customer's advance) is its amount - its allocations to
  posted documents - the refunds (posted) that paid it back; only 'posted' receipts have any;
- the credit-note balance is what posted credit notes gave beyond what their invoices still owed,
  less the refunds (posted) that paid it back.

Writes here run inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import peewee as pw

from vyapar_lite.db import bulk, database
from vyapar_lite.db.models import (
    Allocation,
    Customer,
    PaymentOut,
    Receipt,
    RefundUse,
    SalesDoc,
)
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.payment import Owing
from vyapar_lite.services.open_items import OPEN_KINDS, OPEN_KINDS_SQL
from vyapar_lite.services.sales_postings import tuples
from vyapar_lite.services.sales_views import allocated, credited

OWING_KINDS = OPEN_KINDS
# Receipts whose unallocated money is the customer's advance (an opening credit is one). A
# write-off or a contra moves no money: what of it settles nothing (its invoice was cancelled
# later) is not an advance.
ADVANCE_ORIGINS = ("receipt", "invoice", "order", "opening")


@dataclass(frozen=True)
class OpenDoc:
    id: int
    kind: str
    number: str
    doc_date: date
    due_date: date | None
    total: int
    outstanding: int

    def owing(self) -> Owing:
        return Owing(self.number, self.doc_date, self.due_date or self.doc_date, self.outstanding)


def customer_row(code: str, *, field: str = "customer") -> Customer:
    row = Customer.get_or_none(Customer.code == code.strip().upper())
    if row is None:
        raise ValidationError(FieldError(field, f"There is no customer with code {code.strip()}"))
    return row


# The sales rule (`sales_views.outstanding`) as one query, for the documents of one customer that
# still owe something: an allocation counts while its receipt is posted (one receipt can be left
# out: the re-allocation form), a credit note while it is posted. The property test holds this
# equal to the sales service's figure.
_OWING_SQL = (
    """
SELECT id, kind, number, doc_date, due_date, grand_total, grand_total - paid - credited
FROM (
    SELECT d.id, d.kind, d.number, d.doc_date, d.due_date, d.grand_total,
        (SELECT COALESCE(SUM(a.amount), 0) FROM allocation a
         JOIN receipt r ON r.id = a.receipt_id
         WHERE a.doc_id = d.id AND r.status = 'posted' AND a.receipt_id <> ?) AS paid,
        (SELECT COALESCE(SUM(n.grand_total), 0) FROM sales_doc n
         WHERE n.against_id = d.id AND n.kind = 'credit_note' AND n.status = 'posted') AS credited
    FROM sales_doc d
    WHERE d.customer_id = ? AND d.status = 'posted' AND d.kind IN """
    + OPEN_KINDS_SQL
    + """
) owing
WHERE grand_total - paid - credited > 0
"""
)


def owing_docs(customer_id: int, *, exclude_receipt: Receipt | None = None) -> list[OpenDoc]:
    """The customer's open items (`open_items.OPEN_KINDS`) that still owe something, oldest due
    first; with `exclude_receipt`, as if that receipt's own allocations were taken off."""
    excluded = exclude_receipt.id if exclude_receipt is not None else -1
    rows = database.execute_sql(_OWING_SQL, (excluded, customer_id)).fetchall()
    docs = [
        OpenDoc(
            int(doc_id),
            str(kind),
            str(number),
            as_date(doc_date),
            as_date(due) if due is not None else None,
            int(total),
            int(owed),
        )
        for doc_id, kind, number, doc_date, due, total, owed in rows
    ]
    return sorted(docs, key=lambda d: (d.due_date or d.doc_date, d.doc_date, d.number))


def as_date(value: Any) -> date:
    """A date column's value as SQLite hands it back (ISO text) or as a date."""
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def allocations_of(receipt_id: int) -> dict[int, int]:
    """doc id -> amount of one receipt's allocations (to any document, posted or not)."""
    query = (
        Allocation.select(Allocation.doc, pw.fn.SUM(Allocation.amount))
        .where(Allocation.receipt == receipt_id)
        .group_by(Allocation.doc)
    )
    return {int(doc): int(amount) for doc, amount in tuples(query)}


def allocation_rows(receipt_id: int) -> list[tuple[int, int]]:
    """(doc id, amount) of one receipt's allocations, in the order they were made."""
    query = (
        Allocation.select(Allocation.doc, Allocation.amount)
        .where(Allocation.receipt == receipt_id)
        .order_by(Allocation.id)
    )
    return [(int(d), int(a)) for d, a in tuples(query)]


def insert_allocations(receipt_id: int, by_doc: Mapping[int, int]) -> None:
    now = datetime.now()
    rows = [
        {"receipt": receipt_id, "doc": doc_id, "amount": amount, "created_at": now}
        for doc_id, amount in by_doc.items()
        if amount > 0
    ]
    bulk.insert_rows(Allocation, rows)


def used_by(receipt_ids: Iterable[int]) -> dict[int, tuple[int, int]]:
    """receipt id -> (allocated to posted documents, paid back by posted refunds)."""
    ids = list(receipt_ids)
    if not ids:
        return {}
    alloc = (
        Allocation.select(Allocation.receipt, pw.fn.SUM(Allocation.amount))
        .join(SalesDoc)
        .where(Allocation.receipt.in_(ids) & (SalesDoc.status == "posted"))
        .group_by(Allocation.receipt)
    )
    refunds = (
        RefundUse.select(RefundUse.receipt, pw.fn.SUM(RefundUse.amount))
        .join(PaymentOut)
        .where(RefundUse.receipt.in_(ids) & (PaymentOut.status == "posted"))
        .group_by(RefundUse.receipt)
    )
    a = {int(r): int(s) for r, s in tuples(alloc)}
    b = {int(r): int(s) for r, s in tuples(refunds)}
    return {i: (a.get(i, 0), b.get(i, 0)) for i in ids}


def refunded_from(receipt_id: int) -> int:
    return used_by([receipt_id])[receipt_id][1]


def unallocated_receipts(customer_id: int) -> list[tuple[Receipt, int]]:
    """The customer's posted receipts with money not yet allocated or refunded, oldest first."""
    rows = list(
        Receipt.select()
        .where(
            (Receipt.customer == customer_id)
            & (Receipt.status == "posted")
            & Receipt.origin.in_(ADVANCE_ORIGINS)
        )
        .order_by(Receipt.receipt_date, Receipt.id)
    )
    used = used_by(r.id for r in rows)
    result = []
    for r in rows:
        a, b = used[r.id]
        left = r.amount - a - b
        if left > 0:
            result.append((r, left))
    return result


def advance_of(customer_id: int) -> int:
    return sum(left for _, left in unallocated_receipts(customer_id))


def credit_note_balance(customer_id: int) -> int:
    """What posted credit notes gave beyond what their invoices owed, less refunds of it."""
    invoices = list(
        SalesDoc.select(SalesDoc.id, SalesDoc.grand_total).where(
            (SalesDoc.customer == customer_id)
            & (SalesDoc.kind == "invoice")
            & (SalesDoc.status == "posted")
        )
    )
    ids = [r.id for r in invoices]
    paid, notes = allocated(ids), credited(ids)
    excess = sum(
        max(0, paid.get(r.id, 0) + notes.get(r.id, 0) - r.grand_total)
        for r in invoices
        if notes.get(r.id, 0)
    )
    refunded = (
        PaymentOut.select(pw.fn.COALESCE(pw.fn.SUM(PaymentOut.credit_note_part), 0))
        .where(
            (PaymentOut.customer == customer_id)
            & (PaymentOut.purpose == "refund")
            & (PaymentOut.status == "posted")
        )
        .scalar()
    )
    return max(0, excess - int(refunded))


def docs_by_number(numbers: Iterable[str]) -> dict[str, Any]:
    wanted = [n.strip().upper() for n in numbers]
    if not wanted:
        return {}
    return {d.number: d for d in SalesDoc.select().where(SalesDoc.number.in_(wanted))}


def current_allocations(receipt_id: int) -> dict[str, int]:
    """Document number -> amount of a receipt's allocations to posted documents."""
    query = (
        SalesDoc.select(SalesDoc.number, Allocation.amount)
        .join(Allocation)
        .where((Allocation.receipt == receipt_id) & (SalesDoc.status == "posted"))
        .order_by(Allocation.id)
    )
    result: dict[str, int] = {}
    for n, a in tuples(query):
        result[str(n)] = result.get(str(n), 0) + int(a)
    return result


def replace_allocations(receipt_id: int, by_doc: Mapping[int, int]) -> None:
    """Delete the receipt's allocations to posted documents and insert `by_doc` (those to
    cancelled documents stay as history: they count for nothing)."""
    posted = SalesDoc.select(SalesDoc.id).where(SalesDoc.status == "posted")
    Allocation.delete().where(
        (Allocation.receipt == receipt_id) & Allocation.doc.in_(posted)
    ).execute()
    insert_allocations(receipt_id, by_doc)


def by_id(by_number: Mapping[str, int], docs: Mapping[str, OpenDoc]) -> dict[int, int]:
    """Allocations by document number -> by document id (amounts of 0 or less left out)."""
    return {docs[n].id: paise for n, paise in by_number.items() if paise > 0}
