"""The streaming reader gives exactly what openpyxl's read-only `iter_rows(values_only=True)`
gives, on a workbook with every kind of cell, and names the cells openpyxl would read as empty."""

from __future__ import annotations

import zipfile
from datetime import date, datetime, time
from pathlib import Path

from openpyxl import Workbook, load_workbook

from vyapar_lite.domain.sheet import NOT_A_NUMBER, UNCOMPUTED_FORMULA
from vyapar_lite.exports.workbook import read_first_sheet


def _openpyxl_rows(path: Path) -> list[tuple[object, ...]]:
    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb.worksheets[0]
        ws.reset_dimensions()
        return [tuple(row) for row in ws.iter_rows(values_only=True)]
    finally:
        wb.close()


def test_every_kind_of_cell_reads_as_openpyxl_reads_it(tmp_path: Path) -> None:
    wb = Workbook()  # a normal workbook: shared strings, styles, dates by number format
    ws = wb.active
    ws.append(["Date", "Type", "Amount", "Flag", "Note"])
    ws.append([date(2026, 4, 1), "Invoice", 1500.5, True, "नमस्ते & <b>"])
    ws.append([datetime(2026, 4, 2, 10, 30), "Receipt", 12, False, None])
    ws["A5"] = "after a gap row"
    ws["H5"] = 7  # a gap of columns
    ws["B6"] = time(9, 15)
    ws["C6"] = "=1+1"  # written by openpyxl: a formula with no cached value
    ws["D6"] = -0.1
    ws.title = "Transactions"
    wb.create_sheet("Second")["A1"] = "not read"
    path = tmp_path / "kinds.xlsx"
    wb.save(path)
    rows = read_first_sheet(path).rows
    expected = _openpyxl_rows(path)
    expected[5] = (None, time(9, 15), UNCOMPUTED_FORMULA, -0.1)  # openpyxl: None (taken as 0)
    assert list(rows) == expected
    assert rows[1][0] == datetime(2026, 4, 1) and rows[3] == ()


def test_inline_strings_and_a_number_cell_holding_inf(tmp_path: Path) -> None:
    wb = Workbook(write_only=True)  # write-only: inline strings, no dimension
    ws = wb.create_sheet("Rows")
    ws.append(["Code", "Amount"])
    ws.append(["C1", 123456])
    ws.append(["C2", 7])
    path = tmp_path / "inline.xlsx"
    wb.save(path)
    assert read_first_sheet(path).rows == _openpyxl_rows(path)
    part = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    files[part] = files[part].replace(b"<v>123456</v>", b"<v>inf</v>")
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    assert read_first_sheet(path).rows == [("Code", "Amount"), ("C1", NOT_A_NUMBER), ("C2", 7)]


def test_damaged_sheet_xml_is_a_problem_not_a_traceback(tmp_path: Path) -> None:
    wb = Workbook(write_only=True)
    wb.create_sheet("Rows").append(["Code", "Amount"])
    path = tmp_path / "broken.xlsx"
    wb.save(path)
    part = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    files[part] = files[part][:-40]
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    sheet = read_first_sheet(path)
    assert sheet.rows == []
    assert sheet.problem.startswith("broken.xlsx is damaged and cannot be read")
