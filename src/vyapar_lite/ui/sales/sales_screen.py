"""The Sales screen: the list of documents, with the invoice and order forms in its place when one
is being typed (its keys are in the main window's Sales menu: `ui/sales/menu.py`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from vyapar_lite.services.sales import InvoiceDraft
from vyapar_lite.ui.customers.customers_screen import CustomersScreen
from vyapar_lite.ui.sales.invoice_form import InvoiceForm
from vyapar_lite.ui.sales.opener import open_document
from vyapar_lite.ui.sales.order_form import OrderForm
from vyapar_lite.ui.sales.sales_list import SalesListPage


class SalesScreen(QWidget):
    """`changed()` after anything was posted or cancelled (balances elsewhere move)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page.sales")
        self.list_page = SalesListPage()
        self.invoice_form = InvoiceForm()
        self.order_form = OrderForm()
        self.stack = QStackedWidget()
        for page in (self.list_page, self.invoice_form, self.order_form):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.list_page.new_invoice.connect(self.new_invoice)
        self.list_page.new_order.connect(self.new_order)
        self.list_page.open_requested.connect(self.open_document)
        self.invoice_form.close_requested.connect(self.show_list)
        self.invoice_form.saved.connect(self._posted)
        self.invoice_form.open_document.connect(self.open_document)
        self.order_form.close_requested.connect(self.show_list)
        self.order_form.saved.connect(self._posted)

    def show_list(self) -> None:
        self.list_page.refresh()
        self.stack.setCurrentWidget(self.list_page)
        self.list_page.focus_search()

    def _busy_with_invoice(self) -> bool:
        form = self.invoice_form  # a half-typed invoice stays there when the list is shown
        if form.last_saved is not None:
            return False
        lines, _errors = form.grid.lines()
        return bool(lines)

    def new_invoice(self, code: str = "") -> InvoiceForm:
        """A new invoice (for customer `code` when given: Ctrl+I on a customer's page)."""
        if self._busy_with_invoice() and not self._confirm_discard():
            return self.invoice_form
        self.stack.setCurrentWidget(self.invoice_form)
        self.invoice_form.new_invoice()
        if code and self.invoice_form.picker.set_code(code):
            self.invoice_form.grid.setFocus()  # the customer is chosen: on to the lines
        return self.invoice_form

    def invoice_from_draft(self, draft: InvoiceDraft) -> None:
        """An invoice for a sale order (Convert to invoice)."""
        self.stack.setCurrentWidget(self.invoice_form)
        self.invoice_form.load_draft(draft)

    def new_order(self) -> OrderForm:
        self.stack.setCurrentWidget(self.order_form)
        self.order_form.new_order()
        return self.order_form

    def open_document(self, kind: str, number: str) -> QWidget | None:
        return open_document(
            number, self, kind=kind, on_change=self._posted, on_convert=self.invoice_from_draft
        )

    def find_document(self) -> None:
        if self.stack.currentWidget() is not self.list_page:
            self.show_list()
        self.list_page.focus_search()

    def _posted(self, *_args: object) -> None:
        self.list_page.refresh()
        self.changed.emit()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("sales_screen", "Discard this invoice?"),
            QCoreApplication.translate(
                "sales_screen", "The invoice being typed is not saved. Discard it?"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes


def connect_customers(
    screen: SalesScreen, customers_screen: CustomersScreen, show: Callable[[], None]
) -> None:
    """Sales move balances: refresh the customer list and page; an order converted from a
    customer's page is invoiced on the Sales screen."""
    page = customers_screen.customer_page

    def refresh_customers() -> None:
        customers_screen.list_page.refresh()
        if page.account is not None:
            page.refresh()

    def invoice_order(draft: InvoiceDraft) -> None:
        show()
        screen.invoice_from_draft(draft)

    screen.changed.connect(refresh_customers)
    page.documents_tab.convert_handler = invoice_order
    page.documents_tab.changed.connect(screen.list_page.refresh)
