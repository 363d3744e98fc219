"""Bank statement files read as rows: CSV as banks save it (any delimiter, Windows encoding),
Excel workbooks, and old .xls files refused with what to do."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook

from vyapar_lite.domain.bank_statement import read_statement
from vyapar_lite.exports.statement_file import read_statement_file


def test_a_semicolon_csv_saved_by_excel_on_windows(tmp_path: Path) -> None:
    path = tmp_path / "icici.csv"
    text = (
        "Transaction Date;Particulars;Withdrawals;Deposits;Balance\n"
        "05/04/2026;NEFT-SHARMA TRADERS – ADVANCE;;1180.00;\n"
    )
    path.write_bytes(text.encode("cp1252"))
    sheet = read_statement_file(path)
    assert not sheet.problem
    (line,) = read_statement(sheet.rows).lines
    assert (line.on, line.credit, line.narration) == (
        date(2026, 4, 5),
        118000,
        "NEFT-SHARMA TRADERS – ADVANCE",
    )


def test_an_excel_statement(tmp_path: Path) -> None:
    path = tmp_path / "hdfc.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Date", "Narration", "Withdrawal Amt.", "Deposit Amt.", "Closing Balance"])
    sheet.append(["06-Apr-26", "ATM WDL", 500, None, 10500])
    book.save(path)
    (line,) = read_statement(read_statement_file(path).rows).lines
    assert (line.on, line.debit, line.balance) == (date(2026, 4, 6), 50000, 1050000)


def test_an_old_xls_or_a_binary_file_is_refused_with_what_to_do(tmp_path: Path) -> None:
    old = tmp_path / "sbi.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    assert "save it as 'Excel Workbook (.xlsx)' or CSV" in read_statement_file(old).problem
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\0\0\0")
    assert "is not a CSV text file" in read_statement_file(binary).problem
    assert "There is no file" in read_statement_file(tmp_path / "missing.csv").problem
