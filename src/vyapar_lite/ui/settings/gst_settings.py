"""Settings for what a tax invoice must carry: HSN digits by turnover, LUT for SEZ supplies."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from vyapar_lite.services import gst_settings
from vyapar_lite.services.gst_settings import GstSettings
from vyapar_lite.ui.settings.settings_group import fill_with, save_row


class GstSettingsGroup(QWidget):
    """Turnover above ₹5 crore (6-digit HSN on every invoice), LUT for zero-rated supplies."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings.gst")
        self.turnover_box = QCheckBox(
            QCoreApplication.translate("gst_settings", "Turnover last year above ₹5 crore")
        )
        self.turnover_box.setToolTip(
            QCoreApplication.translate(
                "gst_settings",
                "Every invoice line then needs a 6-digit HSN/SAC; otherwise 4 digits on "
                "invoices to "
                "registered customers (Notification 78/2020)",
            )
        )
        self.turnover_box.setObjectName("settings.gst.turnover")
        self.lut_box = QCheckBox(
            QCoreApplication.translate(
                "gst_settings", "We have a Letter of Undertaking (LUT) for zero-rated supplies"
            )
        )
        self.lut_box.setToolTip(
            QCoreApplication.translate(
                "gst_settings",
                "Supplies to SEZ units are then made without IGST unless the invoice says "
                "otherwise",
            )
        )
        self.lut_box.setObjectName("settings.gst.lut")
        self.save_button = QPushButton(
            QCoreApplication.translate("gst_settings", "Save GST settings")
        )
        self.save_button.setObjectName("settings.gst.save")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("settings.gst.status")
        group = QGroupBox(QCoreApplication.translate("gst_settings", "Tax invoices"))
        column = QVBoxLayout(group)
        for box in (self.turnover_box, self.lut_box):
            box.toggled.connect(lambda _b: self.status.clear())
            column.addWidget(box)
        column.addLayout(save_row(self.save_button, self.status))
        fill_with(self, group)
        self.reload()

    def reload(self) -> None:
        current = gst_settings.get()
        self.turnover_box.setChecked(current.turnover_above_5_crore)
        self.lut_box.setChecked(current.lut_for_zero_rated)
        self.status.clear()

    def save(self) -> GstSettings:
        saved = gst_settings.save(
            GstSettings(self.turnover_box.isChecked(), self.lut_box.isChecked())
        )
        self.status.setText(QCoreApplication.translate("gst_settings", "Saved."))
        return saved
