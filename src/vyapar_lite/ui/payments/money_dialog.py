"""The frame of the small payments forms (refund, purchase bill, payment out): a customer, rows
of fields each with its message under it, a message area, and Save (Ctrl+S) / Cancel. Enter moves
to the next field; the service's messages go beside the fields they name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.errors import FieldError
from vyapar_lite.ui.sales.customer_picker import CustomerPicker
from vyapar_lite.ui.sales.enter_keys import EnterMovesOn
from vyapar_lite.ui.widgets import FieldBox


class MoneyDialog(QDialog):
    """`saved(view)` after saving. Subclasses add fields with `add()`, then call `finish()`."""

    saved = Signal(object)

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"payments.{key}Dialog")
        self.setWindowTitle(title)
        self.key = key
        self.picker = CustomerPicker(f"{key}.customer")
        self.picker.clear()
        self.boxes: dict[str, FieldBox] = {}
        self.order: list[QWidget] = []
        self.form = QFormLayout()
        self.form.addRow(QCoreApplication.translate("money_dialog", "&Customer"), self.picker)
        self.messages = QLabel()
        self.messages.setObjectName(f"{key}.messages")
        self.messages.setWordWrap(True)
        self.messages.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName(f"{key}.save")
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(QCoreApplication.translate("money_dialog", "Save (Ctrl+S)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)

    def add(self, field: str, label: str, widget: QWidget, *, enter: bool = True) -> FieldBox:
        """A row `label: widget` with the messages about `field` under it."""
        widget.setObjectName(widget.objectName() or f"{self.key}.{field.replace(' ', '_')}")
        box = FieldBox(f"{self.key}.{field.replace(' ', '_')}", widget)
        self.boxes[field] = box
        self.form.addRow(label, box)
        if enter:
            self.order.append(widget)
        return box

    def finish(self, extra: QWidget | None = None, *, width: int = 560, height: int = 420) -> None:
        self.layout_.addLayout(self.form)
        if extra is not None:
            self.layout_.addWidget(extra, 1)
        self.layout_.addWidget(self.messages)
        self.layout_.addWidget(self.buttons)
        self.enter_keys = EnterMovesOn(
            self, [*self.order, self.save_button], buttons=[self.save_button]
        )
        self.picker.accepted.connect(self._after_customer)
        self.resize(width, height)

    def _after_customer(self) -> None:
        for widget in self.order:
            if widget.isEnabled() and widget.isVisible():
                widget.setFocus()
                return

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each message beside its field; the rest in the message area."""
        by_field: dict[str, str] = {}
        others: list[str] = []
        for error in errors:
            if error.field in self.boxes:
                by_field.setdefault(error.field, error.message)
            elif error.field == "customer":
                self.picker.error.setText(error.message)
                self.picker.error.show()
            else:
                others.append(error.message)
        for field, box in self.boxes.items():
            box.set_error(by_field.get(field))
        self.messages.setText("\n".join(f"• {m}" for m in others))

    def save(self) -> object | None:
        raise NotImplementedError
