"""Where the last exported file or PDF went: every Save dialog for an export or a PDF (reports,
customers, items, the audit trail, invoices, receipts) opens there (issue 15), and every file
written there is remembered. The home folder until the first one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

SETTING = "files/last_folder"
OLD_SETTING = "reports/folder"  # where only the reports' files were remembered before


def last_folder() -> Path:
    settings = QSettings()
    saved = settings.value(SETTING) or settings.value(OLD_SETTING)
    folder = Path(str(saved)) if saved else Path.home()
    return folder if folder.is_dir() else Path.home()


def remember_folder(path: Path | str) -> None:
    """Remember the folder of a file just written (or about to be)."""
    QSettings().setValue(SETTING, str(Path(path).parent))


def in_last_folder(file_name: str) -> str:
    """The path a Save dialog proposes: `file_name` in the last folder used."""
    return str(last_folder() / file_name)
