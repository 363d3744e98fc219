"""A bank statement file as rows of cells: CSV (as banks download it) or an Excel workbook.

The rows go to `domain.bank_statement.read_statement`, which finds the header row; this only
reads cells. `problem` (on the returned SheetData) says why a file cannot be read at all.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from vyapar_lite.domain.sheet import SheetData
from vyapar_lite.exports.workbook import MAX_ROWS, read_first_sheet

MAX_CSV_BYTES = 50 * 1024 * 1024
ENCODINGS = ("utf-8-sig", "cp1252")  # Excel on Windows saves CSV in the ANSI code page


def read_statement_file(path: Path) -> SheetData:
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix in {".xlsx", ".xlsm"}:
        return read_first_sheet(path)
    if suffix == ".xls":
        return SheetData(
            name,
            problem=f"{name} is an old Excel file (.xls): open it in Excel or LibreOffice and "
            "save it as 'Excel Workbook (.xlsx)' or CSV",
        )
    if not path.is_file():
        return SheetData(name, problem=f"There is no file {path}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        return SheetData(name, problem=f"{name} cannot be read ({exc.strerror or exc})")
    if len(data) > MAX_CSV_BYTES:
        return SheetData(name, problem=f"{name} is larger than 50 MB: export a shorter period")
    if b"\0" in data[:4096]:
        return SheetData(
            name, problem=f"{name} is not a CSV text file: download the statement as CSV or Excel"
        )
    for encoding in ENCODINGS:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 refuses only a few bytes
        return SheetData(name, problem=f"{name} is not text in a known encoding")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], ",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows: list[tuple[object, ...]] = []
    try:
        for row in csv.reader(io.StringIO(text), dialect):
            if len(rows) == MAX_ROWS:
                return SheetData(name, problem=f"{name} has more than {MAX_ROWS:,} rows")
            rows.append(tuple(cell or None for cell in row))
    except csv.Error as exc:
        return SheetData(name, problem=f"{name} is not a readable CSV file ({exc})")
    return SheetData(name, rows)
