"""The CMP-08 workbook: sheet "CMP-08", one row per quarter and a SUM total row."""

from __future__ import annotations

from pathlib import Path

from vyapar_lite.exports import workbook
from vyapar_lite.exports.report_workbook import Kind, Progress, ReportColumn, ReportSheet
from vyapar_lite.exports.shop_heading import shop_heading
from vyapar_lite.services.composition_return import CompositionReport, QuarterRow

SHEET_TITLE = "CMP-08"
REPORT = "Composition scheme: quarterly turnover and tax (CMP-08)"
COLUMNS = (
    ReportColumn("Quarter", Kind.TEXT, 18),
    ReportColumn("From", Kind.DATE, 12),
    ReportColumn("To", Kind.DATE, 12),
    ReportColumn("Bills and notes", Kind.TEXT, 10),
    ReportColumn("Taxable turnover", Kind.MONEY, 18, total=True),
    ReportColumn("Exempt / nil / non-GST", Kind.MONEY, 18, total=True),
    ReportColumn("Rate %", Kind.RATE, 8),
    ReportColumn("Central tax", Kind.MONEY, 15, total=True),
    ReportColumn("State/UT tax", Kind.MONEY, 15, total=True),
    ReportColumn("Tax payable", Kind.MONEY, 15, total=True),
)


def export_composition_return(
    path: Path, report: CompositionReport, *, progress: Progress | None = None
) -> int:
    """Write the year's quarters to `path`; returns the rows written."""
    first, last = report.rows[0], report.rows[-1]
    heading = shop_heading(REPORT, start=first.start, end=last.end)
    with workbook.writing(path) as wb:
        sheet = ReportSheet(wb, SHEET_TITLE, heading, COLUMNS)
        sheet.rows(
            (_values(r) for r in report.rows),
            progress=progress,
            expected=len(report.rows),
            text="CMP-08",
        )
        sheet.total_row()
        sheet.finish()
        return sheet.count


def _values(r: QuarterRow) -> list[object]:
    return [
        r.quarter,
        r.start,
        r.end,
        str(r.documents),
        r.taxable_turnover,
        r.exempt_turnover,
        r.rate_bp,
        r.central_tax,
        r.state_tax,
        r.tax,
    ]
