"""Which shop is open (a file, or a shop on a server), and the main window over it.

Opening a file can fail in many ways (missing, read-only, damaged, open in another window, newer
version); each failure is shown to the shopkeeper with a choice to open another file, connect to
a shop server or quit. A server is first reached off the UI thread (`server/reaching.py`: its
password asked when it wants one), then opened the same way as a file; the counter's name is
taken once the shop is open (`counters/names.py`) and the last server kept for the next start.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QWidget,
)
from shiboken6 import isValid

from vyapar_lite import APP_NAME
from vyapar_lite.db import (
    DataFileError,
    close_data_file,
    current_check,
    current_path,
    open_data_file,
    raise_if_damaged,
)
from vyapar_lite.db.connection import current_server
from vyapar_lite.db.store import DataLocation, ServerAddress
from vyapar_lite.services import shop
from vyapar_lite.ui.first_paint import after_paint
from vyapar_lite.ui.main_window import MainWindow

if TYPE_CHECKING:
    from vyapar_lite.ui.lock.idle_lock import IdleLock

log = logging.getLogger(__name__)


def open_shop(path: DataLocation, *, demo: bool = False) -> None:
    """Open (and migrate) the file, its quick check made to run in the background once the
    shop is shown (`once_shown`, or when something waits for it first), or the shop on a server
    (with the password typed in this run, if any); with `demo`, fill a shop that has none yet
    with samples."""
    from vyapar_lite.ui.server import passwords

    if isinstance(path, ServerAddress):
        open_data_file(path, password=passwords.kept(path))
        if demo and shop.get_profile() is None:
            from vyapar_lite.services import sample_shop

            sample_shop.fill_sample_shop()
        return
    if demo and path.is_file() and path.stat().st_size == 0:
        path.unlink()  # --demo names this file for the sample shop: made anew, never "empty"
    opened = open_data_file(path, check_in_background=True, start_check=False)
    if opened.created:  # a shop file made anew where an old one may have been: its anchors go
        from vyapar_lite.services import audit_anchors, backups

        audit_anchors.mark_restored(opened.path, [backups.default_folder(opened.path)], "created")
    if demo and shop.get_profile() is None:
        from vyapar_lite.services import sample_shop  # only a demo needs it

        sample_shop.fill_sample_shop()


def once_shown(window: QWidget) -> None:
    """What the shop's first screen does not wait for starts once `window` is painted (issue
    21): the customer statements' supplier side, and the file's quick check (a core busy for
    seconds on a big file; a write meanwhile waits for it, as it always did)."""
    after_paint(window, _after_the_first_paint)


def _after_the_first_paint() -> None:
    from vyapar_lite.services import supplier_side  # with the statements it brings: 0.05 s

    supplier_side.install()  # customer statements show a supplier's side
    check = current_check()
    if check is not None:
        check.start()


def restored_backup(
    parent: QWidget | None, backup: Path, data_file: Path, password: str | None
) -> bool:
    """Restore `backup` over the closed `data_file`; a refusal is explained. True when done.
    Background work on the closed shop (the dashboard's figures) is stopped first: a worker
    still reading the file holds it ("database is locked") while the backup replaces it."""
    from vyapar_lite.services import backup_restore
    from vyapar_lite.services.backup_files import BackupError
    from vyapar_lite.ui.language import said
    from vyapar_lite.ui.tasks import stop_all

    stop_all()
    try:
        result = backup_restore.restore(backup, data_file, password=password)
    except BackupError as exc:
        said_text = QCoreApplication.translate("shop_session", "Not restored: {reason}").format(
            reason=said(exc)
        )
        from PySide6.QtWidgets import QMessageBox  # not built at start (issue 21)

        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, said_text, parent=parent)
        box.setObjectName("restoreErrorBox")
        box.exec()
        return False
    kept = (
        f" The file as it was is kept as {result.safety_copy.name}." if result.safety_copy else ""
    )
    log.info("restored %s into %s.%s", backup, data_file, kept)
    return True


def setup_cancelled_text(path: DataLocation) -> str:
    where = (
        QCoreApplication.translate("shop_session", "The file {path}").format(path=path)
        if isinstance(path, Path)
        else QCoreApplication.translate("shop_session", "The shop database {url}").format(
            url=path.url
        )
    )
    return QCoreApplication.translate(
        "shop_session",
        "Set-up was cancelled, so no shop was set up and nothing was saved. "
        "{where} holds no shop yet: the next start asks for the shop's details "
        "again. Vyapar Lite will now close.",
    ).format(where=where)


def tell_setup_cancelled(parent: QWidget | None, path: DataLocation) -> None:
    """Cancelling the first-run set-up says what happened before the window closes."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Information, APP_NAME, setup_cancelled_text(path), parent=parent
    )
    box.setObjectName("setupCancelledBox")
    box.exec()


def _set_up(window: QWidget) -> bool:
    """A new shop's details asked for; False when the shopkeeper cancelled."""
    from vyapar_lite.ui.settings.setup_dialog import ShopSetupDialog

    return bool(ShopSetupDialog(window).exec() == QDialog.DialogCode.Accepted)


class _CheckRelay(QObject):
    """Brings the background check's result from its worker thread to the UI thread."""

    finished = Signal(list)


class ShopSession:
    """Keeps one main window over one open shop file; switches files on request."""

    def __init__(self, *, demo: bool = False) -> None:
        self.demo = demo
        self.window: MainWindow | None = None
        self.idle_lock: IdleLock | None = None
        self._relay = _CheckRelay()
        self._relay.finished.connect(self._checked)

    def start(self, path: DataLocation, window: MainWindow | None = None) -> bool:
        """Show the window at once (or use `window`, an unopened frame already on screen), then
        open `path` (a file or a server shop) in it, asking for another if that fails and for
        the shop's details on a new one. False if the shopkeeper gave up."""
        from vyapar_lite.ui.counters import names as counter_names
        from vyapar_lite.ui.lock.idle_lock import IdleLock
        from vyapar_lite.ui.lock.lock_dialog import ask_password
        from vyapar_lite.ui.server import reaching, remembered

        if window is None:
            window = MainWindow(path, opened=False)
            window.show()
            QApplication.processEvents()  # paint the frame before the file is opened
        self.window = window
        window.open_file_requested.connect(self.switch)
        window.restore_requested.connect(self.restore)
        candidate: DataLocation | None = path
        while candidate is not None:
            try:
                if isinstance(candidate, ServerAddress):
                    reaching.reach(window, candidate)  # off the UI thread; asks a password
                open_shop(candidate, demo=self.demo)
                new_shop = shop.get_profile() is None
            except DataFileError as exc:
                close_data_file()
                if window.looking:  # the shop shown at the first look could not be opened
                    window.show_opening()
                candidate = self._ask_for_another(exc)
                continue
            if new_shop:  # the set-up's audit rows carry the counter too
                counter_names.take_name(window, candidate)  # asked at a server's first time
            if new_shop and not _set_up(window):
                tell_setup_cancelled(window, candidate)
                break
            if not ask_password(window, "This shop is locked. Type the app password to open it."):
                break
            if not new_shop:  # named once the app password let this PC in
                counter_names.take_name(window, candidate)
            remembered.remember(candidate)
            window.shop_opened(candidate)
            once_shown(window)
            after_paint(window, window.offer_kept_drafts)  # a power cut's half-typed bill
            if self.idle_lock is not None and isValid(self.idle_lock):  # gone with its window
                self.idle_lock.stop()
            self.idle_lock = IdleLock(window)
            check = current_check()
            if check is not None:
                check.when_done(self._relay.finished.emit)
            return True
        close_data_file()
        window.close()
        self.window = None
        return False

    def switch(self, path: DataLocation) -> None:
        old = self.window
        if old is not None:
            if not old.close():  # typed work the shopkeeper kept: stay on this shop
                return
            old.deleteLater()
        self.window = None
        close_data_file()
        self.demo = False
        if not self.start(path):
            QApplication.quit()

    def restore(self, backup: Path, password: str) -> None:
        """Close the shop, put the backup in its place (the current file kept as a safety copy)
        and reopen the window on it."""
        from vyapar_lite.ui.lock.lock_dialog import ask_password

        old = self.window
        if current_server() is not None:  # a server's backups: server_backups, by the CLI
            if old is not None:
                old.statusBar().showMessage(
                    QCoreApplication.translate(
                        "shop_session",
                        "A shop on a server is restored with vyapar-lite-cli restore, into an "
                        "empty database.",
                    ),
                    60000,
                )
            return
        path = current_path() or (old.data_file if old is not None else None)
        if path is None:
            return
        if not ask_password(old, "Restoring a backup replaces this shop's data."):
            return
        if old is not None:
            if not old.may_close():  # typed work the shopkeeper kept: no restore over it
                return
            if old.auto_backup is not None:
                old.auto_backup.stop()  # a backup now could rotate away the one being restored
            old.close()
            old.deleteLater()
        self.window = None
        close_data_file()
        done = restored_backup(None, backup, path, password or None)
        if not self.start(path):
            QApplication.quit()
        elif done and self.window is not None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "shop_session",
                    "Restored the backup {name}; the file as it was is kept beside it.",
                ).format(name=backup.name),
                60000,
            )

    def _checked(self, problems: list[str]) -> None:
        """The background check is over: a damaged file is closed before anything is saved."""
        path = current_path()
        if not problems or self.window is None or path is None:
            return
        try:
            raise_if_damaged(path, problems)
        except DataFileError as exc:
            self.window.close()
            self.window = None
            close_data_file()
            other = self._ask_for_another(exc)
            if other is None or not self.start(other):
                QApplication.quit()

    def _ask_for_another(self, exc: DataFileError) -> DataLocation | None:
        from PySide6.QtWidgets import QMessageBox

        from vyapar_lite.services import backups
        from vyapar_lite.ui.backups import folders as backup_folders

        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, exc.message)
        box.setObjectName("openErrorBox")
        good = None
        if exc.kind == "damaged":
            good = backups.newest_good_backup(exc.path, *backup_folders.remembered(exc.path))
        restore = None
        if good is not None:
            restore = box.addButton(
                QCoreApplication.translate(
                    "shop_session", "Restore the newest good backup ({taken_at:%d-%m-%Y %H:%M})"
                ).format(taken_at=good.taken_at),
                QMessageBox.ButtonRole.YesRole,
            )
            restore.setObjectName("openError.restore")
        other = box.addButton(
            QCoreApplication.translate("shop_session", "Open another file…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        server = box.addButton(
            QCoreApplication.translate("shop_session", "Connect to a shop server…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        server.setObjectName("openError.server")
        box.addButton(
            QCoreApplication.translate("shop_session", "Quit"), QMessageBox.ButtonRole.RejectRole
        )
        box.exec()
        if box.clickedButton() is server:
            from vyapar_lite.ui.server import remembered
            from vyapar_lite.ui.server.connect_dialog import ask_for_server

            address = ask_for_server(None, remembered.last_server())
            return address if address is not None else self._ask_for_another(exc)
        if good is not None and box.clickedButton() is restore:
            password = None
            if good.encrypted:
                password, ok = QInputDialog.getText(
                    None,
                    APP_NAME,
                    QCoreApplication.translate("shop_session", "Password of {name}:").format(
                        name=good.path.name
                    ),
                    QLineEdit.EchoMode.Password,
                )
                if not ok:
                    return self._ask_for_another(exc)
            if restored_backup(None, good.path, exc.path, password):
                return exc.path
            return self._ask_for_another(exc)
        if box.clickedButton() is not other:
            return None
        name, _ = QFileDialog.getOpenFileName(
            None,
            QCoreApplication.translate("shop_session", "Open shop file"),
            str(exc.path.parent),
            "Vyapar Lite shop (*.vyapar);;All files (*)",
        )
        return Path(name) if name else None
