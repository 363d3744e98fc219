"""The expenses of a period: head, account paid from, GST bill details and tax."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.exports.money_books import export_expenses
from vyapar_lite.services import document_parties, expenses
from vyapar_lite.services.expenses import ExpenseView
from vyapar_lite.ui.language import counted, head_name
from vyapar_lite.ui.money.account_names import shown_name
from vyapar_lite.ui.reports import printout
from vyapar_lite.ui.reports import report_html as h
from vyapar_lite.ui.reports.inputs import PeriodInputs
from vyapar_lite.ui.reports.printout import Printout
from vyapar_lite.ui.reports.report_model import ListSource
from vyapar_lite.ui.reports.report_page import ReportPage
from vyapar_lite.ui.reports.report_text import Column, day, money
from vyapar_lite.ui.tasks import Progress

COLUMNS: tuple[Column[ExpenseView], ...] = (
    Column(QT_TRANSLATE_NOOP("columns", "Date"), lambda r: r.expense_date, "date", 85),
    Column(QT_TRANSLATE_NOOP("columns", "Number"), lambda r: r.number, "text", 120, whole=True),
    Column(QT_TRANSLATE_NOOP("columns", "Head"), lambda r: head_name(r.head), "text", 120),
    Column(QT_TRANSLATE_NOOP("columns", "Paid from"), lambda r: shown_name(r.account), "text", 130),
    Column(QT_TRANSLATE_NOOP("columns", "Counter"), lambda r: r.counter, "text", 90),
    Column(QT_TRANSLATE_NOOP("columns", "Description"), lambda r: r.description, "text", 170),
    Column(
        QT_TRANSLATE_NOOP("columns", "Supplier GSTIN"),
        lambda r: r.supplier_gstin,
        "text",
        135,
        whole=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "GST"), lambda r: sum(t.tax for t in r.taxes), "amount", 100
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Amount"), lambda r: r.amount, "money", 115),
)


@dataclass(frozen=True)
class ExpensesResult:
    start: date
    end: date
    rows: list[ExpenseView]

    @property
    def total(self) -> int:
        return sum(r.amount for r in self.rows)

    @property
    def tax(self) -> int:
        return sum(t.tax for r in self.rows for t in r.taxes)


def totals(result: ExpensesResult) -> list[str]:
    return [
        "",
        "",
        "",
        "",
        "",
        "",
        QCoreApplication.translate("report_page", "Total"),
        money(result.tax),
        money(result.total),
    ]


class ExpensesPage(ReportPage[ExpensesResult]):
    key = "expenses"
    title = QT_TRANSLATE_NOOP("reports", "Expenses")
    blurb = QT_TRANSLATE_NOOP(
        "reports",
        "What the shop spent in a period, by head, with the GST on suppliers' bills.",
    )
    stretch_column = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period = PeriodInputs("report.expenses.period")
        self.add_input("", self.period)
        self.period.preset.activated.connect(lambda _i: self.load())

    def columns(self) -> Sequence[Column[ExpenseView]]:
        return COLUMNS

    def request(self) -> tuple[date, date]:
        return self.period.period()

    def fetch(self, request: tuple[date, date], progress: Progress) -> ExpensesResult:
        start, end = request
        return ExpensesResult(start, end, expenses.expenses(start, end))

    def display(self, result: ExpensesResult) -> None:
        self.show_rows(
            ListSource(result.rows),
            totals=totals(result),
            count=counted(len(result.rows), "expense"),
        )
        by_head: dict[str, int] = {}
        for r in result.rows:
            by_head[r.head] = by_head.get(r.head, 0) + r.amount
        heads = " · ".join(f"{h.e(head_name(k))} {money(v)}" for k, v in sorted(by_head.items()))
        self.summary.setText(
            QCoreApplication.translate(
                "expenses_page", "{start} to {end} · <b>Spent {total}</b> (GST on bills {tax})"
            ).format(
                start=day(result.start),
                end=day(result.end),
                total=money(result.total),
                tax=money(result.tax),
            )
            + (f" · {heads}" if heads else "")
        )

    def write(self, result: ExpensesResult, path: Path, progress: Progress) -> int:
        return export_expenses(path, result.rows, result.start, result.end)

    def printout(self, result: ExpensesResult, progress: Progress) -> Printout:
        return h.report_printout(
            document_parties.shop_for_period(result.start, result.end),
            "Expenses",
            ("Period", f"{day(result.start)} to {day(result.end)}"),
            [printout.table(COLUMNS, result.rows, totals=totals(result))],
            landscape=self.landscape,
        )

    def file_name(self, result: ExpensesResult) -> str:
        return f"Expenses {day(result.start)} to {day(result.end)}"
