"""The window fits the screen (issue 15 item 7): the first start opens maximised on a laptop
screen, and at 1366x768 every report's money columns are on screen, with GSTINs and document
numbers whole and long names cut (their tooltip has them)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from factories import make_customer
from report_builders import build_report_shop, invoice, line
from report_pages import WAIT_MS
from vyapar_lite.ui.main_window import GEOMETRY_SETTING, MainWindow
from vyapar_lite.ui.reports import column_fit
from vyapar_lite.ui.reports.column_fit import Want
from vyapar_lite.ui.reports.reports_screen import ReportsScreen


def test_the_first_start_opens_maximised_on_a_laptop_screen(qtbot: QtBot, shop_file: Path) -> None:
    QSettings().remove(GEOMETRY_SETTING)
    window = MainWindow(Path("shop.vyapar"))
    qtbot.addWidget(window)
    assert window.screen().availableGeometry().width() <= 1600  # offscreen: 800 wide
    assert window.windowState() & Qt.WindowState.WindowMaximized


def test_figures_stay_whole_and_text_gives_way() -> None:
    wants = [Want(300, 200, True), Want(130, 125, False), Want(90, 90, False), Want(80, 150, True)]
    widths = column_fit.fit(wants, 400)
    assert widths[1:3] == [130, 90]  # a GSTIN and a money column: never cut
    assert sum(widths) == 400 and min(widths[0], widths[3]) >= column_fit.TEXT_FLOOR
    roomy = column_fit.fit(wants, 1000, stretch=0)
    assert roomy == [300 + 1000 - 600, 130, 90, 80]


def test_every_report_fits_1366_with_its_money_columns_in_view(
    qtbot: QtBot, shop_file: Path
) -> None:
    build_report_shop()
    long = make_customer(
        "Shri Venkateshwara Agro Industries and Cold Storage Private Limited",
        gstin="27AAGFM4821K1Z4", state_code="27",
    ).code  # fmt: skip
    invoice(long, date(2026, 6, 1), line("Cold storage rent", 12345600, hsn_sac="996729"))
    window = MainWindow(Path("shop.vyapar"))
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1366, 768)
    window.show()
    window.show_screen("reports")
    screen = window.stack.currentWidget()
    assert isinstance(screen, ReportsScreen)
    for key in ("statement", "outstanding", "ageing", "balances", "register", "insights"):
        page = screen.show_report(key)
        if key == "statement":
            screen.open_statement(long, date(2026, 4, 1), date(2026, 6, 30))
        elif page.result is None:
            page.load()
        qtbot.waitUntil(lambda p=page: p.result is not None, timeout=WAIT_MS)
        qtbot.wait(50)
        table = page.table
        columns = page.model.columns
        right_edge = sum(table.columnWidth(i) for i in range(len(columns)))
        widths = [(c.header, table.columnWidth(i)) for i, c in enumerate(columns)]
        assert right_edge <= table.viewport().width(), (key, widths)  # no money column off
        metrics = table.fontMetrics()
        for index, column in enumerate(columns):
            if column.whole or column.is_number:
                for row in range(page.model.rowCount()):
                    text = str(page.model.index(row, index).data() or "")
                    assert metrics.horizontalAdvance(text) < table.columnWidth(index), (key, text)
        if key == "register":
            gstin = [c.header for c in columns].index("GSTIN")
            texts = {str(page.model.index(r, gstin).data()) for r in range(page.model.rowCount())}
            assert "27AAGFM4821K1Z4" in texts
            name = [c.header for c in columns].index("Customer")
            found = next(
                r for r in range(page.model.rowCount())
                if "Venkateshwara" in str(page.model.index(r, name).data())
            )  # fmt: skip
            tip = page.model.index(found, name).data(Qt.ItemDataRole.ToolTipRole)
            assert "Cold Storage Private Limited" in str(tip)
