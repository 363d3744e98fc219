"""The credit-limit line under an invoice: amber when a sale crosses the limit, red when the
customer's sales stop there, with "Override…" for the owner.

Overriding asks for a reason and, when an app password is set, the password; the invoice is then
posted with that reason and the override lands in the audit log (`sales.post_invoice`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton, QWidget

from vyapar_lite.domain.invoice import CreditCheck
from vyapar_lite.services.sales import MAX_OVERRIDE_REASON
from vyapar_lite.ui.lock.lock_dialog import ask_password

AMBER = "color: #8a5a00; background: #fff4d6; padding: 4px;"
RED = "color: #b00020; background: #ffe3e6; padding: 4px;"


class CreditBar(QWidget):
    """`reason` is '' until the shopkeeper overrides a stop; `blocked`: Save must wait."""

    overridden = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("sales.credit")
        self.label.setWordWrap(True)
        self.override_button = QPushButton(QCoreApplication.translate("credit_bar", "Override…"))
        self.override_button.setObjectName("sales.creditOverride")
        self.override_button.setToolTip(
            QCoreApplication.translate(
                "credit_bar", "Let this one sale cross the limit (asks for a reason)"
            )
        )
        self.override_button.setAutoDefault(False)
        self.override_button.clicked.connect(self.override)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.override_button)
        self.reason = ""
        self.stopped = False
        self.hide()

    @property
    def blocked(self) -> bool:
        return self.stopped and not self.reason

    def show_check(self, credit: CreditCheck) -> None:
        self.stopped = credit.blocked
        if not credit.message:
            self.hide()
            return
        text = credit.message
        if credit.blocked and self.reason:
            text += QCoreApplication.translate("credit_bar", " Stop overridden: {reason}").format(
                reason=self.reason
            )
        self.label.setText(text)
        self.label.setStyleSheet(RED if credit.blocked and not self.reason else AMBER)
        self.override_button.setVisible(credit.blocked and not self.reason)
        self.show()

    def refused(self, message: str) -> None:
        """The service refused the sale (the balance moved since the preview)."""
        self.stopped = True
        self.reason = ""
        self.label.setText(message)
        self.label.setStyleSheet(RED)
        self.override_button.show()
        self.show()

    def forget(self) -> None:
        """A new invoice or another customer: an override covers one sale only."""
        self.reason = ""
        self.stopped = False
        self.hide()

    def override(self) -> bool:
        reason, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("credit_bar", "Override the credit limit"),
            QCoreApplication.translate(
                "credit_bar", "Why may this sale cross the customer's credit limit?"
            ),
        )
        reason = " ".join(reason.split())
        if not ok or not reason:
            return False
        if len(reason) > MAX_OVERRIDE_REASON:
            self.label.setText(
                QCoreApplication.translate(
                    "credit_bar",
                    "{0} The reason was not taken: keep it under {MAX_OVERRIDE_REASON} characters.",
                ).format(self.label.text(), MAX_OVERRIDE_REASON=MAX_OVERRIDE_REASON)
            )
            return False
        if not ask_password(self, "Type the app password to override the credit limit."):
            return False
        self.reason = reason
        self.overridden.emit(reason)
        return True
