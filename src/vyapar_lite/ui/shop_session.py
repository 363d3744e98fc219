"""Which shop file is open, and the main window over it.

Opening a file can fail in many ways (missing, read-only, damaged, open in another window, newer
version); each failure is shown to the shopkeeper with a choice to open another file or quit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from vyapar_lite import APP_NAME
from vyapar_lite.db import (
    DataFileError,
    close_data_file,
    current_check,
    current_path,
    open_data_file,
    raise_if_damaged,
)
from vyapar_lite.services import shop
from vyapar_lite.ui.main_window import MainWindow
from vyapar_lite.ui.settings.setup_dialog import ShopSetupDialog


def open_shop(path: Path, *, demo: bool = False) -> None:
    """Open (and migrate) the file, its quick check running in the background; with `demo`, fill
    a file that has no shop yet with samples."""
    open_data_file(path, check_in_background=True)
    if demo and shop.get_profile() is None:
        from vyapar_lite.services import sample_shop  # only a demo needs it

        sample_shop.fill_sample_shop()


class _CheckRelay(QObject):
    """Brings the background check's result from its worker thread to the UI thread."""

    finished = Signal(list)


class ShopSession:
    """Keeps one main window over one open shop file; switches files on request."""

    def __init__(self, *, demo: bool = False) -> None:
        self.demo = demo
        self.window: MainWindow | None = None
        self._relay = _CheckRelay()
        self._relay.finished.connect(self._checked)

    def start(self, path: Path, window: MainWindow | None = None) -> bool:
        """Show the window at once (or use `window`, an unopened frame already on screen), then
        open `path` in it, asking for another file if that fails and for the shop's details on a
        new file. False if the shopkeeper gave up."""
        if window is None:
            window = MainWindow(path, opened=False)
            window.show()
            QApplication.processEvents()  # paint the frame before the file is opened
        self.window = window
        window.open_file_requested.connect(self.switch)
        candidate: Path | None = path
        while candidate is not None:
            try:
                open_shop(candidate, demo=self.demo)
            except DataFileError as exc:
                candidate = self._ask_for_another(exc)
                continue
            if (
                shop.get_profile() is None
                and ShopSetupDialog(window).exec() != QDialog.DialogCode.Accepted
            ):
                break
            window.shop_opened(candidate)
            check = current_check()
            if check is not None:
                check.when_done(self._relay.finished.emit)
            return True
        close_data_file()
        window.close()
        self.window = None
        return False

    def switch(self, path: Path) -> None:
        old = self.window
        if old is not None:
            old.close()
            old.deleteLater()
        self.window = None
        close_data_file()
        self.demo = False
        if not self.start(path):
            QApplication.quit()

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

    def _ask_for_another(self, exc: DataFileError) -> Path | None:
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, exc.message)
        box.setObjectName("openErrorBox")
        other = box.addButton("Open another file…", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not other:
            return None
        name, _ = QFileDialog.getOpenFileName(
            None,
            "Open shop file",
            str(exc.path.parent),
            "Vyapar Lite shop (*.vyapar);;All files (*)",
        )
        return Path(name) if name else None
