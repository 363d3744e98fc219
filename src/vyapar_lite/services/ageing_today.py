"""Today's ageing for the dashboard, kept between looks and between sessions, brought up to date
from the audit log.

Working out every customer's ageing reads the whole shop (0.3-0.9 s on a 1M-entry shop). But for a
date on or after every ledger entry, what makes up each balance (`ageing.open_items`: the open
items, not yet put in bands) does not change with the date, only with the books. And every change
to the books writes its audit row in the same transaction (services/audit.py), naming the
customer it touched. So the open items are kept: in memory, and in the shop file
(`ageing_kept_item`, with the audit log's last row they match, saved by `save` after a look);
a later look re-reads only the customers named in the audit log since.

Everything is worked out again when the kept items belong to another file or to an audit log that
is not this one (its last row's hash differs: a restore), after a change naming no customer (other
than items, stock and GST rates), or when many customers changed. A date before the last entry
is not kept at all: that is `ageing.ageing` itself. The kept rows are derived data, never a
record: saving them writes no audit row.

With several counters on a server the mark is still right: audit ids are handed out in commit
order, under the audit chain's head lock, where ids of the rows themselves are not (see
`books_changes`); the mark is read before the books, so a counter committing meanwhile is read
again at the next look, never missed.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from vyapar_lite.db import current_path, database
from vyapar_lite.db.models import AgeingKept, AgeingKeptItem
from vyapar_lite.domain.ageing import OpenItem
from vyapar_lite.services import ageing, books_changes
from vyapar_lite.services.ageing import Owing
from vyapar_lite.services.balances import last_entry_date
from vyapar_lite.services.report_rows import day, rows_of
from vyapar_lite.services.report_scope import EVERYONE, customers_in

NO_CUSTOMER_EFFECT = books_changes.NO_CUSTOMER_EFFECT
FULL_AFTER = 200  # customers changed; more than this: work it all out again


@dataclass(frozen=True)
class _Kept:
    path: Path | None
    head: tuple[int, str]  # the audit log's last row (id, hash) the items match
    owing: dict[str, Owing]  # by customer code
    saved: bool  # as in the shop file


_lock = threading.Lock()
_kept: _Kept | None = None


def ageing_today(as_of: date) -> ageing.AgeingReport:
    """`ageing.ageing(as_of)` (every customer who owes or is in advance), from the kept items."""
    global _kept  # noqa: PLW0603 - one kept state per process, replaced whole under the lock
    if as_of < last_entry_date():
        return ageing.ageing(as_of, show="nonzero")
    bands = ageing.get_bands()
    with _lock:
        kept = _kept if _kept is not None and _kept.path == current_path() else _load()
        _kept = kept = _brought_up_to_date(kept, as_of)
    rows = [kept.owing[code].row(as_of, bands) for code in sorted(kept.owing)]
    return ageing.report_of(as_of, bands, rows)


def save() -> bool:
    """Write the kept items to the shop file (one transaction) unless they are there already;
    True when written. Call it off the UI thread after a look: it is not part of the look."""
    global _kept  # noqa: PLW0603
    with _lock:
        kept = _kept
    if kept is None or kept.saved or kept.path != current_path():
        return False
    with database.atomic():
        if books_changes.mark() != kept.head:
            return False  # the books moved on meanwhile: the next look saves
        AgeingKeptItem.delete().execute()
        AgeingKept.delete().execute()
        rows = []
        for owing in kept.owing.values():
            items = owing.items or (None,)
            for item in items:
                due, amount = (item.due, item.amount) if item is not None else (None, 0)
                rows.append((owing.info.id, owing.balance, due, amount))
        fields = [
            AgeingKeptItem.customer,
            AgeingKeptItem.balance,
            AgeingKeptItem.due_date,
            AgeingKeptItem.amount,
        ]
        for start in range(0, len(rows), 5000):
            AgeingKeptItem.insert_many(rows[start : start + 5000], fields=fields).execute()
        AgeingKept.create(
            id=1, audit_id=kept.head[0], audit_hash=kept.head[1], saved_at=datetime.now()
        )
    with _lock:
        if _kept is kept:
            _kept = _Kept(kept.path, kept.head, kept.owing, saved=True)
    return True


def forget() -> None:
    """Drop what is kept in memory (tests; a new session)."""
    global _kept  # noqa: PLW0603
    with _lock:
        _kept = None


def _brought_up_to_date(kept: _Kept | None, as_of: date) -> _Kept:
    head, path = books_changes.mark(), current_path()  # the mark first, then the books
    if kept is None:
        return _Kept(path, head, ageing.open_items(as_of), saved=False)
    if kept.head == head:
        return kept
    changed = _customers_changed_since(kept.head)
    if changed is None or len(changed) > FULL_AFTER:
        return _Kept(path, head, ageing.open_items(as_of), saved=False)
    owing = {code: o for code, o in kept.owing.items() if code not in changed}
    owing.update(ageing.open_items(as_of, changed))
    return _Kept(path, head, owing, saved=False)


def _load() -> _Kept | None:
    """The items saved in the shop file, if they match its audit log."""
    saved = AgeingKept.get_or_none(AgeingKept.id == 1)
    if saved is None or not books_changes.still_there((saved.audit_id, saved.audit_hash)):
        return None
    by_customer: dict[int, tuple[int, list[OpenItem]]] = {}
    query = AgeingKeptItem.select(
        AgeingKeptItem.customer, AgeingKeptItem.balance, AgeingKeptItem.due_date,
        AgeingKeptItem.amount,
    ).order_by(AgeingKeptItem.id)  # fmt: skip
    for customer_id, balance, due, amount in rows_of(query):
        _, items = by_customer.setdefault(customer_id, (int(balance), []))
        if due is not None:
            items.append(OpenItem(day(due), int(amount)))
    owing = {
        info.code: Owing(info, by_customer[customer_id][0], tuple(by_customer[customer_id][1]))
        for customer_id, info in customers_in(EVERYONE).items()
        if customer_id in by_customer
    }
    return _Kept(current_path(), (saved.audit_id, saved.audit_hash), owing, saved=True)


def _customers_changed_since(head: tuple[int, str]) -> set[str] | None:
    """Codes of the customers named in audit rows after `head`; None when that cannot be told."""
    named = books_changes.customers_named_since(head, NO_CUSTOMER_EFFECT)
    return None if named is None else set(named.values())


def problems() -> list[str]:
    """Customers whose saved open items, brought up to date, differ from the books (part of
    `health.check()`): the dashboard would show them wrong until it read them again."""
    kept = _load()
    as_of = max(date.today(), last_entry_date())
    if kept is None:
        return []
    kept = _brought_up_to_date(kept, as_of)
    fresh = ageing.open_items(as_of)
    differ = sorted(c for c in set(kept.owing) | set(fresh) if kept.owing.get(c) != fresh.get(c))
    return [
        f"customer {code}: the dashboard's saved ageing differs from the books" for code in differ
    ]
