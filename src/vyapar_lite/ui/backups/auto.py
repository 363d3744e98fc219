"""Automatic backups: on closing the window, and once a day while the app runs; and the status
bar's "Last backup" label.

`services.backups` (how a backup is taken) is imported when one is; the label reads the last
backup's time from `services.last_backup`, so the window shows it sooner (issue 21).

The daily backup runs on a pool thread (the window keeps working); the one on closing runs on the
spot, the window is going anyway, and checks the copy with quick_check rather than the full
integrity_check (0.4 s instead of 5 s on the 1M-entry shop). A missing backup folder (a USB drive
not plugged in) is said once in the status bar, and the backup goes to the default folder.
Encrypted automatic backups use the password typed in Settings this session (`session_password`);
it is never saved, so until it is typed the automatic backup waits and the status bar says so.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from vyapar_lite.db import current_path
from vyapar_lite.services import threads
from vyapar_lite.services.last_backup import last_backup_at
from vyapar_lite.ui.backups import folders
from vyapar_lite.ui.backups.last_backup_words import last_backup_text
from vyapar_lite.ui.language import said

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 30 * 60 * 1000  # is a backup due? (at most one a day)
FIRST_CHECK_MS = 60 * 1000  # a minute after the shop opens: the start-up work is over
AMBER = "color: #b36b00; font-weight: bold;"

_session_password: str | None = None


def session_password() -> str | None:
    return _session_password


def set_session_password(password: str | None) -> None:
    global _session_password  # noqa: PLW0603 - one password for this run of the app, in memory
    _session_password = password or None


class _Relay(QObject):
    done = Signal(object)  # a BackupResult, or the error's message (str)


class _Work(QRunnable):
    def __init__(self, relay: _Relay, password: str | None, data_file: Path) -> None:
        super().__init__()
        self.relay = relay
        self.password = password
        self.data_file = data_file

    def run(self) -> None:
        from vyapar_lite.services import backups

        try:
            backed_up = backups.back_up(
                password=self.password, data_file=self.data_file, full_check=False
            )
            result: object = backed_up
            backups.check_in_full(backed_up.info)  # nobody waits for this one
        except Exception as exc:  # reported in the status bar, details to the log
            log.exception("automatic backup failed")
            result = said(exc)
        finally:
            threads.end_of_work()
        self.relay.done.emit(result)


class AutoBackup(QObject):
    """Owns the status bar label and the daily timer of one main window; `last_backup_changed`
    (a datetime or None) each time the label is refreshed."""

    last_backup_changed = Signal(object)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.label = QLabel()
        self.label.setObjectName("status.backup")
        window.statusBar().addPermanentWidget(self.label)
        self.running = False
        self._told_missing = False
        self._closed = False
        self._relay = _Relay()
        self._relay.done.connect(self.show_result)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.back_up_if_due)
        self.timer.start()
        self.first_check = QTimer(self)  # a child: it dies with the window
        self.first_check.setSingleShot(True)
        self.first_check.setInterval(FIRST_CHECK_MS)
        self.first_check.timeout.connect(self.back_up_if_due)
        self.first_check.start()
        self.refresh()

    def refresh(self) -> None:
        if current_path() is None:
            self.label.clear()
            return
        last = last_backup_at()
        text, warn = last_backup_text(last, datetime.now())
        self.label.setText(text)
        self.label.setStyleSheet(AMBER if warn else "")
        self.last_backup_changed.emit(last)

    def _password(self) -> tuple[bool, str | None]:
        """(may back up, password): an encrypted backup waits for the password."""
        from vyapar_lite.services import backups

        if not backups.backup_settings().encrypt:
            return True, None
        password = session_password()
        return password is not None, password

    def back_up_if_due(self) -> None:
        from vyapar_lite.services import backups

        path = current_path()
        if self.running or path is None or not backups.backup_due(datetime.now()):
            return
        ok, password = self._password()
        if not ok:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "auto",
                    "The automatic backup is waiting for the backup password (Settings → Backups).",
                ),
                30000,
            )
            return
        self.running = True
        QThreadPool.globalInstance().start(_Work(self._relay, password, path))

    def show_result(self, result: object) -> None:
        from vyapar_lite.services import backups

        self.running = False
        if isinstance(result, str):
            self.window.statusBar().showMessage(
                QCoreApplication.translate("auto", "The automatic backup failed: {result}").format(
                    result=result
                ),
                30000,
            )
        elif isinstance(result, backups.BackupResult):
            self.tell(result.note)
            if removed := backups.removed_note(result.removed):
                self.window.statusBar().showMessage(removed, 30000)
            if (data_file := current_path()) is not None:
                folders.remember(data_file, result.info.path.parent)
        self.refresh()

    def tell(self, note: str) -> None:
        """Say once that the chosen folder is missing."""
        if note and not self._told_missing:
            self._told_missing = True
            self.window.statusBar().showMessage(note, 60000)

    def stop(self) -> None:
        """No more automatic backups from this window (it is closing for a restore)."""
        self.timer.stop()
        self.first_check.stop()
        self._closed = True

    def back_up_on_close(self) -> None:
        """The window is closing on an open shop: back it up now (errors only logged)."""
        from vyapar_lite.services import backups
        from vyapar_lite.services.backup_files import BackupError

        self.timer.stop()
        self.first_check.stop()
        if self._closed:
            return
        self._closed = True
        path = current_path()
        if path is None or self.running or path != getattr(self.window, "data_file", path):
            return
        ok, password = self._password()
        if not ok:
            return
        try:
            # quick_check, not the full check: the shopkeeper is waiting for the window to close
            backups.back_up(password=password, full_check=False)
        except (BackupError, OSError) as exc:
            log.warning("the backup on closing failed: %s", exc)
        except Exception:
            log.exception("the backup on closing failed")
