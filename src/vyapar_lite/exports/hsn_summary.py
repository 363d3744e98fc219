"""The HSN summary workbook (GSTR-1 table 12): one row per tab (B2B / B2C), HSN/SAC, UQC and
rate, with SUM totals; and the same sheet in the accountant's pack."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from vyapar_lite.exports import workbook
from vyapar_lite.exports.report_workbook import Kind, Progress, ReportColumn, ReportSheet
from vyapar_lite.exports.shop_heading import shop_heading
from vyapar_lite.services.returns.hsn_summary import HsnLine, HsnSummary

if TYPE_CHECKING:
    from openpyxl import Workbook

SHEET_TITLE = "HSN summary"
REPORT = "HSN-wise summary of outward supplies (GSTR-1 table 12)"
COLUMNS = (
    ReportColumn("Tab", Kind.TEXT, 6),
    ReportColumn("HSN/SAC", Kind.TEXT, 10),
    ReportColumn("Description", Kind.TEXT, 28),
    ReportColumn("UQC", Kind.TEXT, 6),
    ReportColumn("Total quantity", Kind.QTY, 14),
    ReportColumn("Rate %", Kind.RATE, 8),
    ReportColumn("Taxable value", Kind.MONEY, 16, total=True),
    ReportColumn("IGST", Kind.MONEY, 14, total=True),
    ReportColumn("CGST", Kind.MONEY, 14, total=True),
    ReportColumn("SGST/UTGST", Kind.MONEY, 14, total=True),
    ReportColumn("Cess", Kind.MONEY, 10, total=True),
    ReportColumn("Total value", Kind.MONEY, 16, total=True),
)


def export_hsn_summary(path: Path, summary: HsnSummary, *, progress: Progress | None = None) -> int:
    """Write the summary to `path`; returns the rows written."""
    with workbook.writing(path) as wb:
        return write_hsn_sheet(wb, summary, progress=progress).count


def write_hsn_sheet(
    wb: Workbook, summary: HsnSummary, *, progress: Progress | None = None
) -> ReportSheet:
    details = (("Tabs", "B2B: to buyers with a GSTIN; B2C: the rest (exports included)"),)
    heading = shop_heading(REPORT, start=summary.start, end=summary.end, details=details)
    sheet = ReportSheet(wb, SHEET_TITLE, heading, COLUMNS)
    lines = summary.lines
    sheet.rows(
        (_values(line) for line in lines),
        progress=progress,
        expected=len(lines),
        text="HSN summary",
    )
    sheet.total_row()
    sheet.finish()
    return sheet


def _values(line: HsnLine) -> list[object]:
    r = line.row
    a = r.amounts
    return [
        line.tab_label,
        r.hsn,
        r.description,
        r.uqc,
        r.qty_milli,
        r.rate_bp,
        a.taxable,
        a.igst,
        a.cgst,
        a.sgst,
        a.cess,
        r.value,
    ]
