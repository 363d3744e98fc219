"""The audit log: every change a service makes, in the same transaction as the change.

There is no switch to turn it off: services call `record()` and `record()` refuses to run outside a
transaction, so a change and its audit row are committed (or rolled back) together.

Each row is chained to the one before it by a SHA-256 hash (`domain.audit_hash`); the previous row
is read inside the same transaction, after locking the chain's head (one writer on a file; on a
server the head's row lock, held to the commit), and the row's id is the previous id + 1, so
`services.audit_chain.verify()` finds any row edited outside the app. A posting writes its rows
last (`written_last`), so on a server the head is held only for their insert and the commit.
Each row carries the counter that wrote it (`services.counters.current()`), covered by its hash.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from vyapar_lite.db import audit_seal, bulk, database, locks
from vyapar_lite.db.models import AuditEntry
from vyapar_lite.domain.audit_hash import HASHED_COLUMNS, row_hash
from vyapar_lite.services import counters


@dataclass(frozen=True)
class Change:
    """An audit row as the screens and exports see it."""

    at: datetime
    action: str
    record_type: str
    record_id: int | None
    record_label: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    note: str


@dataclass(frozen=True)
class PendingChange:
    """A change about to be logged: `record()`'s arguments, for services that log many at once."""

    action: str
    record_type: str
    record_id: int | None
    label: str = ""
    before: Mapping[str, Any] | None = None
    after: Mapping[str, Any] | None = None
    customer_id: int | None = None
    note: str = ""


def record(
    action: str,
    record_type: str,
    record_id: int | None,
    *,
    label: str = "",
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    customer_id: int | None = None,
    note: str = "",
) -> None:
    """Write one audit row. Must be called inside the transaction that makes the change."""
    record_change(
        PendingChange(action, record_type, record_id, label, before, after, customer_id, note)
    )


def books_mark() -> int:
    """A cheap change counter for the books: the id of the last audit row (0 for none).

    Every service write records an audit row in its own transaction (see the module doc), so a
    figure worked out when this was N is out of date as soon as it is anything else. Screens
    compare it to decide whether what they show is stale (issue 15)."""
    return audit_seal.tail(database)[0]


def record_change(change: PendingChange) -> None:
    """`record()` for a PendingChange."""
    _require_transaction()
    values = _entry_values(change)
    held = _HELD_BACK.get()
    if held is not None:  # written when the posting's work is done (`written_last`)
        held.append(values)
        return
    locks.hold_audit_head(database)
    last_id, last_hash = audit_seal.tail(database)
    values = _chained(values, last_id + 1, last_hash)
    AuditEntry.create(**values)
    audit_seal.move_head(database, values["id"], values["row_hash"])


_HELD_BACK: ContextVar[list[dict[str, Any]] | None] = ContextVar("audit_held_back", default=None)


@contextmanager
def written_last() -> Iterator[None]:
    """The audit rows recorded inside are written when the block ends without an error, all in
    one insert, each exactly as `record()` would write it (its time, counter and values taken
    when it was recorded). The chain's head is locked only then, so a posting that ends the
    block just before its commit (`services/posting.py`) holds it for that insert and the
    commit alone, not while its document is written (on a server, every counter's posting
    waits for that lock). An error inside drops them with the rest of the transaction."""
    _require_transaction()
    held: list[dict[str, Any]] = []
    token = _HELD_BACK.set(held)
    try:
        yield
    finally:
        _HELD_BACK.reset(token)
    if held:
        _write_chained(held)


def _write_chained(held: list[dict[str, Any]]) -> None:
    locks.hold_audit_head(database)
    last_id, last_hash = audit_seal.tail(database)
    rows = []
    for values in held:
        last_id += 1
        stored = (last_id, *(_as_stored(n, values[n]) for n in HASHED_COLUMNS[1:]))
        prev_hash, last_hash = last_hash, row_hash(last_hash, stored)
        rows.append((*stored, prev_hash, last_hash))
    bulk.insert_tuples(AuditEntry, (*HASHED_COLUMNS, "prev_hash", "row_hash"), rows)
    audit_seal.move_head(database, last_id, last_hash)


def record_many(changes: Iterable[PendingChange]) -> int:
    """Write many audit rows at once (bulk imports); returns how many.

    Each row is exactly what `record()` would write. Must run inside the changes' transaction.
    """
    _require_transaction()
    locks.hold_audit_head(database)
    last_id, last_hash = audit_seal.tail(database)

    def chained() -> Iterator[tuple[Any, ...]]:  # made one by one as they are inserted
        nonlocal last_id, last_hash
        for change in changes:
            values = _entry_values(change)
            last_id += 1
            stored = (last_id, *(_as_stored(n, values[n]) for n in HASHED_COLUMNS[1:]))
            row_hash_ = row_hash(last_hash, stored)
            yield (*stored, last_hash, row_hash_)
            last_hash = row_hash_

    count = bulk.insert_tuples(AuditEntry, (*HASHED_COLUMNS, "prev_hash", "row_hash"), chained())
    if count:
        audit_seal.move_head(database, last_id, last_hash)
    return count


def _require_transaction() -> None:
    if not database.in_transaction():
        raise RuntimeError("audit.record() must run inside the change's transaction")


def _entry_values(change: PendingChange) -> dict[str, Any]:
    before, after = change.before, change.after
    if before is not None and after is not None:
        before, after = _changed_only(before, after)
    return {
        # as text, exactly as SQLite will hold it (the hash covers the stored values)
        "at": str(datetime.now()),
        "action": change.action,
        "record_type": change.record_type,
        "record_id": change.record_id,
        "record_label": change.label,
        "customer_id": change.customer_id,
        "before_json": _to_json(before),
        "after_json": _to_json(after),
        "note": change.note,
        "counter": counters.current(),  # who did it (issue 18); hashed when set
    }


def _chained(values: dict[str, Any], row_id: int, prev_hash: str) -> dict[str, Any]:
    """`values` with the row's id and its place in the hash chain (hashed as SQLite stores them:
    text as text, the ids as integers)."""
    values = {"id": row_id, **values}
    stored = [_as_stored(name, values[name]) for name in HASHED_COLUMNS]
    return {**values, "prev_hash": prev_hash, "row_hash": row_hash(prev_hash, stored)}


_INTEGER_COLUMNS = frozenset({"id", "record_id", "customer_id"})


def _as_stored(name: str, value: Any) -> str | int | None:
    if value is None:
        return None
    if name in _INTEGER_COLUMNS:
        return int(value)
    return value if type(value) is str else str(value)


def history(record_type: str, record_id: int, *, limit: int = 500) -> list[Change]:
    """Changes to one record, newest first."""
    rows = (
        AuditEntry.select()
        .where((AuditEntry.record_type == record_type) & (AuditEntry.record_id == record_id))
        .order_by(AuditEntry.id.desc())
        .limit(limit)
    )
    return [to_change(row) for row in rows]


def to_change(row: AuditEntry) -> Change:
    return Change(
        at=row.at,
        action=row.action,
        record_type=row.record_type,
        record_id=row.record_id,
        record_label=row.record_label,
        before=json.loads(row.before_json) if row.before_json else None,
        after=json.loads(row.after_json) if row.after_json else None,
        note=row.note,
    )


def _changed_only(
    before: Mapping[str, Any], after: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


def as_json(values: Mapping[str, Any] | None) -> str | None:
    """`values` as the audit row stores them (JSON text)."""
    return _to_json(values)


def _to_json(values: Mapping[str, Any] | None) -> str | None:
    if values is None:
        return None
    return _JSON.encode(dict(values))


def _plain(value: object) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


# One encoder made once: `json.dumps` with options builds a new one on every call, which a bulk
# import of 100,000 audit rows pays for 100,000 times. The text is the same.
_JSON = json.JSONEncoder(default=_plain, ensure_ascii=False, sort_keys=True)
