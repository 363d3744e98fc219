"""Help (issue 15 item 8): F1 shows the keys of the screen on show; Help lists the sheet and a
getting-started page, both inside the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from vyapar_lite.ui.main_window import MainWindow


def test_f1_shows_the_keys_of_the_screen_on_show(qtbot: QtBot, shop_file: Path) -> None:
    window = MainWindow(Path("shop.vyapar"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_screen("customers")
    keys = window.findChild(type(window.menuBar().actions()[0]), "action.help.keys")
    assert keys is not None and keys.shortcut().toString() == "F1"
    keys.trigger()
    help_window = window.help_window()
    assert help_window.isVisible()
    text = help_window.text.toPlainText()
    assert "Keys: Customers" in text and "New customer" in text and "Ctrl+N" in text
    assert "Ctrl+I or F8" in text  # the keys that work everywhere follow

    window.show_screen("reports")
    keys.trigger()
    text = help_window.text.toPlainText()
    assert "Keys: Reports" in text and "Refresh" in text and "New customer" not in text

    help_window.start_button.click()
    text = help_window.text.toPlainText()
    assert "Getting started" in text and "Your first sale" in text and "Ctrl+I" in text


def test_the_help_menu_lists_both(qtbot: QtBot, shop_file: Path) -> None:
    window = MainWindow(Path("shop.vyapar"))
    qtbot.addWidget(window)
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    help_menu = menus["&Help"]
    assert isinstance(help_menu, QMenu)
    names = [a.text() for a in help_menu.actions() if a.text()]
    assert names[:2] == ["&Keyboard shortcuts for this screen", "&Getting started"]
    start = next(a for a in help_menu.actions() if a.text() == "&Getting started")
    start.trigger()
    assert "Your shop" in window.help_window().text.toPlainText()
