"""The Sales screen: the list of documents, with the invoice and order forms in its place when one
is being typed (its keys are in the main window's Sales menu: `ui/sales/menu.py`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import sales_views
from vyapar_lite.services.sales import InvoiceDraft
from vyapar_lite.ui.customers.customers_screen import CustomersScreen
from vyapar_lite.ui.drafts.draft_form import DraftForm
from vyapar_lite.ui.sales.invoice_form import InvoiceForm
from vyapar_lite.ui.sales.note_dialogs import CreditNoteDialog, DebitNoteDialog, FinancialNoteDialog
from vyapar_lite.ui.sales.opener import open_document
from vyapar_lite.ui.sales.order_form import OrderForm
from vyapar_lite.ui.sales.sales_list import SalesListPage

NOTE_DIALOGS = {
    "credit_note": CreditNoteDialog,
    "debit_note": DebitNoteDialog,
    "financial_note": FinancialNoteDialog,
}


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

    def _free(self, form: DraftForm) -> bool:
        """True when `form` may start afresh; one with typed work asks, and on Keep (the
        default) it is shown with its work."""
        if form.may_leave():
            return True
        self.show_form(form)
        return False

    def show_form(self, form: QWidget) -> None:
        self.stack.setCurrentWidget(form)
        form.setFocus()
        if isinstance(form, (InvoiceForm, OrderForm)):
            form.grid.start_typing()

    def unsaved_work(self) -> list[DraftForm]:
        """The forms holding typed work that is not saved (quitting asks about them)."""
        return [form for form in (self.invoice_form, self.order_form) if form.busy()]

    def show_kept(self, kind: str, payload: dict[str, Any]) -> bool:
        """Show a draft kept from the last session: an invoice or order on its form, a credit,
        debit or financial credit note in its dialog against the invoice it was typed for."""
        if kind in NOTE_DIALOGS:
            return self._show_kept_note(kind, payload)
        form: DraftForm | None = {"invoice": self.invoice_form, "order": self.order_form}.get(kind)
        if form is None:
            return False
        self.stack.setCurrentWidget(form)
        form.show_kept(payload)
        return True

    def _show_kept_note(self, kind: str, payload: dict[str, Any]) -> bool:
        number = payload.get("invoice")
        try:
            invoice = sales_views.get_document(number if isinstance(number, str) else "")
        except ValidationError:
            return False  # the invoice is not in this file: nothing to type a note against
        dialog = NOTE_DIALOGS[kind](invoice, self)
        dialog.posted.connect(self._posted)
        dialog.open()
        dialog.show_kept(payload)
        return True

    def new_invoice(self, code: str = "") -> InvoiceForm:
        """A new invoice (for customer `code` when given: Ctrl+I on a customer's page)."""
        if not self._free(self.invoice_form):
            return self.invoice_form
        self.stack.setCurrentWidget(self.invoice_form)
        self.invoice_form.new_invoice()
        if code and self.invoice_form.picker.set_code(code):
            self.invoice_form.grid.setFocus()  # the customer is chosen: on to the lines
        return self.invoice_form

    def invoice_from_draft(self, draft: InvoiceDraft) -> None:
        """An invoice for a sale order (Convert to invoice)."""
        if not self._free(self.invoice_form):
            return
        self.stack.setCurrentWidget(self.invoice_form)
        self.invoice_form.load_draft(draft)

    def new_order(self) -> OrderForm:
        if not self._free(self.order_form):
            return self.order_form
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
