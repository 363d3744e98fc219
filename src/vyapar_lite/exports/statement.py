"""The customer statement workbook: opening balance, every entry, totals, closing balance.

The closing balance is a formula (opening + total debits - total credits), so the accountant
can check it against the running balance column, which holds the app's own figures.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from vyapar_lite.exports import workbook
from vyapar_lite.exports.report_workbook import (
    Formula,
    Heading,
    Kind,
    Progress,
    ReportColumn,
    ReportSheet,
)
from vyapar_lite.exports.shop_heading import shop_heading
from vyapar_lite.services.statement import Statement, StatementLine, iter_statement_lines

if TYPE_CHECKING:
    from openpyxl import Workbook

SHEET_TITLE = "Statement"
REPORT = "Customer statement"
COLUMNS = (
    ReportColumn("Date", Kind.DATE, 12),
    ReportColumn("Type", Kind.TEXT, 20),
    ReportColumn("Number", Kind.TEXT, 20),
    ReportColumn("Description", Kind.TEXT, 44),
    ReportColumn("Reference", Kind.TEXT, 22),
    ReportColumn("Debit", Kind.MONEY, 15, total=True),
    ReportColumn("Credit", Kind.MONEY, 15, total=True),
    ReportColumn("Balance", Kind.MONEY, 17),
)
BALANCE = 7  # column index of the running balance


def export_statement(path: Path, statement: Statement, *, progress: Progress | None = None) -> int:
    """Write the statement to `path`; returns the number of entries written."""
    with workbook.writing(path) as wb:
        return (
            write_statement_sheet(wb, statement, progress=progress).count - 1
        )  # not "brought forward"


def statement_heading(statement: Statement) -> Heading:
    details = [("Customer", f"{statement.name} ({statement.code})")]
    if statement.address:
        details.append(("Address", statement.address.replace("\n", ", ")))
    if statement.gstin:
        details.append(("Customer GSTIN", statement.gstin))
    if statement.phone:
        details.append(("Phone", statement.phone))
    return shop_heading(REPORT, start=statement.start, end=statement.end, details=tuple(details))


def write_statement_sheet(
    wb: Workbook,
    statement: Statement,
    *,
    title: str = SHEET_TITLE,
    heading: Heading | None = None,
    progress: Progress | None = None,
) -> ReportSheet:
    """Add one statement sheet to `wb` (closed when done)."""
    sheet = ReportSheet(wb, title, heading or statement_heading(statement), COLUMNS)
    opening_row = sheet.row(
        [statement.start, "Brought forward", "", "Balance before the period", "", None, None,
         statement.opening]
    )  # fmt: skip
    sheet.rows(
        (_values(line) for line in iter_statement_lines(statement)),
        progress=progress,
        expected=statement.line_count,
        text=f"Statement of {statement.code}",
    )
    total = sheet.total_row()
    debit, credit, balance = (sheet.column_letter(i) for i in (5, 6, BALANCE))
    closing = Formula(f"={balance}{opening_row}+{debit}{total}-{credit}{total}")
    closing_row = sheet.after_row(
        [statement.end, "Closing balance", "", "", "", None, None, closing]
    )
    if statement.supplier is not None:
        _supplier_side(sheet, statement, closing_row)
    sheet.finish()
    return sheet


def _supplier_side(sheet: ReportSheet, statement: Statement, closing_row: int) -> None:
    """The supplier side under the closing balance (same columns, debit - credit), with its
    own totals and closing as formulas, then the net of both sides."""
    side = statement.supplier
    assert side is not None
    debit, credit, balance = (sheet.column_letter(i) for i in (5, 6, BALANCE))
    sheet.after_row([])
    opening = sheet.after_row(
        [statement.start, "Supplier side", "", "Balance before the period", "", None, None,
         side.opening]
    )  # fmt: skip
    for line in side.lines:
        sheet.after_row(_values(line), bold=False)
    last = opening + len(side.lines)

    def total(letter: str) -> Formula:
        text = f"=SUM({letter}{opening + 1}:{letter}{last})" if side.lines else "=0"
        return Formula(text)

    totals = sheet.after_row(
        [None, "Supplier total", "", "", "", total(debit), total(credit)]
    )  # fmt: skip
    closing = Formula(f"={balance}{opening}+{debit}{totals}-{credit}{totals}")
    supplier_row = sheet.after_row(
        [statement.end, "Supplier closing", "", "", "", None, None, closing]
    )
    net = Formula(f"={balance}{closing_row}+{balance}{supplier_row}")
    sheet.after_row(
        [None, "Net balance", "", "Both sides (> 0: they owe the shop)", "", None, None, net]
    )


def _values(line: StatementLine) -> list[object]:
    return [
        line.entry_date,
        line.type_label,
        line.doc_number,
        line.description,
        line.reference,
        line.debit or None,
        line.credit or None,
        line.balance,
    ]
