"""The walk-in buyer's name, address and state, asked on a CASH sale (Rule 46(e)).

Shown only while the customer is CASH. The service says when they are required (a sale of
₹50,000 or more); its messages name `buyer_name`, `buyer_address` and `buyer_state`, and the
form marks the field each one is about.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from vyapar_lite.domain import gst
from vyapar_lite.domain.errors import FieldError

_ERROR_STYLE = "border: 1px solid #b00020;"


class WalkInFields(QWidget):
    """`changed()` when any of the three is edited."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sales.walk_in")
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("sales.buyer_name")
        self.name_edit.setPlaceholderText(
            QCoreApplication.translate("walk_in_fields", "Buyer's name")
        )
        self.address_edit = QLineEdit()
        self.address_edit.setObjectName("sales.buyer_address")
        self.address_edit.setPlaceholderText(
            QCoreApplication.translate("walk_in_fields", "Address")
        )
        self.state_combo = QComboBox()
        self.state_combo.setObjectName("sales.buyer_state")
        self.state_combo.addItem(QCoreApplication.translate("walk_in_fields", "State…"), "")
        for code, name in gst.state_choices(include_foreign=False):
            self.state_combo.addItem(f"{code} {name}", code)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(
            QCoreApplication.translate("walk_in_fields", "Walk-in buyer (required from ₹50,000):")
        )
        row.addWidget(caption)
        row.addWidget(self.name_edit, 2)
        row.addWidget(self.address_edit, 3)
        row.addWidget(self.state_combo, 1)
        self.fields = {
            "buyer_name": self.name_edit,
            "buyer_address": self.address_edit,
            "buyer_state": self.state_combo,
        }
        self.name_edit.textChanged.connect(lambda _t: self.changed.emit())
        self.address_edit.textChanged.connect(lambda _t: self.changed.emit())
        self.state_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def values(self) -> dict[str, str]:
        """The draft's buyer fields (all blank while hidden: not a walk-in sale)."""
        if self.isHidden():
            return {"buyer_name": "", "buyer_address": "", "buyer_state": ""}
        return {
            "buyer_name": self.name_edit.text().strip(),
            "buyer_address": self.address_edit.text().strip(),
            "buyer_state": str(self.state_combo.currentData() or ""),
        }

    def clear(self) -> None:
        self.name_edit.clear()
        self.address_edit.clear()
        self.state_combo.setCurrentIndex(0)

    def mark_errors(self, errors: list[FieldError]) -> None:
        wrong = {e.field for e in errors}
        for field, widget in self.fields.items():
            widget.setStyleSheet(_ERROR_STYLE if field in wrong else "")
