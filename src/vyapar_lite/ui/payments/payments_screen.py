"""The Payments screen: the list of receipts and payments, with the receipt form in its place
while one is typed; refunds, payments out, purchase bills and the PDC register open over it (its
keys are in the main window's Payments menu: `ui/payments/menu.py`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from vyapar_lite.ui.excel_transfer import ExcelTransfer
from vyapar_lite.ui.payments.bill_form import BillForm
from vyapar_lite.ui.payments.history_excel import HISTORY
from vyapar_lite.ui.payments.opener import open_payment
from vyapar_lite.ui.payments.payment_out_form import PaymentOutForm
from vyapar_lite.ui.payments.payments_list import PaymentsListPage
from vyapar_lite.ui.payments.pdc_register import PdcRegisterDialog
from vyapar_lite.ui.payments.receipt_form import ReceiptForm
from vyapar_lite.ui.payments.refund_dialog import RefundDialog


class PaymentsScreen(QWidget):
    """`changed()` after anything was saved, cancelled or marked (balances elsewhere move)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page.payments")
        self.list_page = PaymentsListPage()
        self.receipt_form = ReceiptForm()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.receipt_form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        page = self.list_page
        page.new_receipt.connect(self.new_receipt)
        page.new_refund.connect(self.refund)
        page.new_payment_out.connect(self.payment_out)
        page.new_bill.connect(self.purchase_bill)
        page.pdc_register.connect(self.pdc_register)
        self.history = ExcelTransfer(HISTORY, self)
        page.import_history.connect(self.history.choose_and_import)
        self.history.imported.connect(self._changed)
        page.open_requested.connect(self.open_document)
        self.receipt_form.close_requested.connect(self.show_list)
        self.receipt_form.changed.connect(self._changed)
        self.receipt_form.open_receipt.connect(lambda number: self.open_document("", number))

    def show_list(self) -> None:
        self.list_page.refresh()
        self.stack.setCurrentWidget(self.list_page)
        self.list_page.focus_search()

    def new_receipt(self, code: str = "") -> ReceiptForm:
        """A blank receipt (for `code` when given); a half-typed one is discarded only when the
        shopkeeper says so."""
        form = self.receipt_form
        if self.stack.currentWidget() is form and form.busy() and not self._confirm_discard():
            return form
        self.stack.setCurrentWidget(form)
        form.new_receipt(code)
        return form

    def open_document(self, kind: str, number: str) -> QDialog | None:
        return open_payment(number, self, kind=kind, on_change=self._changed)

    def _modal(self, dialog: QDialog) -> QDialog:
        dialog.saved.connect(lambda _view: self._changed())  # type: ignore[attr-defined]
        dialog.open()
        return dialog

    def refund(self, code: str = "") -> RefundDialog:
        dialog = RefundDialog(code, self)
        self._modal(dialog)
        return dialog

    def payment_out(self, code: str = "") -> PaymentOutForm:
        dialog = PaymentOutForm(code, self)
        self._modal(dialog)
        return dialog

    def purchase_bill(self, code: str = "") -> BillForm:
        dialog = BillForm(code, self)
        self._modal(dialog)
        return dialog

    def pdc_register(self) -> PdcRegisterDialog:
        dialog = PdcRegisterDialog(self)
        dialog.changed.connect(self._changed)
        dialog.open()
        return dialog

    def find_payment(self) -> None:
        if self.stack.currentWidget() is not self.list_page:
            self.show_list()
        self.list_page.focus_search()

    def _changed(self, *_args: object) -> None:
        self.list_page.refresh()
        self.changed.emit()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("payments_screen", "Discard this receipt?"),
            QCoreApplication.translate(
                "payments_screen", "The receipt being typed is not saved. Discard it?"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes
