"""The customer balances workbook: sheet "Balances", one row per customer and a SUM total row.

Columns Code, Name, Receivable, Advance, Balance (balance > 0: the customer owes the shop).
"""

from __future__ import annotations

from pathlib import Path

from vyapar_lite.exports import workbook
from vyapar_lite.exports.report_workbook import Kind, Progress, ReportColumn, ReportSheet
from vyapar_lite.exports.shop_heading import shop_heading
from vyapar_lite.services.balances import BalancesReport

SHEET_TITLE = "Balances"
REPORT = "Customer balances"
COLUMNS = (
    ReportColumn("Code", Kind.TEXT, 14),
    ReportColumn("Name", Kind.TEXT, 36),
    ReportColumn("Receivable", Kind.MONEY, 17, total=True),
    ReportColumn("Advance", Kind.MONEY, 17, total=True),
    ReportColumn("Balance", Kind.MONEY, 17, total=True),
)


def export_balances(path: Path, report: BalancesReport, *, progress: Progress | None = None) -> int:
    """Write the report to `path`; returns the number of customers written."""
    with workbook.writing(path) as wb:
        sheet = ReportSheet(wb, SHEET_TITLE, shop_heading(REPORT, end=report.as_of), COLUMNS)
        sheet.rows(
            ([r.code, r.name, r.receivable, r.advance, r.balance] for r in report.rows),
            progress=progress,
            expected=report.count,
            text="Customer balances",
        )
        sheet.total_row()
        sheet.finish()
        return sheet.count
