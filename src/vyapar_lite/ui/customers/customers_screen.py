"""The Customers screen: the list, and a customer's page in its place when one is opened."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from vyapar_lite.ui.customers.customer_excel import CustomerExcel
from vyapar_lite.ui.customers.customer_form import CustomerForm
from vyapar_lite.ui.customers.customer_list_page import CustomerListPage
from vyapar_lite.ui.customers.customer_page import CustomerPage


class CustomersScreen(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page.customers")
        self.list_page = CustomerListPage()
        self.customer_page = CustomerPage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.customer_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.list_page.open_customer.connect(self.open_customer)
        self.list_page.new_customer.connect(self.new_customer)
        self.customer_page.back.connect(self.show_list)
        self.customer_page.edit_requested.connect(self.edit_customer)
        self.customer_page.changed.connect(self.list_page.refresh)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_customer)
        self.excel = CustomerExcel(self)
        self.list_page.import_button.clicked.connect(self.excel.choose_and_import)
        self.list_page.export_button.clicked.connect(self.excel.choose_and_export)
        self.excel.imported.connect(lambda _result: self.list_page.refresh())

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_page)
        self.list_page.search.setFocus()
        self.list_page.search.selectAll()

    def open_code(self) -> str:
        """The code of the customer whose page is on show ("" on the list)."""
        page = self.customer_page
        if self.stack.currentWidget() is not page or page.account is None:
            return ""
        return page.account.code

    def open_customer(self, code: str) -> None:
        self.customer_page.show_customer(code)
        self.stack.setCurrentWidget(self.customer_page)

    def new_customer(self) -> CustomerForm:
        form = CustomerForm(parent=self)
        form.saved.connect(self._saved)
        form.open()
        return form

    def edit_customer(self, code: str) -> CustomerForm:
        form = CustomerForm(code, parent=self)
        form.saved.connect(self._saved)
        form.open()
        return form

    def show_kept(self, kind: str, payload: dict[str, Any]) -> bool:
        """Show a customer form kept from the last session (a new customer, or changes to one)."""
        return kind == "customer" and CustomerForm.reopen(
            payload, self.new_customer, self.edit_customer
        )

    def _saved(self, code: str) -> None:
        self.list_page.refresh()
        self.open_customer(code)
