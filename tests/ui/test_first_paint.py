"""Work that waits for a widget's paint (issue 21): the dashboard's figures, the file's check."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from vyapar_lite.db import close_data_file, current_check
from vyapar_lite.ui.dashboard.dashboard_page import DashboardPage
from vyapar_lite.ui.first_paint import after_paint
from vyapar_lite.ui.main_window import MainWindow
from vyapar_lite.ui.shop_session import once_shown, open_shop


def test_a_job_runs_once_just_after_the_paint(qtbot: QtBot) -> None:
    label = QLabel("Shri Balaji Traders")
    qtbot.addWidget(label)
    ran: list[str] = []

    def job() -> None:
        ran.append("job")

    after_paint(label, job)
    after_paint(label, job)  # asked again before the paint: still once
    assert ran == []
    label.show()
    assert ran == []  # shown, not painted yet
    qtbot.waitUntil(lambda: ran == ["job"], timeout=5000)
    label.setText("Shri Balaji Traders, Pune")
    label.repaint()
    qtbot.wait(50)
    assert ran == ["job"]


def test_the_dashboard_works_its_figures_out_once_painted(qtbot: QtBot, shop_file: Path) -> None:
    page = DashboardPage(today=date(2026, 6, 10))
    qtbot.addWidget(page)
    page.show()
    assert page.task is None  # shown: the worker waits for the first paint
    with qtbot.waitSignal(page.loaded, timeout=10000):
        pass
    assert page.shown is not None
    assert page.cards["last_backup"].text() == "No backup yet"


def test_the_window_starts_the_files_check_once_the_shop_is_painted(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "shop.vyapar"
    window = MainWindow(path, opened=False)
    qtbot.addWidget(window)
    window.show()
    try:
        open_shop(path, demo=True)  # the sample shop's rows are written: that waits for the check
        close_data_file()
        open_shop(path)  # up to date: its check runs in the background, made but not started
        check = current_check()
        assert check is not None and not check.started
        window.shop_opened(path)
        once_shown(window)
        assert not check.started
        qtbot.waitUntil(lambda: check.started, timeout=5000)
        assert check.wait(30) == []
    finally:
        window.close_without_backup()
        close_data_file()


def test_a_job_runs_even_when_no_paint_comes(qtbot) -> None:
    """On a real X11 screen the dashboard page (a container) got no paint event and its figures
    never loaded; a job waits for a paint at most FALLBACK_MS."""
    from PySide6.QtWidgets import QWidget

    from vyapar_lite.ui import first_paint

    widget = QWidget()  # never shown: no paint event will come
    qtbot.addWidget(widget)
    ran: list[int] = []
    first_paint.after_paint(widget, lambda: ran.append(1))
    qtbot.waitUntil(lambda: ran == [1], timeout=first_paint.FALLBACK_MS * 8)
    qtbot.wait(first_paint.FALLBACK_MS)
    assert ran == [1]  # once
