"""The main window's File menu: open a shop file, connect to a shop server, a new shop file,
quit. Each choice is handed to the shop session through `window.open_file_requested` (a file's
path, or a `ServerAddress`). Its texts keep the "main_window" translation context."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog

from vyapar_lite.db.store import ServerAddress

if TYPE_CHECKING:
    from vyapar_lite.ui.main_window import MainWindow


def add_file_menu(window: MainWindow) -> None:
    file_menu = window.menuBar().addMenu(QCoreApplication.translate("main_window", "&File"))
    window._action(
        file_menu,
        QCoreApplication.translate("main_window", "&Open shop file…"),
        QKeySequence.StandardKey.Open,
        lambda: choose_file(window),
        "action.open",
    )
    window._action(
        file_menu,
        QCoreApplication.translate("main_window", "&Connect to a shop server…"),
        None,
        lambda: choose_server(window),
        "action.connect_server",
    )
    window._action(
        file_menu,
        QCoreApplication.translate("main_window", "New shop &file…"),
        None,
        lambda: choose_new_file(window),
        "action.new_file",
    )
    file_menu.addSeparator()
    window._action(
        file_menu,
        QCoreApplication.translate("main_window", "&Quit"),
        QKeySequence.StandardKey.Quit,
        window.close,
        "action.quit",
    )


def choose_file(window: MainWindow) -> None:
    name, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("main_window", "Open shop file"),
        str(window.data_file.parent),
        QCoreApplication.translate("main_window", "Vyapar Lite shop (*.vyapar);;All files (*)"),
    )
    if name:
        window.open_file_requested.emit(Path(name))


def choose_server(window: MainWindow) -> None:
    """File › Connect to a shop server…: the address (starting from the server open now, or the
    last one this PC opened), then the session opens it."""
    from vyapar_lite.ui.server import remembered
    from vyapar_lite.ui.server.connect_dialog import ask_for_server

    start = window.location if isinstance(window.location, ServerAddress) else None
    address = ask_for_server(window, start or remembered.last_server())
    if address is not None:
        window.open_file_requested.emit(address)


def choose_new_file(window: MainWindow) -> None:
    name, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("main_window", "New shop file"),
        str(window.data_file.parent / "new-shop.vyapar"),
        QCoreApplication.translate("main_window", "Vyapar Lite shop (*.vyapar)"),
    )
    if not name:
        return
    path = Path(name)
    if path.is_file() and path.stat().st_size > 0:
        from PySide6.QtWidgets import QMessageBox  # not built at start (issue 21)

        QMessageBox.warning(
            window,
            QCoreApplication.translate("main_window", "New shop file"),
            QCoreApplication.translate(
                "main_window",
                "{name} already holds a shop. A new shop needs a new file name; "
                "open this one with File › Open.",
            ).format(name=path.name),
        )
        return
    path.unlink(missing_ok=True)  # an empty file the user chose to replace: a new shop
    window.open_file_requested.emit(path)
