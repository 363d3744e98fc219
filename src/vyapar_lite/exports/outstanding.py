"""The outstanding invoices workbook: every invoice that still owes something, days overdue."""

from __future__ import annotations

from pathlib import Path

from vyapar_lite.exports import workbook
from vyapar_lite.exports.report_workbook import Kind, Progress, ReportColumn, ReportSheet
from vyapar_lite.exports.shop_heading import shop_heading
from vyapar_lite.services.outstanding import OutstandingSummary, iter_outstanding
from vyapar_lite.services.report_scope import EVERYONE, CustomerScope

SHEET_TITLE = "Outstanding"
REPORT = "Outstanding invoices"
COLUMNS = (
    ReportColumn("Customer code", Kind.TEXT, 12),
    ReportColumn("Customer name", Kind.TEXT, 30),
    ReportColumn("Number", Kind.TEXT, 20),
    ReportColumn("Date", Kind.DATE, 12),
    ReportColumn("Due date", Kind.DATE, 12),
    ReportColumn("Total", Kind.MONEY, 15, total=True),
    ReportColumn("Paid", Kind.MONEY, 15, total=True),
    ReportColumn("Credit notes", Kind.MONEY, 15, total=True),
    ReportColumn("Outstanding", Kind.MONEY, 15, total=True),
    ReportColumn("Days overdue", Kind.COUNT, 10),
)


def export_outstanding(
    path: Path,
    summary: OutstandingSummary,
    scope: CustomerScope = EVERYONE,
    *,
    progress: Progress | None = None,
) -> int:
    """Write the invoices `summary` counts to `path`; returns how many were written."""
    heading = shop_heading(REPORT, end=summary.as_of)
    with workbook.writing(path) as wb:
        sheet = ReportSheet(wb, SHEET_TITLE, heading, COLUMNS)
        sheet.rows(
            (
                [
                    i.customer_code,
                    i.customer_name,
                    i.number,
                    i.doc_date,
                    i.due_date,
                    i.total,
                    i.paid,
                    i.credited,
                    i.outstanding,
                    max(i.days_overdue, 0),
                ]
                for i in iter_outstanding(summary.as_of, scope)
            ),
            progress=progress,
            expected=summary.count,
            text="Outstanding invoices",
        )
        sheet.total_row()
        sheet.finish()
        return sheet.count
