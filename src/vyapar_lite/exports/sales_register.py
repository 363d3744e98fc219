"""The sales register workbook: one row per document, GST rate and supply kind, the way GST
returns take it: the invoice type (B2B, B2C large/small, Export, SEZ), reverse charge Y/N and the
supply kind (Taxable, Nil-rated, Exempt, Non-GST), with no rate on a row that is not taxable."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from vyapar_lite.exports import workbook
from vyapar_lite.exports.report_workbook import Kind, Progress, ReportColumn, ReportSheet
from vyapar_lite.exports.shop_heading import shop_heading
from vyapar_lite.services.sales_register import (
    INVOICE_TYPES,
    RegisterRow,
    RegisterSummary,
    iter_register,
    kind_label,
)

if TYPE_CHECKING:
    from openpyxl import Workbook

SHEET_TITLE = "Sales register"
REPORT = "Sales register (GST)"
COLUMNS = (
    ReportColumn("Date", Kind.DATE, 12),
    ReportColumn("Type", Kind.TEXT, 12),
    ReportColumn("Number", Kind.TEXT, 20),
    ReportColumn("Status", Kind.TEXT, 10),
    ReportColumn("Customer code", Kind.TEXT, 12),
    ReportColumn("Customer name", Kind.TEXT, 28),
    ReportColumn("GSTIN", Kind.TEXT, 17),
    ReportColumn("Place of supply", Kind.TEXT, 18),
    ReportColumn("Against", Kind.TEXT, 18),
    ReportColumn("Invoice type", Kind.TEXT, 13),
    ReportColumn("Reverse charge", Kind.TEXT, 9),
    ReportColumn("Supply", Kind.TEXT, 11),
    ReportColumn("Rate %", Kind.RATE, 8),
    ReportColumn("Taxable value", Kind.MONEY, 16, total=True),
    ReportColumn("CGST", Kind.MONEY, 14, total=True),
    ReportColumn("SGST/UTGST", Kind.MONEY, 14, total=True),
    ReportColumn("IGST", Kind.MONEY, 14, total=True),
    ReportColumn("Round-off/loyalty", Kind.MONEY, 14, total=True),
    ReportColumn("Document value", Kind.MONEY, 16, total=True),
    # reverse charge (s.9(3) CGST Act): payable by the recipient, in no tax column nor the value
    ReportColumn("Tax payable by recipient (RCM)", Kind.MONEY, 16, total=True),
)


def export_sales_register(
    path: Path, summary: RegisterSummary, *, progress: Progress | None = None
) -> int:
    """Write the register for the summary's period to `path`; returns the rows written."""
    with workbook.writing(path) as wb:
        return write_register_sheet(wb, summary, progress=progress).count


def write_register_sheet(
    wb: Workbook, summary: RegisterSummary, *, progress: Progress | None = None
) -> ReportSheet:
    heading = shop_heading(REPORT, start=summary.start, end=summary.end)
    sheet = ReportSheet(wb, SHEET_TITLE, heading, COLUMNS)
    sheet.rows(
        (_values(r) for r in iter_register(summary.start, summary.end)),
        progress=progress,
        expected=summary.rows,
        text="Sales register",
    )
    sheet.total_row()
    sheet.finish()
    return sheet


def _values(r: RegisterRow) -> list[object]:
    posted = r.status == "posted"
    return [
        r.doc_date,
        kind_label(r),
        r.number,
        "Posted" if posted else "Cancelled",
        r.customer_code,
        r.customer_name,
        r.customer_gstin,
        r.place_of_supply,
        r.against,
        INVOICE_TYPES[r.invoice_type] if posted else None,
        ("Y" if r.reverse_charge else "N") if posted else None,
        r.supply_label or None,
        r.rate_bp if r.rated else None,
        r.taxable,
        r.cgst,
        r.sgst,
        r.igst,
        r.other,
        r.value,
        r.rcm_tax,
    ]
