"""The Closing screen: the daily cash closing and bank reconciliation, one tab each."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from vyapar_lite.ui.closing.daily_closing_page import DailyClosingPage
from vyapar_lite.ui.closing.reconciliation_page import ReconciliationPage


class ClosingScreen(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page.closing")
        self.daily = DailyClosingPage()
        self.reconciliation = ReconciliationPage()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.daily, "Daily closing")
        self.tabs.addTab(self.reconciliation, "Bank reconciliation")
        column = QVBoxLayout(self)
        column.addWidget(self.tabs)

    def show_daily_closing(self) -> None:
        self.tabs.setCurrentWidget(self.daily)

    def show_reconciliation(self) -> None:
        self.tabs.setCurrentWidget(self.reconciliation)
