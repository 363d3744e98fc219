"""The audit log: every change a service makes, in the same transaction as the change.

There is no switch to turn it off: services call `record()` and `record()` refuses to run outside a
transaction, so a change and its audit row are committed (or rolled back) together.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from vyapar_lite.db import database
from vyapar_lite.db.models import AuditEntry


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
    if not database.in_transaction():
        raise RuntimeError("audit.record() must run inside the change's transaction")
    if before is not None and after is not None:
        before, after = _changed_only(before, after)
    AuditEntry.create(
        at=datetime.now(),
        action=action,
        record_type=record_type,
        record_id=record_id,
        record_label=label,
        customer_id=customer_id,
        before_json=_to_json(before),
        after_json=_to_json(after),
        note=note,
    )


def history(record_type: str, record_id: int, *, limit: int = 500) -> list[Change]:
    """Changes to one record, newest first."""
    rows = (
        AuditEntry.select()
        .where((AuditEntry.record_type == record_type) & (AuditEntry.record_id == record_id))
        .order_by(AuditEntry.id.desc())
        .limit(limit)
    )
    return [
        Change(
            at=row.at,
            action=row.action,
            record_type=row.record_type,
            record_id=row.record_id,
            record_label=row.record_label,
            before=json.loads(row.before_json) if row.before_json else None,
            after=json.loads(row.after_json) if row.after_json else None,
            note=row.note,
        )
        for row in rows
    ]


def _changed_only(
    before: Mapping[str, Any], after: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


def _to_json(values: Mapping[str, Any] | None) -> str | None:
    if values is None:
        return None
    return json.dumps(dict(values), default=_plain, ensure_ascii=False, sort_keys=True)


def _plain(value: object) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)
