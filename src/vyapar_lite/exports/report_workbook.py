"""The one exporter every report uses: a title block, a table, a SUM total row, print setup.

A report sheet looks the same whatever the report:

- a title block: the shop's name, its GSTIN, the report's name, the period (or "as of") as real
  dates, when it was generated, and any details the report adds (the customer, the bands ...);
- a blank row, then the table: a bold header row (frozen, with an autofilter over the table),
  one row per record, and a total row whose totals are `SUM` formulas over the table, so the
  accountant can audit them; a report may add rows after it (a statement's closing balance);
- dates are date cells shown dd-mm-yyyy; amounts are numbers in rupees (exact: Decimal from
  integer paise) with Indian grouping; user text never becomes a formula (`workbook.text_cell`);
- printing: fitted to the page width, the header row repeated on every page, landscape when the
  table is wide, page numbers in the footer.

Indian grouping: Excel's "#,##0" groups by the computer's regional setting, and a conditional
format (`[>=100000]##\\,##\\,##0.00;...`) drops the minus sign of negative amounts in LibreOffice.
So each amount gets the fixed-position pattern that fits its own size (1,23,456.00 and
-12,34,56,789.00 alike): right in Excel and LibreOffice on any computer.

Sheets are written in openpyxl's write-only mode: rows stream to disk and memory stays flat
however long the table. Styled cells are made once per column and reused row after row (each row
is serialised as soon as it is appended), which keeps the cost per row close to plain values.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.hyperlink import Hyperlink

from vyapar_lite.exports import header_words, workbook

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

Progress = Callable[[int, int, str], None]
PROGRESS_EVERY = 1000
DATE_FORMAT = workbook.DATE_FORMAT  # dd-mm-yyyy
MONEY_FORMAT = workbook.MONEY_FORMAT  # Indian grouping, with the columns' rules (see workbook)
DATETIME_FORMAT = "dd-mm-yyyy hh:mm"
RATE_FORMAT = "0.00"
QTY_FORMAT = "#,##0.000"
LANDSCAPE_FROM_WIDTH = 110  # characters of column width; wider tables print landscape
SHEET_NAME_LIMIT = 31
_NOT_IN_SHEET_NAMES = str.maketrans({ch: "-" for ch in "[]:*?/\\"})
_RISKY_FIRST = frozenset("".join(workbook.RISKY_STARTS))
_NEEDS_CARE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\r]")  # see workbook.plain_text
_TITLE_FONT = Font(bold=True, size=14)
_BOLD = Font(bold=True)


def hundredths(n: int) -> Decimal:
    """Exact n / 100: paise to rupees (12400050 -> 124000.50), basis points to percent."""
    return Decimal(n).scaleb(-2)


rupees = hundredths


class Kind(Enum):
    TEXT = "text"
    DATE = "date"
    MONEY = "money"  # int paise -> rupees
    RATE = "rate"  # int basis points -> percent (1800 -> 18.00)
    COUNT = "count"  # a whole number (days, lines)
    QTY = "qty"  # int thousandths of a unit -> the quantity (1500 -> 1.500)


@dataclass(frozen=True)
class ReportColumn:
    header: str
    kind: Kind = Kind.TEXT
    width: int = 14
    total: bool = False  # a SUM formula in the total row (money and counts)
    hidden: bool = False  # there for a verifier or a formula, out of the reader's way


@dataclass(frozen=True)
class Formula:
    """A formula the exporter composes itself ("=B9+F12-G12"). Plain strings are always text."""

    text: str


@dataclass(frozen=True)
class Heading:
    shop_name: str
    gstin: str
    report: str
    start: date | None  # None for an "as of" report
    end: date  # the period's last day, or the "as of" date
    generated_at: datetime = field(default_factory=lambda: datetime.now().replace(microsecond=0))
    details: tuple[tuple[str, str], ...] = ()  # extra "label: value" lines (the customer ...)


def sheet_name(text: str, taken: set[str]) -> str:
    """A legal, unused sheet name from `text` (Excel: 31 characters, none of []:*?/\\)."""
    base = (text.translate(_NOT_IN_SHEET_NAMES).strip("' ") or "Sheet")[:SHEET_NAME_LIMIT]
    name, n = base, 1
    while name.lower() in {t.lower() for t in taken}:
        n += 1
        suffix = f" ({n})"
        name = base[: SHEET_NAME_LIMIT - len(suffix)] + suffix
    taken.add(name)
    return name


def link_to(sheet: str) -> str:
    """An in-workbook link location: the top of `sheet`."""
    return "'" + sheet.replace("'", "''") + "'!A1"


class ReportSheet:
    """One report sheet, written top to bottom: `rows()`, then `total_row()`, then `finish()`."""

    def __init__(
        self,
        wb: Workbook,
        title: str,
        heading: Heading,
        columns: Sequence[ReportColumn],
        *,
        landscape: bool | None = None,
    ) -> None:
        self.ws: WriteOnlyWorksheet = wb.create_sheet(title)
        self.columns = list(columns)
        self._converters = [self._converter(i, c.kind) for i, c in enumerate(self.columns)]
        self.row_number = 0
        self.count = 0  # data rows written
        self.total = 0  # the total row's number, once written
        self._styled: dict[tuple[int, str], Cell] = {}
        ws = self.ws
        for index, column in enumerate(self.columns, start=1):
            ws.column_dimensions[get_column_letter(index)].width = column.width
            ws.column_dimensions[get_column_letter(index)].hidden = column.hidden
        wide = sum(c.width for c in self.columns) > LANDSCAPE_FROM_WIDTH
        setup = ws.page_setup
        setup.orientation = (
            "landscape" if (wide if landscape is None else landscape) else "portrait"
        )
        setup.paperSize = 9  # A4
        setup.fitToWidth = 1
        setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.oddFooter.center.text = "Page &P of &N"
        title_rows = self._title_rows(heading)
        self.header_row = len(title_rows) + 2
        ws.freeze_panes = f"A{self.header_row + 1}"  # must be set before the first row
        money = [i for i, c in enumerate(self.columns, start=1) if c.kind is Kind.MONEY]
        workbook.indian_grouping(ws, money, self.header_row + 1)  # so are the columns' styles
        for cells in title_rows:
            self._append(cells)
        self._append([])
        self._append([self._bold(header_words.header(c.header)) for c in self.columns])
        ws.print_title_rows = f"{self.header_row}:{self.header_row}"
        self.first_row = self.header_row + 1

    # --- rows ------------------------------------------------------------------------------

    def row(self, values: Sequence[object], *, links: dict[int, str] | None = None) -> int:
        """Append one table row (values in column order); returns its row number.
        `links`: column index -> in-workbook location (see `link_to`)."""
        cells = [convert(value) for convert, value in zip(self._converters, values, strict=True)]
        if links:
            for index, location in links.items():
                cells[index] = self._link(cells[index], location)
        self.count += 1
        return self._append(cells)

    def rows(
        self,
        records: Iterable[Sequence[object]],
        *,
        progress: Progress | None = None,
        expected: int = 0,
        text: str = "",
    ) -> int:
        """Append every record; `progress(done, expected, text)` every thousand rows."""
        written = 0
        for values in records:
            self.row(values)
            written += 1
            if progress is not None and written % PROGRESS_EVERY == 0:
                progress(written, expected, text)
        return written

    def cell(self, index: int, kind: Kind, value: object) -> object:
        """A value as the cell `kind` wants it; formatted cells are reused per column."""
        if value is None:
            return None
        if type(value) is str:  # the common case first: plain text that needs no care
            if value and value[0] not in _RISKY_FIRST and not _NEEDS_CARE.search(value):
                return value
            return workbook.text_cell(self.ws, value)
        if isinstance(value, Formula):
            pattern = MONEY_FORMAT if kind is Kind.MONEY else None
            return self._styled_cell(index, pattern, value.text) if pattern else value.text
        if isinstance(value, str):
            return workbook.text_cell(self.ws, value)
        if kind is Kind.MONEY and isinstance(value, int):
            return self._styled_cell(index, MONEY_FORMAT, rupees(value))
        if kind is Kind.DATE and isinstance(value, date):
            pattern = DATETIME_FORMAT if isinstance(value, datetime) else DATE_FORMAT
            return self._styled_cell(index, pattern, value)
        if kind is Kind.RATE and isinstance(value, int):
            return self._styled_cell(index, RATE_FORMAT, hundredths(value))
        if kind is Kind.QTY and isinstance(value, int):
            return self._styled_cell(index, QTY_FORMAT, Decimal(value).scaleb(-3))
        return value

    def _converter(self, index: int, kind: Kind) -> Callable[[object], object]:
        """`cell` for one column, with a fast path for its usual values (rows of any length go
        through here, so the per-value work is kept to the minimum)."""

        def other(value: object) -> object:
            return self.cell(index, kind, value)

        if kind is Kind.TEXT:

            def text(value: object) -> object:
                if (
                    isinstance(value, str)
                    and value
                    and value[0] not in _RISKY_FIRST
                    and not _NEEDS_CARE.search(value)
                ):
                    return value  # plain text, as it is
                return other(value)

            return text
        if kind is Kind.MONEY:

            def money(value: object) -> object:
                if type(value) is int:
                    return self._styled_cell(index, MONEY_FORMAT, hundredths(value))
                return other(value)

            return money
        return other

    def total_row(self, label: str = "Total") -> int:
        """A row of SUM formulas under the table (for columns marked `total`), with `label` in
        the first column."""
        last_row = self.first_row + self.count - 1
        cells: list[object] = [self._bold(label)]
        for index, column in enumerate(self.columns[1:], start=1):
            if not column.total:
                cells.append(None)
                continue
            letter = get_column_letter(index + 1)
            text = f"=SUM({letter}{self.first_row}:{letter}{last_row})" if self.count else "=0"
            cells.append(self.cell(index, column.kind, Formula(text)))
        self.total = self._append(cells)
        return self.total

    def after_row(self, values: Sequence[object], *, bold: bool = True) -> int:
        """A row below the table (outside the filter and the sums): a closing balance, a note.
        Its text is bold unless `bold` is False; values are formatted by their column's kind."""
        cells: list[object] = []
        for index, (column, value) in enumerate(zip(self.columns, values, strict=False)):
            if bold and isinstance(value, str):
                cells.append(self._bold(value))
            else:
                cells.append(self.cell(index, column.kind, value))
        return self._append(cells)

    def finish(self) -> None:
        """The autofilter over the header and the data rows; the sheet is closed (written)."""
        last = self.first_row + self.count - 1 if self.count else self.header_row
        self.ws.auto_filter.ref = f"A{self.header_row}:{get_column_letter(len(self.columns))}{last}"
        self.ws.close()

    def column_letter(self, index: int) -> str:
        return get_column_letter(index + 1)

    # --- internals ---------------------------------------------------------------------------

    def _append(self, cells: list[object]) -> int:
        self.ws.append(cells)
        self.row_number += 1
        return self.row_number

    def _title_rows(self, heading: Heading) -> list[list[object]]:
        ws = self.ws
        name = self._bold(heading.shop_name)
        name.font = _TITLE_FONT
        report = self._bold(heading.report)
        report.font = Font(bold=True, size=12)
        if heading.start is None:
            period: list[object] = ["As of", self._date(heading.end)]
        else:
            period = ["Period", self._date(heading.start), "to", self._date(heading.end)]
        generated = WriteOnlyCell(ws, value=heading.generated_at)
        generated.number_format = DATETIME_FORMAT
        rows: list[list[object]] = [
            [name],
            ["GSTIN", workbook.text_cell(ws, heading.gstin or "not registered")],
            [report],
            period,
            ["Generated at", generated],
        ]
        for label, value in heading.details:
            rows.append([workbook.text_cell(ws, label), workbook.text_cell(ws, value)])
        return rows

    def _date(self, day: date) -> Cell:
        cell = WriteOnlyCell(self.ws, value=day)
        cell.number_format = DATE_FORMAT
        return cell

    def _bold(self, text: str) -> Cell:
        safe = workbook.text_cell(self.ws, text)  # a quote-prefixed cell when risky
        cell = WriteOnlyCell(self.ws, value=safe) if isinstance(safe, str) else safe
        cell.font = _BOLD
        return cell

    def _styled_cell(self, index: int, pattern: str, value: object) -> Cell:
        cell = self._styled.get((index, pattern))
        if cell is None:
            cell = WriteOnlyCell(self.ws)
            cell.number_format = pattern
            self._styled[(index, pattern)] = cell
        if isinstance(value, Decimal):
            workbook.set_exact_number(cell, value)
        else:
            cell.value = value
        return cell

    def _link(self, cell: object, location: str) -> Cell:
        linked = cell if isinstance(cell, Cell) else WriteOnlyCell(self.ws, value=cell)
        if any(linked is reused for reused in self._styled.values()):  # never link a reused cell
            linked = WriteOnlyCell(self.ws, value=linked.value)
        display = "" if linked.value is None else str(linked.value)
        linked.hyperlink = Hyperlink(ref="", location=location, display=display)
        linked.font = Font(color="0563C1", underline="single")
        return linked
