"""The accountant's pack: one workbook with a Summary, the sales register, the HSN summary, the
money books and statements.

- "Summary": one row per customer with activity in the period or a balance at its end: balance
  (receivable, advance, net) and ageing as of the period's end, the customer's code linking to
  their statement sheet; SUM totals.
- "Sales register": the period's register (see `exports.sales_register`).
- "HSN summary": the period's HSN-wise summary, B2B and B2C (see `exports.hsn_summary`).
- The cash book and each bank book ("Cash book - Cash", "Bank book - SBI ..."), the day book
  and the expenses of the period (see `exports.money_books`).
- One statement sheet per customer of the summary, named by customer code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from vyapar_lite.exports import workbook
from vyapar_lite.exports.hsn_summary import SHEET_TITLE as HSN_TITLE
from vyapar_lite.exports.hsn_summary import write_hsn_sheet
from vyapar_lite.exports.money_books import (
    book_title,
    write_book_sheet,
    write_day_book_sheet,
    write_expenses_sheet,
)
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
from vyapar_lite.services import (
    ageing,
    expenses,
    money_accounts,
    money_books,
    sales_register,
    statement,
)
from vyapar_lite.services.report_scope import CustomerScope
from vyapar_lite.services.returns.hsn_summary import hsn_summary

SUMMARY_TITLE = "Summary"
REPORT = (
    "Accountant's pack: balances, ageing, sales register, HSN summary, cash and bank books, "
    "day book, expenses and statements"
)


@dataclass(frozen=True)
class PackResult:
    customers: int  # statement sheets
    register_rows: int
    sheets: list[str]
    money_sheets: list[str] = field(default_factory=list)  # the books, day book, expenses


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
    books = [money_books.account_book(a.id, start, end) for a in money_accounts.accounts()]
    book_names = [sheet_name(f"{book_title(b)} - {b.account.name}", taken) for b in books]
    money_names = [*book_names, sheet_name("Day book", taken), sheet_name("Expenses", taken)]
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
        for book, name in zip(books, book_names, strict=True):
            write_book_sheet(wb, book, title=name)
        write_day_book_sheet(wb, money_books.day_book(start, end), title=money_names[-2])
        write_expenses_sheet(wb, expenses.expenses(start, end), start, end, title=money_names[-1])
        for done, code in enumerate(codes, start=1):
            st = statement.open_statement(code, start, end)
            write_statement_sheet(wb, st, title=names[code], heading=statement_heading(st))
            if progress is not None:
                progress(done, len(codes), f"Statement of {code}")
        return PackResult(
            len(codes),
            register.count,
            [SUMMARY_TITLE, REGISTER_TITLE, HSN_TITLE, *money_names, *names.values()],
            money_names,
        )
