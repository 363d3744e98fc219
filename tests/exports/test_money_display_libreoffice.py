"""Amounts as LibreOffice shows them: Indian grouping for every size and sign, from one cell
format (`workbook.MONEY_FORMAT`) and the amount columns' conditional-formatting rules, also for a
value typed into a cell later (the format is not picked by the value first written there).

LibreOffice's CSV export ignores conditional formatting, so the sheets are printed to PDF (which
applies it, as the screen does) and the PDF's text is read back."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pdf_pages import pdf_text
from programs import needs_program
from report_sheets import print_with_libreoffice
from vyapar_lite.domain.sheet import Column
from vyapar_lite.domain.sheet import Kind as SheetKind
from vyapar_lite.exports import report_workbook
from vyapar_lite.exports.report_workbook import Heading, Kind, ReportColumn, ReportSheet
from vyapar_lite.exports.workbook import export_table, writing

pytestmark = needs_program("soffice")

# label -> (paise written, as shown)
AMOUNTS = {
    "crore": (1_234_567_890, "1,23,45,678.90"),
    "minus-lakh": (-12_345_600, "-1,23,456.00"),
    "small": (99_950, "999.50"),
    "zero": (0, "0.00"),
    "minus-small": (-99_950, "-999.50"),
    "minus-crore": (-1_234_567_890, "-1,23,45,678.90"),
    "lakh": (12_345_600, "1,23,456.00"),
    "hundred-crore": (123_456_789_012, "1,23,45,67,890.12"),
    "largest": (-(10**14 - 1), "-9,99,99,99,99,999.99"),
}

TABLE_COLUMNS = [Column("What", SheetKind.TEXT, 16, ""), Column("Amount", SheetKind.MONEY, 28, "")]


def _pdf_lines(xlsx: Path, out: Path) -> list[str]:
    """The sheet as LibreOffice prints it, line by line."""
    return pdf_text(print_with_libreoffice(xlsx, out)).splitlines()


def _shown(lines: list[str], label: str) -> str:
    """What the line that starts with `label` shows after it."""
    found = [line.split() for line in lines if line.split()[:1] == [label]]
    assert len(found) == 1, (label, lines)
    return found[0][1]


def _report(path: Path, amounts: dict[str, int]) -> None:
    heading = Heading("Test Traders", "", "Amounts", None, date(2026, 6, 30))
    columns = [ReportColumn("What", width=16), ReportColumn("Amount", Kind.MONEY, width=28)]
    with writing(path) as wb:
        sheet = ReportSheet(wb, "Amounts", heading, columns)
        for label, paise in amounts.items():
            sheet.row([label, paise])
        sheet.finish()


def test_every_size_and_sign_shows_in_indian_grouping(tmp_path: Path) -> None:
    report = tmp_path / "report.xlsx"
    _report(report, {label: paise for label, (paise, _) in AMOUNTS.items()})
    table = tmp_path / "table.xlsx"
    columns = TABLE_COLUMNS
    rows = [(label, report_workbook.rupees(paise)) for label, (paise, _) in AMOUNTS.items()]
    export_table(table, "Amounts", columns, rows)
    for path in (report, table):
        lines = _pdf_lines(path, tmp_path / path.stem)
        shown = {label: _shown(lines, label) for label in AMOUNTS}
        assert shown == {label: text for label, (_, text) in AMOUNTS.items()}, path.name


@pytest.mark.parametrize("kind", ["report", "table"])
def test_a_value_typed_later_shows_in_indian_grouping_too(tmp_path: Path, kind: str) -> None:
    """Every cell is written as ₹1.00; the accountant then types the real amounts over them."""
    path = tmp_path / f"{kind}.xlsx"
    if kind == "report":
        _report(path, {label: 100 for label in AMOUNTS})
    else:
        columns = TABLE_COLUMNS
        export_table(path, "Amounts", columns, [(label, Decimal("1.00")) for label in AMOUNTS])
    wb = load_workbook(path)
    ws = wb.active
    typed = 0
    for row in ws.iter_rows():
        if row[0].value in AMOUNTS:
            row[1].value = float(report_workbook.rupees(AMOUNTS[row[0].value][0]))
            typed += 1
    assert typed == len(AMOUNTS)
    wb.save(path)
    lines = _pdf_lines(path, tmp_path / "pdf")
    shown = {label: _shown(lines, label) for label in AMOUNTS}
    assert shown == {label: text for label, (_, text) in AMOUNTS.items()}


def test_a_reader_that_ignores_the_rules_never_loses_a_minus_sign(tmp_path: Path) -> None:
    """LibreOffice's "CSV as shown" applies the cell format alone: every sign and every lakh
    stay right there; only a crore falls back to 123,45,678.90."""
    from report_sheets import convert_with_libreoffice

    path = tmp_path / "report.xlsx"
    _report(path, {label: paise for label, (paise, _) in AMOUNTS.items()})
    rows = convert_with_libreoffice([path], tmp_path / "csv", shown=True)["report-Amounts"]
    shown = {row[0]: row[1] for row in rows if row and row[0] in AMOUNTS}
    assert shown == {
        "crore": "123,45,678.90",
        "minus-lakh": "-123,456.00",
        "small": "999.50",
        "zero": "0.00",
        "minus-small": "-999.50",
        "minus-crore": "-12,345,678.90",
        "lakh": "1,23,456.00",
        "hundred-crore": "12345,67,890.12",
        "largest": "-999,999,999,999.99",
    }
