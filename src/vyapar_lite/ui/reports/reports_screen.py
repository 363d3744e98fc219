"""The Reports screen: a tab for each report (statement, outstanding invoices, ageing, balances,
sales register, HSN summary, GST returns, GSTR-3B, accountant's pack, composition, customer
insights); each report page is built the first time it is chosen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStackedWidget, QTabBar, QVBoxLayout, QWidget

from vyapar_lite.ui.reports.report_page import ReportPage


def _statement() -> ReportPage[Any]:
    from vyapar_lite.ui.reports.statement_page import StatementPage

    return StatementPage()


def _outstanding() -> ReportPage[Any]:
    from vyapar_lite.ui.reports.outstanding_page import OutstandingPage

    return OutstandingPage()


def _ageing() -> ReportPage[Any]:
    from vyapar_lite.ui.reports.ageing_page import AgeingPage

    return AgeingPage()


def _balances() -> ReportPage[Any]:
    from vyapar_lite.ui.reports.balances_page import BalancesPage

    return BalancesPage()


def _register() -> ReportPage[Any]:
    from vyapar_lite.ui.reports.register_page import RegisterPage

    return RegisterPage()


def _pack() -> ReportPage[Any]:
    from vyapar_lite.ui.reports.pack_page import PackPage

    return PackPage()


def _hsn() -> ReportPage[Any]:
    from vyapar_lite.ui.reports.hsn_page import HsnPage

    return HsnPage()


def _returns() -> ReportPage[Any]:
    from vyapar_lite.ui.reports.returns_page import ReturnsPage

    return ReturnsPage()


def _gstr3b() -> ReportPage[Any]:
    from vyapar_lite.ui.reports.gstr3b_page import Gstr3bPage

    return Gstr3bPage()


def _tally() -> ReportPage[Any]:
    from vyapar_lite.ui.reports.tally_page import TallyPage

    return TallyPage()


def _insights() -> ReportPage[Any]:
    from vyapar_lite.ui.reports.insights_page import InsightsPage

    return InsightsPage()


def _composition() -> ReportPage[Any]:
    from vyapar_lite.ui.reports.composition_page import CompositionPage

    return CompositionPage()


def _money_book() -> ReportPage[Any]:
    from vyapar_lite.ui.reports.money_book_page import MoneyBookPage

    return MoneyBookPage()


def _day_book() -> ReportPage[Any]:
    from vyapar_lite.ui.reports.day_book_page import DayBookPage

    return DayBookPage()


def _expenses() -> ReportPage[Any]:
    from vyapar_lite.ui.reports.expenses_page import ExpensesPage

    return ExpensesPage()


REPORTS: tuple[tuple[str, str, Callable[[], ReportPage[Any]]], ...] = (
    ("statement", "Statement", _statement),
    ("outstanding", "Outstanding", _outstanding),
    ("ageing", "Ageing", _ageing),
    ("balances", "Balances", _balances),
    ("money_book", "Cash and bank books", _money_book),
    ("day_book", "Day book", _day_book),
    ("expenses", "Expenses", _expenses),
    ("register", "Sales register", _register),
    ("hsn", "HSN summary", _hsn),
    ("returns", "GST returns", _returns),
    ("gstr3b", "GSTR-3B", _gstr3b),
    ("pack", "Accountant's pack", _pack),
    ("tally", "Export to Tally", _tally),
    ("composition", "Composition (CMP-08)", _composition),
    ("insights", "Customer insights", _insights),
)


class ReportsScreen(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page.reports")
        self.keys = [key for key, _title, _make in REPORTS]
        self._makers = {key: make for key, _title, make in REPORTS}
        self._built: dict[str, ReportPage[Any]] = {}
        self.chooser = QTabBar()
        self.chooser.setObjectName("reports.chooser")
        self.chooser.setExpanding(False)
        self.stack = QStackedWidget()
        for _key, title, _make in REPORTS:
            self.chooser.addTab(title)
            self.stack.addWidget(QWidget())  # stands in until the report is first chosen
        self.chooser.currentChanged.connect(self._show_index)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.chooser)
        layout.addWidget(self.stack, 1)
        self._show_index(0)

    def page(self, key: str) -> ReportPage[Any]:
        """The report page for `key`, built on first use."""
        built = self._built.get(key)
        if built is not None:
            return built
        index = self.keys.index(key)
        page = self._makers[key]()
        standin = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        if standin is not None:
            self.stack.removeWidget(standin)
            standin.deleteLater()
        self._built[key] = page
        return page

    def focus_first_input(self) -> None:
        """Ctrl+6: the keyboard in the shown report's first input."""
        first = self.page(self.keys[self.chooser.currentIndex()]).first_input()
        if first is not None:
            first.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_report(self, key: str) -> ReportPage[Any]:
        self.chooser.setCurrentIndex(self.keys.index(key))
        return self.page(key)

    def open_statement(
        self, code: str, start: date | None = None, end: date | None = None
    ) -> ReportPage[Any]:
        """Show `code`'s statement (this financial year unless a period is given)."""
        from vyapar_lite.ui.reports.statement_page import StatementPage

        page = self.show_report("statement")
        if isinstance(page, StatementPage):
            page.open_statement(code, start, end)
        return page

    def _show_index(self, index: int) -> None:
        self.page(self.keys[index])
        self.stack.setCurrentIndex(index)
