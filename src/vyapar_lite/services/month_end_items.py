"""The open items that make up each customer's balance on kept days (every month-end, every 4th,
8th, 12th, 16th, 20th, 24th and 28th, and the last day with entries), kept so that ageing as
of any date walks no customer's documents: it starts from the items kept on the kept day before
the date and adds what moved since (`month_end_moves`), at most three days of documents.

On each kept day a customer has the documents the ageing walk takes to cover their balance then,
each with what it still owed, or, owing nothing then, the newest document still owing anything
(`month_end_moves` says why). The balances come from the kept month-end balances
(`month_end_balances`); the other days' are worked out from them.

Derived data, never a record: worked out from the documents, allocations and the ledger, no
audit row written. `kept_items` holds the audit log's last row they include (the mark, as for
the month-end balances: `books_changes` says why the audit log) and the first and last days with
entries they were kept for. They are kept lazily: a read first brings them up to date in one
transaction: the customers named in the audit log since the mark have their kept days worked out
again (each from the one before: `month_end_moves.moved`, walking a customer's documents only
where that cannot tell), from the first kept day a posting dated D can move (D's: a posted
invoice, note or receipt moves nothing before its date) or from the first for any other change;
days that have come into range are added from the one before; the last day's items move to a
later last day as they are, but for the customers named since (every entry dated after the old
last day was written since, naming its customer). After more than `REBUILD_AFTER` customers
changed, or a change naming no customer that may touch the ledger, or a first entry before the
first kept one, everything is worked out again, day by day (on the 1,000,000-entry benchmark
shop about 29 s of CPU, once after the upgrade: the ageing report does it, as a task, and says
so in its progress; the dashboard's look, `rebuild=False`, never waits for it and walks instead).

`problems()` (part of `check`) works every kept day out again and names each customer and day
whose kept items differ; `rebuild()` replaces the rows.
"""

from __future__ import annotations

import json
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import overload

import peewee

from vyapar_lite.db import database, sqlite_features
from vyapar_lite.domain.ageing import OpenItem
from vyapar_lite.services import books_changes, month_end_balances
from vyapar_lite.services.month_end_moves import RAN_OUT, Kept, cover, moved, walk
from vyapar_lite.services.report_rows import day

REBUILD_AFTER = 1000  # customers changed; more than this: work every kept day out again
FEW = 200  # customers asked about at most this many: read through their own indexes
# The days of each month kept besides its last: a date is at most 3 days after a kept day (the
# 8th, 15th and 23rd left up to 8 days to move: ageing on the 30th 199-336 ms on the idle
# machine, against the 300; with the 15th alone 250-340 ms CPU: see
# benchmarks/README.md, issue 21, third and sixth passes). Changing them is a migration that
# drops the kept items (they are worked out again for the new days): migration 33.
DAYS_OF_MONTH = (4, 8, 12, 16, 20, 24, 28)
_lock = threading.Lock()
Progress = Callable[[int, int, str], None]
_COLUMNS = ("kept_on", "customer_id", "doc_id", "place", "due", "owed")


def kept_days(first: date, last: date) -> tuple[date, ...]:
    """The days items are kept for on books whose entries run from `first` to `last`: every
    month-end the balances are kept for (from the first entry's month to the month before the
    last entry's) and every 4th, 8th, 12th, 16th, 20th, 24th and 28th (`DAYS_OF_MONTH`) from
    the first entry on, before the last entry's day, then that day itself; () when there is no
    such day."""
    days = set(month_end_balances.month_ends_between(first, last))
    for day_of_month in DAYS_OF_MONTH:
        kept_on = first.replace(day=day_of_month)
        while kept_on < last:
            if kept_on >= first:
                days.add(kept_on)
            kept_on = (kept_on.replace(day=28) + timedelta(days=4)).replace(day=day_of_month)
    return (*sorted(days), last) if days else ()


@dataclass(frozen=True)
class Marked:
    mark: books_changes.Mark  # the audit log's last row the kept items include
    first_day: date | None  # the first and last days with entries they were kept for
    last_day: date | None

    @property
    def points(self) -> tuple[date, ...]:
        """Every kept day, oldest first: month-ends, 8ths, 15ths, 23rds, then the last day."""
        if self.first_day is None or self.last_day is None:
            return ()
        return kept_days(self.first_day, self.last_day)


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
def brought_up_to_date(*, progress: Progress | None = None) -> Marked: ...
@overload
def brought_up_to_date(*, rebuild: bool, progress: Progress | None = None) -> Marked | None: ...
def brought_up_to_date(*, rebuild: bool = True, progress: Progress | None = None) -> Marked | None:
    """The kept items' mark and days, first brought up to date with the books (one transaction
    when anything changed; nothing written when nothing did). Not `rebuild`: None instead of
    working everything out again (the dashboard's look, which never waits for that).
    `progress(done, of, what)`: told after each kept day worked out when everything is."""
    return _up_to_date(rebuild, progress)[0]


def _up_to_date(rebuild: bool, progress: Progress | None) -> tuple[Marked | None, bool]:
    """`brought_up_to_date`'s answer, and whether every kept day was just worked out whole."""
    with _lock:
        now = _now()
        kept = _read_mark()
        if kept == now:
            return kept, False
        changed = _changed_since(kept, now)
        if changed is None and not rebuild:
            return None, False
        with database.atomic():
            if changed is None:
                return _rebuild(now, progress), True
            return _update(kept, now, changed), False


def rebuild() -> Marked:
    """Work every kept day out again from the books (one transaction)."""
    with _lock:
        now = _now()
        with database.atomic():
            return _rebuild(now)


def problems() -> list[str]:
    """`check`'s lines: each customer and day whose kept items differ from the items worked
    out again from the books (at most 50 named); when any does, everything is worked out
    again. Items that bringing them up to date has just worked out whole (none were kept, as in
    a shop just moved to a server, or too much changed) are what working them out again would
    give, in the same transaction: they are not worked out a second time to be compared. A
    shop that has never kept any (no mark: its ageing was never asked for, as in a generated
    shop) has nothing that could differ, and `check` does not keep them for it: they are kept
    on first use, as always (as `ageing_today.problems` treats the dashboard's saved ageing)."""
    try:
        if _read_mark() is None:
            return []
        kept, whole = _up_to_date(True, None)
        assert kept is not None
        if whole:
            return []
        found = []
        for point, fresh in _worked_out(kept.points, None):
            stored = _kept_at(point, None)
            for customer_id in sorted(set(stored) | set(fresh)):
                if _rows_of(stored.get(customer_id)) != _rows_of(fresh.get(customer_id)):
                    found.append(
                        f"kept open items: customer id {customer_id} on {point:%d-%m-%Y} "
                        "differ from the documents"
                    )
    except peewee.DatabaseError as exc:  # a damaged file: the other checks say where
        return [f"kept open items: could not be worked out from the books ({exc})"]
    if found:
        rebuild()
        found = [*found[:50], "kept open items: worked out again from the books"]
    return found


# --- inside the lock ---------------------------------------------------------------------------


def _now() -> Marked:
    """The mark first, then the books (the kept month-end balances brought up to date too)."""
    mark = books_changes.mark()
    month_end_balances.brought_up_to_date()
    # Two queries: each alone is one step in the date index; together SQLite reads every row.
    first = database.execute_sql("SELECT MIN(entry_date) FROM ledger_entry").fetchone()[0]
    last = database.execute_sql("SELECT MAX(entry_date) FROM ledger_entry").fetchone()[0]
    if first is None or last is None or not kept_days(day(first), day(last)):
        return Marked(mark, None, None)
    return Marked(mark, day(first), day(last))


def _changed_since(kept: Marked | None, now: Marked) -> list[int] | None:
    """The customers whose kept items may have moved since `kept` was marked; None when
    everything has to be worked out again."""
    if (
        kept is None
        or not kept.points
        or not now.points
        or kept.first_day != now.first_day
        or now.points[-1] < kept.points[-1]
    ):
        return None
    changed = books_changes.customers_named_since(kept.mark, books_changes.NO_LEDGER_EFFECT)
    if changed is None or len(changed) > REBUILD_AFTER:
        return None
    return sorted(changed)


def _update(kept: Marked | None, now: Marked, customers: list[int]) -> Marked:
    assert kept is not None
    old, new = kept.points, now.points
    if old[:-1] == new[:-1]:
        # The same kept days: what is kept for the last day holds for a later one but for the
        # customers named since (every entry dated after it was written since, naming them).
        if old[-1] != new[-1]:
            database.execute_sql(
                "UPDATE kept_item SET kept_on = ? WHERE kept_on = ?", (new[-1], old[-1])
            )
        _recount(new, _first_day_moved(kept.mark, customers, new), ends_with_last_day=True)
    else:
        database.execute_sql("DELETE FROM kept_item WHERE kept_on = ?", (old[-1],))
        days = old[:-1]
        _recount(days, _first_day_moved(kept.mark, customers, days), ends_with_last_day=False)
        previous = old[-2]
        held = _kept_at(previous, None)
        for at, point in enumerate(new):
            if point > previous:
                held = _next(previous, held, point, None, at == len(new) - 1)
                _insert(point, held)
                previous = point
    _write_mark(now)
    return now


def _first_day_moved(
    mark: books_changes.Mark, customers: list[int], points: Sequence[date]
) -> dict[int, int]:
    """Customer id -> the first of `points` (its index) whose kept items their changes since
    `mark` may have moved. A change that only posted documents dated D (an invoice, a note, a
    receipt: its audit row says `post` and the date) moves no kept day before D: the documents,
    their ledger entries and what they allocate count from D. Any other change may move every
    kept day (a cancel is dated back to the document's day, a re-allocation moves what a
    receipt settled whenever it counts)."""
    wanted = set(customers)
    first: dict[int, date | None] = {}
    for customer_id, action, record_type, after in database.execute_sql(
        "SELECT customer_id, action, record_type, after_json FROM audit_entry "
        "WHERE id > ? AND customer_id IS NOT NULL",
        (mark[0],),
    ).fetchall():
        if customer_id not in wanted or (customer_id in first and first[customer_id] is None):
            continue
        posted = _posted_on(action, record_type, after)
        earlier = first.get(customer_id, posted)
        first[customer_id] = None if posted is None or earlier is None else min(posted, earlier)
    starts = {}
    for customer_id in customers:
        since = first.get(customer_id)
        starts[customer_id] = 0 if since is None else bisect_left(points, since)
    return starts


def _posted_on(action: str, record_type: str, after: str | None) -> date | None:
    """The date a `post` of a sales document or receipt says; None for any other change."""
    if action != "post" or record_type not in ("sales_doc", "receipt") or not after:
        return None
    try:
        return date.fromisoformat(str(json.loads(after)["date"])[:10])
    except (ValueError, KeyError, TypeError):
        return None


def _recount(points: Sequence[date], start_at: dict[int, int], *, ends_with_last_day: bool) -> None:
    """Work these customers' items out again on `points` from the index `start_at` says on
    (from the items kept the day before it), replacing what was kept."""
    by_start: dict[int, list[int]] = {}
    for customer_id, start in start_at.items():
        if start < len(points):
            by_start.setdefault(start, []).append(customer_id)
    for start, customers in sorted(by_start.items()):
        customers.sort()
        previous = points[start - 1] if start else None
        held = _kept_at(previous, customers) if previous is not None else {}
        for at in range(start, len(points)):
            point = points[at]
            last_day = ends_with_last_day and at == len(points) - 1
            held = _next(previous, held, point, customers, last_day)
            _delete(point, customers)
            _insert(point, held)
            previous = point


def _rebuild(now: Marked, progress: Progress | None = None) -> Marked:
    database.execute_sql("DELETE FROM kept_item")
    for done, (point, items) in enumerate(_worked_out(now.points, None), start=1):
        _insert(point, items)
        if progress is not None:
            progress(done, len(now.points), "Keeping open items for ageing")
    _write_mark(now)
    return now


def _worked_out(
    points: Sequence[date], customers: Sequence[int] | None, *, ends_with_last_day: bool = True
) -> Iterator[tuple[date, dict[int, Kept]]]:
    """Each kept day's items from the books: each from the one before and what moved since."""
    held: dict[int, Kept] = {}
    previous: date | None = None
    for at, point in enumerate(points):
        last = ends_with_last_day and at == len(points) - 1
        held = _next(previous, held, point, customers, last)
        previous = point
        yield point, held


def _next(
    previous: date | None,
    held: dict[int, Kept],
    point: date,
    customers: Sequence[int] | None,
    last_day: bool,
) -> dict[int, Kept]:
    """The items on `point` from those on `previous` (None: before the books) and what moved."""
    balances = _balances_on(point, customers, last_day)
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
    """(doc id, place, due, owed) as stored, in place order."""
    if kept is None:
        return []
    rows = [(item[-2], place, item[0], item[-1]) for place, item in enumerate(kept.items)]
    if kept.ran_out:
        rows.append((RAN_OUT, len(rows), None, 0))
    return rows


def _insert(point: date, items: dict[int, Kept]) -> None:
    rows = [  # in the key's order: appended to the table's B-tree, never split in the middle
        (point, customer_id, doc_id, place, due, owed)
        for customer_id, kept in sorted(items.items())
        for doc_id, place, due, owed in _rows_of(kept)
    ]
    for start in range(0, len(rows), 5000):
        sqlite_features.insert_many(database, "kept_item", _COLUMNS, rows[start : start + 5000])


def _delete(point: date, customers: Sequence[int]) -> None:
    marks = ", ".join("?" * len(customers))
    database.execute_sql(
        f"DELETE FROM kept_item WHERE kept_on = ? AND customer_id IN ({marks})",
        (point, *customers),
    )


def _write_mark(now: Marked) -> None:
    database.execute_sql("DELETE FROM kept_items")
    database.execute_sql(
        "INSERT INTO kept_items (id, audit_id, audit_hash, first_day, last_day) "
        "VALUES (1, ?, ?, ?, ?)",
        (*now.mark, now.first_day, now.last_day),
    )


# --- reading -----------------------------------------------------------------------------------


def _read_mark() -> Marked | None:
    row = database.execute_sql(
        "SELECT audit_id, audit_hash, first_day, last_day FROM kept_items WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    audit_id, audit_hash, first, last = row
    mark = (int(audit_id), str(audit_hash))
    if first is None or last is None:
        return Marked(mark, None, None)
    return Marked(mark, day(first), day(last))


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
        "SELECT customer_id, doc_id, place, due, owed FROM kept_item "
        f"WHERE kept_on = ?{only} ORDER BY customer_id, place",
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


def _balances_on(point: date, customers: Sequence[int] | None, last_day: bool) -> dict[int, int]:
    """Each customer's balance on `point`: a kept month-end's as kept, or worked out."""
    only = ""
    params: list[object] = []
    if customers is not None:
        only = f" AND customer_id IN ({', '.join('?' * len(customers))})"
        params.extend(customers)
    if not last_day and point == month_end_balances.month_end(point):
        sql = f"SELECT customer_id, balance FROM month_end_balance WHERE month_end = ?{only}"
        rows = database.execute_sql(sql, [point, *params]).fetchall()
    elif customers is None and (kept := month_end_balances.balances_as_of(point)) is not None:
        rows = list(kept.items())
    else:  # a few customers, or no month-end kept yet: the month-end before plus the entries
        before = point.replace(day=1) - timedelta(days=1)
        if before in month_end_balances.brought_up_to_date().month_ends:
            sql = f"SELECT customer_id, balance FROM month_end_balance WHERE month_end = ?{only}"
            rows = database.execute_sql(sql, [before, *params]).fetchall()
        else:  # the books' first month: nothing before it
            rows, before = [], date.min
        rows += database.execute_sql(
            "SELECT customer_id, SUM(debit - credit) FROM ledger_entry "
            f"WHERE entry_date > ? AND entry_date <= ?{only} GROUP BY customer_id",
            [before, point, *params],
        ).fetchall()
    found: dict[int, int] = {}
    for customer_id, balance in rows:
        found[int(customer_id)] = found.get(int(customer_id), 0) + int(balance)
    return found
