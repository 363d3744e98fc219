"""Settings for items: the GST rates the item form offers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.item import parse_rate_percent
from vyapar_lite.services import gst_rates
from vyapar_lite.ui.attempt import attempt
from vyapar_lite.ui.language import counted


class GstRateSettings(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings.gst_rates")
        group = QGroupBox(QCoreApplication.translate("gst_rate_settings", "GST rates"))
        self.list = QListWidget()
        self.list.setObjectName("settings.gst_rates.list")
        self.list.setMaximumHeight(180)
        note = QLabel(
            QCoreApplication.translate(
                "gst_rate_settings",
                "The rates an item can be given. Rates change by notification: add a new one, and "
                "deactivate one that no longer applies (items that have it keep it).",
            )
        )
        note.setWordWrap(True)
        buttons = QVBoxLayout()
        for text, name, slot in (
            (QCoreApplication.translate("gst_rate_settings", "Add…"), "add", self.add),
            (
                QCoreApplication.translate("gst_rate_settings", "Deactivate / reactivate"),
                "toggle",
                self.toggle,
            ),
        ):
            button = QPushButton(text)
            button.setObjectName(f"settings.gst_rates.{name}")
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        box = QVBoxLayout(group)
        box.addWidget(note)
        box.addLayout(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(group)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for rate in gst_rates.list_rates(include_inactive=True):
            label = f"{rate.label}  ({counted(rate.items, 'item')})"
            if not rate.is_active:
                label += "  — " + QCoreApplication.translate("gst_rate_settings", "inactive")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, rate.rate_bp)
            self.list.addItem(item)

    def add(self) -> None:
        text, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("gst_rate_settings", "New GST rate"),
            QCoreApplication.translate("gst_rate_settings", "Rate in percent (e.g. 18 or 0.25):"),
        )
        if ok:
            self._attempt(lambda: gst_rates.add_rate(parse_rate_percent(text, field="rate")))

    def toggle(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        rate_bp = int(item.data(Qt.ItemDataRole.UserRole))
        active = rate_bp in gst_rates.active_rates()
        self._attempt(lambda: gst_rates.set_rate_active(rate_bp, not active))

    def _attempt(self, change: Callable[[], object]) -> None:
        if attempt(self, change):
            self.reload()
            self.changed.emit()
