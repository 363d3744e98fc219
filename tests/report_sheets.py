"""Reading report workbooks back for the export tests: openpyxl, and LibreOffice's CSV."""

from __future__ import annotations

import csv
import subprocess
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

import programs

SOFFICE = programs.find("soffice")
# Comma separated, double quotes, UTF-8, first line 1, ..., then "save cell contents as shown"
# (false: the raw value, true: as displayed) and the last token -1: every sheet to its own file.
_CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,{shown},false,false,-1"


@dataclass
class Table:
    ws: Worksheet
    title_rows: list[list[Any]]  # values above the header row
    header_row: int
    headers: list[Any]
    rows: list[list[Cell]]  # the table's data rows (cells)
    total: list[Cell]  # the total row
    after: list[list[Cell]]  # rows below the total row

    def values(self) -> list[list[Any]]:
        return [[c.value for c in row] for row in self.rows]


def read_table(path: Path, sheet: str | None = None) -> Table:
    """A report sheet: the header row is the one frozen panes start under."""
    wb = load_workbook(path)
    ws = wb[sheet] if sheet else wb.worksheets[0]
    first_data = int(str(ws.freeze_panes)[1:])
    header_row = first_data - 1
    all_rows = list(ws.iter_rows())
    title = [[c.value for c in row] for row in all_rows[: header_row - 1]]
    headers = [c.value for c in all_rows[header_row - 1] if c.value is not None]
    body = [list(row)[: len(headers)] for row in all_rows[header_row:]]
    total_at = next(i for i, row in enumerate(body) if row[0].value == "Total")
    return Table(
        ws, title, header_row, headers, body[:total_at], body[total_at], body[total_at + 1 :]
    )


def rupees(paise: int) -> Decimal:
    return Decimal(paise) / 100


def amount(value: Any) -> Decimal:
    """A number cell's value as exact rupees (openpyxl reads 6256.00 back as 6256 or 6256.5)."""
    assert isinstance(value, int | float) and not isinstance(value, bool), value
    return Decimal(str(value))


def print_with_libreoffice(xlsx: Path, out: Path) -> Path:
    """The workbook as LibreOffice prints it (conditional formatting applied, as on screen, which
    its CSV export leaves out): the PDF's path."""
    assert SOFFICE is not None
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        result = subprocess.run(
            [SOFFICE, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
             "--convert-to", "pdf", "--outdir", str(out), str(xlsx)],
            capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return out / (xlsx.stem + ".pdf")


def convert_with_libreoffice(
    files: list[Path], out: Path, *, shown: bool
) -> dict[str, list[list[str]]]:
    """Every sheet of every file as CSV rows, computed by LibreOffice: "<file stem>-<sheet>" ->
    rows. `shown`: cells as displayed (formats applied) rather than raw values."""
    assert SOFFICE is not None
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        result = subprocess.run(
            [
                SOFFICE,
                f"-env:UserInstallation={Path(profile).as_uri()}",
                "--headless",
                "--convert-to",
                _CSV_FILTER.format(shown="true" if shown else "false"),
                "--outdir",
                str(out),
                *map(str, files),
            ],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    assert result.returncode == 0, result.stderr
    sheets = {}
    for path in sorted(out.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            sheets[path.stem] = list(csv.reader(f))
    return sheets
