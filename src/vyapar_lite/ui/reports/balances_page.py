"""Customer balances as of a date: every customer's receivable, advance and net balance, with
filters and totals, largest dues first (or by code, name or city)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.exports.balances import export_balances
from vyapar_lite.services import balances, shop
from vyapar_lite.services.balances import BalanceRow, BalancesReport
from vyapar_lite.services.report_scope import CustomerScope
from vyapar_lite.ui.language import counted
from vyapar_lite.ui.reports import printout
from vyapar_lite.ui.reports import report_html as h
from vyapar_lite.ui.reports.inputs import ScopeFilters
from vyapar_lite.ui.reports.printout import Printout
from vyapar_lite.ui.reports.report_model import ListSource
from vyapar_lite.ui.reports.report_page import ReportPage
from vyapar_lite.ui.reports.report_text import Column, balance, day, money
from vyapar_lite.ui.sales.labels import label as shown_label
from vyapar_lite.ui.tasks import Progress
from vyapar_lite.ui.widgets import DateEdit

SHOW = (
    (QT_TRANSLATE_NOOP("balances_page", "Every customer"), "all"),
    (QT_TRANSLATE_NOOP("balances_page", "Owing or in advance"), "nonzero"),
    (QT_TRANSLATE_NOOP("balances_page", "Owing only"), "receivable"),
    (QT_TRANSLATE_NOOP("balances_page", "In advance only"), "advance"),
)
SORTS = (  # label, service sort key, descending
    (QT_TRANSLATE_NOOP("balances_page", "Largest dues first"), "balance", True),
    (QT_TRANSLATE_NOOP("balances_page", "Largest advances first"), "balance", False),
    (QT_TRANSLATE_NOOP("balances_page", "By code"), "code", False),
    (QT_TRANSLATE_NOOP("balances_page", "By name"), "name", False),
    (QT_TRANSLATE_NOOP("balances_page", "By city"), "city", False),
)
COLUMNS: tuple[Column[BalanceRow], ...] = (
    Column(QT_TRANSLATE_NOOP("columns", "Code"), lambda r: r.code, "text", 80, whole=True),
    Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda r: r.name, "text", 200),
    Column(QT_TRANSLATE_NOOP("columns", "City"), lambda r: r.city, "text", 100),
    Column(QT_TRANSLATE_NOOP("columns", "Phone"), lambda r: r.phone, "text", 100),
    Column(
        QT_TRANSLATE_NOOP("columns", "Type"), lambda r: shown_label(r.customer_type), "text", 85
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Category"), lambda r: r.category, "text", 95),
    Column(QT_TRANSLATE_NOOP("columns", "Receivable"), lambda r: r.receivable, "amount", 115),
    Column(QT_TRANSLATE_NOOP("columns", "Advance"), lambda r: r.advance, "amount", 105),
    Column(QT_TRANSLATE_NOOP("columns", "Balance"), lambda r: r.balance, "balance", 125),
)


@dataclass(frozen=True)
class BalancesRequest:
    as_of: date
    scope: CustomerScope
    show: str
    sort: str
    descending: bool
    filters: str  # in words, for the printout


@dataclass(frozen=True)
class BalancesResult:
    request: BalancesRequest
    report: BalancesReport


def totals(report: BalancesReport) -> list[str]:
    return [
        "", counted(report.count, "customer"), "", "", "", "",
        money(report.total_receivable), money(report.total_advance),
        balance(report.total_balance),
    ]  # fmt: skip


class BalancesPage(ReportPage[BalancesResult]):
    key = "balances"
    title = QT_TRANSLATE_NOOP("reports", "Customer balances")
    blurb = QT_TRANSLATE_NOOP(
        "reports", "What every customer owes, or has paid in advance, on a date."
    )
    stretch_column = 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.as_of = DateEdit()
        self.as_of.setObjectName("report.balances.as_of")
        self.show_filter = QComboBox()
        self.show_filter.setObjectName("report.balances.show_filter")
        for label, value in SHOW:
            self.show_filter.addItem(QCoreApplication.translate("balances_page", label), value)
        self.sort = QComboBox()
        self.sort.setObjectName("report.balances.sort")
        for label, key, descending in SORTS:
            self.sort.addItem(QCoreApplication.translate("balances_page", label), (key, descending))
        self.scope_filters = ScopeFilters("report.balances.filter")
        self.add_input(QCoreApplication.translate("balances_page", "As of"), self.as_of)
        self.add_input("", self.show_filter)
        self.add_input("", self.sort)
        self.filters.addWidget(self.scope_filters)
        self.filters.addStretch(1)
        self.sort.activated.connect(lambda _i: self.load())
        self.show_filter.activated.connect(lambda _i: self.load())

    def columns(self) -> Sequence[Column[BalanceRow]]:
        return COLUMNS

    def row_style(self, row: BalanceRow) -> str:
        if not row.is_active:
            return "muted"
        return "advance" if row.advance else ""

    def request(self) -> BalancesRequest:
        key, descending = self.sort.currentData()
        return BalancesRequest(
            self.as_of.date_value(),
            self.scope_filters.scope(),
            str(self.show_filter.currentData()),
            str(key),
            bool(descending),
            self.scope_filters.description(),
        )

    def fetch(self, request: BalancesRequest, progress: Progress) -> BalancesResult:
        report = balances.balances(
            request.as_of,
            request.scope,
            show=request.show,
            sort=request.sort,
            descending=request.descending,
        )
        return BalancesResult(request, report)

    def display(self, result: BalancesResult) -> None:
        report = result.report
        self.show_rows(
            ListSource(report.rows), totals=totals(report), count=counted(report.count, "customer")
        )
        self.summary.setText(
            QCoreApplication.translate(
                "balances_page",
                "As of {0} · <b>Receivable {1}</b> · Advances {2} (in green) · "
                "Net {3}. Inactive customers are in grey.",
            ).format(
                day(report.as_of),
                money(report.total_receivable),
                money(report.total_advance),
                balance(report.total_balance),
            )
        )

    def write(self, result: BalancesResult, path: Path, progress: Progress) -> int:
        return export_balances(path, result.report, progress=progress)

    def printout(self, result: BalancesResult, progress: Progress) -> Printout:
        report = result.report
        details = [("Customers", result.request.filters)] if result.request.filters else []
        return h.report_printout(
            shop.get_profile(),
            QCoreApplication.translate("report_printout", "Customer balances"),
            ("As of", day(report.as_of)),
            [printout.table(COLUMNS, report.rows, style=self.row_style, totals=totals(report))],
            details=details,
            landscape=self.landscape,
        )

    def file_name(self, result: BalancesResult) -> str:
        return f"Balances {day(result.report.as_of)}"
