"""The receipt form's "advance for services" choice: a tick and the GST rate of the services.

An advance received for services is taxable when it is received (s.13(2) CGST Act, Rule 50); the
service (`services.advance_tax`) works the tax out of the amount by the customer's place of
supply. Ticking it leaves the whole receipt as advance: it settles no invoices.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.item import format_rate
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import advance_tax, gst_rates


class ServicesAdvance(QWidget):
    """`rate_bp()`: the services' GST rate when ticked, else 0; `changed()` on any change."""

    changed = Signal()

    def __init__(self, name: str = "receipt", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(
            QCoreApplication.translate(
                "services_advance", "Advance for services (GST payable now) at"
            )
        )
        self.box.setObjectName(f"{name}.services_advance")
        self.box.setToolTip(
            QCoreApplication.translate(
                "services_advance",
                "Money received before services are supplied is taxed when received (s.13(2) CGST "
                "Act, Rule 50): the amount includes the GST. Advances for goods carry none.",
            )
        )
        self.rate = QComboBox()
        self.rate.setObjectName(f"{name}.services_rate")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.split = QLabel()
        self.split.setObjectName(f"{name}.services_split")
        row.addWidget(self.box)
        row.addWidget(self.rate)
        row.addWidget(self.split)
        row.addStretch(1)
        self.box.toggled.connect(self._toggled)
        self.rate.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.clear()

    def clear(self) -> None:
        """Unticked, with the shop's rates now (18% chosen when it is one of them)."""
        self.rate.blockSignals(True)
        self.rate.clear()
        for row in gst_rates.list_rates():
            if row.rate_bp > 0:
                self.rate.addItem(format_rate(row.rate_bp), row.rate_bp)
        self.rate.setCurrentIndex(max(self.rate.findData(1800), 0))
        self.rate.blockSignals(False)
        self.box.setChecked(False)
        self.rate.setEnabled(False)

    def rate_bp(self) -> int:
        if not self.box.isChecked() or self.rate.currentIndex() < 0:
            return 0
        return int(self.rate.currentData())

    def show_split(self, customer_code: str, amount: int) -> None:
        """The taxable value and GST inside the amount, as the receipt would store them."""
        text = ""
        if self.rate_bp():
            try:
                tax = advance_tax.preview(customer_code, amount, self.rate_bp())
            except ValidationError:
                tax = None
            if tax is not None:
                heads = {"intra": "CGST + SGST", "inter": "IGST"}.get(
                    tax.tax_kind, QCoreApplication.translate("services_advance", "no GST")
                )
                text = QCoreApplication.translate(
                    "services_advance",
                    "= taxable {taxable} + {heads} {tax} (place of supply {place_of_supply})",
                ).format(
                    taxable=format_money(tax.taxable),
                    tax=format_money(tax.tax),
                    heads=heads,
                    place_of_supply=tax.place_of_supply,
                )
        self.split.setText(text)

    def _toggled(self, on: bool) -> None:
        self.rate.setEnabled(on)
        self.changed.emit()
