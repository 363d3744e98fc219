"""Which shop file is open, and the main window over it.

Opening a file can fail in many ways (missing, read-only, damaged, open in another window, newer
version); each failure is shown to the shopkeeper with a choice to open another file or quit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from vyapar_lite import APP_NAME
from vyapar_lite.db import DataFileError, close_data_file, open_data_file
from vyapar_lite.services import sample_shop, shop
from vyapar_lite.ui.main_window import MainWindow
from vyapar_lite.ui.settings.setup_dialog import ShopSetupDialog


def open_shop(path: Path, *, demo: bool = False) -> None:
    """Open (and migrate) the file; with `demo`, fill a file that has no shop yet with samples."""
    open_data_file(path)
    if demo and shop.get_profile() is None:
        sample_shop.fill_sample_shop()


class ShopSession:
    """Keeps one main window over one open shop file; switches files on request."""

    def __init__(self, *, demo: bool = False) -> None:
        self.demo = demo
        self.window: MainWindow | None = None

    def start(self, path: Path) -> bool:
        """Open `path` (asking for another file if it fails); False if the shopkeeper gave up."""
        candidate: Path | None = path
        while candidate is not None:
            try:
                open_shop(candidate, demo=self.demo)
            except DataFileError as exc:
                candidate = self._ask_for_another(exc)
                continue
            if (
                shop.get_profile() is None
                and ShopSetupDialog().exec() != QDialog.DialogCode.Accepted
            ):
                close_data_file()
                return False
            self._show(candidate)
            return True
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
            from PySide6.QtWidgets import QApplication

            QApplication.quit()

    def _show(self, path: Path) -> None:
        self.window = MainWindow(path)
        self.window.open_file_requested.connect(self.switch)
        self.window.show()

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
