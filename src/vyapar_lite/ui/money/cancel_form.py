"""Cancelling an expense or a contra voucher, with the reason: its money goes back on its date;
the number stays used."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.services import contra_vouchers, expenses
from vyapar_lite.ui.money.money_form import MoneyForm

KINDS = (
    (QT_TRANSLATE_NOOP("cancel_form", "Expense"), "expense"),
    (QT_TRANSLATE_NOOP("cancel_form", "Contra voucher"), "contra"),
)


class CancelForm(MoneyForm):
    done_word = "Cancelled"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("cancel", parent)
        self.kind = QComboBox()
        for label, value in KINDS:
            self.kind.addItem(QCoreApplication.translate("cancel_form", label), value)
        self.add("kind", QCoreApplication.translate("cancel_form", "Cancel"), self.kind)
        self.number = QLineEdit()
        self.number.setPlaceholderText(
            QCoreApplication.translate("cancel_form", "e.g. EXP/26-27/00012")
        )
        self.add("number", QCoreApplication.translate("cancel_form", "Number"), self.number)
        self.reason = QLineEdit()
        self.add("reason", QCoreApplication.translate("cancel_form", "Reason"), self.reason)
        self.save_button.setText(QCoreApplication.translate("cancel_form", "Cancel the voucher"))

    def post(self) -> str:
        if self.kind.currentData() == "expense":
            return expenses.cancel_expense(self.number.text(), self.reason.text()).number
        return contra_vouchers.cancel_contra_voucher(self.number.text(), self.reason.text()).number

    def clear(self) -> None:
        self.number.clear()
        self.reason.clear()
