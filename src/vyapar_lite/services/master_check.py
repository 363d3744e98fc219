"""Masters agree with their audit trail: each customer's and item's current values are what the
audit rows written when they were created and changed say, so an edit made outside the app (a
credit limit raised with the `sqlite3` program, say) is named by `check`.

The audit rows of a record are replayed in order (create: every field; update: the fields it
changed; deactivate/reactivate: `is_active`) and the result is compared, field by field, with the
record's values as the app would record them now. Fields the trail never recorded (added by a
later version) are not compared. Derived data and postings are checked elsewhere (`books_check`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from vyapar_lite.db import database
from vyapar_lite.db.models import Customer, Item
from vyapar_lite.services import audit, customers, items

FIELD_ACTIONS = ("create", "update", "deactivate", "reactivate")
LIMIT = 20


def _replayed(record_type: str) -> dict[int, dict[str, Any]]:
    """record id -> the values its audit rows add up to."""
    state: dict[int, dict[str, Any]] = {}
    marks = ", ".join("?" * len(FIELD_ACTIONS))
    rows = database.execute_sql(
        "SELECT record_id, after_json FROM audit_entry WHERE record_type = ? "
        f"AND action IN ({marks}) AND record_id IS NOT NULL ORDER BY id",
        (record_type, *FIELD_ACTIONS),
    ).fetchall()
    for record_id, after in rows:
        try:
            values = json.loads(after or "{}")
        except ValueError:
            continue  # the chain check reports a damaged row
        if isinstance(values, dict):
            state.setdefault(int(record_id), {}).update(values)
    return state


def _compare(
    noun: str,
    records: Iterable[Any],
    label: Callable[[Any], str],
    values: Callable[[Any], dict[str, Any]],
    trail: dict[int, dict[str, Any]],
) -> list[str]:
    found: list[str] = []
    for record in records:
        recorded = trail.get(int(record.id))
        if recorded is None:
            continue  # made before the audit trail (CASH, by the first migration)
        now = json.loads(audit.as_json(values(record)) or "{}")
        for field, was in sorted(recorded.items()):
            if field in now and now[field] != was:
                found.append(
                    f"{noun} {label(record)}: {field} is {now[field]!r} but the audit trail "
                    f"last recorded {was!r}: it was changed outside the app"
                )
                if len(found) >= LIMIT:
                    return found
    return found


def problems() -> list[str]:
    """`check`'s lines: each master field that differs from its audit trail."""
    found = _compare(
        "customer", Customer.select(), lambda c: str(c.code), customers.audited_values,
        _replayed("customer"),
    )  # fmt: skip
    found += _compare(
        "item", Item.select(), lambda i: str(i.code), items.audited_values, _replayed("item")
    )
    return found
