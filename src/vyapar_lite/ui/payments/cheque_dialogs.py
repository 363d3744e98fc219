"""A cheque's life after it is received: deposited, cleared, bounced. The small questions each
asks (the day; for a bounce also why, and the bank's charge to pass on to the customer) and the
actions themselves, shared by the receipt's window and the PDC register."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import money_accounts, payments
from vyapar_lite.services.payments import BounceResult, ReceiptView
from vyapar_lite.ui.money.account_names import shown_label
from vyapar_lite.ui.widgets import DateEdit, MoneyEdit

T = TypeVar("T")


class ChequeDateDialog(QDialog):
    """The day a cheque was deposited or cleared (today to start with)."""

    def __init__(
        self, title: str, question: str, earliest: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("payments.chequeDateDialog")
        self.setWindowTitle(title)
        self.date_edit = DateEdit(max(date.today(), earliest))
        self.date_edit.setObjectName("cheque.on")
        label = QLabel(question)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("cheque.ok")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("cheque_dialogs", "&On"), self.date_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(380, 140)


def cheque_words(number: str, bank: str, amount: int, customer_name: str) -> str:
    """The cheque as the date, clear and bounce questions name it, in the screens' language."""
    return QCoreApplication.translate(
        "cheque_dialogs", "Cheque {number} ({bank}) of {amount} from {customer_name}"
    ).format(number=number, bank=bank, amount=format_money(amount), customer_name=customer_name)


def ask_cheque_date(
    parent: QWidget | None, title: str, question: str, earliest: date
) -> date | None:
    dialog = ChequeDateDialog(title, question, earliest, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.date_edit.date_value()


@dataclass(frozen=True)
class Bounce:
    on: date
    reason: str
    charge: int


class BounceDialog(QDialog):
    """The bounce's day, reason (required: OK stays off until it is typed) and bank charge."""

    def __init__(self, question: str, earliest: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("payments.bounceDialog")
        self.setWindowTitle(QCoreApplication.translate("cheque_dialogs", "Cheque bounced"))
        self.date_edit = DateEdit(max(date.today(), earliest))
        self.date_edit.setObjectName("bounce.on")
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("bounce.reason")
        self.reason_edit.setPlaceholderText(
            QCoreApplication.translate(
                "cheque_dialogs", "Required, e.g. insufficient funds, signature differs"
            )
        )
        self.reason_edit.setMaxLength(500)
        self.charge_edit = MoneyEdit("charge")
        self.charge_edit.setObjectName("bounce.charge")
        self.charge_edit.setPlaceholderText(
            QCoreApplication.translate("cheque_dialogs", "0.00 (none)")
        )
        self.error = QLabel()
        self.error.setObjectName("bounce.error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        label = QLabel(question)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("bounce.ok")
        self.ok_button.setEnabled(False)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(
            lambda text: self.ok_button.setEnabled(bool(text.strip()))
        )
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("cheque_dialogs", "&Bounced on"), self.date_edit)
        form.addRow(QCoreApplication.translate("cheque_dialogs", "&Reason *"), self.reason_edit)
        form.addRow(
            QCoreApplication.translate("cheque_dialogs", "Bank &charge to recover (₹)"),
            self.charge_edit,
        )
        form.addRow("", self.error)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, 220)

    def _accept(self) -> None:
        try:
            self.charge_edit.paise()
        except ValidationError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()

    def bounce(self) -> Bounce:
        return Bounce(
            self.date_edit.date_value(), self.reason_edit.text().strip(), self.charge_edit.paise()
        )


def ask_bounce(parent: QWidget | None, question: str, earliest: date) -> Bounce | None:
    dialog = BounceDialog(question, earliest, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.bounce()


# the actions, shared by the receipt's window and the PDC register
def deposit(
    parent: QWidget | None, number: str, what: str, earliest: date, on: date | None = None
) -> ReceiptView | None:
    """Mark cheque receipt `number` deposited (asking the day unless `on`); None if not done."""
    day = on or ask_cheque_date(
        parent,
        QCoreApplication.translate("cheque_dialogs", "Cheque deposited"),
        QCoreApplication.translate("cheque_dialogs", "{what}: deposited on?").format(what=what),
        earliest,
    )
    if day is None:
        return None
    bank = None if on is not None else ask_bank(parent, what)
    if bank == 0:
        return None
    return _attempt(parent, lambda: payments.mark_deposited(number, day, account_id=bank))


def ask_bank(parent: QWidget | None, what: str) -> int | None:
    """Which bank the cheque went into, when the shop has more than one (None: the bank cheques
    go to by default; 0: the shopkeeper cancelled)."""
    banks = money_accounts.accounts(kind="bank")
    if len(banks) < 2:
        return None
    default = money_accounts.account_for_mode("cheque")
    labels = [shown_label(b) for b in banks]
    start = next((n for n, b in enumerate(banks) if b.id == default), 0)
    label, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("cheque_dialogs", "Cheque deposited"),
        QCoreApplication.translate("cheque_dialogs", "{what}: into which bank?").format(what=what),
        labels,
        start,
        False,
    )
    if not ok:
        return 0
    return banks[labels.index(label)].id


def clear(
    parent: QWidget | None, number: str, what: str, earliest: date, on: date | None = None
) -> ReceiptView | None:
    """Mark it cleared (a post-dated cheque is counted then and settles its invoices)."""
    day = on or ask_cheque_date(
        parent,
        QCoreApplication.translate("cheque_dialogs", "Cheque cleared"),
        QCoreApplication.translate("cheque_dialogs", "{what}: cleared on?").format(what=what),
        earliest,
    )
    if day is None:
        return None
    return _attempt(parent, lambda: payments.mark_cleared(number, day))


def bounce(
    parent: QWidget | None,
    number: str,
    what: str,
    earliest: date,
    details: Bounce | None = None,
) -> BounceResult | None:
    """Mark it bounced (asking the day, reason and bank charge unless given): the invoices it
    paid are owed again, and a charge is billed to the customer as a debit note."""
    if details is None:
        details = ask_bounce(
            parent,
            QCoreApplication.translate(
                "cheque_dialogs",
                "{what} bounced? The invoices it paid are owed again; a bank "
                "charge is billed to the customer as a debit note.",
            ).format(what=what),
            earliest,
        )
        if details is None:
            return None
    chosen = details
    return _attempt(
        parent,
        lambda: payments.mark_bounced(
            number, chosen.on, reason=chosen.reason, charge=chosen.charge
        ),
    )


def _attempt(parent: QWidget | None, change: Callable[[], T]) -> T | None:
    try:
        return change()
    except ValidationError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("cheque_dialogs", "Not marked"), str(exc)
        )
        return None
