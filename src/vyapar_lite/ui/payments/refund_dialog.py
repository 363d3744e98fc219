"""Paying money back to a customer: their advance (receipts not allocated) first, then what their
credit notes left in their favour. A payment out with its mode and reference."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import payments
from vyapar_lite.services.payments import PaymentView, RefundDraft
from vyapar_lite.ui.payments.mode_fields import ModeFields
from vyapar_lite.ui.payments.money_dialog import MoneyDialog
from vyapar_lite.ui.widgets import DateEdit, MoneyEdit


class RefundDialog(MoneyDialog):
    def __init__(self, code: str = "", parent: QWidget | None = None) -> None:
        super().__init__("refund", "Refund an advance or credit balance", parent, noun="refund")
        self.available = QLabel()
        self.available.setObjectName("refund.available")
        self.available.setWordWrap(True)
        self.form.addRow("", self.available)
        self.date_edit = DateEdit()
        self.date_edit.setObjectName("refund.date")
        self.amount_edit = MoneyEdit("amount")
        self.amount_edit.setObjectName("refund.amount")
        self.mode = ModeFields("refund")
        self.notes_edit = QLineEdit()
        self.notes_edit.setObjectName("refund.notes")
        self.notes_edit.setMaxLength(1000)
        self.add("date", "&Date", self.date_edit)
        self.add("amount", "&Amount to pay back", self.amount_edit)
        self.add("mode", "Paid by", self.mode, enter=False)
        self.order += self.mode.fields
        self.add("notes", "&Notes", self.notes_edit)
        self.picker.chosen.connect(self._customer_chosen)
        self.finish(width=700)
        if code:
            self.picker.set_code(code)
        self._customer_chosen(self.picker.code())

    def _customer_chosen(self, code: str) -> None:
        if not code:
            self.available.setText(
                QCoreApplication.translate("refund_dialog", "Choose the customer to pay back.")
            )
            self.save_button.setEnabled(False)
            return
        can = payments.refundable(code)
        self.available.setText(
            QCoreApplication.translate(
                "refund_dialog", "Can be refunded: <b>{0}</b> (advance {1}, credit notes {2})"
            ).format(
                format_money(can.total),
                format_money(can.advance),
                format_money(can.credit_note_balance),
            )
        )
        self.amount_edit.set_paise(can.total)
        self.save_button.setEnabled(can.total > 0)

    def draft(self) -> RefundDraft:
        return RefundDraft(
            customer_code=self.picker.code(),
            pay_date=self.date_edit.date_value(),
            amount=self.amount_edit.paise(),
            mode=self.mode.mode(),
            reference=self.mode.reference(),
            cheque=self.mode.cheque(),
            notes=self.notes_edit.text().strip(),
            account_id=self.mode.account_id(),
        )

    def save(self) -> PaymentView | None:
        if not self.picker.code():
            self.show_errors([FieldError("customer", "Choose the customer to pay back")])
            return None
        try:
            view = payments.record_refund(self.draft())
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return None
        self.saved.emit(view)
        self.accept()
        return view
