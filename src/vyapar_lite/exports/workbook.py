"""openpyxl helpers shared by every workbook the app writes, and the one reader for imports.

Writing is always write-only (flat memory however many rows). User text goes through
`text_cell()`, so a name or note starting with `=`, `+`, `-`, `@`, a tab or a carriage return is
stored as a plain string (never a formula) and marked "quote prefix", so Excel keeps it as text
even when the cell is edited later.

Reading lives here too, because this is the layer that may use openpyxl: `read_first_sheet()`
turns the first sheet of an .xlsx file into plain cell values for the import services.
"""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree.ElementTree import ParseError

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.formatting.rule import Rule
from openpyxl.styles import Alignment, Font
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.styles.numbers import NumberFormat
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from vyapar_lite.domain.sheet import (
    Column,
    Kind,
    SheetData,
)
from vyapar_lite.exports import sheet_reader, user_files

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

# Indian grouping (1,23,45,678.90) for every amount, whatever its size and sign, also for values
# the accountant types into the column later: one format for every amount cell, never a pattern
# picked by the value first written. A number format holds at most two conditions, too few for
# lakhs, crores and negatives, so the work is split:
# - the amount columns' conditional-formatting rules (`indian_grouping`) give every amount of
#   ₹1,00,000 or more (either sign) its grouping, and every negative one its format. Each rule's
#   format has a single section, so Excel and LibreOffice both put the minus sign in front.
# - the cell's own format covers what no rule matches (0 to ₹99,999.99) and is what a reader
#   that ignores conditional formatting shows (LibreOffice's "CSV as shown", for one): there a
#   negative must never lose its sign, so negatives get their own section with the minus written
#   out (LibreOffice adds none of its own in a third section), and lakhs their grouping;
#   a crore shows as 123,45,678.90 only in such a reader.
MONEY_FORMAT = r"[>=100000]##\,##\,##0.00;[>=0]#,##0.00;-#,##0.00"
# (the smallest size a rule is for, its format), largest first: up to ₹9,99,99,99,99,999.99.
_BY_SIZE = (
    (10**11, r"##\,##\,##\,##\,##\,##0.00"),
    (10**9, r"##\,##\,##\,##\,##0.00"),
    (10**7, r"##\,##\,##\,##0.00"),
    (10**5, r"##\,##\,##0.00"),
)
_SMALL = "#,##0.00"  # below ₹1,00,000 Indian and western grouping agree
_RULE_FORMAT_IDS = 300  # the rules' own format ids, clear of those openpyxl gives cell styles
LAST_ROW = 1_048_576  # Excel's last row: the rules hold for rows typed in later too
DATE_FORMAT = "dd-mm-yyyy"
NOTES_TITLE = "How to fill"
RISKY_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Characters XML 1.0 cannot hold at all; openpyxl refuses them, so they are dropped.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_BOLD = Font(bold=True)
_WRAP = Alignment(wrap_text=True, vertical="top")


def new_workbook() -> Workbook:
    return Workbook(write_only=True)


@contextmanager
def writing(path: Path) -> Iterator[Workbook]:
    """A write-only workbook saved to `path` when the block ends, or thrown away (with its
    temporary files) when the block fails, leaving any earlier file at `path` as it was."""
    wb = new_workbook()
    try:
        yield wb
    except BaseException:
        _discard(wb)
        raise
    save(wb, path)


def plain_text(value: str) -> str:
    """Text as it can be stored: characters XML cannot hold dropped, line endings as "\\n"
    (XML turns a carriage return into a new line anyway)."""
    return _ILLEGAL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))


def text_cell(ws: WriteOnlyWorksheet, value: str) -> str | WriteOnlyCell:
    """User text for a cell: always a string, never a formula."""
    text = plain_text(value)
    if not (value.startswith(RISKY_STARTS) or text.startswith(RISKY_STARTS)):
        return text
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"  # openpyxl would store "=..." as a formula
    cell.quotePrefix = True
    return cell


def set_exact_number(cell: Cell | WriteOnlyCell, value: Decimal) -> None:
    """Put `value` in `cell` as a number with exactly its own digits.

    openpyxl writes a Decimal through `"%.16g" % value`, that is through a float, so ₹91,590.01
    would be stored as 91590.00999999999. A number cell (type "n") whose value is the decimal's
    own text is written digit for digit, and Excel and LibreOffice read it as that number."""
    cell.value = format(value, "f")
    cell.data_type = "n"


def money_cell(ws: WriteOnlyWorksheet, rupees: Decimal) -> WriteOnlyCell:
    """Exact rupees as a number cell shown as 1,24,000.00 (negatives and amounts of 100 crore or
    more need the column's `indian_grouping` rules too)."""
    cell = WriteOnlyCell(ws)
    set_exact_number(cell, rupees)
    cell.number_format = MONEY_FORMAT
    return cell


def indian_grouping(ws: WriteOnlyWorksheet, columns: Iterable[int], first_row: int) -> None:
    """Conditional-formatting rules that show every amount in the 1-based `columns`, from
    `first_row` down to the sheet's last row, in Indian grouping where `MONEY_FORMAT` alone
    cannot: 100 crore or more, and negatives (-1,23,456.00). The columns' own style is
    `MONEY_FORMAT` too, so a cell the accountant types below the table in Excel gets it. Call
    before the sheet's first row (a write-only sheet writes its columns with that row)."""
    for index in columns:
        letter = get_column_letter(index)
        ws.column_dimensions[letter].number_format = MONEY_FORMAT
        first = f"{letter}{first_row}"
        where = f"{first}:{letter}{LAST_ROW}"
        for n, (size, pattern) in enumerate(_BY_SIZE):
            ws.conditional_formatting.add(where, _format_rule(f"ABS({first})>={size}", pattern, n))
        ws.conditional_formatting.add(
            where, _format_rule(f"AND(ISNUMBER({first}),{first}<0)", _SMALL, len(_BY_SIZE))
        )


def _format_rule(formula: str, pattern: str, n: int) -> Rule:
    """A rule giving the cells where `formula` holds the number format `pattern`; the first rule
    that holds wins (stopIfTrue), so the sizes go largest first. Text makes ABS() an error: no
    rule holds for it."""
    number = NumberFormat(numFmtId=_RULE_FORMAT_IDS + n, formatCode=pattern)
    return Rule(
        type="expression",
        formula=[formula],
        dxf=DifferentialStyle(numFmt=number),
        stopIfTrue=True,
    )


def date_cell(ws: WriteOnlyWorksheet, day: date) -> WriteOnlyCell:
    """A real date cell shown day first."""
    cell = WriteOnlyCell(ws, value=day)
    cell.number_format = DATE_FORMAT
    return cell


def start_table(ws: WriteOnlyWorksheet, headers: Sequence[str], widths: Sequence[int]) -> None:
    """Column widths, a bold header row that stays in view, before any data row is written."""
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(ws, value=plain_text(header))
        cell.font = _BOLD
        header_cells.append(cell)
    ws.append(header_cells)


def finish_table(ws: WriteOnlyWorksheet, columns: int, data_rows: int) -> None:
    """An autofilter over the header and data rows (call after the last row)."""
    ws.auto_filter.ref = f"A1:{get_column_letter(columns)}{data_rows + 1}"


def wrapped_cell(ws: WriteOnlyWorksheet, value: str, *, bold: bool = False) -> WriteOnlyCell:
    """Wrapped text, for notes sheets."""
    cell = WriteOnlyCell(ws, value=plain_text(value))
    cell.alignment = _WRAP
    if bold:
        cell.font = _BOLD
    return cell


def export_table(
    path: Path,
    title: str,
    columns: Sequence[Column],
    rows: Iterable[Sequence[object]],
    *,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write one sheet of `rows` (cell values in `columns` order) to `path`, with the bold header
    row and an autofilter; returns the number of rows. `progress(count)` every 500 rows."""
    count = 0
    with writing(path) as wb:
        ws = _table_sheet(wb, title, columns)
        for row in rows:
            ws.append(table_cells(ws, columns, row))
            count += 1
            if progress is not None and count % 500 == 0:
                progress(count)
        finish_table(ws, len(columns), count)
    return count


def write_template(path: Path, title: str, columns: Sequence[Column], notes: Sequence[str]) -> None:
    """An import template: the header row alone on the first sheet, and a "How to fill" sheet
    with each column's note and then `notes`."""
    with writing(path) as wb:
        ws = _table_sheet(wb, title, columns)
        finish_table(ws, len(columns), 0)
        how = wb.create_sheet(NOTES_TITLE)
        start_table(how, ("Column", "What to type"), (24, 90))
        for column in columns:
            how.append([column.header, wrapped_cell(how, column.how_to_fill)])
        how.append([])
        for line in notes:
            how.append([wrapped_cell(how, line)])


def table_cells(
    ws: WriteOnlyWorksheet, columns: Sequence[Column], row: Sequence[object]
) -> list[object]:
    """A row's values as cells: money and dates formatted, user text never a formula."""
    cells: list[object] = []
    for column, value in zip(columns, row, strict=True):
        if column.kind is Kind.MONEY and isinstance(value, Decimal):
            cells.append(money_cell(ws, value))
        elif column.kind is Kind.DATE and isinstance(value, date):
            cells.append(date_cell(ws, value))
        elif isinstance(value, str):
            cells.append(text_cell(ws, value))
        else:
            cells.append(value)
    return cells


def _table_sheet(wb: Workbook, title: str, columns: Sequence[Column]) -> WriteOnlyWorksheet:
    ws = wb.create_sheet(title)
    money = [i for i, column in enumerate(columns, start=1) if column.kind is Kind.MONEY]
    indian_grouping(ws, money, 2)  # before the first row: a write-only sheet writes its columns
    start_table(ws, [column.header for column in columns], [column.width for column in columns])
    return ws


def save(wb: Workbook, path: Path) -> None:
    """Save beside `path` first and then replace it, so a failure never leaves half a file; the
    workbook gets the user's normal file mode (`user_files`)."""
    path = Path(path)
    temporary = user_files.temporary_beside(path, ".xlsx")
    try:
        wb.save(temporary)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _discard(wb: Workbook) -> None:
    for ws in wb.worksheets:
        writer = ws._writer  # openpyxl keeps each write-only sheet in a temporary file
        if writer is None:
            continue
        with suppress(Exception):
            ws.close()
        with suppress(OSError, ValueError):
            writer.cleanup()


# What an import reads at the most: a file whose XML unpacks to more, or a sheet with more rows,
# is refused before it can fill the memory (a 0.8 MB file can unpack to an 800 MB cell).
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
MAX_ROWS = 200_000


def read_first_sheet(path: Path) -> SheetData:
    """The first sheet's cell values, row 1 first; `problem` says why a file cannot be read.

    Refused before reading: a file that unpacks to more than MAX_UNPACKED_BYTES; while reading
    (rows are counted as they stream in): a sheet of more than MAX_ROWS rows. A cell that reads as
    empty but holds a formula with no computed value, or a number cell holding inf/NaN, comes back
    as a `sheet.Unreadable`, which every reader refuses with the reason."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        return SheetData(name, problem=f"There is no file {path}")
    if problem := _too_big(path):
        return SheetData(name, problem=problem)
    try:
        first = sheet_reader.open_first_sheet(str(path))
    except (zipfile.BadZipFile, InvalidFileException):
        return SheetData(
            name,
            problem=f"{name} is not an Excel workbook (.xlsx). Open it in Excel or LibreOffice "
            "and save it as 'Excel Workbook (.xlsx)'",
        )
    except PermissionError:
        return SheetData(name, problem=f"{name} cannot be read: its permissions do not allow it")
    except (OSError, KeyError, ValueError, ParseError, TypeError) as exc:
        return SheetData(name, problem=f"{name} is damaged and cannot be read ({exc})")
    if first is None:
        return SheetData(name, problem=f"{name} has no sheet of rows")
    rows: list[tuple[object, ...]] = []
    try:
        for row in sheet_reader.iter_rows(first):
            if len(rows) == MAX_ROWS:
                return SheetData(
                    name,
                    problem=f"{name} has more than {MAX_ROWS:,} rows, the most one import takes: "
                    "split it into smaller files",
                )
            rows.append(row)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        return SheetData(name, problem=f"{name} is damaged and cannot be read ({exc})")
    finally:
        first.archive.close()
    return SheetData(name, rows)


def _too_big(path: Path) -> str:
    """Why the file is too big to read, from its archive's own sizes ('' when it is not)."""
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        return ""  # load_workbook says what is wrong with it
    if unpacked > MAX_UNPACKED_BYTES:
        return (
            f"{path.name} unpacks to {unpacked / 1e6:,.0f} MB, more than the "
            f"{MAX_UNPACKED_BYTES / 1e6:,.0f} MB an import reads (about {MAX_ROWS:,} rows): "
            "split it into smaller files, or check that it holds only the rows to import"
        )
    return ""
