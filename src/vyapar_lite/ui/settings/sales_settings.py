"""Settings for sales: rounding invoice totals to the rupee, and the loyalty scheme."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QWidget,
)

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import sales_settings
from vyapar_lite.services.sales_settings import SalesSettings
from vyapar_lite.ui.language import shown
from vyapar_lite.ui.settings.settings_group import fill_with, save_row
from vyapar_lite.ui.widgets import FieldBox, MoneyEdit


class SalesSettingsGroup(QWidget):
    """Round-off on/off, ₹ spent for one point (blank or 0: no points), value of a point."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings.sales")
        self.round_box = QCheckBox(
            QCoreApplication.translate(
                "sales_settings",
                "Round each invoice's total to the rupee (shown as a round-off line)",
            )
        )
        self.round_box.setObjectName("settings.sales.round_off")
        self.earn_edit = MoneyEdit("earn_per_paise")
        self.earn_edit.setObjectName("settings.sales.earn")
        self.earn_edit.setPlaceholderText(
            QCoreApplication.translate("sales_settings", "0 = no points")
        )
        self.value_edit = MoneyEdit("point_value_paise")
        self.value_edit.setObjectName("settings.sales.point_value")
        self.value_edit.setPlaceholderText(
            QCoreApplication.translate("sales_settings", "0 = points can't be redeemed")
        )
        self.boxes = {
            "earn_per_paise": FieldBox("settings.sales.earn", self.earn_edit),
            "point_value_paise": FieldBox("settings.sales.point_value", self.value_edit),
        }
        self.save_button = QPushButton(
            QCoreApplication.translate("sales_settings", "Save sales settings")
        )
        self.save_button.setObjectName("settings.sales.save")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("settings.sales.status")
        self.explain = QLabel()
        self.explain.setObjectName("settings.sales.explain")
        self.explain.setStyleSheet("color: #555;")
        group = QGroupBox(
            QCoreApplication.translate("sales_settings", "Invoices and loyalty points")
        )
        form = QFormLayout(group)
        form.addRow("", self.round_box)
        form.addRow(
            QCoreApplication.translate("sales_settings", "One point for every (₹)"),
            self.boxes["earn_per_paise"],
        )
        form.addRow(
            QCoreApplication.translate("sales_settings", "A point is worth (₹)"),
            self.boxes["point_value_paise"],
        )
        form.addRow("", self.explain)
        form.addRow(save_row(self.save_button, self.status))
        fill_with(self, group)
        for edit in (self.earn_edit, self.value_edit):
            edit.textEdited.connect(lambda _t: self.status.clear())
        self.round_box.toggled.connect(lambda _b: self.status.clear())
        self.reload()

    def reload(self) -> None:
        current = sales_settings.get()
        self.round_box.setChecked(current.round_off)
        self.earn_edit.set_paise(current.earn_per_paise)
        self.value_edit.set_paise(current.point_value_paise)
        self._explain(current)

    def _explain(self, s: SalesSettings) -> None:
        if not s.earn_per_paise:
            earn = QCoreApplication.translate("sales_settings", "Customers earn no points.")
        else:
            earn = QCoreApplication.translate(
                "sales_settings", "A customer earns 1 point for every {amount} spent."
            ).format(amount=format_money(s.earn_per_paise))
        redeem = (
            QCoreApplication.translate(
                "sales_settings",
                "Each point redeemed takes {amount} off a bill, as a discount before tax.",
            ).format(amount=format_money(s.point_value_paise))
            if s.point_value_paise
            else QCoreApplication.translate("sales_settings", "Points can't be redeemed.")
        )
        self.explain.setText(
            QCoreApplication.translate(
                "sales_settings", "{earn} {redeem} Walk-in (CASH) sales earn no points."
            ).format(earn=earn, redeem=redeem)
        )

    def save(self) -> SalesSettings | None:
        for box in self.boxes.values():
            box.set_error(None)
        try:
            wanted = SalesSettings(
                round_off=self.round_box.isChecked(),
                earn_per_paise=self.earn_edit.paise(),
                point_value_paise=self.value_edit.paise(),
            )
            saved = sales_settings.save(wanted)
        except ValidationError as exc:
            for error in exc.errors:
                field_box = self.boxes.get(error.field)
                if field_box is not None:
                    field_box.set_error(shown(error.message))
            self.status.setText(
                QCoreApplication.translate(
                    "sales_settings", "Not saved: correct the fields marked in red."
                )
            )
            return None
        self.reload()
        self.status.setText(QCoreApplication.translate("sales_settings", "Saved."))
        self.changed.emit()
        return saved
