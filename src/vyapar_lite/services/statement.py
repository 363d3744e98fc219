"""A customer's statement for a period: opening balance, every entry in order, closing balance.

`open_statement()` returns the header (customer, period, opening, period totals, closing, number
of lines); the lines are read separately, a page at a time (`statement_lines`) for a screen or
lazily (`iter_statement_lines`) for an export, so a statement of any length costs memory for one
page. Lines are read as the ledger's rows (plain tuples, one query); the running balance is the
opening balance (for a later page, plus the lines before it, summed from an index) added up with
`itertools.accumulate`; each document's facts (cancelled, bounced, a receipt's mode and
reference, the invoice a note is against) come from a few small queries by id (statement_facts); a
`StatementLine` is made only for a line looked at (`StatementLines`). The closing balance is
opening + debits - credits. Why not SQL's `SUM() OVER` and joins: benchmarks/README.md, "Issue
21, third pass: the statement".

Cancelled documents stay on the statement, marked cancelled, next to their reversal (dated like
the document, so they net out on the same day).

A customer who is also a supplier has a second side (purchases and payments to them). That side
arrives with the payments work: it registers a `SupplierSideSource` with
`set_supplier_side_source()`, and every statement then carries `supplier` and `net_closing`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate
from typing import Any, NamedTuple, overload

import peewee as pw

from vyapar_lite.db.models import Customer, LedgerEntry
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.services import balances, document_parties, month_end_balances
from vyapar_lite.services.report_rows import cursor_of, day, rows_of
from vyapar_lite.services.statement_facts import CancelledInvoices, DocumentFacts

# the lines' kinds, English as stored in exports; marked so the screens show them translated
TYPE_LABELS = {
    "opening": QT_TRANSLATE_NOOP("statement_kinds", "Opening balance"),
    "invoice": QT_TRANSLATE_NOOP("statement_kinds", "Invoice"),
    "receipt": QT_TRANSLATE_NOOP("statement_kinds", "Receipt"),
    "credit_note": QT_TRANSLATE_NOOP("statement_kinds", "Credit note"),
    "debit_note": QT_TRANSLATE_NOOP("statement_kinds", "Debit note"),
    # a bounced cheque's bank charge: not a supply (`non_gst`)
    "debit_memo": QT_TRANSLATE_NOOP("statement_kinds", "Debit memo"),
    # postings of the payments work
    "bounce": QT_TRANSLATE_NOOP("statement_kinds", "Cheque bounced"),
    "write_off": QT_TRANSLATE_NOOP("statement_kinds", "Written off"),
    "refund": QT_TRANSLATE_NOOP("statement_kinds", "Refund paid"),
    "contra": QT_TRANSLATE_NOOP("statement_kinds", "Contra settlement"),
}
_REVERSAL_LABELS = {
    "sales_doc": QT_TRANSLATE_NOOP("statement_kinds", "Invoice cancelled"),
    "receipt": QT_TRANSLATE_NOOP("statement_kinds", "Receipt cancelled"),
}


class StatementLine(NamedTuple):
    entry_date: date
    kind: str  # the ledger kind: opening, invoice, receipt, credit_note, debit_note, cancel
    type_label: str  # "Invoice", "Invoice (cancelled)", "Invoice cancelled" (the reversal) ...
    doc_number: str
    description: str
    reference: str  # receipt mode and UPI/cheque reference; for a note, the invoice it is against
    debit: int
    credit: int
    balance: int  # running balance after this line (> 0: owes the shop)
    status: str  # "" | "cancelled" (a document later cancelled or a cheque that bounced) |
    # "reversal" (the entry that cancels it)


@dataclass(frozen=True)
class SideSummary:
    """The supplier side of a customer who is also a supplier, in the same sign convention:
    debit - credit, so a negative closing is what the shop owes them."""

    opening: int
    total_debit: int
    total_credit: int
    closing: int
    lines: Sequence[StatementLine] = ()


SupplierSideSource = Callable[[str, date, date], SideSummary | None]
_supplier_side: SupplierSideSource | None = None


def set_supplier_side_source(source: SupplierSideSource | None) -> SupplierSideSource | None:
    """The hook for the payments work: `source(code, start, end)` gives a customer's supplier
    side for the period, or None when they are not a supplier. Returns the source it replaces
    (so a test can put it back)."""
    global _supplier_side  # one hook for the process, set at start-up
    previous, _supplier_side = _supplier_side, source
    return previous


@dataclass(frozen=True)
class Statement:
    customer_id: int
    code: str
    name: str
    address: str
    gstin: str
    phone: str
    start: date
    end: date
    opening: int  # balance before `start`
    total_debit: int  # entries dated start..end
    total_credit: int
    closing: int  # opening + total_debit - total_credit
    line_count: int
    supplier: SideSummary | None = None  # see set_supplier_side_source

    @property
    def net_closing(self) -> int:
        """Both sides together (> 0: the customer owes the shop on balance)."""
        return self.closing + (self.supplier.closing if self.supplier else 0)


def open_statement(code: str, start: date, end: date) -> Statement:
    """The statement's header; raises ValidationError for an unknown customer or a bad period."""
    if start > end:
        raise ValidationError(
            FieldError("period", f"The period starts ({start}) after it ends ({end})")
        )
    customer = Customer.get_or_none(Customer.code == code.strip().upper())
    if customer is None:
        raise ValidationError(FieldError("customer", f"There is no customer with code {code}"))
    period = _period_sums(customer.id, start, end)
    opening = _opening(customer.id, start, end, period)
    supplier = _supplier_side(customer.code, start, end) if _supplier_side else None
    # Headed with the customer as on the period's last document (as issued), else the master.
    issued = document_parties.latest_in_period(start, end, customer_id=customer.id)
    party = issued.party if issued is not None else document_parties.customer_party(customer)
    return Statement(
        customer.id,
        customer.code,
        party.name,
        party.billing_address,
        party.gstin,
        party.phone,
        start,
        end,
        opening,
        period.debit,
        period.credit,
        opening + period.debit - period.credit,
        period.count,
        supplier,
    )


def statement_lines(
    statement: Statement, *, offset: int = 0, limit: int | None = None
) -> StatementLines:
    """Lines `offset .. offset+limit-1` in date order (all from `offset` when limit is None),
    read in one query as tuples; each `StatementLine` is made when it is looked at."""
    offset = max(offset, 0)
    query = _lines_query(statement)
    if offset > 0 or limit is not None:
        query = query.limit(None if limit is None else max(limit, 0)).offset(offset)
    rows = rows_of(query)
    before = statement.opening + (_movement_before(statement, offset) if offset and rows else 0)
    return StatementLines(rows, before, DocumentFacts.of(statement.customer_id, rows))


def iter_statement_lines(statement: Statement) -> Iterator[StatementLine]:
    """Every line, read lazily from one query a batch at a time (exports of any length)."""
    balance = statement.opening
    cancelled = CancelledInvoices(statement.customer_id)  # read once, not once a batch
    cursor = cursor_of(_lines_query(statement))
    try:
        while rows := cursor.fetchmany(_BATCH):
            lines = StatementLines(
                rows, balance, DocumentFacts.of(statement.customer_id, rows, cancelled)
            )
            yield from lines
            balance = lines.closing
    finally:
        cursor.close()


class StatementLines(Sequence[StatementLine]):
    """A run of a statement's lines: the ledger rows as read (tuples), their running balances
    (`itertools.accumulate`: SQLite's `SUM() OVER` materialises the period first and cost more
    than the rest of the read, benchmarks/README.md "Issue 21, third pass") and the few facts
    of their documents; a `StatementLine` is made only for a line looked at."""

    def __init__(self, rows: Sequence[tuple[Any, ...]], before: int, facts: DocumentFacts) -> None:
        self._rows = rows
        # row: entry_date, kind, doc_type, doc_id, doc_number, description, debit, credit
        self._balances = list(accumulate((r[6] - r[7] for r in rows), initial=before))
        self._facts = facts

    @property
    def closing(self) -> int:
        """The running balance after the last line (the one before them when there are none)."""
        return self._balances[-1]

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> StatementLine: ...

    @overload
    def __getitem__(self, index: slice) -> list[StatementLine]: ...

    def __getitem__(self, index: int | slice) -> StatementLine | list[StatementLine]:
        if isinstance(index, slice):
            return [self._line(i) for i in range(*index.indices(len(self._rows)))]
        if index < 0:
            index += len(self._rows)
        if not 0 <= index < len(self._rows):
            raise IndexError(index)
        return self._line(index)

    def __iter__(self) -> Iterator[StatementLine]:
        return (self._line(i) for i in range(len(self._rows)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # compared by its lines, as a list is

    def __repr__(self) -> str:
        return f"StatementLines({list(self)!r})"

    def _line(self, i: int) -> StatementLine:
        entry_date, kind, doc_type, doc_id, number, description, debit, credit = self._rows[i]
        label = TYPE_LABELS.get(kind) or kind.replace("_", " ").capitalize()
        status = ref = ""
        if doc_type:  # entries without a document (openings, old history) need none of this
            facts = self._facts
            if kind == "cancel":
                label, status = _REVERSAL_LABELS.get(doc_type, "Cancelled"), "reversal"
            elif kind == "bounce":
                status = "reversal"
            elif facts.cancelled(doc_type, doc_id):
                label, status = f"{label} (cancelled)", "cancelled"
            elif facts.bounced(doc_type, doc_id):
                label, status = f"{label} (bounced)", "cancelled"
            ref = facts.reference(doc_type, doc_id)
        # SQLite hands back INTEGER columns as int: no conversion needed
        return StatementLine(
            day(entry_date), kind, label, number, description, ref, debit, credit,
            self._balances[i + 1], status,
        )  # fmt: skip


_BATCH = 1000  # lines an export reads at a time


def customers_with_activity(start: date, end: date) -> list[str]:
    """Codes of customers with entries in the period or a balance at its end, in code order."""
    in_period = (
        LedgerEntry.select(LedgerEntry.customer)
        .where(LedgerEntry.entry_date.between(start, end))
        .distinct()
    )
    active = {int(c) for (c,) in rows_of(in_period)}
    active |= {c for c, balance in balances.balances_as_of(end).items() if balance}
    codes = rows_of(Customer.select(Customer.id, Customer.code))
    return sorted(str(code) for customer_id, code in codes if customer_id in active)


@dataclass(frozen=True)
class _Sums:
    debit: int
    credit: int
    count: int


def _period_sums(customer_id: int, start: date, end: date) -> _Sums:
    query = LedgerEntry.select(
        pw.fn.COALESCE(pw.fn.SUM(LedgerEntry.debit), 0),
        pw.fn.COALESCE(pw.fn.SUM(LedgerEntry.credit), 0),
        pw.fn.COUNT(LedgerEntry.id),
    ).where((LedgerEntry.customer == customer_id) & LedgerEntry.entry_date.between(start, end))
    debit, credit, count = rows_of(query)[0]
    return _Sums(int(debit), int(credit), int(count))


def _opening(customer_id: int, start: date, end: date, period: _Sums) -> int:
    """The balance before `start`: the kept month-end balance before it plus the entries since
    (`month_end_balances.balance_of`); before the first kept month-end, summed directly, or as
    the all-time balance less the period and what came after it, whichever reads fewer
    entries."""
    if start > date.min:
        kept = month_end_balances.balance_of(customer_id, start - timedelta(days=1))
        if kept is not None:
            return kept
    mine = LedgerEntry.customer == customer_id
    before = _count(mine & (LedgerEntry.entry_date < start))
    after = _count(mine & (LedgerEntry.entry_date > end))
    if before <= after:
        return balances.balance_of_entries(mine & (LedgerEntry.entry_date < start))
    later = balances.balance_of_entries(mine & (LedgerEntry.entry_date > end))
    return balances.balance_of(customer_id) - later - (period.debit - period.credit)


def _count(condition: Any) -> int:
    return int(LedgerEntry.select(pw.fn.COUNT(LedgerEntry.id)).where(condition).scalar() or 0)


def _lines_query(statement: Statement) -> Any:
    """The period's ledger rows in date order, the ledger's columns only (tuples)."""
    return (
        LedgerEntry.select(
            LedgerEntry.entry_date,
            LedgerEntry.kind,
            LedgerEntry.doc_type,
            LedgerEntry.doc_id,
            LedgerEntry.doc_number,
            LedgerEntry.description,
            LedgerEntry.debit,
            LedgerEntry.credit,
        )
        .where(_in_period(statement))
        .order_by(LedgerEntry.entry_date, LedgerEntry.id)
    )


def _in_period(statement: Statement) -> Any:
    return (LedgerEntry.customer == statement.customer_id) & LedgerEntry.entry_date.between(
        statement.start, statement.end
    )


def _movement_before(statement: Statement, offset: int) -> int:
    """Debits less credits of the period's first `offset` lines (a later page's starting
    balance), read from the index `ledger_entry_statement` alone."""
    first = (
        LedgerEntry.select(LedgerEntry.debit, LedgerEntry.credit)
        .where(_in_period(statement))
        .order_by(LedgerEntry.entry_date, LedgerEntry.id)
        .limit(offset)
    )
    movement = first.select_from(pw.fn.COALESCE(pw.fn.SUM(first.c.debit - first.c.credit), 0))
    return int(rows_of(movement)[0][0])
