"""Settings → Customers: the code prefix and the category list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from factories import make_customer
from vyapar_lite.services import categories, customers
from vyapar_lite.ui.settings.customer_settings import CustomerSettings


def test_code_prefix_changes_the_next_code(qtbot: QtBot, shop_file: Path) -> None:
    make_customer("First")
    page = CustomerSettings()
    qtbot.addWidget(page)
    assert page.next_code.text() == "The next new customer gets C0002."
    page.prefix_edit.setText("pun")
    page.save_prefix()
    assert page.next_code.text() == "The next new customer gets PUN0002."
    assert make_customer("Second").code == "PUN0002"


def test_bad_prefix_is_refused_with_a_message(
    qtbot: QtBot, shop_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    page = CustomerSettings()
    qtbot.addWidget(page)
    page.prefix_edit.setText("C-1")
    page.save_prefix()
    assert said and "letters or digits" in said[0]
    assert customers.code_series()[0] == "C"


def test_add_rename_and_deactivate_a_category(
    qtbot: QtBot, shop_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = CustomerSettings()
    qtbot.addWidget(page)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("School", True))
    page.add()
    assert page.list.item(0).text() == "School  (0 customers)"

    page.list.setCurrentRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Schools", True))
    page.rename()
    page.list.setCurrentRow(0)
    page.toggle()
    assert page.list.item(0).text() == "Schools  (0 customers)  — inactive"
    assert categories.list_categories() == []
