"""The customers workbook: the export, and the empty template the import starts from.

Both use the columns of `domain.customer_sheet`, so an exported file imports back unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from vyapar_lite.domain.customer_sheet import COLUMNS
from vyapar_lite.exports import workbook

SHEET_TITLE = "Customers"
NOTES_TITLE = workbook.NOTES_TITLE
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
    return workbook.export_table(path, SHEET_TITLE, COLUMNS, rows, progress=progress)


def write_template(path: Path) -> None:
    """The import template: the header row alone on the first sheet, and a sheet of notes."""
    workbook.write_template(path, SHEET_TITLE, COLUMNS, _TEMPLATE_NOTES)
