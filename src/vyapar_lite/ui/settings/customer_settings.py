"""Settings for customers: the code series' prefix and the category list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.services import categories, customers
from vyapar_lite.ui.attempt import attempt
from vyapar_lite.ui.language import counted


class CustomerSettings(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings.customers")
        codes = QGroupBox(QCoreApplication.translate("customer_settings", "Customer codes"))
        self.prefix_edit = QLineEdit()
        self.prefix_edit.setObjectName("settings.code_prefix")
        self.prefix_edit.setMaxLength(5)
        self.prefix_edit.setFixedWidth(80)
        self.prefix_button = QPushButton(
            QCoreApplication.translate("customer_settings", "Save prefix")
        )
        self.prefix_button.setObjectName("settings.code_prefix.save")
        self.prefix_button.clicked.connect(self.save_prefix)
        self.next_code = QLabel()
        self.next_code.setObjectName("settings.next_code")
        row = QHBoxLayout(codes)
        row.addWidget(QLabel(QCoreApplication.translate("customer_settings", "Prefix")))
        row.addWidget(self.prefix_edit)
        row.addWidget(self.prefix_button)
        row.addWidget(self.next_code, 1)

        group = QGroupBox(QCoreApplication.translate("customer_settings", "Customer categories"))
        self.list = QListWidget()
        self.list.setObjectName("settings.categories")
        self.list.setMaximumHeight(160)
        self.show_inactive = False
        buttons = QVBoxLayout()
        for text, name, slot in (
            (QCoreApplication.translate("customer_settings", "Add…"), "add", self.add),
            (QCoreApplication.translate("customer_settings", "Rename…"), "rename", self.rename),
            (
                QCoreApplication.translate("customer_settings", "Deactivate / reactivate"),
                "toggle",
                self.toggle,
            ),
        ):
            button = QPushButton(text)
            button.setObjectName(f"settings.categories.{name}")
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QHBoxLayout(group)
        box.addWidget(self.list, 1)
        box.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(codes)
        layout.addWidget(group)
        self.reload()

    def reload(self) -> None:
        prefix, _number, _width = customers.code_series()
        self.prefix_edit.setText(prefix)
        self.next_code.setText(
            QCoreApplication.translate(
                "customer_settings", "The next new customer gets {0}."
            ).format(customers.next_code_preview())
        )
        self.list.clear()
        for category in categories.list_categories(include_inactive=True):
            label = f"{category.name}  ({counted(category.customers, 'customer')})"
            if not category.is_active:
                label += "  — " + QCoreApplication.translate("customer_settings", "inactive")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, category.name)
            self.list.addItem(item)

    def save_prefix(self) -> None:
        self._attempt(lambda: customers.set_code_prefix(self.prefix_edit.text()))

    def add(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("customer_settings", "New category"),
            QCoreApplication.translate("customer_settings", "Category name:"),
        )
        if ok:
            self._attempt(lambda: categories.add_category(name))

    def rename(self) -> None:
        old = self._selected()
        if old is None:
            return
        new, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("customer_settings", "Rename category"),
            QCoreApplication.translate("customer_settings", "New name:"),
            text=old,
        )
        if ok:
            self._attempt(lambda: categories.rename_category(old, new))

    def toggle(self) -> None:
        name = self._selected()
        if name is None:
            return
        active = next(
            c.is_active for c in categories.list_categories(include_inactive=True) if c.name == name
        )
        self._attempt(lambda: categories.set_category_active(name, not active))

    def _selected(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _attempt(self, change: Callable[[], object]) -> None:
        if attempt(self, change):
            self.reload()
            self.changed.emit()
