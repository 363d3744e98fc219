"""The window fits the screen (issue 15 item 7): the first start opens maximised on a laptop
screen, and at 1366x768 every tab of the Reports screen (taken from the screen, so a new tab is
covered as it is added), filled with a busy shop's figures, has its money columns on screen, its
figures, GSTINs and document numbers whole and long names cut (their tooltip has them).

Each tab's screenshot is saved to $FIT_SHOTS (or the test's temporary folder) to look at."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QComboBox, QStyle
from pytestqt.qtbot import QtBot

from fit_builders import END, FIN_YEAR, START, FitShop, fit_shop_file
from report_pages import WAIT_MS
from vyapar_lite.db import close_data_file, open_data_file
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services.returns.period import of_quarter
from vyapar_lite.ui.main_window import GEOMETRY_SETTING, MainWindow
from vyapar_lite.ui.reports import column_fit
from vyapar_lite.ui.reports.column_fit import Want
from vyapar_lite.ui.reports.inputs import PeriodInputs, ReportCustomerPicker
from vyapar_lite.ui.reports.report_page import ReportPage
from vyapar_lite.ui.reports.reports_screen import REPORTS, ReportsScreen
from vyapar_lite.ui.reports.return_period import ReturnPeriodPicker

TABS = [key for key, _title, _make in REPORTS]  # what the Reports screen builds its tabs from
GSTIN = re.compile(r"\d{2}[A-Z]{5}\d{4}[A-Z][0-9A-Z]Z[0-9A-Z]")
ROWS_IN_VIEW = 8  # a table shows at least these rows (or all it has) beside the text under it
SERIES_NUMBER = re.compile(r"[A-Z]+/\d{2}-\d{2}/\d+")  # INV/26-27/00009, RCT/26-27/00005


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
    # "Round-off" (70 px) over figures of 40: once text is at its floor, the header gives way
    headed = [Want(200, 200, True), Want(130, 130, False), Want(70, 70, False, least=40)]
    assert column_fit.fit(headed, column_fit.TEXT_FLOOR + 130 + 50) == [64, 130, 50]
    assert column_fit.fit(headed, 100)[1:] == [130, 40]  # never below its figures


@pytest.fixture(scope="module")
def fit_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, FitShop]:
    return fit_shop_file(tmp_path_factory.mktemp("fit-shop"))


@pytest.fixture
def fit_shop(fit_template: tuple[Path, FitShop], tmp_path: Path) -> Iterator[FitShop]:
    """A copy of the fit shop, open for the test."""
    path, built = fit_template
    copy = tmp_path / "shop.vyapar"
    shutil.copyfile(path, copy)
    open_data_file(copy)
    yield built
    close_data_file()


def _point_at_the_books(page: ReportPage[Any], shop: FitShop) -> None:
    """The page's inputs set to the fit shop's quarter, by the kind of input rather than by the
    tab, so a new tab built from the same inputs is covered as it is."""
    for period in page.findChildren(PeriodInputs):
        period.set_period(START, END)
    for picker in page.findChildren(ReturnPeriodPicker):
        picker.set_period(of_quarter(START.year, 1))
    for box in page.findChildren(QComboBox):
        if box.objectName().endswith(".year"):  # a financial year
            if box.findText(FIN_YEAR) < 0:
                box.addItem(FIN_YEAR)
            box.setCurrentText(FIN_YEAR)
    try:
        page.request()
    except ValidationError:  # a report of one customer (the statement): the long-named one
        for customer in page.findChildren(ReportCustomerPicker):
            customer.set_code(shop.long)


def _must_show_whole(text: str, whole_column: bool, numbers: set[str]) -> bool:
    """Figures, GSTINs and document numbers: never cut, whatever column they are in."""
    return bool(
        whole_column or text in numbers or GSTIN.fullmatch(text) or SERIES_NUMBER.fullmatch(text)
    )


@pytest.mark.parametrize("key", TABS)
def test_every_report_fits_1366_with_its_money_columns_in_view(
    qtbot: QtBot, fit_shop: FitShop, tmp_path: Path, key: str
) -> None:
    window = MainWindow(Path("shop.vyapar"))
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1366, 768)
    window.show()
    window.show_screen("reports")
    screen = window.stack.currentWidget()
    assert isinstance(screen, ReportsScreen)
    assert screen.keys == TABS and screen.chooser.count() == len(TABS)
    page = screen.show_report(key)
    _point_at_the_books(page, fit_shop)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.load()
    qtbot.wait(50)
    shots = Path(os.environ.get("FIT_SHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(shots / f"{key}.png"))
    assert not page.message.isVisible(), page.message.text()
    if page.table.isHidden():  # a tab that says what its file will hold (the pack)
        summary = page.summary
        assert summary.text() and summary.height() >= summary.heightForWidth(summary.width())
        return

    table, model, columns = page.table, page.model, page.model.columns
    assert model.rowCount() > 0, key
    widths = [table.columnWidth(i) for i in range(len(columns))]
    shown = [(c.header, w) for c, w in zip(columns, widths, strict=True)]
    assert sum(widths) <= table.viewport().width(), (key, shown)  # nothing off to the right
    assert not table.horizontalScrollBar().isVisible()
    rows_in_view = table.viewport().height() // table.verticalHeader().defaultSectionSize()
    assert rows_in_view >= min(model.rowCount(), ROWS_IN_VIEW), (key, rows_in_view)
    foot = page.foot_area
    assert foot.isHidden() == page.foot.isHidden(), key  # no empty band under the table
    if foot.isVisible():  # the text under the table: whole, or scrolling to the rest
        whole = foot.viewport().height() >= page.foot.heightForWidth(foot.viewport().width())
        assert whole or foot.verticalScrollBar().isVisible(), key
    margin = 2 * (
        table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    )
    bold_font = QFont(table.font())
    bold_font.setBold(True)
    plain, bold = table.fontMetrics(), QFontMetrics(bold_font)
    numbers = set(fit_shop.numbers.values())
    totals = page.totals.totals.values
    for index, column in enumerate(columns):
        width = widths[index]
        for row in range(model.rowCount()):
            cell = model.index(row, index)
            text = str(cell.data() or "")
            metrics = bold if cell.data(Qt.ItemDataRole.FontRole) else plain
            fits = metrics.horizontalAdvance(text) + margin <= width
            if _must_show_whole(text, column.whole or column.is_number, numbers):
                assert fits, (key, column.header, text, width)
            elif not fits:  # cut text: its tooltip has it all
                assert text in str(cell.data(Qt.ItemDataRole.ToolTipRole)), (key, text)
        if index < len(totals) and totals[index]:
            assert bold.horizontalAdvance(totals[index]) + margin <= width, (key, totals[index])
