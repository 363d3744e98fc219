"""Run slow work (imports, exports, backups, big reports) off the UI thread, with progress.

`run_task(parent, title, work)` starts `work(progress)` on a pool thread and shows a progress
dialog; `work` calls `progress(done, total, text)` now and then and may raise `Cancelled` when
`progress.cancelled` is set. The result (or the error's message) comes back to the UI thread by
signal, so the window keeps repainting while the work runs. `run_in_background(work)` does the
same with no dialog.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from vyapar_lite.db import STORE_ERRORS, file_error
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import threads
from vyapar_lite.ui.language import said

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """The shopkeeper pressed Cancel; the work stops and nothing is saved."""


class Progress:
    """Handed to the work function: report progress, check for Cancel."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    def __call__(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled
        self._emit(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class Task(QObject):
    """Signals of one piece of background work; `succeeded(result)` or `failed(message)`."""

    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    progressed = Signal(int, int, str)

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.work = work
        self.progress = Progress(self.progressed.emit)
        self.running = False


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        task = self.task
        try:
            signal, args = _worked(task)
            # no longer running before the outcome reaches the screen: what the screen does on
            # it (F5 pressed as the figures arrive) may start the same work again at once
            task.running = False
            signal.emit(*args)
        except RuntimeError:  # the task's screen, or the app, is gone: nobody wants the result
            log.info("background work finished after its screen closed; result dropped")
        finally:
            threads.end_of_work()
            task.running = False


def _worked(task: Task) -> tuple[Any, tuple[Any, ...]]:
    """Do `task`'s work: the signal to tell its outcome with, and what to tell."""
    try:
        result = task.work(task.progress)
    except Cancelled:
        return task.cancelled, ()
    except ValidationError as exc:
        return task.failed, (said(exc),)
    except STORE_ERRORS as exc:  # the file's fault (damaged, locked): said in words
        log.warning("background work stopped on the shop file: %s", exc)
        return task.failed, (file_error(exc).message,)
    except Exception as exc:  # reported to the shopkeeper, details to the log
        log.exception("background work failed")
        return task.failed, (f"{type(exc).__name__}: {exc}",)
    return task.succeeded, (result,)


_running: set[Task] = set()  # keeps tasks alive until they report


def run_task(
    parent: QWidget | None,
    title: str,
    work: Callable[[Progress], Any],
    *,
    cancellable: bool = True,
) -> Task:
    """Start `work` on a pool thread, with a progress dialog over `parent`."""
    task = Task(work)
    dialog = QProgressDialog(title, "Cancel" if cancellable else "", 0, 0, parent)
    dialog.setObjectName("taskProgress")
    dialog.setWindowTitle(title)
    from PySide6.QtCore import Qt  # here: its enums cost 0.02 s of the window's start

    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.canceled.connect(task.progress.cancel)

    def show_progress(done: int, total: int, text: str) -> None:
        if not isValid(dialog):  # its screen was closed and deleted meanwhile
            return
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(text)

    def finish(*_args: object) -> None:
        _running.discard(task)
        if isValid(dialog):  # gone with its screen when that was closed and deleted meanwhile
            dialog.reset()
            dialog.deleteLater()

    task.progressed.connect(show_progress)
    for signal in (task.succeeded, task.failed, task.cancelled):
        signal.connect(finish)
    return _start(task)


def run_in_background(work: Callable[[Progress], Any]) -> Task:
    """Start `work` on a pool thread with no dialog: for follow-up work the shopkeeper need not
    wait for (the caller shows the outcome, e.g. in the status bar)."""
    task = Task(work)
    for signal in (task.succeeded, task.failed, task.cancelled):
        signal.connect(lambda *_args: _running.discard(task))
    return _start(task)


def stop_all(wait_ms: int = 3000) -> None:
    """On quitting: cancel every running task (work that checks `progress` stops at once) and
    wait for the pool, so no worker reports to objects being deleted."""
    for task in list(_running):
        task.progress.cancel()
    QThreadPool.globalInstance().waitForDone(wait_ms)


def _start(task: Task) -> Task:
    _running.add(task)
    task.running = True
    # Started from the event loop, so the caller has connected to the task's signals before the
    # work can finish (quick work would otherwise report to nobody).
    QTimer.singleShot(0, lambda: QThreadPool.globalInstance().start(_Runner(task)))
    return task
