"""The money workbooks: the cash book / bank book of one account, the day book and the
expenses list, each through the one report exporter (title block, table, SUM total row).

A book's sheet opens with the balance brought forward, lists each movement with its running
balance, totals money in and out with SUM formulas, and closes with a formula: opening + in -
out, so the accountant can audit it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from vyapar_lite.domain.expense import rate_text
from vyapar_lite.exports import workbook
from vyapar_lite.exports.report_workbook import Formula, Kind, Progress, ReportColumn, ReportSheet
from vyapar_lite.exports.shop_heading import shop_heading
from vyapar_lite.services.expenses import ExpenseView
from vyapar_lite.services.money_books import AccountBook, DayBook

if TYPE_CHECKING:
    from openpyxl import Workbook

BOOK_COLUMNS = (
    ReportColumn("Date", Kind.DATE, 12),
    ReportColumn("Document", Kind.TEXT, 20),
    ReportColumn("Particulars", Kind.TEXT, 44),
    ReportColumn("Money in", Kind.MONEY, 16, total=True),
    ReportColumn("Money out", Kind.MONEY, 16, total=True),
    ReportColumn("Balance", Kind.MONEY, 17),
)
DAY_BOOK_COLUMNS = (
    ReportColumn("Date", Kind.DATE, 12),
    ReportColumn("Kind", Kind.TEXT, 20),
    ReportColumn("Number", Kind.TEXT, 20),
    ReportColumn("Party / head", Kind.TEXT, 32),
    ReportColumn("Amount", Kind.MONEY, 16, total=True),
    ReportColumn("Money in", Kind.MONEY, 16, total=True),
    ReportColumn("Money out", Kind.MONEY, 16, total=True),
    ReportColumn("Status", Kind.TEXT, 11),
)
EXPENSE_COLUMNS = (
    ReportColumn("Date", Kind.DATE, 12),
    ReportColumn("Number", Kind.TEXT, 18),
    ReportColumn("Head", Kind.TEXT, 18),
    ReportColumn("Paid from", Kind.TEXT, 18),
    ReportColumn("Description", Kind.TEXT, 28),
    ReportColumn("Supplier GSTIN", Kind.TEXT, 17),
    ReportColumn("Bill number", Kind.TEXT, 14),
    ReportColumn("Rates", Kind.TEXT, 10),
    ReportColumn("Taxable value", Kind.MONEY, 15, total=True),
    ReportColumn("CGST", Kind.MONEY, 13, total=True),
    ReportColumn("SGST", Kind.MONEY, 13, total=True),
    ReportColumn("IGST", Kind.MONEY, 13, total=True),
    ReportColumn("Amount", Kind.MONEY, 15, total=True),
)


def book_title(book: AccountBook) -> str:
    return "Cash book" if book.account.kind == "cash" else "Bank book"


def write_book_sheet(
    wb: Workbook, book: AccountBook, *, title: str = "", progress: Progress | None = None
) -> ReportSheet:
    report = book_title(book)
    details = [("Account", book.account.label)]
    if book.account.ifsc:
        details.append(("IFSC", book.account.ifsc))
    heading = shop_heading(report, start=book.start, end=book.end, details=tuple(details))
    sheet = ReportSheet(wb, title or report, heading, BOOK_COLUMNS)
    opening = sheet.row([book.start, "", "Brought forward", None, None, book.opening])
    sheet.rows(
        (
            [r.entry_date, r.doc_number, r.description or r.kind, r.money_in or None,
             r.money_out or None, r.balance]
            for r in book.rows
        ),
        progress=progress,
        expected=book.count,
        text=report,
    )  # fmt: skip
    total = sheet.total_row()
    money_in, money_out, balance = (sheet.column_letter(i) for i in (3, 4, 5))
    closing = Formula(f"={balance}{opening}+{money_in}{total}-{money_out}{total}")
    sheet.after_row([book.end, "", "Closing balance", None, None, closing])
    sheet.finish()
    return sheet


def export_book(path: Path, book: AccountBook, *, progress: Progress | None = None) -> int:
    """The cash or bank book to `path`; returns the number of movements written."""
    with workbook.writing(path) as wb:
        write_book_sheet(wb, book, progress=progress)
    return book.count


def write_day_book_sheet(
    wb: Workbook, book: DayBook, *, title: str = "Day book", progress: Progress | None = None
) -> ReportSheet:
    sheet = ReportSheet(wb, title, shop_heading("Day book", start=book.start, end=book.end),
                        DAY_BOOK_COLUMNS)  # fmt: skip
    sheet.rows(
        (
            [r.doc_date, r.kind, r.number, r.party, r.amount or None, r.money_in or None,
             r.money_out or None, r.status]
            for r in book.rows
        ),
        progress=progress,
        expected=book.count,
        text="Day book",
    )  # fmt: skip
    sheet.total_row()
    sheet.finish()
    return sheet


def export_day_book(path: Path, book: DayBook, *, progress: Progress | None = None) -> int:
    with workbook.writing(path) as wb:
        write_day_book_sheet(wb, book, progress=progress)
    return book.count


def write_expenses_sheet(
    wb: Workbook,
    rows: list[ExpenseView],
    start: date,
    end: date,
    *,
    title: str = "Expenses",
) -> ReportSheet:
    heading = shop_heading("Expenses", start=start, end=end)
    sheet = ReportSheet(wb, title, heading, EXPENSE_COLUMNS)
    for e in rows:
        taxes = e.taxes
        sheet.row([
            e.expense_date, e.number, e.head, e.account, e.description, e.supplier_gstin,
            e.bill_number, ", ".join(rate_text(t.rate_bp) for t in taxes),
            sum(t.taxable for t in taxes) or None, sum(t.cgst for t in taxes) or None,
            sum(t.sgst for t in taxes) or None, sum(t.igst for t in taxes) or None, e.amount,
        ])  # fmt: skip
    sheet.total_row()
    sheet.finish()
    return sheet


def export_expenses(path: Path, rows: list[ExpenseView], start: date, end: date) -> int:
    with workbook.writing(path) as wb:
        write_expenses_sheet(wb, rows, start, end)
    return len(rows)
