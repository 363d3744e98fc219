"""An export invoice's shipping bill: number, date and port code (GSTR-1 table 6A).

Shown only while the customer is outside India. All may stay blank (the bill is often filed
after the invoice); the date counts once a number is typed. The service checks them
(`domain.shipping_bill`); its messages name `shipping_bill_number`, `shipping_bill_date` and
`port_code`, and the form marks the field each one is about.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from vyapar_lite.domain.errors import FieldError
from vyapar_lite.domain.shipping_bill import ShippingBill
from vyapar_lite.ui.widgets import DateEdit

_ERROR_STYLE = "border: 1px solid #b00020;"


class ShippingBillFields(QWidget):
    """`changed()` when any of the three is edited."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sales.shipping_bill")
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("sales.shipping_bill_number")
        self.number_edit.setPlaceholderText(
            QCoreApplication.translate("shipping_bill_fields", "Shipping bill no. (up to 7 digits)")
        )
        self.number_edit.setMaxLength(7)
        self.date_edit = DateEdit()
        self.date_edit.setObjectName("sales.shipping_bill_date")
        self.port_edit = QLineEdit()
        self.port_edit.setObjectName("sales.port_code")
        self.port_edit.setPlaceholderText(
            QCoreApplication.translate("shipping_bill_fields", "Port code (INNSA1)")
        )
        self.port_edit.setMaxLength(6)
        caption = QLabel(
            QCoreApplication.translate("shipping_bill_fields", "Export: shipping &bill")
        )
        caption.setBuddy(self.number_edit)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(caption)
        row.addWidget(self.number_edit, 2)
        row.addWidget(QLabel(QCoreApplication.translate("shipping_bill_fields", "dated")))
        row.addWidget(self.date_edit)
        row.addWidget(QLabel(QCoreApplication.translate("shipping_bill_fields", "port")))
        row.addWidget(self.port_edit, 1)
        self.fields: dict[str, QWidget] = {
            "shipping_bill_number": self.number_edit,
            "shipping_bill_date": self.date_edit,
            "port_code": self.port_edit,
        }
        self.number_edit.textChanged.connect(lambda _t: self.changed.emit())
        self.date_edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.port_edit.textChanged.connect(lambda _t: self.changed.emit())

    def values(self) -> ShippingBill:
        """The bill typed (blank while hidden: not an export)."""
        if self.isHidden():
            return ShippingBill()
        number = self.number_edit.text().strip()
        return ShippingBill(
            number, self.date_edit.date_value() if number else None, self.port_edit.text()
        )

    def start(self, on: date) -> None:
        """A new invoice: blank, the date as the invoice's."""
        self.number_edit.clear()
        self.port_edit.clear()
        self.date_edit.set_date(on)

    def mark_errors(self, errors: list[FieldError]) -> None:
        wrong = {e.field for e in errors}
        for name, widget in self.fields.items():
            widget.setStyleSheet(_ERROR_STYLE if name in wrong else "")
