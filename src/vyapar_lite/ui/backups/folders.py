"""Backup folders remembered outside the shop file (in the app's QSettings), so a shop file too
damaged to read its own settings can still be restored from a backup on, say, a USB drive."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "backups/folders"  # {absolute data file path: [folders, newest first]}
KEEP = 5


def remember(data_file: Path, folder: Path) -> None:
    known = _all()
    key = str(data_file.absolute())
    folders = [str(folder.absolute())] + [
        f for f in known.get(key, []) if f != str(folder.absolute())
    ]
    known[key] = folders[:KEEP]
    QSettings().setValue(KEY, known)


def remembered(data_file: Path) -> list[Path]:
    return [Path(f) for f in _all().get(str(data_file.absolute()), [])]


def _all() -> dict[str, list[str]]:
    saved = QSettings().value(KEY)
    if not isinstance(saved, dict):
        return {}
    return {str(k): [str(f) for f in v] for k, v in saved.items() if isinstance(v, list)}
