"""Settings → Items: the GST rate list, added to and switched off by the shopkeeper."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from factories import make_item
from vyapar_lite.services import gst_rates
from vyapar_lite.ui.settings.gst_rate_settings import GstRateSettings
from vyapar_lite.ui.settings.settings_page import SettingsPage


def _labels(page: GstRateSettings) -> list[str]:
    return [page.list.item(i).text() for i in range(page.list.count())]


def test_the_list_shows_each_rate_with_its_items(qtbot: QtBot, shop_file: Path) -> None:
    make_item("Soap", gst_rate_bp=500)
    page = GstRateSettings()
    qtbot.addWidget(page)
    assert _labels(page) == [
        "0%  (0 items)", "0.25%  (0 items)", "3%  (0 items)", "5%  (1 item)", "12%  (0 items)",
        "18%  (0 items)", "28%  (0 items)", "40%  (0 items)",
    ]  # fmt: skip


def test_add_a_rate_and_deactivate_one(
    qtbot: QtBot, shop_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = GstRateSettings()
    qtbot.addWidget(page)
    changed: list[bool] = []
    page.changed.connect(lambda: changed.append(True))

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("1.5%", True))
    page.add()
    assert "1.5%  (0 items)" in _labels(page)
    assert 150 in gst_rates.active_rates()

    page.list.setCurrentRow(_labels(page).index("12%  (0 items)"))
    page.toggle()
    assert "12%  (0 items)  — inactive" in _labels(page)
    assert 1200 not in gst_rates.active_rates()
    page.list.setCurrentRow(_labels(page).index("12%  (0 items)  — inactive"))
    page.toggle()
    assert 1200 in gst_rates.active_rates()
    assert changed == [True, True, True]


def test_a_bad_rate_is_refused_with_a_message(
    qtbot: QtBot, shop_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    page = GstRateSettings()
    qtbot.addWidget(page)
    for typed in ("eighteen", "18"):
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, t=typed, **k: (t, True))
        page.add()
    assert said == [
        "Enter a percentage as a number, e.g. 18 or 0.25",
        "18% is already in the list",
    ]
    assert len(gst_rates.active_rates()) == 8


def test_the_settings_page_has_the_gst_rates(qtbot: QtBot, shop_file: Path) -> None:
    page = SettingsPage()
    qtbot.addWidget(page)
    assert page.gst_rate_settings.list.count() == 8
