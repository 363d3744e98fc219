"""A report's columns are measured again when a later page is loaded while scrolling, so a
longer document number further down (INV/2026-27/100000 after INV/2026-27/9) shows whole."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTableView

from vyapar_lite.ui.reports import table_widths
from vyapar_lite.ui.reports.report_model import ListSource, ReportModel
from vyapar_lite.ui.reports.report_page import ReportPage
from vyapar_lite.ui.reports.report_text import Column

SHORT = "INV/9"
LONG = "INV/2026-27/100000"


def _table(qtbot, rows):
    model = ReportModel([Column("Number", lambda row: row, whole=True)])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    model.set_source(ListSource(rows))
    return table, model


def test_a_longer_number_on_a_later_page_is_measured_once_loaded(qtbot):
    rows = [SHORT] * 450 + [LONG] * 10
    table, model = _table(qtbot, rows)
    long_width = table.fontMetrics().horizontalAdvance(LONG)
    first = table_widths.wants(table, model.columns, [])[0]
    assert first.least < long_width  # only the first page is loaded: the short numbers

    while model.canFetchMore(model.index(0, 0).parent()):
        model.fetchMore(model.index(0, 0).parent())
    assert model.rowCount() == 460
    later = table_widths.wants(table, model.columns, [])[0]
    assert later.least >= long_width  # the last page loaded is measured too


class _NumbersPage(ReportPage[Any]):
    key = "numbers"
    load_when_shown = False

    def columns(self) -> list[Column[Any]]:
        return [
            Column("Number", lambda row: row, whole=True),
            Column("Description", lambda row: "a long description " * 4),
        ]


def test_the_report_page_widens_the_number_column_when_scrolled_to_a_longer_one(qtbot):
    page = _NumbersPage()
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    page.show_rows(ListSource([SHORT] * 450 + [LONG] * 10))
    long_width = page.table.fontMetrics().horizontalAdvance(LONG)
    assert page.table.columnWidth(0) < long_width

    def scrolled_to_the_end() -> bool:
        page.table.scrollToBottom()  # the view asks the model for the next page near the end
        return page.model.rowCount() == 460

    qtbot.waitUntil(scrolled_to_the_end)
    assert page.table.columnWidth(0) >= long_width
