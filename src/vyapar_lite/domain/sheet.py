"""Spreadsheet rows for imports and exports: cell values in and out, row errors, headers.

Pure and standard-library only. A sheet arrives as plain Python values, the way openpyxl reads
them: `str`, `int`, binary floating-point numbers, `datetime`, `bool` or `None`. Each `read_*`
function turns one cell into the value a rule wants, or raises ValidationError whose field is the
column's header.

Money never goes through floating-point arithmetic. Excel keeps 15 significant digits and shows
no more, so an Excel number is first written out with 15 significant digits (`1500.5` ->
"1500.5", `0.1 + 0.2` -> "0.3") and then read as a Decimal; anything beyond the paise is refused.
"""

from __future__ import annotations

import difflib
import numbers
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Generic, TypeVar

from vyapar_lite.domain import money
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message

Row = Sequence[object]
T = TypeVar("T")

EXCEL_DIGITS = 15
"""Significant digits Excel keeps and shows for a number."""

YES_WORDS = frozenset({"yes", "y", "true", "1"})
NO_WORDS = frozenset({"no", "n", "false", "0"})
YES, NO = "Yes", "No"
DATE_FORMAT_HINT = "dd-mm-yyyy (for example 01-04-2026)"

_DAY_FIRST = re.compile(r"([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})")
_YEAR_FIRST = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")


@dataclass(frozen=True, order=True)
class RowError:
    """One problem in an imported sheet: Excel's row number (1 is the header row, 0 the file
    itself), the column's header ("" for the whole row) and what is wrong."""

    row_number: int
    column_header: str
    message: str

    def __str__(self) -> str:
        if self.row_number == 0:
            return self.message
        if self.column_header:
            return f"row {self.row_number}, {self.column_header}: {self.message}"
        return f"row {self.row_number}: {self.message}"


@dataclass(frozen=True)
class SheetData:
    """The first sheet of a workbook as rows of cell values (row 1, the headers, first).

    `problem` is set, and `rows` empty, when the file could not be read at all.
    """

    file_name: str
    rows: Sequence[Row] = field(default_factory=list)
    problem: str = ""


@dataclass(frozen=True)
class Unreadable:
    """A cell that reads as empty but is not: a formula whose value was never computed (saved by
    a tool that does not calculate), or a number cell holding inf/NaN. Taking it as blank (₹0)
    would import a wrong amount without a word, so every `read_*` refuses it with `reason`."""

    reason: str

    def __str__(self) -> str:
        return self.reason


UNCOMPUTED_FORMULA = Unreadable(
    "a formula with no computed value: open and save the file in Excel or LibreOffice first"
)
NOT_A_NUMBER = Unreadable("not a number (inf or NaN, or too large): type the amount")


def _fail(column: str, message: str) -> ValidationError:
    return ValidationError(FieldError(column, message))


def _refuse_unreadable(value: object, column: str) -> None:
    if isinstance(value, Unreadable):
        raise _fail(column, value.reason)


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def is_blank_row(row: Row) -> bool:
    return all(is_blank(value) for value in row)


def is_number(value: object) -> bool:
    """An int, Decimal or Excel (binary floating-point) number; never a bool."""
    kind = type(value)
    if kind is int or kind is Decimal:  # no ABC look-up for these
        return True
    return isinstance(value, numbers.Real | Decimal) and not isinstance(value, bool)


def excel_decimal(value: object) -> Decimal:
    """The exact Decimal for a number cell: ints and Decimals as they are, Excel's floating-point
    numbers with the 15 significant digits Excel shows (no arithmetic on the float)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    if not is_number(value):
        raise TypeError(f"not a number: {value!r}")
    try:
        return Decimal(format(value, f".{EXCEL_DIGITS}g"))
    except (InvalidOperation, ValueError):
        return Decimal("NaN")


def number_text(value: object) -> str:
    """A number cell as text: whole numbers without ".0" (a phone 9822012345 stays 9822012345)."""
    number = excel_decimal(value)
    if not number.is_finite():
        return str(number)
    if number == number.to_integral_value():
        return str(int(number))
    return format(number.normalize(), "f")


def read_text(value: object, *, column: str) -> str:
    """Any cell as text; Windows line endings become plain new lines."""
    if type(value) is str:  # most cells: no other check applies
        return value.replace("\r\n", "\n").replace("\r", "\n") if "\r" in value else value
    _refuse_unreadable(value, column)
    if value is None:
        return ""
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n")
    if isinstance(value, bool):
        return YES if value else NO
    if is_number(value):
        return number_text(value)
    if isinstance(value, datetime):
        return format_date(value.date())
    if isinstance(value, date):
        return format_date(value)
    raise _fail(
        column,
        Message(
            QT_TRANSLATE_NOOP("messages", "Cannot read this cell ({name}); type it as text"),
            name=type(value).__name__,
        ),
    )


def read_money(value: object, *, column: str) -> int:
    """Paise from a number cell (rupees) or text such as "₹1,24,000.50"; blank is 0. Negative
    amounts are returned as they are: the field's rule decides whether they are allowed."""
    _refuse_unreadable(value, column)
    if is_blank(value):
        return 0
    if is_number(value):
        return money.from_decimal_rupees(excel_decimal(value), field=column)
    if isinstance(value, str):
        return money.parse_money(value, field=column, allow_negative=True)
    raise _fail(
        column,
        Message(QT_TRANSLATE_NOOP("messages", "Enter an amount in rupees, for example 1500.50")),
    )


def read_yes_no(value: object, *, column: str) -> bool:
    """Yes/No, Y/N, TRUE/FALSE (any case), a ticked checkbox or 1/0; blank is No."""
    _refuse_unreadable(value, column)
    if is_blank(value):
        return False
    if isinstance(value, bool):
        return value
    word = number_text(value) if is_number(value) else str(value).strip().lower()
    if word in YES_WORDS:
        return True
    if word in NO_WORDS:
        return False
    raise _fail(
        column,
        Message(
            QT_TRANSLATE_NOOP(
                "messages", "Enter Yes or No (or Y/N, TRUE/FALSE); '{value}' is neither"
            ),
            value=read_text(value, column=column),
        ),
    )


def read_whole_number(value: object, *, column: str) -> int:
    """A whole number from a number cell or digits typed as text; blank is 0."""
    _refuse_unreadable(value, column)
    if is_blank(value):
        return 0
    text = number_text(value) if is_number(value) else str(value).strip()
    if re.fullmatch(r"-?[0-9]{1,9}", text):
        return int(text)
    raise _fail(
        column,
        Message(
            QT_TRANSLATE_NOOP("messages", "Enter a whole number; '{value}' is not one"),
            value=read_text(value, column=column),
        ),
    )


def read_date(value: object, *, column: str) -> date | None:
    """A date cell, or text dd-mm-yyyy (also with / or .) or yyyy-mm-dd; blank is None."""
    _refuse_unreadable(value, column)
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        day_first = _DAY_FIRST.fullmatch(text)
        year_first = _YEAR_FIRST.fullmatch(text)
        if day_first:
            day, month, year = (int(part) for part in day_first.groups())
        elif year_first:
            year, month, day = (int(part) for part in year_first.groups())
        else:
            raise _fail(
                column,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Enter the date as {DATE_FORMAT_HINT}; '{text}' is not one"
                    ),
                    DATE_FORMAT_HINT=DATE_FORMAT_HINT,
                    text=text,
                ),
            )
        try:
            return date(year, month, day)
        except ValueError:
            raise _fail(
                column,
                Message(QT_TRANSLATE_NOOP("messages", "{text} is not a real date"), text=text),
            ) from None
    raise _fail(
        column,
        Message(
            QT_TRANSLATE_NOOP("messages", "Enter the date as {DATE_FORMAT_HINT}"),
            DATE_FORMAT_HINT=DATE_FORMAT_HINT,
        ),
    )


def format_date(day: date) -> str:
    return day.strftime("%d-%m-%Y")


def yes_no(flag: bool) -> str:
    return YES if flag else NO


def column_letter(index: int) -> str:
    """Excel's letter for a 0-based column index: 0 -> A, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _header_key(text: str) -> str:
    return " ".join(text.split()).lower()


def read_headers(
    cells: Row, expected: Sequence[str], optional: Collection[str] = ()
) -> tuple[dict[str, int], list[RowError]]:
    """Where each expected header is in row 1 (matched ignoring case and extra spaces), and a
    RowError for every missing, unexpected or repeated header. An `optional` header (a column
    added to the template later) may be missing: a file made from the older template still
    imports, its cells read as blank."""
    wanted = {_header_key(header): header for header in expected}
    positions: dict[str, int] = {}
    errors: list[RowError] = []
    unexpected: list[tuple[int, str]] = []
    for index, cell in enumerate(cells):
        if is_blank(cell):
            continue
        text = " ".join(read_text(cell, column="").split())
        header = wanted.get(_header_key(text))
        if header is None:
            unexpected.append((index, text))
        elif header in positions:
            errors.append(
                RowError(
                    1,
                    header,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "The column '{header}' appears twice (columns {column_letter} "
                            "and {index})",
                        ),
                        header=header,
                        column_letter=column_letter(positions[header]),
                        index=column_letter(index),
                    ),
                )
            )
        else:
            positions[header] = index
    missing = [header for header in expected if header not in positions]
    for index, text in unexpected:
        by_key = {_header_key(header): header for header in missing}
        hint = difflib.get_close_matches(_header_key(text), list(by_key), n=1)
        also = f"; did you mean '{by_key[hint[0]]}'?" if hint else "; rename or delete it"
        errors.append(
            RowError(
                1,
                text,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Column {index}'s header '{text}' is not one of the "
                        "template's columns{also}",
                    ),
                    index=column_letter(index),
                    text=text,
                    also=also,
                ),
            )
        )
    for header in (h for h in missing if h not in optional):
        errors.append(
            RowError(
                1,
                header,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "The column '{header}' is missing from row 1 (the headers)"
                    ),
                    header=header,
                ),
            )
        )
    return positions, errors


# --- a sheet's columns, and reading its rows (shared by every import) --------------------------


class Kind(StrEnum):
    """How a column's cells are read and written."""

    TEXT = "text"
    MONEY = "money"  # rupees with paise, written as a number
    YES_NO = "yes_no"
    WHOLE = "whole"  # a whole number
    DATE = "date"
    QTY = "qty"  # a quantity with up to 3 decimals, written as a number
    PERCENT = "percent"  # a percentage (18 for 18%), written as a number


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind
    width: int  # characters, for the exported sheet
    how_to_fill: str


@dataclass(frozen=True)
class Reading(Generic[T]):
    """Everything read from a sheet: the valid `records`, and every problem. Any error means
    nothing may be imported; warnings are reported but the rows are still imported."""

    records: list[T]
    errors: list[RowError]
    warnings: list[RowError]
    rows_read: int  # data rows that were not blank


def sort_row_errors(errors: list[RowError], headers: Sequence[str]) -> list[RowError]:
    """Row order, then the sheet's column order (`headers`)."""
    order = {header: index for index, header in enumerate(headers)}
    return sorted(
        errors, key=lambda e: (e.row_number, order.get(e.column_header, len(order)), e.message)
    )


def read_rows(
    rows: Iterable[Row],
    headers: Sequence[str],
    noun: str,
    read_row: Callable[[int, Mapping[str, object]], tuple[T | None, list[RowError]]],
    *,
    optional: Collection[str] = (),
) -> tuple[list[T], list[RowError], int]:
    """Check row 1 against `headers` (`optional` ones may be missing), then call
    `read_row(Excel's row number, its cells by header)` for each non-blank row after it, one row
    at a time (a row's cells are looked at only while it is read, so a 200,000-row sheet is
    never held as dicts). Returns the records read, every problem, and how many data rows there
    were. `noun` names what the rows hold ("customers")."""
    it = iter(rows)
    first = next(it, None)
    if first is None or is_blank_row(first):
        rest_blank = all(is_blank_row(row) for row in it)
        message = (
            "The sheet is empty"
            if first is None or rest_blank
            else "Row 1 must hold the column headers"
        )
        return (
            [],
            [
                RowError(
                    1,
                    "",
                    Message(
                        QT_TRANSLATE_NOOP("messages", "{message}; start from the template"),
                        message=message,
                    ),
                )
            ],
            0,
        )
    positions, errors = read_headers(first, headers, optional)
    if errors:
        return [], errors, 0
    records: list[T] = []
    places = list(positions.items())
    found = 0
    for row_number, row in enumerate(it, start=2):
        if is_blank_row(row):
            continue
        found += 1
        width = len(row)
        cells = {h: row[i] if i < width else None for h, i in places}
        record, row_errors = read_row(row_number, cells)
        errors += row_errors
        if record is not None:
            records.append(record)
    if not found:
        errors.append(
            RowError(
                2,
                "",
                Message(
                    QT_TRANSLATE_NOOP("messages", "There are no {noun} below the header row"),
                    noun=noun,
                ),
            )
        )
    return records, errors, found


class RowReader:
    """Reads one row's cells by header and collects every problem as a RowError of that row."""

    def __init__(self, row_number: int, cells: Mapping[str, object]) -> None:
        self.row_number = row_number
        self.cells = cells
        self.errors: list[RowError] = []
        self.unreadable: set[str] = set()  # headers whose cell could not be read

    def cell(self, header: str, reader: Callable[..., T], default: T) -> T:
        """`reader(value, column=header)`, or `default` (and the problem noted) when it fails."""
        try:
            return reader(self.cells.get(header), column=header)
        except ValidationError as exc:
            self.errors.extend(RowError(self.row_number, header, e.message) for e in exc.errors)
            self.unreadable.add(header)
            return default

    def text(self, header: str) -> str:
        return self.cell(header, read_text, "")

    def rule_errors(self, exc: ValidationError, field_headers: Mapping[str, str]) -> None:
        """A rule's FieldErrors as this row's errors, under the header of each field (skipping
        columns already reported as unreadable)."""
        for e in exc.errors:
            header = field_headers.get(e.field, e.field)
            if header not in self.unreadable:
                self.errors.append(RowError(self.row_number, header, e.message))


def repeats_within(entries: Sequence[tuple[int, str, str, str]]) -> list[RowError]:
    """Values a sheet needs once: for each (row number, header, key compared, text shown) whose
    key an earlier row of the same column had, "<text> is also on row N"."""
    seen: dict[tuple[str, str], int] = {}
    found: list[RowError] = []
    for row_number, header, key, text in entries:
        if not key:
            continue
        first = seen.setdefault((header, key), row_number)
        if first != row_number:
            found.append(
                RowError(
                    row_number,
                    header,
                    Message(
                        QT_TRANSLATE_NOOP("messages", "{text} is also on row {first}"),
                        text=text,
                        first=first,
                    ),
                )
            )
    return found
