"""The last backup's time in words, as the status bar and the dashboard's card say it.

Apart from `auto` (which takes the backups) so the dashboard, painted before the shop's file is
opened (issue 21), does not bring the backups' services with it.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from vyapar_lite.domain.backup_rotation import is_stale


def last_backup_text(last: datetime | None, now: datetime) -> tuple[str, bool]:
    """(label text, warn) for the status bar."""
    if last is None:
        return QCoreApplication.translate("backups", "No backup yet"), True
    text = QCoreApplication.translate("backups", "Last backup: {when}").format(
        when=f"{last:%d-%m-%Y %H:%M}"
    )
    if is_stale(last, now.date()):
        return QCoreApplication.translate("backups", "{text} — older than 7 days").format(
            text=text
        ), True
    return text, False
