"""When the shop was last backed up: the setting `backup.last_at` (ISO time), which `backups`
writes with every backup kept. The status bar and the dashboard's card read it here, so the
window shows it without importing how a backup is taken, checked and encrypted (issue 21)."""

from __future__ import annotations

from datetime import datetime

from vyapar_lite.db.models import Setting

LAST_KEY = "backup.last_at"


def last_backup_at() -> datetime | None:
    row = Setting.get_or_none(Setting.key == LAST_KEY)
    value = None if row is None else str(row.value)
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
