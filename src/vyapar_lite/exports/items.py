"""The items workbook: the export, and the empty template the import starts from.

Both use the columns of `domain.item_sheet`, so an exported file imports back unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from vyapar_lite.domain.item_sheet import COLUMNS
from vyapar_lite.exports import workbook

SHEET_TITLE = "Items"
_TEMPLATE_NOTES = (
    "One item per row on the Items sheet; keep row 1 (the headers) as it is.",
    "Prices are rupees per unit. Quantities may have up to 3 decimals (1.5 kg). Percentages are "
    "numbers: 18 means 18%.",
    "A customer type (Dealer, Wholesaler, Distributor) can have its own price or a discount off "
    "the sale price, not both. General customers pay the sale price, less any General discount.",
    "Nothing is imported while any row has a problem: the import lists every row and column "
    "to fix.",
    "Import from the Items screen, or: vyapar-lite-cli import items FILE.xlsx",
)


def export_items(
    path: Path,
    rows: Iterable[Sequence[object]],
    *,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the items sheet (rows from `services.item_export.item_rows()`) to `path`; returns
    the number of items written. `progress(count)` is called every 500 rows."""
    return workbook.export_table(path, SHEET_TITLE, COLUMNS, rows, progress=progress)


def write_template(path: Path) -> None:
    """The import template: the header row alone on the first sheet, and a sheet of notes."""
    workbook.write_template(path, SHEET_TITLE, COLUMNS, _TEMPLATE_NOTES)
