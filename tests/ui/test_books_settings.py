"""Settings: closing the books up to a date, and the LUT reference for exports."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from vyapar_lite.services import closed_books, export_settings
from vyapar_lite.ui.settings.settings_page import SettingsPage


def test_the_shopkeeper_closes_april_and_enters_the_lut(qtbot: QtBot, shop_file: Path) -> None:
    page = SettingsPage()
    qtbot.addWidget(page)
    group = page.books_settings
    assert not group.closed_box.isChecked()
    group.closed_box.setChecked(True)
    group.closed_date.set_date(date(2026, 4, 30))
    group.lut_edit.setText("AD270326000123X dated 01-04-2026")
    qtbot.mouseClick(group.save_button, Qt.MouseButton.LeftButton)
    assert closed_books.closed_up_to() == date(2026, 4, 30)
    assert export_settings.lut_reference() == "AD270326000123X dated 01-04-2026"
    assert "closed up to 30-04-2026" in group.status.text()

    group.closed_box.setChecked(False)
    qtbot.mouseClick(group.save_button, Qt.MouseButton.LeftButton)
    assert closed_books.closed_up_to() is None
    assert "No period closed" in group.status.text()
