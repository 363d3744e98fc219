"""The accountant's pack: one workbook with a Summary, the sales register, the HSN summary and
statements.

- "Summary": one row per customer with activity in the period or a balance at its end: balance
  (receivable, advance, net) and ageing as of the period's end, the customer's code linking to
  their statement sheet; SUM totals.
- "Sales register": the period's register (see `exports.sales_register`).
- "HSN summary": the period's HSN-wise summary, B2B and B2C (see `exports.hsn_summary`).
- One statement sheet per customer of the summary, named by customer code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from vyapar_lite.exports import workbook
from vyapar_lite.exports.hsn_summary import SHEET_TITLE as HSN_TITLE
from vyapar_lite.exports.hsn_summary import write_hsn_sheet
from vyapar_lite.exports.report_workbook import (
    Kind,
    Progress,
    ReportColumn,
    ReportSheet,
    link_to,
    sheet_name,
)
from vyapar_lite.exports.sales_register import SHEET_TITLE as REGISTER_TITLE
from vyapar_lite.exports.sales_register import write_register_sheet
from vyapar_lite.exports.shop_heading import shop_heading
from vyapar_lite.exports.statement import statement_heading, write_statement_sheet
from vyapar_lite.services import ageing, sales_register, statement
from vyapar_lite.services.report_scope import CustomerScope
from vyapar_lite.services.returns.hsn_summary import hsn_summary

SUMMARY_TITLE = "Summary"
REPORT = "Accountant's pack: balances, ageing, sales register, HSN summary and statements"


@dataclass(frozen=True)
class PackResult:
    customers: int  # statement sheets
    register_rows: int
    sheets: list[str]


def export_pack(
    path: Path, start: date, end: date, *, progress: Progress | None = None
) -> PackResult:
    """Write the pack for start..end to `path`."""
    codes = statement.customers_with_activity(start, end)
    report = ageing.ageing(end, CustomerScope(), show="all")
    rows = {r.code: r for r in report.rows if r.code in set(codes)}
    summary = sales_register.register_summary(start, end)
    hsn = hsn_summary(start, end)
    taken = {SUMMARY_TITLE, REGISTER_TITLE, HSN_TITLE}
    names = {code: sheet_name(code, taken) for code in codes}
    with workbook.writing(path) as wb:
        columns = (
            ReportColumn("Code", Kind.TEXT, 12),
            ReportColumn("Name", Kind.TEXT, 30),
            ReportColumn("City", Kind.TEXT, 14),
            ReportColumn("Receivable", Kind.MONEY, 16, total=True),
            ReportColumn("Advance", Kind.MONEY, 15, total=True),
            ReportColumn("Balance", Kind.MONEY, 16, total=True),
            *(ReportColumn(label, Kind.MONEY, 14, total=True) for label in report.labels),
        )
        heading = shop_heading(
            REPORT,
            start=start,
            end=end,
            details=(
                ("Balances and ageing", f"as of the period's end; bands {report.bands.text()}"),
            ),
        )
        sheet = ReportSheet(wb, SUMMARY_TITLE, heading, columns)
        for code in codes:
            r = rows[code]
            sheet.row(
                [r.code, r.name, r.city, r.receivable, r.advance, r.balance, *r.bands],
                links={0: link_to(names[code])},
            )
        sheet.total_row()
        sheet.finish()
        register = write_register_sheet(wb, summary)
        write_hsn_sheet(wb, hsn)
        for done, code in enumerate(codes, start=1):
            st = statement.open_statement(code, start, end)
            write_statement_sheet(wb, st, title=names[code], heading=statement_heading(st))
            if progress is not None:
                progress(done, len(codes), f"Statement of {code}")
        return PackResult(
            len(codes),
            register.count,
            [SUMMARY_TITLE, REGISTER_TITLE, HSN_TITLE, *names.values()],
        )
