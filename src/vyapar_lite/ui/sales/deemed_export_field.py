"""The invoice's "Deemed export (s.147)" choice and its kind (Notification 48/2017-Central Tax).

Shown only while the customer is registered (a GSTIN), in India and not an SEZ unit: the only
buyers a deemed export can go to (`services.deemed_export`, which checks it again and names the
field `deemed_export`). Unticked, the invoice is an ordinary sale; ticked, the kind picked in the
list is stored with the invoice as issued.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from vyapar_lite.domain import gst
from vyapar_lite.domain.errors import FieldError
from vyapar_lite.services.customers import CustomerAccount
from vyapar_lite.services.deemed_export import CATEGORIES, FIELD

_ERROR_STYLE = "color: #b00020;"


class DeemedExportField(QWidget):
    """`changed()` when the box is ticked or the kind is changed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sales.deemed_export")
        self.box = QCheckBox(
            QCoreApplication.translate("deemed_export_field", "Deemed e&xport (s.147)")
        )
        self.box.setObjectName("sales.deemed_export_box")
        self.box.setToolTip(
            QCoreApplication.translate(
                "deemed_export_field",
                "A supply notified as a deemed export (Notification 48/2017-Central Tax): tax is "
                "charged as usual and the buyer or the shop may claim it back",
            )
        )
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("sales.deemed_export_kind")
        for code, label in CATEGORIES.items():
            self.kind_combo.addItem(label, code)
        self.kind_combo.setEnabled(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box)
        row.addWidget(self.kind_combo, 1)
        self.box.toggled.connect(self._toggled)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.hide()

    def set_customer(self, account: CustomerAccount | None) -> None:
        """Shown for a registered buyer in India that is not an SEZ unit; unticked again."""
        d = account.details if account is not None else None
        can = (
            account is not None
            and d is not None
            and not account.is_cash
            and bool(d.gstin)
            and d.state_code != gst.FOREIGN
            and not d.is_sez
        )
        self.clear()
        self.setVisible(can)

    def clear(self) -> None:
        self.box.setChecked(False)
        self.kind_combo.setCurrentIndex(0)

    def category(self) -> str:
        """The kind ticked ('AA', 'EPCG', 'EOU', 'GOLD'), '' when not a deemed export."""
        if self.isHidden() or not self.box.isChecked():
            return ""
        return str(self.kind_combo.currentData())

    def mark_errors(self, errors: list[FieldError]) -> None:
        self.box.setStyleSheet(_ERROR_STYLE if any(e.field == FIELD for e in errors) else "")

    def _toggled(self, on: bool) -> None:
        self.kind_combo.setEnabled(on)
        self.changed.emit()
