"""Outstanding invoices as of a date: what each invoice or debit note still owes.

The rule is the sales service's (`sales_views.outstanding`): grand total - the receipts
allocated to it - the credit notes against it, never below 0; an allocation counts only while its
receipt and its document are posted. Here it is one SQL expression, `owed_as_of`, so a report can
ask it of thousands of documents at once and as of any date, in step with the ledger: an
allocation counts once its receipt's credit is on the ledger (a post-dated cheque: when it was
counted) and until that credit is reversed (a bounced cheque: from the day it bounced; a
cancelled receipt is reversed on its own day); a credit note counts from its own date. Tests hold
it equal to the sales service's figure for today.

Credits that settle no particular invoice (a receipt on account, an order's unused advance) are
not taken off any invoice here; the ageing report takes them off the oldest items first.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

import peewee as pw

from vyapar_lite.db.dialect import greatest
from vyapar_lite.db.models import (
    Allocation,
    Customer,
    CustomerCategory,
    LedgerEntry,
    Receipt,
    SalesDoc,
)
from vyapar_lite.services.balances import last_entry_date
from vyapar_lite.services.open_items import OPEN_KINDS
from vyapar_lite.services.report_rows import day, iter_rows, rows_of
from vyapar_lite.services.report_scope import EVERYONE, CustomerScope, scoped

OWING_KINDS = OPEN_KINDS
_NOTE = SalesDoc.alias("credit_note")
_RECEIPT_ENTRY = LedgerEntry.alias("receipt_entry")


def counted_as_of(receipt_id: Any, as_of: date) -> Any:
    """The receipt's credit is on the ledger by `as_of` and not reversed by then."""

    def entry(side: str) -> Any:
        e = _RECEIPT_ENTRY
        return e.select(pw.SQL("1")).where(
            (e.doc_type == "receipt")
            & (e.doc_id == receipt_id)
            & (getattr(e, side) > 0)
            & (e.entry_date <= as_of)
        )

    return pw.fn.EXISTS(entry("credit")) & ~pw.fn.EXISTS(entry("debit"))


def paid_as_of(doc: Any, as_of: date) -> Any:
    """Receipts allocated to `doc` (a SalesDoc or an alias of it) that count on `as_of`."""
    return Allocation.select(pw.fn.COALESCE(pw.fn.SUM(Allocation.amount), 0)).where(
        (Allocation.doc == doc.id) & counted_as_of(Allocation.receipt, as_of)
    )


def credited_as_of(doc: Any, as_of: date) -> Any:
    """Posted credit notes against `doc` dated up to `as_of`."""
    return _NOTE.select(pw.fn.COALESCE(pw.fn.SUM(_NOTE.grand_total), 0)).where(
        (_NOTE.against == doc.id)
        & (_NOTE.kind == "credit_note")
        & (_NOTE.status == "posted")
        & (_NOTE.doc_date <= as_of)
    )


def paid_now(doc: Any) -> Any:
    """`paid_as_of` for a date on or after every ledger entry (`balances.last_entry_date`): a
    receipt's credit and any reversal are then all on the books, so it counts exactly while it
    is 'posted' (see `Receipt`), and one join replaces two ledger look-ups per allocation."""
    return (
        Allocation.select(pw.fn.COALESCE(pw.fn.SUM(Allocation.amount), 0))
        .join(Receipt, on=(Receipt.id == Allocation.receipt))
        .where((Allocation.doc == doc.id) & (Receipt.status == "posted"))
    )


def credited_now(doc: Any) -> Any:
    """`credited_as_of` for a date on or after every ledger entry (a credit note's entry is
    dated like the note)."""
    return _NOTE.select(pw.fn.COALESCE(pw.fn.SUM(_NOTE.grand_total), 0)).where(
        (_NOTE.against == doc.id) & (_NOTE.kind == "credit_note") & (_NOTE.status == "posted")
    )


def owed_now(doc: Any) -> Any:
    """`owed_as_of` for a date on or after every ledger entry."""
    return greatest(0, doc.grand_total - paid_now(doc) - credited_now(doc))


def owed_as_of(doc: Any, as_of: date) -> Any:
    """What a posted invoice or debit note still owes on `as_of` (never below 0)."""
    return greatest(0, doc.grand_total - paid_as_of(doc, as_of) - credited_as_of(doc, as_of))


class OutstandingInvoice(NamedTuple):
    customer_code: str
    customer_name: str
    kind: str  # "invoice" | "debit_note" | "opening_bill"
    number: str
    doc_date: date
    due_date: date
    total: int  # grand total
    paid: int  # receipts allocated to it
    credited: int  # credit notes against it
    outstanding: int  # total - paid - credited (> 0)
    days_overdue: int  # as_of - due date; 0 or less: not overdue yet


@dataclass(frozen=True)
class OutstandingSummary:
    as_of: date
    count: int
    total: int
    paid: int
    credited: int
    outstanding: int


def outstanding_summary(as_of: date, scope: CustomerScope = EVERYONE) -> OutstandingSummary:
    """How many invoices still owe something, and the column totals (for a screen's footer)."""
    open_docs = _rows(as_of, scope).order_by().alias("owing")
    query = SalesDoc.select(
        pw.fn.COUNT(pw.SQL("*")),
        pw.fn.COALESCE(pw.fn.SUM(open_docs.c.total), 0),
        pw.fn.COALESCE(pw.fn.SUM(open_docs.c.paid), 0),
        pw.fn.COALESCE(pw.fn.SUM(open_docs.c.credited), 0),
    ).from_(open_docs)
    count, total, paid, credited = rows_of(query)[0]
    return OutstandingSummary(
        as_of, int(count), int(total), int(paid), int(credited), int(total - paid - credited)
    )


def outstanding_page(
    as_of: date, scope: CustomerScope = EVERYONE, *, offset: int = 0, limit: int = 100
) -> list[OutstandingInvoice]:
    """Rows `offset .. offset+limit-1`: by customer code, then due date and number."""
    query = _rows(as_of, scope).offset(max(offset, 0)).limit(max(limit, 0))
    return [_invoice(row, as_of) for row in rows_of(query)]


def iter_outstanding(as_of: date, scope: CustomerScope = EVERYONE) -> Iterator[OutstandingInvoice]:
    """Every row, read lazily (for exports)."""
    for row in iter_rows(_rows(as_of, scope)):
        yield _invoice(row, as_of)


def _open_documents(as_of: date, scope: CustomerScope) -> Any:
    if as_of >= last_entry_date():  # today, usually: the quicker sums are exact
        paid, credited = paid_now(SalesDoc), credited_now(SalesDoc)
    else:
        paid, credited = paid_as_of(SalesDoc, as_of), credited_as_of(SalesDoc, as_of)
    documents = scoped(
        SalesDoc.select(
            Customer.code.alias("code"),
            Customer.name.alias("name"),
            SalesDoc.kind.alias("kind"),
            SalesDoc.number.alias("number"),
            SalesDoc.doc_date.alias("doc_date"),
            pw.fn.COALESCE(SalesDoc.due_date, SalesDoc.doc_date).alias("due_date"),
            SalesDoc.grand_total.alias("total"),
            paid.alias("paid"),
            credited.alias("credited"),
        )
        .join(Customer)
        .join(CustomerCategory, pw.JOIN.LEFT_OUTER)
        .where(
            (SalesDoc.status == "posted")
            & SalesDoc.kind.in_(OWING_KINDS)
            & (SalesDoc.doc_date <= as_of)
        ),
        scope,
    ).alias("open_docs")
    return documents


def _rows(as_of: date, scope: CustomerScope) -> Any:
    docs = _open_documents(as_of, scope)
    return (
        SalesDoc.select(
            docs.c.code,
            docs.c.name,
            docs.c.kind,
            docs.c.number,
            docs.c.doc_date,
            docs.c.due_date,
            docs.c.total,
            docs.c.paid,
            docs.c.credited,
        )
        .from_(docs)
        .where(docs.c.total - docs.c.paid - docs.c.credited > 0)
        .order_by(docs.c.code, docs.c.due_date, docs.c.doc_date, docs.c.number)
    )


def _invoice(row: tuple[Any, ...], as_of: date) -> OutstandingInvoice:
    code, name, kind, number, doc_date, due, total, paid, credited = row
    doc_date, due = day(doc_date), day(due)
    return OutstandingInvoice(
        code,
        name,
        kind,
        number,
        doc_date,
        due,
        int(total),
        int(paid),
        int(credited),
        int(total) - int(paid) - int(credited),
        (as_of - due).days,
    )
