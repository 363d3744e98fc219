"""The customer balances workbook: sheet "Balances", one row per customer and a SUM total row.

The columns the Balances screen shows: Code, Name, City, Phone, Type, Category, Receivable,
Advance, Balance (balance > 0: the customer owes the shop).
"""

from __future__ import annotations

from pathlib import Path

from vyapar_lite.exports import workbook
from vyapar_lite.exports.report_workbook import Kind, Progress, ReportColumn, ReportSheet
from vyapar_lite.exports.shop_heading import shop_heading
from vyapar_lite.services.balances import BalanceRow, BalancesReport

SHEET_TITLE = "Balances"
REPORT = "Customer balances"
COLUMNS = (
    ReportColumn("Code", Kind.TEXT, 14),
    ReportColumn("Name", Kind.TEXT, 36),
    ReportColumn("City", Kind.TEXT, 16),
    ReportColumn("Phone", Kind.TEXT, 16),
    ReportColumn("Type", Kind.TEXT, 12),
    ReportColumn("Category", Kind.TEXT, 14),
    ReportColumn("Receivable", Kind.MONEY, 17, total=True),
    ReportColumn("Advance", Kind.MONEY, 17, total=True),
    ReportColumn("Balance", Kind.MONEY, 17, total=True),
)


def export_balances(path: Path, report: BalancesReport, *, progress: Progress | None = None) -> int:
    """Write the report to `path`; returns the number of customers written."""
    with workbook.writing(path) as wb:
        sheet = ReportSheet(wb, SHEET_TITLE, shop_heading(REPORT, end=report.as_of), COLUMNS)
        sheet.rows(
            (_values(r) for r in report.rows),
            progress=progress,
            expected=report.count,
            text="Customer balances",
        )
        sheet.total_row()
        sheet.finish()
        return sheet.count


def _values(r: BalanceRow) -> list[object]:
    return [r.code, r.name, r.city, r.phone, r.customer_type, r.category,
            r.receivable, r.advance, r.balance]  # fmt: skip
