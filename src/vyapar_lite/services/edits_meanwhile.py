"""Nothing overwritten silently: an edit saved over a change someone else made since the form
was opened is refused, saying what changed and when (issue 18, several counters on a server).

A form keeps the record's `version` (its row's `updated_at`, which every edit of the details
and every deactivation moves, and its last audit row) from when it was opened. The service's
update locks the row (`db.locks.for_update`: `FOR UPDATE` on a server, SQLite's one writer on a
file), compares, and raises `ChangedMeanwhile` (a ValidationError: nothing saved) naming what
the audit log says changed since, and where, when the audit row names its counter (migration
26): "Changed at Counter 2 at 14:05 since you opened it: Phone: … → …. Reload it?" (without the
counter's name when none was set). The form offers to reload.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from vyapar_lite.db import database
from vyapar_lite.domain import audit_words
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message


class ChangedMeanwhile(ValidationError):
    """The record was changed since the form was opened; nothing was saved. `changes` is what
    changed (in shop words, empty when the audit log does not say), `changed_at` when, `counter`
    where (the last change's counter; '' when its audit row names none)."""

    def __init__(self, changed_at: datetime | None, changes: str, counter: str = "") -> None:
        self.changed_at, self.changes, self.counter = changed_at, changes, counter
        when = "" if changed_at is None else _when(changed_at)
        if when and counter and changes:
            message = Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Changed at {counter} at {when} since you opened it: {changes}. Reload it?",
                ),
                counter=counter,
                when=when,
                changes=changes,
            )
        elif when and counter:
            message = Message(
                QT_TRANSLATE_NOOP(
                    "messages", "Changed at {counter} at {when} since you opened it. Reload it?"
                ),
                counter=counter,
                when=when,
            )
        elif when and changes:
            message = Message(
                QT_TRANSLATE_NOOP(
                    "messages", "Changed at {when} since you opened it: {changes}. Reload it?"
                ),
                when=when,
                changes=changes,
            )
        elif when:
            message = Message(
                QT_TRANSLATE_NOOP("messages", "Changed at {when} since you opened it. Reload it?"),
                when=when,
            )
        else:
            message = Message(
                QT_TRANSLATE_NOOP("messages", "Changed since you opened it. Reload it?")
            )
        super().__init__(FieldError("version", message))


def version_of(row: Any, record_type: str) -> str:
    """The version a form keeps: the row's `updated_at` and the id of the record's last audit
    row (audit ids are in commit order on both stores: `services.books_changes`)."""
    return f"{row.updated_at}#{_last_audit_id(record_type, int(row.id))}"


def check_unchanged(row: Any, record_type: str, opened: str | None) -> None:
    """Refuse the edit when `row` (read locked, inside the edit's transaction) is not at the
    version the form `opened`; None (the CLI, an import) checks nothing."""
    if opened is None or version_of(row, record_type) == opened:
        return
    _, _, audit_id = opened.rpartition("#")
    changed_at, changes, counter = _changes_since(record_type, int(row.id), int(audit_id or 0))
    raise ChangedMeanwhile(changed_at, changes, counter)


def _last_audit_id(record_type: str, record_id: int) -> int:
    row = database.execute_sql(
        "SELECT MAX(id) FROM audit_entry WHERE record_type = ? AND record_id = ?",
        (record_type, record_id),
    ).fetchone()
    return int(row[0] or 0)


def _changes_since(
    record_type: str, record_id: int, audit_id: int
) -> tuple[datetime | None, str, str]:
    """When and at which counter the record last changed after its audit row `audit_id`, and
    what changed since."""
    rows = database.execute_sql(
        "SELECT at, before_json, after_json, counter FROM audit_entry "
        "WHERE record_type = ? AND record_id = ? AND id > ? ORDER BY id",
        (record_type, record_id, audit_id),
    ).fetchall()
    if not rows:
        return None, "", ""
    first: dict[str, Any] = {}
    last: dict[str, Any] = {}
    for _, before_json, after_json, _counter in rows:
        before, after = _loaded(before_json), _loaded(after_json)
        for name in after:
            first.setdefault(name, before.get(name))
            last[name] = after[name]
    changed = {n: v for n, v in last.items() if first.get(n) != v}
    described = audit_words.describe({n: first[n] for n in changed}, changed)
    return _as_datetime(rows[-1][0]), described, str(rows[-1][3] or "")


def _loaded(text: Any) -> dict[str, Any]:
    value = json.loads(text) if text else None
    return value if isinstance(value, dict) else {}


def _as_datetime(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _when(at: datetime) -> str:
    return f"{at:%H:%M}" if at.date() == date.today() else f"{at:%d-%m-%Y %H:%M}"
