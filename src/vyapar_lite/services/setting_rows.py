"""One shop setting kept as a text row of `setting`: read it, or change it with an audit row.

For the settings that are a single value (the date the books are closed up to, the LUT
reference); settings saved as a group keep their own module (`sales_settings`, ...).
"""

from __future__ import annotations

from vyapar_lite.db import database, ready
from vyapar_lite.db.models import Setting
from vyapar_lite.services import audit


def text(key: str) -> str:
    """The setting's text ("" when it was never set)."""
    return ready.pairs_in(Setting, "key", "value", [key]).get(key, "")  # built once: issue 18


def save_text(key: str, value: str, *, label: str, field: str) -> None:
    """Set `key` to `value` in one transaction with an audit row (`field`: before -> after);
    nothing is written when it already holds `value`."""
    with database.atomic():
        before = text(key)
        if before == value:
            return
        Setting.insert(key=key, value=value).on_conflict(
            conflict_target=[Setting.key], preserve=[Setting.value]
        ).execute()
        audit.record(
            "update", "setting", None, label=label, before={field: before}, after={field: value}
        )
