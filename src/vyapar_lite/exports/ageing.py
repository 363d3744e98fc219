"""The ageing workbook: one row per customer, a column per band, advances apart, SUM totals."""

from __future__ import annotations

from pathlib import Path

from vyapar_lite.exports import workbook
from vyapar_lite.exports.report_workbook import Kind, Progress, ReportColumn, ReportSheet
from vyapar_lite.exports.shop_heading import shop_heading
from vyapar_lite.services.ageing import AgeingReport

SHEET_TITLE = "Ageing"
REPORT = "Ageing of receivables"
_INFO = (
    ReportColumn("Code", Kind.TEXT, 12),
    ReportColumn("Name", Kind.TEXT, 32),
    ReportColumn("City", Kind.TEXT, 14),
    ReportColumn("Type", Kind.TEXT, 12),
    ReportColumn("Category", Kind.TEXT, 14),
)
_END = (
    ReportColumn("Receivable", Kind.MONEY, 16, total=True),
    ReportColumn("Advance", Kind.MONEY, 15, total=True),
    ReportColumn("Balance", Kind.MONEY, 16, total=True),
)


def columns(report: AgeingReport) -> tuple[ReportColumn, ...]:
    bands = tuple(ReportColumn(label, Kind.MONEY, 15, total=True) for label in report.labels)
    return _INFO + bands + _END


def export_ageing(path: Path, report: AgeingReport, *, progress: Progress | None = None) -> int:
    """Write the report to `path`; returns the number of customers written."""
    details = (("Bands", f"days past the due date: {report.bands.text()}"),)
    heading = shop_heading(REPORT, end=report.as_of, details=details)
    with workbook.writing(path) as wb:
        sheet = ReportSheet(wb, SHEET_TITLE, heading, columns(report))
        sheet.rows(
            (
                [
                    r.code,
                    r.name,
                    r.city,
                    r.customer_type,
                    r.category,
                    *r.bands,
                    r.receivable,
                    r.advance,
                    r.balance,
                ]
                for r in report.rows
            ),
            progress=progress,
            expected=report.count,
            text="Ageing",
        )
        sheet.total_row()
        sheet.finish()
        return sheet.count
