"""The cash book and the bank books: one money account over a period: brought forward, each
movement with its document and running balance, closing; Excel, print and PDF."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.exports.money_books import book_title, export_book
from vyapar_lite.services import document_parties, money_accounts, money_books
from vyapar_lite.services.money_books import AccountBook, BookRow
from vyapar_lite.ui.language import counted, stored_text
from vyapar_lite.ui.money.account_names import shown_label
from vyapar_lite.ui.reports import printout
from vyapar_lite.ui.reports import report_html as h
from vyapar_lite.ui.reports.inputs import PeriodInputs
from vyapar_lite.ui.reports.printout import Printout
from vyapar_lite.ui.reports.report_model import ListSource
from vyapar_lite.ui.reports.report_page import ReportPage
from vyapar_lite.ui.reports.report_text import Column, day, money
from vyapar_lite.ui.tasks import Progress

# the books' titles (exports/money_books.book_title), shown translated
_BOOKS = (
    QT_TRANSLATE_NOOP("money_book_page", "Cash book"),
    QT_TRANSLATE_NOOP("money_book_page", "Bank book"),
)


def particulars(row: BookRow) -> str:
    """What the entry was, as its document wrote it, in the screens' language (a contra
    voucher's "Cash deposited in SBI", "SBI to HDFC"); the entry's kind when it wrote nothing."""
    return stored_text(row.description, contra=row.kind == "contra") or row.kind


COLUMNS: tuple[Column[BookRow], ...] = (
    Column(QT_TRANSLATE_NOOP("columns", "Date"), lambda r: r.entry_date, "date", 85),
    Column(
        QT_TRANSLATE_NOOP("columns", "Document"), lambda r: r.doc_number, "text", 130, whole=True
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Particulars"), particulars, "text", 280),
    Column(QT_TRANSLATE_NOOP("columns", "Money in"), lambda r: r.money_in, "amount", 115),
    Column(QT_TRANSLATE_NOOP("columns", "Money out"), lambda r: r.money_out, "amount", 115),
    Column(QT_TRANSLATE_NOOP("columns", "Balance"), lambda r: r.balance, "money", 125),
)


@dataclass(frozen=True)
class BookRequest:
    account_id: int
    start: date
    end: date


def totals(book: AccountBook) -> list[str]:
    return [
        "",
        "",
        QCoreApplication.translate("report_page", "Total"),
        money(book.total_in),
        money(book.total_out),
        money(book.closing),
    ]


class MoneyBookPage(ReportPage[AccountBook]):
    key = "money_book"
    title = QT_TRANSLATE_NOOP("reports", "Cash and bank books")
    blurb = QT_TRANSLATE_NOOP(
        "reports",
        "One account's money over a period: brought forward, each movement, closing.",
    )
    stretch_column = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account = QComboBox()
        self.account.setObjectName("report.money_book.account")
        for account in money_accounts.accounts():
            self.account.addItem(shown_label(account), account.id)
        self.period = PeriodInputs("report.money_book.period")
        self.add_input(QCoreApplication.translate("money_book_page", "Account"), self.account)
        self.add_input("", self.period)
        self.account.activated.connect(lambda _i: self.load())
        self.period.preset.activated.connect(lambda _i: self.load())

    def columns(self) -> Sequence[Column[BookRow]]:
        return COLUMNS

    def request(self) -> BookRequest:
        start, end = self.period.period()
        return BookRequest(int(self.account.currentData()), start, end)

    def fetch(self, request: BookRequest, progress: Progress) -> AccountBook:
        return money_books.account_book(request.account_id, request.start, request.end)

    def display(self, result: AccountBook) -> None:
        self.show_rows(
            ListSource(result.rows), totals=totals(result), count=counted(result.count, "movement")
        )
        self.summary.setText(
            QCoreApplication.translate(
                "money_book_page",
                "<b>{0}: {1}</b> · {2} to {3} · Brought forward {4} · In {5} · "
                "Out {6} · <b>Closing {7}</b>",
            ).format(
                h.e(QCoreApplication.translate("money_book_page", book_title(result))),
                h.e(shown_label(result.account)),
                day(result.start),
                day(result.end),
                money(result.opening),
                money(result.total_in),
                money(result.total_out),
                money(result.closing),
            )
        )

    def write(self, result: AccountBook, path: Path, progress: Progress) -> int:
        return export_book(path, result, progress=progress)

    def printout(self, result: AccountBook, progress: Progress) -> Printout:
        return h.report_printout(
            document_parties.shop_for_period(result.start, result.end),
            f"{book_title(result)}: {shown_label(result.account)}",
            ("Period", f"{day(result.start)} to {day(result.end)}"),
            [printout.table(COLUMNS, result.rows, totals=totals(result))],
            details=[("Brought forward", money(result.opening))],
            landscape=self.landscape,
        )

    def file_name(self, result: AccountBook) -> str:
        return (
            f"{book_title(result)} {result.account.name} {day(result.start)} to {day(result.end)}"
        )
