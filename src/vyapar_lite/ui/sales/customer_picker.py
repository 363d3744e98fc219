"""The customer box of the sales forms: type a few letters, Enter takes the first match.

Only active customers are offered (`customer_list.quick_find` leaves inactive ones out), and a
code typed in full is looked up the same way, so a deactivated customer can't be picked. Under
the box: the customer's type, balance, credit limit and loyalty points.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from vyapar_lite.domain.customer import CASH_CODE
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import customer_list, customers
from vyapar_lite.services.customers import CustomerAccount
from vyapar_lite.ui.language import customer_name, said
from vyapar_lite.ui.sales.labels import balance_text, label
from vyapar_lite.ui.sales.suggest import MAX_ROWS, SuggestBox, Suggestion

SUGGESTIONS = MAX_ROWS  # no more than the list shows


def suggestions(text: str) -> list[Suggestion]:
    """(label, code) of the active customers matching `text`: exact code first, then by name."""
    found = customer_list.quick_find(text, limit=SUGGESTIONS)
    return [
        (
            "  ·  ".join(
                p
                for p in (customer_name(r.name, r.code), r.code, r.city, balance_text(r.balance))
                if p
            ),
            r.code,
        )
        for r in found
    ]


def account_facts(account: CustomerAccount) -> str:
    """One line under the box: `Dealer · Balance ₹1,500.00 to receive · Limit ₹10,000.00 · …`."""
    if account.is_cash:
        return QCoreApplication.translate("customer_picker", "Walk-in counter sale: paid in full")
    d = account.details
    parts = [
        label(d.customer_type),
        QCoreApplication.translate("customer_picker", "Balance {balance}").format(
            balance=balance_text(account.balance)
        ),
    ]
    if d.credit_limit:
        parts.append(
            QCoreApplication.translate("customer_picker", "Limit {amount}").format(
                amount=format_money(d.credit_limit)
            )
        )
        if d.stop_sales:
            parts.append(QCoreApplication.translate("customer_picker", "sales stop at the limit"))
    parts.append(
        QCoreApplication.translate("customer_picker", "{points:,} points").format(
            points=account.loyalty_points
        )
    )
    return " · ".join(parts)


class CustomerPicker(QWidget):
    """`chosen(code)` when a customer is picked; `accepted()` on Enter over a picked customer."""

    chosen = Signal(str)
    accepted = Signal()

    def __init__(self, name: str = "sales.customer", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setObjectName(name)
        self.edit.setPlaceholderText(
            QCoreApplication.translate("customer_picker", "Type a name, code, phone or city…")
        )
        self.info = QLabel()
        self.info.setObjectName(f"{name}.info")
        self.info.setStyleSheet("color: #555;")
        self.error = QLabel()
        self.error.setObjectName(f"{name}.error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        # from 2 letters: one letter matches thousands of customers and finds nobody in particular
        self.box = SuggestBox(self.edit, suggestions, min_chars=2)
        self.box.chosen.connect(self.set_code)
        self.edit.returnPressed.connect(self._enter)
        self.edit.editingFinished.connect(self._settle)
        self.account: CustomerAccount | None = None
        self._shown = ""
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.edit)
        column.addWidget(self.info)
        column.addWidget(self.error)
        self.setFocusProxy(self.edit)

    def code(self) -> str:
        return self.account.code if self.account else ""

    def set_code(self, code: str) -> bool:
        """Pick a customer by code; False (with the reason shown) for an unknown or inactive one."""
        try:
            account = customers.get_customer(code)
        except ValidationError as exc:
            self._fail(said(exc))
            return False
        if not account.is_active:
            self._fail(
                QCoreApplication.translate(
                    "customer_picker", "{name} ({code}) is deactivated: reactivate first"
                ).format(name=account.details.name, code=account.code)
            )
            return False
        self.account = account
        self._shown = f"{customer_name(account.details.name, account.code)} ({account.code})"
        self.edit.setText(self._shown)
        self.info.setText(account_facts(account))
        self.error.hide()
        self.chosen.emit(account.code)
        return True

    def refresh(self) -> None:
        """Read the chosen customer again (after a sale moved their balance and points)."""
        if self.account is not None:
            self.set_code(self.account.code)

    def reset(self) -> None:
        self.set_code(CASH_CODE)

    def clear(self) -> None:
        """No customer chosen (for forms with no walk-in default, such as a receipt)."""
        self.account = None
        self._shown = ""
        self.edit.clear()
        self.info.clear()
        self.error.hide()

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.edit.setText(self._shown)

    def _settle(self) -> None:
        """Leaving the box with other text: take the first match, or go back to the customer."""
        text = self.edit.text().strip()
        if text == self._shown or self.box.is_open():
            return
        found = suggestions(text) if text else []
        if found:
            self.set_code(found[0][1])
        else:
            self._fail(
                QCoreApplication.translate(
                    "customer_picker", "No active customer matches “{text}”"
                ).format(text=text)
            )

    def _enter(self) -> None:
        self._settle()
        if self.account is not None and self.edit.text() == self._shown:
            self.accepted.emit()
