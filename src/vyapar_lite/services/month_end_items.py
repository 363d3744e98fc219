"""The open items that make up each customer's balance at every month-end, kept so that ageing as
of any date walks no customer's documents: it starts from the items kept at the month-end
before the date and adds what moved since (`month_end_moves`).

At each kept month-end (the same month-ends as `month_end_balances`) a customer has the
documents the ageing walk takes to cover their balance then, each with what it still owed, and,
owing nothing then, the newest document still owing anything (`month_end_moves` says why).

Derived data, never a record: worked out from the documents, allocations and the ledger, no
audit row written. `month_end_items_kept` holds the audit log's last row they include (the mark,
as for the month-end balances: `books_changes` says why the audit log). They are kept lazily:
every read first brings them up to date in one transaction: the customers named in the audit
log since the mark have every month-end worked out again (each month-end from the one before:
`month_end_moves.moved`, walking a customer's documents only where that cannot tell), and
month-ends that have come into range are added from the one before. After more than
`REBUILD_AFTER` customers changed, or a change naming no customer that may touch the ledger, or
a first month-end that moved, everything is worked out again, month-end by month-end.

`problems()` (part of `check`) works every month-end out again and names each customer and
month-end whose kept items differ; `rebuild()` replaces the rows.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import overload

import peewee

from vyapar_lite.db import database
from vyapar_lite.domain.ageing import OpenItem
from vyapar_lite.services import books_changes, month_end_balances
from vyapar_lite.services.balances import last_entry_date
from vyapar_lite.services.month_end_moves import RAN_OUT, Kept, cover, moved, walk
from vyapar_lite.services.report_rows import day

REBUILD_AFTER = 200  # customers changed; more than this: work every month-end out again
FEW = 200  # customers asked about at most this many: read through their own indexes
_lock = threading.Lock()
_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Marked:
    mark: books_changes.Mark  # the audit log's last row the kept items include
    month_ends: tuple[date, ...]  # every kept month-end, oldest first
    last_day: date | None  # the last day with entries they were kept for (None: none kept)

    @property
    def points(self) -> tuple[date, ...]:
        """Every day items are kept for: the month-ends, then the last day with entries."""
        if not self.month_ends or self.last_day is None:
            return ()
        return (*self.month_ends, self.last_day)


def known_as_of(
    as_of: date, balances: dict[int, int], *, rebuild: bool = True
) -> dict[int, list[OpenItem]]:
    """For each customer in `balances` (id -> balance on `as_of`, > 0) whose items the kept
    day before `as_of` and what moved since tell: their open items newest first, each for what
    it owes then, as far as the walk would read them to cover the balance (the walk's own
    answer: `ageing.what_makes_up` of them is the walk's). Customers left out go to the walk.
    Not `rebuild`: nothing told when the kept items would have to be worked out whole first."""
    marked = brought_up_to_date(rebuild=rebuild)
    points = marked.points if marked is not None else ()
    at = bisect_right(points, as_of)
    if not at or not balances:
        return {}
    point = points[at - 1]
    customers = sorted(balances) if len(balances) <= FEW else None
    kept = _kept_at(point, customers)
    found = moved(point, kept, as_of, customers)
    known: dict[int, list[OpenItem]] = {}
    days: dict[object, date] = {}
    nothing = Kept()
    candidates, reversed_for = found.candidates, found.reversed_for
    for customer_id, balance in balances.items():
        if customer_id in reversed_for:
            continue
        told = cover(
            candidates.get(customer_id, ()), kept.get(customer_id, nothing).frontier, balance
        )
        if told is not None:
            items = known[customer_id] = []
            for item in told[0]:
                due = days.get(item[0])
                if due is None:
                    due = days[item[0]] = day(item[0])
                items.append(OpenItem(due, item[-1]))
    return known


@overload
def brought_up_to_date() -> Marked: ...
@overload
def brought_up_to_date(*, rebuild: bool) -> Marked | None: ...
def brought_up_to_date(*, rebuild: bool = True) -> Marked | None:
    """The kept items' mark and days, first brought up to date with the books (one transaction
    when anything changed; nothing written when nothing did). Not `rebuild`: None instead of
    working everything out again (the dashboard's look, which never waits for that)."""
    with _lock:
        mark = books_changes.mark()  # the mark first, then the books
        ends = month_end_balances.brought_up_to_date().month_ends
        last = last_entry_date()
        now = Marked(mark, ends, last if ends else None)
        kept = _read_mark()
        if kept == now:
            return kept
        changed = _changed_since(kept, now)
        if changed is None and not rebuild:
            return None
        with database.atomic():
            return _rebuild(now) if changed is None else _update(kept, now, changed)


def rebuild() -> Marked:
    """Work every kept day out again from the books (one transaction)."""
    with _lock:
        mark = books_changes.mark()
        ends = month_end_balances.brought_up_to_date().month_ends
        now = Marked(mark, ends, last_entry_date() if ends else None)
        with database.atomic():
            return _rebuild(now)


def problems() -> list[str]:
    """`check`'s lines: each customer and day whose kept items differ from the items worked
    out again from the books (at most 50 named); when any does, everything is worked out
    again."""
    try:
        kept = brought_up_to_date()
        found = []
        for point, fresh in _worked_out(kept, None):
            stored = _kept_at(point, None)
            for customer_id in sorted(set(stored) | set(fresh)):
                if _rows_of(stored.get(customer_id)) != _rows_of(fresh.get(customer_id)):
                    found.append(
                        f"month-end open items: customer id {customer_id} on {point:%d-%m-%Y} "
                        "differ from the documents"
                    )
    except peewee.DatabaseError as exc:  # a damaged file: the other checks say where
        return [f"month-end open items: could not be worked out from the books ({exc})"]
    if found:
        rebuild()
        found = [*found[:50], "month-end open items: worked out again from the books"]
    return found


# --- inside the lock ---------------------------------------------------------------------------


def _changed_since(kept: Marked | None, now: Marked) -> list[int] | None:
    """The customers whose kept items may have moved since `kept` was marked; None when
    everything has to be worked out again."""
    if (
        kept is None
        or not kept.points
        or not now.points
        or kept.points[0] != now.points[0]
        or now.points[-1] < kept.points[-1]
    ):
        return None
    changed = books_changes.customers_named_since(kept.mark, books_changes.NO_LEDGER_EFFECT)
    if changed is None or len(changed) > REBUILD_AFTER:
        return None
    return sorted(changed)


def _update(kept: Marked | None, now: Marked, customers: list[int]) -> Marked:
    assert kept is not None
    if kept.month_ends == now.month_ends:
        # The same month-ends: what is kept for the last day holds for a later one but for the
        # customers named since (every entry dated after it was written since, naming them).
        if kept.last_day != now.last_day:
            database.execute_sql(
                "UPDATE month_end_item SET month_end = ? WHERE month_end = ?",
                (now.last_day, kept.last_day),
            )
        if customers:
            for point, items in _worked_out(now, customers):
                _delete(point, customers)
                _insert(point, items)
    else:
        database.execute_sql("DELETE FROM month_end_item WHERE month_end = ?", (kept.last_day,))
        if customers:
            for point, items in _worked_out(Marked(kept.mark, kept.month_ends, None), customers):
                _delete(point, customers)
                _insert(point, items)
        previous = kept.month_ends[-1]
        held = _kept_at(previous, None)
        for point in now.points:
            if point > previous:
                held = _next(previous, held, point, None, point in now.month_ends)
                _insert(point, held)
                previous = point
    _write_mark(now)
    return now


def _rebuild(now: Marked) -> Marked:
    database.execute_sql("DELETE FROM month_end_item")
    for point, items in _worked_out(now, None):
        _insert(point, items)
    _write_mark(now)
    return now


def _worked_out(
    kept: Marked, customers: Sequence[int] | None
) -> Iterator[tuple[date, dict[int, Kept]]]:
    """Each kept day's items from the books: each from the one before and what moved since
    (the month-ends alone when `kept` has no last day)."""
    held: dict[int, Kept] = {}
    previous: date | None = None
    for point in kept.points or kept.month_ends:
        held = _next(previous, held, point, customers, point in kept.month_ends)
        previous = point
        yield point, held


def _next(
    previous: date | None,
    held: dict[int, Kept],
    point: date,
    customers: Sequence[int] | None,
    month_end: bool,
) -> dict[int, Kept]:
    """The items on `point` from those on `previous` (None: before the books) and what moved."""
    balances = _balances_on(point, customers, month_end)
    found = moved(previous, held, point, customers)
    nothing = Kept()
    result: dict[int, Kept] = {}
    who = set(found.candidates) | found.reversed_for
    who.update(c for c, b in balances.items() if b > 0)
    for customer_id in who:
        balance = balances.get(customer_id, 0)
        told = None
        if customer_id not in found.reversed_for:
            told = cover(
                found.candidates.get(customer_id, ()),
                held.get(customer_id, nothing).frontier,
                balance,
            )
        if told is None:
            told = walk(customer_id, point, balance)
        taken, ran_out = told
        if taken:
            result[customer_id] = Kept(taken, ran_out)
    return result


def _rows_of(kept: Kept | None) -> list[tuple[int, int, object, int]]:
    """(doc id, place, due, owed) as stored."""
    if kept is None:
        return []
    rows = [(item[-2], place, item[0], item[-1]) for place, item in enumerate(kept.items)]
    if kept.ran_out:
        rows.append((RAN_OUT, len(rows), None, 0))
    return sorted(rows, key=lambda row: row[:2])


def _insert(point: date, items: dict[int, Kept]) -> None:
    rows = [
        (point, customer_id, doc_id, place, due, owed)
        for customer_id, kept in items.items()
        for doc_id, place, due, owed in _rows_of(kept)
    ]
    for start in range(0, len(rows), 5000):
        database.cursor().executemany(
            "INSERT INTO month_end_item (month_end, customer_id, doc_id, place, due, owed) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows[start : start + 5000],
        )


def _delete(point: date, customers: Sequence[int]) -> None:
    marks = ", ".join("?" * len(customers))
    database.execute_sql(
        f"DELETE FROM month_end_item WHERE month_end = ? AND customer_id IN ({marks})",
        (point, *customers),
    )


def _write_mark(now: Marked) -> None:
    database.execute_sql("DELETE FROM month_end_items_kept")
    ends = now.month_ends
    database.execute_sql(
        "INSERT INTO month_end_items_kept (id, audit_id, audit_hash, first_month_end, "
        "last_month_end, last_day) VALUES (1, ?, ?, ?, ?, ?)",
        (*now.mark, ends[0] if ends else None, ends[-1] if ends else None, now.last_day),
    )


# --- reading -----------------------------------------------------------------------------------


def _read_mark() -> Marked | None:
    row = database.execute_sql(
        "SELECT audit_id, audit_hash, first_month_end, last_month_end, last_day "
        "FROM month_end_items_kept WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    audit_id, audit_hash, first, last, last_day = row
    mark = (int(audit_id), str(audit_hash))
    if first is None or last is None or last_day is None:
        return Marked(mark, (), None)
    ends = month_end_balances.month_ends_between(day(first), day(last) + _DAY)
    return Marked(mark, ends, day(last_day))


def _kept_at(point: date, customers: Sequence[int] | None) -> dict[int, Kept]:
    """The items kept on `point` (of these customers; None: of all), newest first."""
    only = ""
    params: list[object] = [point]
    if customers is not None:
        only = f" AND customer_id IN ({', '.join('?' * len(customers))})"
        params.extend(customers)
    held: dict[int, Kept] = {}
    kept = Kept()
    last = None
    for customer_id, doc_id, place, due, owed in database.execute_sql(
        "SELECT customer_id, doc_id, place, due, owed FROM month_end_item "
        f"WHERE month_end = ?{only} ORDER BY customer_id, place",
        params,
    ).fetchall():
        if customer_id != last:
            kept = held[customer_id] = Kept()
            last = customer_id
        if doc_id == RAN_OUT:
            kept.ran_out = True
        else:
            kept.items.append((due, 0, -place, doc_id, owed))
    return held


def _balances_on(point: date, customers: Sequence[int] | None, month_end: bool) -> dict[int, int]:
    """Each customer's balance on `point`: a kept month-end's, or (the last day) worked out."""
    only = ""
    params: list[object] = []
    if customers is not None:
        only = f" AND customer_id IN ({', '.join('?' * len(customers))})"
        params.extend(customers)
    if month_end:
        sql = f"SELECT customer_id, balance FROM month_end_balance WHERE month_end = ?{only}"
        rows = database.execute_sql(sql, [point, *params]).fetchall()
    elif customers is None:
        rows = list((month_end_balances.balances_as_of(point) or {}).items())
    else:
        rows = database.execute_sql(
            "SELECT customer_id, SUM(debit - credit) FROM ledger_entry "
            f"WHERE entry_date <= ?{only} GROUP BY customer_id",
            [point, *params],
        ).fetchall()
    return {int(c): int(b) for c, b in rows}
