"""Each customer's balance at every month-end, kept so that a balance as of any date reads at most
half a month of ledger entries.

A balance as of D is debits - credits up to and including D (`services.balances`). Summing that
for every customer reads every entry up to D: on a 1,000,000-entry shop 0.3-0.5 s for a date in
the middle of the history. With the balance at each month-end kept, it is the kept balance at the
month-end before D plus the entries after it up to D, or the kept balance at the month-end after
D less the entries after D up to it, whichever reads fewer entries (counted in the date index).
An "as of 31 March" report reads the kept rows alone.

Derived data, never a record: the rows are worked out from `ledger_entry` and write no audit
row. `month_end_kept` holds the audit log's last row (id and hash, migration 28) when they were
brought up to date: the mark. They are kept lazily: every read first brings them up to date in
one transaction: each customer named in the audit log since the mark has every kept month-end
worked out again from their own entries (`books_changes.customers_named_since`; a back-dated
entry moves every later month-end), and month-ends that have come into range (a new month has
begun) are added from the month-end before plus the month's entries. After more than
`REBUILD_AFTER` customers changed, or a change naming no customer that may touch the ledger,
the whole table is worked out again instead. Kept month-ends run from the month of the earliest
entry to the month before the latest entry's.

Why the audit log and not the highest ledger entry id counted: on a server with several counters
a transaction that took ledger id 100 can commit after one that took 101, and a mark of 101 would
never count 100. Audit ids are handed out in commit order on both stores (`books_changes` says
why), and a customer's recount replaces their rows whole, so reading a counter's entries twice
(committed between reading the mark and the recount) is harmless: it is recounted again at the
next read.

`problems()` (part of `check`) works every month-end out again from the ledger and names each
customer and month-end that differs; `rebuild()` replaces the rows.
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

import peewee

from vyapar_lite.db import database, sqlite_features
from vyapar_lite.services import books_changes
from vyapar_lite.services.report_rows import day

REBUILD_AFTER = 1000  # customers changed; more than this: work every month-end out again
_BATCH = 500  # customers recounted per query
_COLUMNS = ("month_end", "customer_id", "balance")
_lock = threading.Lock()

_UPSERT = (
    "INSERT INTO month_end_balance (month_end, customer_id, balance) VALUES (?, ?, ?) "
    "ON CONFLICT (month_end, customer_id) "
    "DO UPDATE SET balance = month_end_balance.balance + excluded.balance"
)
_BETWEEN = (
    "SELECT customer_id, SUM(debit - credit) FROM ledger_entry "
    "WHERE entry_date > ? AND entry_date <= ? GROUP BY customer_id"
)
_COUNT_BETWEEN = "SELECT COUNT(*) FROM ledger_entry WHERE entry_date > ? AND entry_date <= ?"


@dataclass(frozen=True)
class Kept:
    mark: books_changes.Mark | None  # the audit log's last row the rows include; None: unknown
    month_ends: tuple[date, ...]  # every kept month-end, oldest first


def month_end(day_in_month: date) -> date:
    """The last day of the month `day_in_month` falls in."""
    first_of_next = (day_in_month.replace(day=28) + timedelta(days=4)).replace(day=1)
    return first_of_next - timedelta(days=1)


def month_ends_between(first_entry: date, last_entry: date) -> tuple[date, ...]:
    """The month-ends kept for a ledger running from `first_entry` to `last_entry`: from the
    first entry's month to the month before the last entry's."""
    ends = []
    end = month_end(first_entry)
    while end < last_entry.replace(day=1):
        ends.append(end)
        end = month_end(end + timedelta(days=1))
    return tuple(ends)


def balances_as_of(as_of: date) -> dict[int, int] | None:
    """Every customer's balance (customer id -> paise, zero or missing for none) on `as_of` from
    the kept month-ends; None when no kept month-end is near (the caller sums the ledger)."""
    kept = brought_up_to_date()
    ends = kept.month_ends
    before = ends[bisect_right(ends, as_of) - 1] if ends and ends[0] <= as_of else None
    after = ends[bisect_left(ends, as_of)] if ends and ends[-1] >= as_of else None
    if before is None and after is None:
        return None
    if before == as_of or after is None:
        assert before is not None
        return _kept_plus(before, as_of, +1)
    if before is None or _count(as_of, after) < _count(before, as_of):
        return _kept_plus(after, as_of, -1)
    return _kept_plus(before, as_of, +1)


def balance_of(customer_id: int, as_of: date) -> int | None:
    """One customer's balance on `as_of` from the kept month-end before it plus their entries
    since (at most a month of them, through ledger_entry_statement); None when no kept month-end
    is before it."""
    ends = brought_up_to_date().month_ends
    if not ends or ends[0] > as_of:
        return None
    end = ends[bisect_right(ends, as_of) - 1]
    kept = database.execute_sql(
        "SELECT balance FROM month_end_balance WHERE month_end = ? AND customer_id = ?",
        (end, customer_id),
    ).fetchone()
    since = database.execute_sql(
        "SELECT COALESCE(SUM(debit - credit), 0) FROM ledger_entry "
        "WHERE customer_id = ? AND entry_date > ? AND entry_date <= ?",
        (customer_id, end, as_of),
    ).fetchone()[0]
    return (int(kept[0]) if kept else 0) + int(since)


def brought_up_to_date() -> Kept:
    """The kept rows, first brought up to date with the ledger (one transaction when anything
    changes; nothing written when nothing did)."""
    return _up_to_date()[0]


def _up_to_date() -> tuple[Kept, bool]:
    """`brought_up_to_date`'s answer, and whether every month-end was just worked out whole."""
    with _lock:
        kept = _read_kept()
        if (
            kept is not None
            and kept.mark == books_changes.mark()
            and _ends_now() == kept.month_ends
        ):
            return kept, False
        with database.atomic():
            return _update(_read_kept())


def rebuild() -> Kept:
    """Work every month-end out again from the ledger (one transaction)."""
    with _lock, database.atomic():
        return _rebuild()


def problems() -> list[str]:
    """`check`'s lines: each kept month-end balance that differs from the ledger (at most 50
    named); when any does, every month-end is worked out again from the ledger. Month-ends
    that bringing them up to date has just worked out whole (none were kept, as in a shop just
    moved to a server) are what working them out again would give, in the same transaction:
    they are not worked out a second time to be compared. A shop that has never kept any (no
    mark: no report as of a date was asked for, as in a generated shop) has nothing that could
    differ, and `check` does not keep them for it: they are kept on first use, as always."""
    try:
        if _read_kept() is None:
            return []
        kept, whole = _up_to_date()
        if whole:
            return []
        fresh = dict(_worked_out(kept.month_ends))
    except peewee.DatabaseError as exc:  # a damaged file: the other checks say where
        return [f"month-end balances: could not be worked out from the ledger ({exc})"]
    found = []
    for end in kept.month_ends:
        stored = dict(_kept_rows(end))
        right = fresh.get(end, {})
        for customer_id in sorted(set(stored) | set(right)):
            if stored.get(customer_id, 0) != right.get(customer_id, 0):
                found.append(
                    f"month-end balances: customer id {customer_id} on {end:%d-%m-%Y} is kept "
                    f"as {stored.get(customer_id, 0)} paise but the ledger says "
                    f"{right.get(customer_id, 0)}"
                )
    if found:
        rebuild()
        found = [*found[:50], "month-end balances: worked out again from the ledger"]
    return found


# --- inside the lock ---------------------------------------------------------------------------


def _update(kept: Kept | None) -> tuple[Kept, bool]:
    """The kept rows brought up to date, and whether every month-end was worked out whole."""
    mark, ends = books_changes.mark(), _ends_now()  # the mark first, then the books
    if (
        kept is None
        or kept.mark is None
        or not kept.month_ends
        or kept.month_ends[0] != (ends[:1] or (None,))[0]
    ):
        return _rebuild(mark, ends), True
    changed = books_changes.customers_named_since(kept.mark, books_changes.NO_LEDGER_EFFECT)
    if changed is None or len(changed) > REBUILD_AFTER:
        return _rebuild(mark, ends), True
    old_ends = kept.month_ends
    _recount(sorted(changed), old_ends)
    previous = old_ends[-1]
    for end in ends:
        if end > previous:
            _insert(end, _sums(previous, end, dict(_kept_rows(previous))))
            previous = end
    _write_kept(mark, ends)
    return Kept(mark, ends), False


def _rebuild(mark: books_changes.Mark | None = None, ends: tuple[date, ...] | None = None) -> Kept:
    mark = books_changes.mark() if mark is None else mark
    ends = _ends_now() if ends is None else ends
    database.execute_sql("DELETE FROM month_end_balance")
    for end, balances in _worked_out(ends):
        _insert(end, balances)
    _write_kept(mark, ends)
    return Kept(mark, ends)


def _recount(customer_ids: list[int], ends: tuple[date, ...]) -> None:
    """Work every kept month-end of these customers out again from their own entries (the
    ledger's customer index: a customer's entries, not the shop's)."""
    for start in range(0, len(customer_ids), _BATCH):
        batch = customer_ids[start : start + _BATCH]
        marks = ", ".join("?" * len(batch))
        database.execute_sql(f"DELETE FROM month_end_balance WHERE customer_id IN ({marks})", batch)
        moved: dict[int, list[int]] = {}
        for customer_id, entry_day, amount in database.execute_sql(
            "SELECT customer_id, entry_date, SUM(debit - credit) FROM ledger_entry "
            f"WHERE customer_id IN ({marks}) AND entry_date <= ? "
            "GROUP BY customer_id, entry_date",
            (*batch, ends[-1]),
        ).fetchall():
            by_end = moved.setdefault(int(customer_id), [0] * len(ends))
            by_end[bisect_left(ends, day(entry_day))] += int(amount)
        rows = []
        for customer_id, by_end in moved.items():
            running = 0
            for end, amount in zip(ends, by_end, strict=True):
                running += amount
                if running:
                    rows.append((end, customer_id, running))
        if rows:
            sqlite_features.insert_many(database, "month_end_balance", _COLUMNS, rows)


def _worked_out(ends: Iterable[date]) -> Iterable[tuple[date, dict[int, int]]]:
    """Each month-end's balances from the ledger alone: a month's entries at a time."""
    running: dict[int, int] = {}
    previous = date.min
    for end in ends:
        running = _sums(previous, end, running)
        previous = end
        yield end, running


def _sums(after: date, up_to: date, start: dict[int, int]) -> dict[int, int]:
    """`start` plus each customer's entries dated after `after` up to `up_to`."""
    result = dict(start)
    for customer_id, amount in database.execute_sql(_BETWEEN, (after, up_to)).fetchall():
        result[customer_id] = result.get(customer_id, 0) + int(amount)
    return result


def _insert(end: date, balances: dict[int, int]) -> None:
    rows = [(end, customer_id, amount) for customer_id, amount in balances.items() if amount]
    sqlite_features.insert_many(database, "month_end_balance", _COLUMNS, rows)


def _write_kept(mark: books_changes.Mark, ends: tuple[date, ...]) -> None:
    # ledger_id (migration 23's mark, NOT NULL): the highest ledger id then, for information
    database.execute_sql("DELETE FROM month_end_kept")
    database.execute_sql(
        "INSERT INTO month_end_kept (id, ledger_id, first_month_end, last_month_end, audit_id, "
        "audit_hash) VALUES (1, ?, ?, ?, ?, ?)",
        (_last_id(), ends[0] if ends else None, ends[-1] if ends else None, *mark),
    )


# --- reading -----------------------------------------------------------------------------------


def _read_kept() -> Kept | None:
    row = database.execute_sql(
        "SELECT audit_id, audit_hash, first_month_end, last_month_end FROM month_end_kept "
        "WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    audit_id, audit_hash, first, last = row
    mark = None if audit_id is None else (int(audit_id), str(audit_hash))
    if first is None or last is None:
        return Kept(mark, ())
    return Kept(mark, month_ends_between(day(first), day(last) + timedelta(days=1)))


def _ends_now() -> tuple[date, ...]:
    # Two queries: each alone is one step in the date index; together SQLite reads every row.
    first = database.execute_sql("SELECT MIN(entry_date) FROM ledger_entry").fetchone()[0]
    last = database.execute_sql("SELECT MAX(entry_date) FROM ledger_entry").fetchone()[0]
    if first is None:
        return ()
    return month_ends_between(day(first), day(last))


def _last_id() -> int:
    return int(database.execute_sql("SELECT MAX(id) FROM ledger_entry").fetchone()[0] or 0)


def _kept_rows(end: date) -> list[tuple[int, int]]:
    return database.execute_sql(
        "SELECT customer_id, balance FROM month_end_balance WHERE month_end = ?", (end,)
    ).fetchall()


def _kept_plus(end: date, as_of: date, sign: int) -> dict[int, int]:
    """The kept month-end's balances moved to `as_of`: plus the entries after it up to `as_of`
    (sign +1), or less the entries after `as_of` up to it (sign -1)."""
    result = dict(_kept_rows(end))
    low, high = (end, as_of) if sign > 0 else (as_of, end)
    if low < high:
        for customer_id, amount in database.execute_sql(_BETWEEN, (low, high)).fetchall():
            result[customer_id] = result.get(customer_id, 0) + sign * int(amount)
    return result


def _count(after: date, up_to: date) -> int:
    return int(database.execute_sql(_COUNT_BETWEEN, (after, up_to)).fetchone()[0] or 0)
