"""The day book: every document of a day (or period), all kinds, with the money each moved."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from vyapar_lite.domain.customer import CASH_CODE
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.exports.money_books import export_day_book
from vyapar_lite.services import document_parties, money_books
from vyapar_lite.services.money_books import DayBook, DayBookRow
from vyapar_lite.ui.language import counted, customer_name, head_name, shown
from vyapar_lite.ui.reports import printout
from vyapar_lite.ui.reports import report_html as h
from vyapar_lite.ui.reports.inputs import PeriodInputs
from vyapar_lite.ui.reports.periods import Period
from vyapar_lite.ui.reports.printout import Printout
from vyapar_lite.ui.reports.report_model import ListSource
from vyapar_lite.ui.reports.report_page import ReportPage
from vyapar_lite.ui.reports.report_text import Column, day, money
from vyapar_lite.ui.sales.labels import status_label
from vyapar_lite.ui.tasks import Progress


def party_text(party: str) -> str:
    """The party as issued, an expense's head as named; a contra voucher's two accounts
    (`money_books.day_book` gives them as a Message) and the walk-in customer's name as the app
    created it in the screens' language."""
    return shown(party) if isinstance(party, Message) else customer_name(party, CASH_CODE)


COLUMNS: tuple[Column[DayBookRow], ...] = (
    Column(QT_TRANSLATE_NOOP("columns", "Date"), lambda r: r.doc_date, "date", 85),
    Column(
        QT_TRANSLATE_NOOP("columns", "Kind"),
        lambda r: QCoreApplication.translate("doc_words", r.kind),
        "text",
        130,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Number"), lambda r: r.number, "text", 130, whole=True),
    Column(
        QT_TRANSLATE_NOOP("columns", "Party / head"),
        lambda r: head_name(r.party) if r.kind == "expense" else party_text(r.party),
        "text",
        220,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Amount"), lambda r: r.amount, "amount", 115),
    Column(QT_TRANSLATE_NOOP("columns", "Money in"), lambda r: r.money_in, "amount", 110),
    Column(QT_TRANSLATE_NOOP("columns", "Money out"), lambda r: r.money_out, "amount", 110),
    Column(
        QT_TRANSLATE_NOOP("columns", "Status"),
        lambda r: status_label(r.status) if r.status else "",
        "text",
        80,
    ),
)


def totals(book: DayBook) -> list[str]:
    amount = sum(r.amount for r in book.rows)
    return [
        "",
        "",
        "",
        QCoreApplication.translate("report_page", "Total"),
        money(amount),
        money(book.total_in),
        money(book.total_out),
        "",
    ]


class DayBookPage(ReportPage[DayBook]):
    key = "day_book"
    title = QT_TRANSLATE_NOOP("reports", "Day book")
    blurb = QT_TRANSLATE_NOOP(
        "reports",
        "Every document of the day, all kinds, and the money each moved in and out.",
    )
    stretch_column = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period = PeriodInputs("report.day_book.period")
        self.add_input("", self.period)
        self.period.preset.activated.connect(lambda _i: self.load())

    def columns(self) -> Sequence[Column[DayBookRow]]:
        return COLUMNS

    def row_style(self, row: DayBookRow) -> str:
        return "muted" if row.status in ("cancelled", "bounced") else ""

    def request(self) -> Period:
        return self.period.period()

    def fetch(self, request: Period, progress: Progress) -> DayBook:
        start, end = request
        return money_books.day_book(start, end)

    def display(self, result: DayBook) -> None:
        self.show_rows(
            ListSource(result.rows), totals=totals(result), count=counted(result.count, "document")
        )
        when = (
            day(result.start)
            if result.start == result.end
            else QCoreApplication.translate("day_book_page", "{start} to {end}").format(
                start=day(result.start), end=day(result.end)
            )
        )
        self.summary.setText(
            QCoreApplication.translate(
                "day_book_page",
                "{when} · {0} · Money in <b>{1}</b> · Money out <b>{2}</b> (every "
                "cash and bank book together). Cancelled documents are in grey.",
            ).format(
                counted(result.count, "document"),
                money(result.total_in),
                money(result.total_out),
                when=when,
            )
        )

    def write(self, result: DayBook, path: Path, progress: Progress) -> int:
        return export_day_book(path, result, progress=progress)

    def printout(self, result: DayBook, progress: Progress) -> Printout:
        return h.report_printout(
            document_parties.shop_for_period(result.start, result.end),
            "Day book",
            ("Period", f"{day(result.start)} to {day(result.end)}"),
            [printout.table(COLUMNS, result.rows, style=self.row_style, totals=totals(result))],
            landscape=self.landscape,
        )

    def file_name(self, result: DayBook) -> str:
        return f"Day book {day(result.start)} to {day(result.end)}"
