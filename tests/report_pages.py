"""Helpers for the report screens' tests: show a report and wait for it, read what the table and
its totals row say, and read an exported workbook back."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from report_sheets import Table, amount, read_table
from vyapar_lite.domain.money import parse_money
from vyapar_lite.ui.reports.report_page import ReportPage

WAIT_MS = 15000


def shown(qtbot: QtBot, page: ReportPage[Any], action: Callable[[], object] | None = None) -> None:
    """Run `action` (default: the Show button) and wait until the report is on screen."""
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        (action or page.show_button.click)()


def row_texts(page: ReportPage[Any], row: int) -> list[str]:
    model = page.model
    return [str(model.index(row, c).data()) for c in range(model.columnCount())]


def column(page: ReportPage[Any], header: str) -> int:
    return [c.header for c in page.model.columns].index(header)


def totals(page: ReportPage[Any]) -> dict[str, str]:
    """The totals row, by column header."""
    values = page.totals.totals.values
    return {c.header: v for c, v in zip(page.model.columns, values, strict=True)}


def rupees(text: str) -> Decimal:
    """A total as shown (`6,256.00 Dr`, `1,000.00 Cr`, `-945.00`) as signed rupees."""
    sign = -1 if text.endswith(" Cr") or text.startswith("-") else 1
    plain = text.removesuffix(" Dr").removesuffix(" Cr").removeprefix("-")
    return sign * Decimal(parse_money(plain, field="total")) / 100


def exported(qtbot: QtBot, page: ReportPage[Any], path: Path) -> Table:
    """Export from the screen (off the UI thread) and read the workbook back."""
    with qtbot.waitSignal(page.exported, timeout=WAIT_MS):
        page.export_file(path)
    assert "written to" in page.last_message
    return read_table(path)


def column_sum(table: Table, header: str) -> Decimal:
    """The sum of a column's data cells (what its SUM formula adds up)."""
    index = table.headers.index(header)
    return sum((amount(row[index].value) for row in table.rows if row[index].value is not None),
               Decimal(0))  # fmt: skip
