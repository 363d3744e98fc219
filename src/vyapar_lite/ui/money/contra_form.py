"""The contra voucher form: money moved between two of the shop's accounts (cash deposited in
the bank, cash withdrawn, one bank to another, cash moved between two counters' drawers).
From opens on this PC's cash drawer (`ui.money.drawer`), To on the first bank."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from vyapar_lite.services import contra_vouchers, money_accounts
from vyapar_lite.ui.money.drawer import keep_or_select_drawer
from vyapar_lite.ui.money.money_form import MoneyForm, fill_accounts
from vyapar_lite.ui.widgets import DateEdit, MoneyEdit


class ContraForm(MoneyForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("contra", parent)
        self.voucher_date = DateEdit()
        self.add("date", "Date", self.voucher_date)
        self.source = QComboBox()
        self.add("from", "From", self.source)
        self.target = QComboBox()
        self.add("to", "To", self.target)
        self.amount = MoneyEdit("amount")
        self.add("amount", "Amount (₹)", self.amount)
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(
            QCoreApplication.translate("contra_form", "e.g. deposit slip 4471")
        )
        self.add("notes", "Notes", self.notes)
        self.refresh()

    def refresh(self) -> None:
        """The accounts in use as they are now; those chosen stay chosen. Else From is this
        PC's drawer and To the first bank (cash deposited: the usual contra) or, with no bank,
        the next account."""
        chosen = (self.source.currentData(), self.target.currentData())
        fill_accounts(self.source)
        fill_accounts(self.target)
        keep_or_select_drawer(self.source, chosen[0])
        if chosen[1] is not None and self.target.findData(chosen[1]) >= 0:
            self.target.setCurrentIndex(self.target.findData(chosen[1]))
        elif banks := money_accounts.accounts(kind="bank"):
            self.target.setCurrentIndex(self.target.findData(banks[0].id))
        elif self.target.count() > 1:
            self.target.setCurrentIndex(1)

    def post(self) -> str:
        draft = contra_vouchers.ContraDraft(
            self.voucher_date.date_value(),
            int(self.source.currentData() or 0),
            int(self.target.currentData() or 0),
            self.amount.paise(),
            self.notes.text(),
        )
        return contra_vouchers.post_contra_voucher(draft).number

    def clear(self) -> None:
        self.amount.clear()
        self.notes.clear()
