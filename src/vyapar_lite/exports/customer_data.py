"""One customer's data as a workbook: a sheet per kind of record (`services.customer_data`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from vyapar_lite.exports import workbook
from vyapar_lite.exports.report_workbook import Kind, ReportColumn, ReportSheet, sheet_name
from vyapar_lite.exports.shop_heading import shop_heading
from vyapar_lite.services.customer_data import CustomerData

REPORT = "Customer's data (everything the shop holds)"


def export_customer_data(path: Path, data: CustomerData) -> int:
    """Write every table of `data` to `path` (empty ones too); returns the records written."""
    details = (("Customer", f"{data.code} {data.name}"),)
    taken: set[str] = set()
    with workbook.writing(path) as wb:
        for table in data.tables:
            columns = [
                ReportColumn(name, Kind.TEXT, max(10, min(len(name) + 4, 40)))
                for name in table.columns
            ]
            heading = shop_heading(REPORT, end=date.today(), details=details)
            sheet = ReportSheet(wb, sheet_name(table.title, taken), heading, columns)
            sheet.rows(table.rows)
            sheet.finish()
    return data.records
