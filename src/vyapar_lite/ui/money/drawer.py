"""Which cash drawer (cash account) this computer's counter uses, for a shop with a cash
account per counter. Kept in this computer's QSettings (not the shop file: each counter's PC
has its own), as the account's name; the forms that take or pay cash default to it, and the
daily closing opens on it.

`DrawerChoice` is the picker, one for every form that takes or pays cash (the receipt, refund
and payment-out forms through payments/mode_fields.py, the invoice and sale-order forms through
sales/payment_fields.py): the active cash accounts, this PC's drawer chosen, shown for cash only
and hidden (with its caption) while the shop has one cash account, when nothing extra is asked.
What it gives the service is checked there (`money_accounts.chosen_account`).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QWidget

from vyapar_lite.domain.errors import FieldError
from vyapar_lite.services import money_accounts
from vyapar_lite.ui.money.account_names import shown_name, stored_name

SETTING = "money/cash_drawer"
_ERROR_STYLE = "QComboBox { border: 1px solid #b00020; }"


def this_pc_drawer() -> str:
    """The name of the cash account this computer's counter uses ("" when never chosen)."""
    return str(QSettings().value(SETTING, "") or "")


def remember_drawer(name: str) -> None:
    QSettings().setValue(SETTING, name)


def select_drawer(combo: QComboBox) -> None:
    """Choose this PC's drawer in a combo of accounts (by their name or label), if listed."""
    name = this_pc_drawer()
    if name:
        index = combo.findText(shown_name(name))
        if index >= 0:
            combo.setCurrentIndex(index)


def keep_or_select_drawer(combo: QComboBox, chosen: object) -> None:
    """After refilling a combo of accounts (each item's data its id): the account chosen before
    stays chosen while it is listed, else this PC's drawer (the expense and contra forms, the
    daily closing)."""
    index = combo.findData(chosen) if chosen is not None else -1
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        select_drawer(combo)


class DrawerChoice(QComboBox):
    """The cash drawer the money goes to or comes from. A pick made here becomes this PC's
    drawer, so the next form opens on it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.activated.connect(lambda _i: remember_drawer(stored_name(self.currentText())))
        self.refresh()

    def refresh(self) -> None:
        """The active cash accounts as they are now, this PC's drawer chosen."""
        self.blockSignals(True)
        self.clear()
        for account in money_accounts.accounts(kind="cash"):
            self.addItem(shown_name(account.name), account.id)
        select_drawer(self)
        self.blockSignals(False)

    def needed(self) -> bool:
        """More than one drawer to choose from."""
        return self.count() > 1

    def account_id(self) -> int | None:
        """The drawer chosen; None with one cash account (the service's default)."""
        if not self.needed():
            return None
        value = self.currentData()
        return int(value) if value is not None else None

    def wanted_for(self, mode: str) -> bool:
        """Shown for a payment by `mode`: cash, with more than one drawer to choose from."""
        return mode == "cash" and self.needed()

    def account_for(self, mode: str) -> int | None:
        """The draft's `account_id` for money moved by `mode`: the drawer chosen for cash (with
        more than one), else None (the mode's account: a bank)."""
        return self.account_id() if mode == "cash" else None

    def mark_errors(self, errors: list[FieldError]) -> None:
        """Outlined red while the service refuses the drawer (field 'account')."""
        wrong = any(e.field == "account" for e in errors)
        self.setStyleSheet(_ERROR_STYLE if wrong else "")
