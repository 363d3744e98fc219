"""The customers workbook: the export, and the empty template the import starts from.

Both use the columns of `domain.customer_sheet`, so an exported file imports back unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from vyapar_lite.domain.customer_sheet import COLUMNS, HEADERS, Kind
from vyapar_lite.exports import workbook

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

SHEET_TITLE = "Customers"
NOTES_TITLE = "How to fill"
_TEMPLATE_NOTES = (
    "One customer per row on the Customers sheet; keep row 1 (the headers) as it is.",
    "Nothing is imported while any row has a problem: the import lists every row and column "
    "to fix.",
    "Import from the Customers screen, or: vyapar-lite-cli import customers FILE.xlsx",
)


def export_customers(
    path: Path,
    rows: Iterable[Sequence[object]],
    *,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the customers sheet (rows from `services.customer_export.customer_rows()`) to
    `path`; returns the number of customers written. `progress(count)` is called every 500 rows."""
    count = 0
    with workbook.writing(path) as wb:
        ws = _customers_sheet(wb)
        for row in rows:
            ws.append(_cells(ws, row))
            count += 1
            if progress is not None and count % 500 == 0:
                progress(count)
        workbook.finish_table(ws, len(COLUMNS), count)
    return count


def write_template(path: Path) -> None:
    """The import template: the header row alone on the first sheet, and a sheet of notes."""
    with workbook.writing(path) as wb:
        ws = _customers_sheet(wb)
        workbook.finish_table(ws, len(COLUMNS), 0)
        notes = wb.create_sheet(NOTES_TITLE)
        workbook.start_table(notes, ("Column", "What to type"), (24, 90))
        for column in COLUMNS:
            notes.append([column.header, workbook.wrapped_cell(notes, column.how_to_fill)])
        notes.append([])
        for line in _TEMPLATE_NOTES:
            notes.append([workbook.wrapped_cell(notes, line)])


def _customers_sheet(wb: Workbook) -> WriteOnlyWorksheet:
    ws = wb.create_sheet(SHEET_TITLE)
    workbook.start_table(ws, HEADERS, [column.width for column in COLUMNS])
    return ws


def _cells(ws: WriteOnlyWorksheet, row: Sequence[object]) -> list[object]:
    cells: list[object] = []
    for column, value in zip(COLUMNS, row, strict=True):
        if column.kind is Kind.MONEY and isinstance(value, Decimal):
            cells.append(workbook.money_cell(ws, value))
        elif column.kind is Kind.DATE and isinstance(value, date):
            cells.append(workbook.date_cell(ws, value))
        elif isinstance(value, str):
            cells.append(workbook.text_cell(ws, value))
        else:
            cells.append(value)
    return cells
