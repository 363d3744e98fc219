"""Answering the app's own question boxes in a test as a person would: when the next one opens,
note its text and press a key on it (Enter takes the default button) or click a named button;
and the next start's offer of a kept draft, answered so."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

if TYPE_CHECKING:
    from vyapar_lite.ui.main_window import MainWindow
    from vyapar_lite.ui.sales.invoice_form import InvoiceForm


def answer_next(seen: list[str], *, button: str = "", key: Qt.Key = Qt.Key.Key_Return) -> None:
    """The next QMessageBox that opens: its text goes into `seen`, then `button` (an object name)
    is clicked, or `key` pressed on it."""

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(10, act)
            return
        seen.append(box.text())
        if button:
            found = box.findChild(QPushButton, button)
            assert found is not None, f"no button {button} on “{box.text()}”"
            found.click()
        else:
            QTest.keyClick(box, key)

    QTimer.singleShot(0, act)


def next_start_offers(qtbot: QtBot, kind: str, *, expect: str) -> MainWindow:
    """A new main window (the next start) offers the one kept draft, of `kind`, saying `expect`
    (its summary); Enter opens it on its screen."""
    from vyapar_lite.ui.main_window import MainWindow

    window = MainWindow(Path("shop.vyapar"))
    qtbot.addWidget(window)
    window.auto_backup = None  # no closing backup in a test
    asked: list[str] = []
    answer_next(asked)  # Enter: Open it
    assert window.offer_kept_drafts() == [kind]
    assert asked == [f"You were typing {expect} when the app closed: open it?"]
    return window


def next_start_opens(qtbot: QtBot, data_file: Path, *, expect: str) -> InvoiceForm:
    """A new main window (the next start) offers the kept invoice draft, saying `expect` (the
    summary, "an invoice for Asha Verma (1 line)"); Enter opens it: its form, on screen."""
    from vyapar_lite.ui.main_window import MainWindow
    from vyapar_lite.ui.sales.sales_screen import SalesScreen

    window = MainWindow(data_file)
    qtbot.addWidget(window)
    window.auto_backup = None  # no closing backup in a test
    asked: list[str] = []
    answer_next(asked)  # Enter: Open it
    assert window.offer_kept_drafts() == ["invoice"]
    assert asked == [f"You were typing {expect} when the app closed: open it?"]
    screen = window.page("sales")
    assert isinstance(screen, SalesScreen)
    assert window.current_key() == "sales"
    assert screen.stack.currentWidget() is screen.invoice_form
    return screen.invoice_form


def shown_and_active(qtbot: QtBot, widget: QWidget) -> None:
    """Show a form as the active window, so typed keys reach it."""
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
