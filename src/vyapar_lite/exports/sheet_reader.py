"""Streaming the first sheet of an .xlsx file, row by row, for the imports.

openpyxl finds the sheet and reads what the rows refer to (the shared strings, which cell styles
are dates, the workbook's date epoch); the sheet's own XML is then read here with expat as a
stream of rows, each a tuple of cell values exactly as openpyxl's read-only `iter_rows(
values_only=True)` gives them (row numbers Excel's own, a skipped row as an empty tuple), in one
pass and a few microseconds a cell: openpyxl builds an element tree and an object per cell and
takes about 25 s for 100,000 rows of the transactions sheet, this about a fifth of that
(benchmarks/README.md).

The same pass finds the cells that read as empty but are not (`sheet.Unreadable`): a formula
with no computed value, and a number cell holding inf, NaN or a number no float holds.
"""

from __future__ import annotations

import math
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from xml.parsers import expat

from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.stylesheet import apply_stylesheet
from openpyxl.utils.datetime import from_excel, from_ISO8601

from vyapar_lite.domain.sheet import NOT_A_NUMBER, UNCOMPUTED_FORMULA

CHUNK = 1 << 16  # bytes of XML fed to the parser at a time
_LETTERS = {chr(ord("A") + i): i + 1 for i in range(26)}


class SheetDamaged(ValueError):
    """The sheet's XML cannot be read as a sheet (the message says where)."""


@dataclass(frozen=True)
class FirstSheet:
    """Where the first worksheet's XML is and what its cells refer to."""

    archive: zipfile.ZipFile
    part: str  # the sheet's path inside the archive
    strings: list[str]
    date_styles: frozenset[int]
    timedelta_styles: frozenset[int]
    epoch: Any


def open_first_sheet(path: str) -> FirstSheet | None:
    """The first worksheet of the workbook at `path` (None: it has none). Raises what openpyxl
    raises for a file that is not a workbook; the caller closes `archive`."""
    reader = ExcelReader(path, read_only=True, data_only=True)
    try:
        reader.read_manifest()
        reader.read_strings()
        reader.read_workbook()
        apply_stylesheet(reader.archive, reader.wb)
        wb: Any = reader.wb
        for _sheet, rel in reader.parser.find_sheets():
            if rel.target in reader.valid_files and "chartsheet" not in rel.Type:
                return FirstSheet(
                    reader.archive,
                    rel.target,
                    list(reader.shared_strings),
                    frozenset(wb._date_formats),
                    frozenset(wb._timedelta_formats),
                    wb.epoch,
                )
    except BaseException:
        reader.archive.close()
        raise
    reader.archive.close()
    return None


def _column(ref: str) -> int:
    """The 1-based column of a cell reference such as "AB12"."""
    column = 0
    for char in ref:
        number = _LETTERS.get(char)
        if number is None:
            break
        column = column * 26 + number
    return column


class _RowParser:
    """expat handlers that turn the sheet's XML into (row number, values) pairs."""

    def __init__(self, sheet: FirstSheet) -> None:
        self.sheet = sheet
        self.done: list[tuple[int, tuple[object, ...]]] = []
        self.row_number = 0
        self.cells: list[object] = []
        self.in_cell = False
        self.kind = "n"
        self.style = 0
        self.column = 0
        self.text: list[str] = []
        self.collect = False  # inside <v>, or a <t> of an inline string
        self.value: str | None = None
        self.inline: list[str] | None = None
        self.formula = False
        self.phonetic = 0  # inside <rPh> (phonetic guides are not the cell's text)
        self.tags: dict[str, str] = {}  # element name (maybe "x:c") -> its local name
        self.columns: dict[str, int] = {}  # a cell reference's letters -> its column

    def _tag(self, name: str) -> str:
        tag = self.tags.get(name)
        if tag is None:
            tag = self.tags[name] = name.rpartition(":")[2]
        return tag

    def _column(self, ref: str) -> int:
        letters = ref.rstrip("0123456789")
        column = self.columns.get(letters)
        if column is None:
            column = self.columns[letters] = _column(letters)
        return column

    def start(self, name: str, attrs: dict[str, str]) -> None:
        tag = self._tag(name)
        if tag == "c":
            self.in_cell = True
            self.kind = attrs.get("t", "n")
            style = attrs.get("s")
            self.style = int(style) if style else 0
            ref = attrs.get("r")
            self.column = self._column(ref) if ref else len(self.cells) + 1
            self.value = None
            self.inline = None
            self.formula = False
        elif tag == "row":
            number = attrs.get("r")
            self.row_number = int(float(number)) if number else self.row_number + 1
            self.cells = []
        elif not self.in_cell:
            return
        elif tag == "v":
            self.collect, self.text = True, []
        elif tag == "f":
            self.formula = True
        elif tag == "is":
            self.inline = []
        elif tag == "t" and self.inline is not None and not self.phonetic:
            self.collect, self.text = True, []
        elif tag == "rPh":
            self.phonetic += 1

    def end(self, name: str) -> None:
        tag = self._tag(name)
        if tag == "c":
            self.in_cell = False
            gap = self.column - 1 - len(self.cells)
            if gap > 0:
                self.cells.extend([None] * gap)
            value = self._value()
            if self.column <= len(self.cells):
                self.cells[self.column - 1] = value
            else:
                self.cells.append(value)
        elif tag == "row":
            self.done.append((self.row_number, tuple(self.cells)))
        elif tag == "v" and self.collect:
            self.collect = False
            self.value = "".join(self.text)
        elif tag == "t" and self.collect:
            self.collect = False
            if self.inline is not None:
                self.inline.append("".join(self.text))
        elif tag == "rPh":
            self.phonetic -= 1

    def chars(self, data: str) -> None:
        if self.collect:
            self.text.append(data)

    def _value(self) -> object:
        kind, text = self.kind, self.value
        if self.formula and (text is None or (not text.strip() and kind == "n")):
            return UNCOMPUTED_FORMULA
        if kind == "inlineStr":
            return "".join(self.inline) if self.inline is not None else None
        if not text:
            return None
        if kind == "n":
            return self._number(text)
        if kind == "s":
            return self.sheet.strings[int(text)]
        if kind == "b":
            return bool(int(text))
        if kind == "d":
            return from_ISO8601(text)
        return text  # "str" (a formula's text), "e" (an error such as #DIV/0!)

    def _number(self, text: str) -> object:
        number: float | int
        try:
            number = int(text)
        except ValueError:
            try:
                number = float(text)
            except ValueError:
                return NOT_A_NUMBER
            if not math.isfinite(number) or abs(number) >= 1e300:
                return NOT_A_NUMBER
        if self.style in self.sheet.date_styles:
            try:
                return from_excel(
                    number, self.sheet.epoch, timedelta=self.style in self.sheet.timedelta_styles
                )
            except (OverflowError, ValueError):
                return "#VALUE!"
        return number


def iter_rows(sheet: FirstSheet) -> Iterator[tuple[object, ...]]:
    """Every row of the sheet from row 1, as openpyxl's `iter_rows(values_only=True)` would give
    it (a row missing from the XML as `()`). Raises SheetDamaged on XML that is not a sheet."""
    rows = _RowParser(sheet)
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.StartElementHandler = rows.start
    parser.EndElementHandler = rows.end
    parser.CharacterDataHandler = rows.chars
    expected = 1
    with sheet.archive.open(sheet.part) as xml:
        while True:
            chunk = xml.read(CHUNK)
            try:
                parser.Parse(chunk, not chunk)
            except expat.ExpatError as exc:
                raise SheetDamaged(f"the sheet's XML is damaged: {exc}") from None
            except (IndexError, ValueError) as exc:  # a string index or number that is not one
                where = f"a cell in row {rows.row_number}"
                raise SheetDamaged(f"{where} cannot be read ({exc})") from None
            for number, cells in rows.done:
                if number < expected:
                    raise SheetDamaged(f"row {number} appears out of order")
                while expected < number:
                    yield ()
                    expected += 1
                yield cells
                expected += 1
            rows.done.clear()
            if not chunk:
                return
