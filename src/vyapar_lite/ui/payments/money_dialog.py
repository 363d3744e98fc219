"""The frame of the small payments forms (refund, purchase bill, payment out): a customer, rows
of fields each with its message under it, a message area, and Save (Ctrl+S) / Cancel. Enter moves
to the next field; the service's messages go beside the fields they name. What is typed is kept
in the shop file every few seconds (kind: the form's key) and offered back after a power cut;
saving or discarding removes it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.errors import FieldError
from vyapar_lite.ui.drafts import form_state
from vyapar_lite.ui.drafts.guarded_dialog import GuardedDialog
from vyapar_lite.ui.language import shown
from vyapar_lite.ui.money.drawer import DrawerChoice
from vyapar_lite.ui.sales.customer_picker import CustomerPicker
from vyapar_lite.ui.sales.enter_keys import EnterMovesOn
from vyapar_lite.ui.widgets import FieldBox


class MoneyDialog(GuardedDialog):
    """`saved(view)` after saving. Subclasses add fields with `add()`, then call `finish()`.
    Esc or Cancel on a changed dialog asks before discarding (`GuardedDialog`)."""

    saved = Signal(object)

    def __init__(
        self, key: str, title: str, parent: QWidget | None = None, *, noun: str = ""
    ) -> None:
        super().__init__(noun or title.lower(), parent)
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
        self.keep_drafts(self.key, self._to_keep)
        self.picker.chosen.connect(self.typed)
        for edit in self.findChildren(QLineEdit):
            edit.textEdited.connect(self.typed)

    # its draft, kept while typed
    def _to_keep(self) -> tuple[str, dict[str, Any]] | None:
        if not self.changed_since_opened():
            return None
        account = self.picker.account
        who = f" for {account.details.name}" if account is not None else ""
        fields = form_state.values(self, skip=[self.picker.edit])
        return f"a {self.noun}{who}", {"customer": self.picker.code(), "fields": fields}

    def show_kept(self, payload: dict[str, Any]) -> None:
        """Put a kept draft back (offered at start after a power cut)."""
        code = payload.get("customer")
        if isinstance(code, str) and code:
            self.picker.set_code(code)
        fields = payload.get("fields")
        if isinstance(fields, dict):
            form_state.restore(self, fields, skip=[self.picker.edit])
        self.shown_again()

    def _after_customer(self) -> None:
        for widget in self.order:
            if widget.isEnabled() and widget.isVisible():
                widget.setFocus()
                return

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each message beside its field; the rest in the message area (in the screens'
        language), and a cash drawer the service refused outlined."""
        by_field: dict[str, str] = {}
        others: list[str] = []
        for error in errors:
            if error.field in self.boxes:
                by_field.setdefault(error.field, error.message)
            elif error.field == "customer":
                self.picker.error.setText(shown(error.message))
                self.picker.error.show()
            else:
                others.append(shown(error.message))
        for field, box in self.boxes.items():
            box.set_error(by_field.get(field))
        for drawer in self.findChildren(DrawerChoice):
            drawer.mark_errors(errors)
        self.messages.setText("\n".join(f"• {m}" for m in others))

    def save(self) -> object | None:
        raise NotImplementedError
