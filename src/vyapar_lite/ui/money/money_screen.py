"""The Money screen: an expense, a contra voucher, the money accounts, and cancelling a voucher,
one tab each."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

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
        self.tabs.addTab(self.expense, "Expense")
        self.tabs.addTab(self.contra, "Contra (between accounts)")
        self.cancel = CancelForm()
        self.tabs.addTab(self.accounts, "Money accounts")
        self.tabs.addTab(self.cancel, "Cancel a voucher")
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
