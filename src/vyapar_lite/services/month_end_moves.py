"""What makes up each customer's balance on a date, worked out from the open items kept on the
kept day before it (`month_end_items`: every month-end, every 4th day of the month from the 4th
to the 28th, and the last day with entries) and what moved on the books since: the step both
the ageing report (from the kept day before its date) and the keeping itself (from one kept day
to the next) take.

The ageing walk (`ageing._Walk`) takes a customer's open documents (invoices, debit notes,
opening bills, each for what it still owes on the date: `outstanding.owed_as_of`) newest due
first until their sum covers the balance. The kept items on a kept day E are the documents that
walk took on E, each with what it owed then, or, for a customer owing nothing on E, the newest
document still owing anything (or, when nothing newer than the kept day before's frontier owes
anything, that frontier again, owing nothing: so a customer who paid everything is never walked
to find it); the last of them is the customer's *frontier*: every document dated by E and newer
than it (in the walk's order) owed nothing on E. No items kept: nothing owed anything on E; the
row `doc_id 0`: the walk ran out of documents, so every document owing anything is kept.

On a date D after E the candidates are the kept documents and the documents dated after E up to
D, each for what it owes on D:

- a kept document owes what it owed on E, less the allocations of receipts that came onto the
  books after E (their credit dated after E up to D), plus those of receipts reversed after E
  (bounced), less the credit notes against it dated after E;
- a document dated after E owes its total less the allocations of receipts on the books on D
  and the credit notes against it dated up to D.

(A receipt is on the books on a date when its credit entry is dated by then and no reversal is:
`outstanding.counted_as_of`.) Walking the candidates in the walk's order gives the walk's own
answer when the balance is covered before the walk would pass the frontier (or the walk runs out
of documents where it ran out on E): the documents not among the candidates and newer than the
frontier owed nothing on E and owe no more on D, unless a receipt allocated to one was reversed
since (a cheque that bounced after E): `Moved.reversed_for`. Such customers, and those the
candidates do not cover (`cover` says None), are left to the walk.

Every other change (a document cancelled, a receipt cancelled or re-allocated, anything
back-dated to E or before) writes an audit row naming the customer, and the kept items of those
customers are worked out again before they are read (`month_end_items`).

SQL is portable; the one SQLite hint (`INDEXED BY` the ledger's date index) is fenced in
`db.dialect.indexed_by`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import peewee as pw

from vyapar_lite.db import database, dialect
from vyapar_lite.db.models import SalesDoc
from vyapar_lite.services.open_items import OPEN_KINDS_SQL
from vyapar_lite.services.outstanding import owed_as_of

# A document as the walk orders it, then its id and what it owes; tuples compare in the walk's
# order (newest due first when sorted in reverse). Read from the books: (due, 1, doc date, kind,
# grand total, id, owed), the walk's own order. Read from the kept rows: (due, 0, -place, id,
# owed): kept documents are dated by the month-end, so on the same due date each is older than
# any document dated after it, and among themselves they keep their place. Dates are as both
# stores hand them back: ISO text (`db.server` reads a server's dates so).
Item = tuple[Any, ...]
RAN_OUT = 0  # the doc_id of the row saying the walk ran out of documents


@dataclass
class Kept:
    """One customer's kept items at a month-end, newest first (see the module docstring)."""

    items: list[Item] = field(default_factory=list)
    ran_out: bool = False

    @property
    def frontier(self) -> int | None:
        """The id of the document below which (in the walk's order) the kept items say nothing;
        None: they say all."""
        return None if self.ran_out or not self.items else int(self.items[-1][-2])


@dataclass
class Moved:
    """The candidates of every customer something moved for, on the date."""

    candidates: dict[int, list[Item]]  # customer id -> candidates, newest first
    reversed_for: set[int]  # customers a reversed receipt may have made owe again: the walk's


def cover(
    candidates: Iterable[Item], frontier: int | None, balance: int
) -> tuple[list[Item], bool] | None:
    """The walk over `candidates` (newest first): (the documents it takes, each with all it owes;
    whether it ran out of documents), or None when the candidates cannot tell (the walk would
    pass the frontier first). A balance of 0 or less takes the newest document owing anything,
    or the frontier itself when nothing newer owes anything: either is the frontier the next
    month-end keeps (nothing newer owes anything then)."""
    left = balance
    taken: list[Item] = []
    passed = False
    for item in candidates:
        if passed:
            return None
        if item[-2] == frontier:
            passed = True  # anything after this is below the frontier
        owed = item[-1]
        if owed <= 0:
            if passed and balance <= 0:
                return [item], False
            continue
        taken.append(item)
        left -= owed
        if left <= 0 or balance <= 0:
            return taken, False
    if frontier is not None:
        return None
    return taken, True


def moved(
    since: date | None,
    kept: dict[int, Kept],
    on: date,
    customers: Sequence[int] | None = None,
) -> Moved:
    """Every candidate on `on` (see the module docstring): the kept documents at `since` (None:
    before the books began, nothing kept) with what they owe on `on`, and the documents dated
    after `since` up to `on`. `customers`: these alone (a few, read through their own indexes);
    None: every customer (read through the date indexes)."""
    after = since or date.min
    candidates = {customer_id: held.items for customer_id, held in kept.items()}
    if after >= on:  # on the kept day itself: nothing moved
        return Moved(candidates, set())
    # dates compared as both stores hand them back (ISO text: `db.server`), not made into dates
    then, now = after.isoformat(), on.isoformat()
    owner = {item[-2]: c for c, held in kept.items() for item in held.items}
    change: dict[int, int] = {}  # kept doc id -> what it owes more (less) on `on`
    off: dict[int, int] = {}  # new doc id -> what is taken off its total on `on`
    new = {row[0]: row for row in _new_documents(after, on, customers)}
    receipts, params = _receipts_moved(after, on, customers)
    states = _states(_STATES.format(f"IN ({receipts})"), params)
    on_books, was = _on_books(states, now), _on_books(states, then)
    came, went = on_books - was, was - on_books  # onto the books since, or off them
    unknown: set[int] = set()
    for receipt_id, doc_id, amount in _allocations_of_receipts(receipts, params):
        if receipt_id in came:
            if doc_id in owner:
                change[doc_id] = change.get(doc_id, 0) - amount
        elif receipt_id in went:
            if doc_id in owner:
                change[doc_id] = change.get(doc_id, 0) + amount
            elif doc_id not in new:
                unknown.add(doc_id)  # owes again on `on`, perhaps: the walk's
    for against, amount in _credit_notes(after, on, customers):
        if against in owner:
            change[against] = change.get(against, 0) - amount
        elif against in new:
            off[against] = off.get(against, 0) + amount
    for against, amount in _earlier_credit_notes(after, on, customers):
        if against in new:
            off[against] = off.get(against, 0) + amount
    allocated = _new_allocations(after, on, customers)
    missing = {r for _, r, _ in allocated if r not in states}
    if missing:
        on_books |= _on_books(_states_of(missing), now)
    for doc_id, receipt_id, amount in allocated:
        if receipt_id in on_books:
            off[doc_id] = off.get(doc_id, 0) + amount
    for customer_id in {owner[doc_id] for doc_id in change}:
        candidates[customer_id] = [
            (*item[:-1], item[-1] + change[item[-2]]) if item[-2] in change else item
            for item in candidates[customer_id]
        ]
    grown: set[int] = set()
    for doc_id, customer_id, due, doc_date, kind, total in new.values():
        items = candidates.get(customer_id)
        if items is None:
            items = candidates[customer_id] = []
        elif customer_id not in grown:
            items = candidates[customer_id] = list(items)  # never the kept list itself
        grown.add(customer_id)
        items.append((due, 1, doc_date, kind, total, doc_id, total - off.get(doc_id, 0)))
    for customer_id in grown:
        candidates[customer_id].sort(reverse=True)
    return Moved(candidates, _customers_of(unknown))


def walk(customer_id: int, on: date, balance: int) -> tuple[list[Item], bool]:
    """The slow path: the customer's documents dated by `on`, newest due first, each with what
    it owes then, through `cover` with no frontier (one query; stops once covered)."""
    due = pw.fn.COALESCE(SalesDoc.due_date, SalesDoc.doc_date)
    query = (
        SalesDoc.select(
            due,
            SalesDoc.doc_date,
            SalesDoc.kind,
            SalesDoc.grand_total,
            SalesDoc.id,
            owed_as_of(SalesDoc, on),
        )
        .where(
            (SalesDoc.customer == customer_id)
            & (SalesDoc.status == "posted")
            & SalesDoc.kind.in_(pw.SQL(OPEN_KINDS_SQL))
            & (SalesDoc.doc_date <= on)
        )
        .order_by(
            due.desc(),
            SalesDoc.doc_date.desc(),
            SalesDoc.kind.desc(),
            SalesDoc.grand_total.desc(),
            SalesDoc.id.desc(),
        )
    )
    sql, params = query.sql()
    cursor = database.execute_sql(sql, params)
    try:
        found = cover(_lazily(cursor), None, balance)
    finally:
        cursor.close()
    assert found is not None  # no frontier: the walk always tells
    return found


def _lazily(cursor: Any) -> Iterable[Item]:
    while (row := cursor.fetchone()) is not None:
        due, doc_date, kind, total, doc_id, owed = row
        yield (due, 1, doc_date, kind, int(total), int(doc_id), int(owed))


# --- reading what moved ------------------------------------------------------------------------


def _on_books(states: dict[int, tuple[Any, Any]], on: Any) -> set[int]:
    """The receipts on the books on `on` (as the store holds dates): the first credit dated by
    then, no reversal by then (`outstanding.counted_as_of`)."""
    return {
        receipt_id
        for receipt_id, (credited, reversed_on) in states.items()
        if credited is not None and credited <= on and (reversed_on is None or reversed_on > on)
    }


def _customer_filter(column: str, customers: Sequence[int] | None) -> tuple[str, list[int]]:
    if customers is None:
        return "", []
    return f" AND {column} IN ({', '.join('?' * len(customers))})", list(customers)


def _new_documents(
    after: date, on: date, customers: Sequence[int] | None
) -> list[tuple[int, int, Any, Any, str, int]]:
    """(id, customer, due, doc date, kind, grand total) of the open documents dated after
    `after` up to `on`."""
    only, params = _customer_filter("customer_id", customers)
    rows: list[tuple[int, int, Any, Any, str, int]] = database.execute_sql(
        "SELECT id, customer_id, COALESCE(due_date, doc_date), doc_date, kind, grand_total "
        "FROM sales_doc WHERE doc_date > ? AND doc_date <= ? AND status = 'posted' "
        f"AND kind IN {OPEN_KINDS_SQL}{only}",
        (after, on, *params),
    ).fetchall()
    return rows


def _new_allocations(
    after: date, on: date, customers: Sequence[int] | None
) -> list[tuple[int, int, int]]:
    """(doc, receipt, amount) of every allocation to the documents dated after `after`."""
    only, params = _customer_filter("d.customer_id", customers)
    rows: list[tuple[int, int, int]] = database.execute_sql(
        "SELECT a.doc_id, a.receipt_id, a.amount FROM sales_doc d "
        "JOIN allocation a ON a.doc_id = d.id "
        "WHERE d.doc_date > ? AND d.doc_date <= ? AND d.status = 'posted' "
        f"AND d.kind IN {OPEN_KINDS_SQL}{only}",
        (after, on, *params),
    ).fetchall()
    return rows


def _receipts_moved(
    after: date, on: date, customers: Sequence[int] | None
) -> tuple[str, list[Any]]:
    """A subquery (and its parameters) of the receipts with a ledger entry dated after `after`
    up to `on`: the receipts that came onto the books, or left them, in between."""
    only, params = _customer_filter("customer_id", customers)
    hint = dialect.indexed_by("ledger_entry_date") if customers is None else ""
    return (
        f"SELECT doc_id FROM ledger_entry {hint} WHERE entry_date > ? AND entry_date <= ? "
        f"AND doc_type = 'receipt' AND doc_id IS NOT NULL{only}",
        [after, on, *params],
    )


# (receipt, first credit, first reversal) of the receipts named by the condition on doc_id
_STATES = (
    "SELECT doc_id, MIN(CASE WHEN credit > 0 THEN entry_date END), "
    "MIN(CASE WHEN debit > 0 THEN entry_date END) FROM ledger_entry "
    "WHERE doc_type = 'receipt' AND doc_id {} GROUP BY doc_id"
)


def _states_of(ids: Iterable[int]) -> dict[int, tuple[Any, Any]]:
    found: dict[int, tuple[Any, Any]] = {}
    for chunk in _chunks(sorted(ids)):
        found.update(_states(_STATES.format(f"IN ({', '.join('?' * len(chunk))})"), chunk))
    return found


def _states(sql: str, params: Sequence[Any]) -> dict[int, tuple[Any, Any]]:
    """Receipt id -> (first credit, first reversal), dates as the store hands them back."""
    return {
        receipt_id: (credited, reversed_on)
        for receipt_id, credited, reversed_on in database.execute_sql(sql, params).fetchall()
    }


def _allocations_of_receipts(receipts: str, params: list[Any]) -> list[tuple[int, int, int]]:
    """(receipt, doc, amount) of every allocation of the receipts the subquery names."""
    rows: list[tuple[int, int, int]] = database.execute_sql(
        f"SELECT receipt_id, doc_id, amount FROM allocation WHERE receipt_id IN ({receipts})",
        params,
    ).fetchall()
    return rows


def _customers_of(docs: Iterable[int]) -> set[int]:
    """The customers of these documents."""
    found: set[int] = set()
    for chunk in _chunks(sorted(docs)):
        found.update(
            int(c)
            for (c,) in database.execute_sql(
                f"SELECT customer_id FROM sales_doc WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk,
            ).fetchall()
        )
    return found


def _credit_notes(after: date, on: date, customers: Sequence[int] | None) -> list[tuple[int, int]]:
    """(against, amount) of the posted credit notes dated after `after` up to `on`."""
    only, params = _customer_filter("customer_id", customers)
    rows: list[tuple[int, int]] = database.execute_sql(
        "SELECT against_id, grand_total FROM sales_doc WHERE doc_date > ? AND doc_date <= ? "
        f"AND kind = 'credit_note' AND status = 'posted' AND against_id IS NOT NULL{only}",
        (after, on, *params),
    ).fetchall()
    return rows


def _earlier_credit_notes(
    after: date, on: date, customers: Sequence[int] | None
) -> list[tuple[int, int]]:
    """(against, amount) of the posted credit notes dated by `after` against documents dated
    after it up to `on` (a note dated before its invoice: the services refuse one, but the walk
    would count it)."""
    only, params = _customer_filter("d.customer_id", customers)
    rows: list[tuple[int, int]] = database.execute_sql(
        "SELECT n.against_id, n.grand_total FROM sales_doc d "
        "JOIN sales_doc n ON n.against_id = d.id "
        "WHERE d.doc_date > ? AND d.doc_date <= ? AND d.status = 'posted' "
        f"AND d.kind IN {OPEN_KINDS_SQL}{only} "
        "AND n.kind = 'credit_note' AND n.status = 'posted' AND n.doc_date <= ?",
        (after, on, *params, after),
    ).fetchall()
    return rows


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]
