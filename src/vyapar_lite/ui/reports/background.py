"""Starting a report's background work with its handlers, and where its files go."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from vyapar_lite.ui.last_folder import last_folder, remember_folder
from vyapar_lite.ui.tasks import Progress, Task, run_task

__all__ = ["last_folder", "remember_folder", "start_task"]


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
