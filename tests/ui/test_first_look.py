"""The window shows the shop from its file's first look, before the file is opened (issue 21): the
dashboard waits for the open file before working out a figure, and a file that then fails to open
does not stay shown as if it were open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from vyapar_lite.db import DataFileError, close_data_file, migrations
from vyapar_lite.services.sample_shop import SHOP
from vyapar_lite.ui.dashboard.dashboard_page import DashboardPage
from vyapar_lite.ui.first_paint import FALLBACK_MS
from vyapar_lite.ui.main_window import MainWindow
from vyapar_lite.ui.shop_session import ShopSession, open_shop


@pytest.fixture(autouse=True)
def _close_after() -> object:
    yield
    close_data_file()


def _frame(qtbot: QtBot, path: Path) -> MainWindow:
    window = MainWindow(path, opened=False)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_dashboard_waits_for_the_file_then_fills_in(qtbot: QtBot, shop_path: Path) -> None:
    window = _frame(qtbot, shop_path)
    assert window.take_first_look()
    assert window.shop_label.text() == SHOP.name
    assert SHOP.name in window.windowTitle()
    assert not window.nav.isEnabled()  # no screen is opened on a file not open yet
    dashboard = window.pages["dashboard"]
    assert isinstance(dashboard, DashboardPage)
    assert window.stack.currentWidget() is dashboard
    qtbot.wait(FALLBACK_MS + 200)  # its figures were asked for once painted, and wait
    assert dashboard.task is None
    assert dashboard.asked_while_held
    assert dashboard.cards["receivable"].text() == "…"

    open_shop(shop_path)
    window.shop_opened(shop_path)
    assert window.nav.isEnabled()
    assert not window.looking
    qtbot.waitUntil(lambda: dashboard.shown is not None, timeout=10000)
    assert dashboard.cards["receivable"].text() != "…"


def test_a_file_that_fails_to_open_after_its_look_is_not_left_shown(
    qtbot: QtBot, shop_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = sqlite3.connect(shop_path)
    raw.execute(
        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, 'future', ?)",
        (migrations.LATEST + 1, "2030-01-01 00:00:00"),
    )
    raw.commit()
    raw.close()
    window = _frame(qtbot, shop_path)
    assert window.take_first_look()  # the look reads the name; the open decides
    seen: list[tuple[str, str, bool]] = []

    def ask(_self: ShopSession, exc: DataFileError) -> Path | None:
        seen.append((exc.kind, window.shop_label.text(), window.looking))
        return None

    monkeypatch.setattr(ShopSession, "_ask_for_another", ask)
    assert not ShopSession().start(shop_path, window)
    assert seen == [("newer", "Opening shop.vyapar…", False)]


def test_a_locked_shop_is_not_shown_before_its_password(qtbot: QtBot, shop_path: Path) -> None:
    from vyapar_lite.db import open_data_file
    from vyapar_lite.services import app_lock

    open_data_file(shop_path)
    app_lock.set_password("secret-123")
    close_data_file()
    window = _frame(qtbot, shop_path)
    assert not window.take_first_look()
    assert window.shop_label.text() == "Opening shop.vyapar…"
    assert "dashboard" not in window._built
