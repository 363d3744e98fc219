"""The Money screen: an expense, a contra voucher, the money accounts, cancelling a voucher, the
daily closing and bank reconciliation, one tab each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from vyapar_lite.ui.closing.daily_closing_page import DailyClosingPage
from vyapar_lite.ui.closing.reconciliation_page import ReconciliationPage
from vyapar_lite.ui.money.accounts_panel import AccountsPanel
from vyapar_lite.ui.money.cancel_form import CancelForm
from vyapar_lite.ui.money.contra_form import ContraForm
from vyapar_lite.ui.money.expense_form import ExpenseForm


class MoneyScreen(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page.money")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("money.tabs")
        self.expense = ExpenseForm()
        self.contra = ContraForm()
        self.accounts = AccountsPanel()
        self.tabs.addTab(self.expense, QCoreApplication.translate("money_screen", "Expense"))
        self.tabs.addTab(
            self.contra, QCoreApplication.translate("money_screen", "Contra (between accounts)")
        )
        self.cancel = CancelForm()
        self.tabs.addTab(
            self.accounts, QCoreApplication.translate("money_screen", "Money accounts")
        )
        self.tabs.addTab(
            self.cancel, QCoreApplication.translate("money_screen", "Cancel a voucher")
        )
        self.daily = DailyClosingPage()
        self.reconciliation = ReconciliationPage()
        self.tabs.addTab(self.daily, QCoreApplication.translate("money_screen", "Daily closing"))
        self.tabs.addTab(
            self.reconciliation, QCoreApplication.translate("money_screen", "Bank reconciliation")
        )
        self.tabs.currentChanged.connect(self._refresh)
        for form in (self.expense, self.contra, self.accounts.new_account, self.cancel):
            form.posted.connect(lambda _n: self.accounts.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)

    def _refresh(self, index: int) -> None:
        """Accounts and heads as they are now (added on another tab, or another screen)."""
        widget = self.tabs.widget(index)
        if widget is self.expense:
            self.expense.refresh()
        elif widget is self.contra:
            self.contra.refresh()
        elif widget is self.accounts:
            self.accounts.refresh()

    def show_daily_closing(self) -> None:
        self.tabs.setCurrentWidget(self.daily)

    def show_reconciliation(self) -> None:
        self.tabs.setCurrentWidget(self.reconciliation)
