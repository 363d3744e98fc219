"""The invoice's "Ship to": where the goods are delivered, and that address's state.

Filled with the customer's shipping address and state when a customer is chosen; the shopkeeper
may type another for this invoice. For goods the delivery state is the place of supply (the
service decides, `supply_rules.place_of_supply`); the address is printed when it differs from the
billing address. Ticking "Delivered to a third party on the buyer's direction (bill to / ship to)"
makes the place of supply the buyer's own state instead (s.10(1)(b) IGST Act); both addresses
are printed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain import gst
from vyapar_lite.domain.document_parties import address_text, place_text, state_label
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.services.customers import CustomerAccount

AS_BILLED = QT_TRANSLATE_NOOP("ship_to", "(state as billed)")


class ShipTo(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address = QLineEdit()
        self.address.setObjectName("sales.ship_to")
        self.address.setPlaceholderText(
            QCoreApplication.translate("ship_to", "Delivery address (blank: the customer's own)")
        )
        self.state = QComboBox()
        self.state.setObjectName("sales.ship_state")
        self.state.addItem(QCoreApplication.translate("ship_to", AS_BILLED), "")
        for code, name in gst.state_choices(include_foreign=False):
            self.state.addItem(f"{code} {name}", code)
        caption = QLabel(QCoreApplication.translate("ship_to", "S&hip to"))
        caption.setBuddy(self.address)
        self.third_party = QCheckBox(
            QCoreApplication.translate(
                "ship_to", "Delivered to a third party on the buyer's direction (bill to / ship to)"
            )
        )
        self.third_party.setObjectName("sales.third_party")
        self.third_party.setToolTip(
            QCoreApplication.translate(
                "ship_to",
                "The place of supply is then the buyer's principal place of business, not the "
                "delivery address's state (s.10(1)(b) IGST Act)",
            )
        )
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        rows.addLayout(row)
        rows.addWidget(self.third_party)
        row.addWidget(caption)
        row.addWidget(self.address, 1)
        row.addWidget(self.state)
        self.place = QLabel()
        self.place.setObjectName("sales.place_of_supply")
        row.addWidget(self.place)
        self.address.textEdited.connect(lambda _t: self.changed.emit())
        self.state.activated.connect(lambda _i: self.changed.emit())
        self.third_party.toggled.connect(lambda _on: self.changed.emit())

    def set_customer(self, account: CustomerAccount | None) -> None:
        """The customer's own shipping address and state (blank for a walk-in)."""
        if account is None or account.is_cash:
            self.clear()
            return
        d = account.details
        billing = address_text(d.billing_address, d.city, d.pin_code)
        own = billing if d.shipping_same_as_billing or not d.shipping_address.strip() else ""
        self.address.setText(_one_line(own or d.shipping_address))
        self.state.setCurrentIndex(max(0, self.state.findData(d.state_code)))

    def show_place(self, code: str) -> None:
        """The place of supply the service worked out ("Place of supply: Karnataka (29)")."""
        text = place_text(code, state_label(code))
        self.place.setText(
            QCoreApplication.translate("ship_to", "Place of supply: {text}").format(text=text)
            if text
            else ""
        )

    def clear(self) -> None:
        self.address.clear()
        self.state.setCurrentIndex(0)
        self.third_party.setChecked(False)

    def values(self) -> tuple[str, str]:
        """(delivery address, state code or '')."""
        return self.address.text().strip(), str(self.state.currentData() or "")

    def bill_to_ship_to(self) -> bool:
        return self.third_party.isChecked()


def _one_line(text: str) -> str:
    return ", ".join(line.strip() for line in text.splitlines() if line.strip())
