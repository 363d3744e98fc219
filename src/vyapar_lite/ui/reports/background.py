"""Starting a report's background work with its handlers, and where its files go."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from vyapar_lite.ui.tasks import Progress, Task, run_task

FOLDER_SETTING = "reports/folder"


def start_task(
    parent: QWidget,
    title: str,
    work: Callable[[Progress], Any],
    *,
    succeeded: Callable[[Any], object],
    failed: Callable[[str], object],
    cancelled: Callable[[], object] | None = None,
) -> Task:
    """`run_task` with its handlers connected (run_task starts the work from the event loop, so
    they are in place before it can finish)."""
    task = run_task(parent, title, work)
    task.succeeded.connect(succeeded)
    task.failed.connect(failed)
    if cancelled is not None:
        task.cancelled.connect(cancelled)
    return task


def last_folder() -> Path:
    """Where the last report file went (the home folder at first)."""
    saved = QSettings().value(FOLDER_SETTING)
    folder = Path(str(saved)) if saved else Path.home()
    return folder if folder.is_dir() else Path.home()


def remember_folder(path: Path) -> None:
    QSettings().setValue(FOLDER_SETTING, str(path.parent))
