"""What the expense and contra forms share: fields with their messages underneath, a Save
button that posts through the service, and the message naming each bad field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import money_accounts
from vyapar_lite.ui.language import shown
from vyapar_lite.ui.money.account_names import shown_label
from vyapar_lite.ui.unusual_date import post_confirming
from vyapar_lite.ui.widgets import FieldBox


def fill_accounts(combo: QComboBox, *, kind: str | None = None) -> None:
    """The money accounts in use, by label, each carrying its id."""
    combo.clear()
    for account in money_accounts.accounts(kind=kind):
        combo.addItem(shown_label(account), account.id)


MAX_WIDTH = 900


class MoneyForm(QWidget):
    """A form on the Money screen. `posted(number)` after a successful save."""

    posted = Signal(str)
    done_word = "Saved"

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"money.{key}")
        self.boxes: dict[str, FieldBox] = {}
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setObjectName(f"money.{key}.message")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(QCoreApplication.translate("money_form", "Save"))
        self.save_button.setObjectName(f"money.{key}.save")
        self.save_button.clicked.connect(self.save)
        body = QWidget()  # a readable width, not stretched across a wide screen
        body.setMaximumWidth(MAX_WIDTH)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.form)
        column.addWidget(self.save_button)
        column.addWidget(self.message)
        column.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addWidget(body)

    def add(self, field: str, label: str, widget: QWidget) -> QWidget:
        """A field (named as the service's errors name it) with its message box."""
        box = FieldBox(f"money.{self.key}.{field.replace(' ', '_')}", widget)
        widget.setObjectName(f"money.{self.key}.{field.replace(' ', '_')}")
        self.boxes[field] = box
        self.form.addRow(label, box)
        return widget

    def save(self) -> None:
        for box in self.boxes.values():
            box.set_error(None)
        try:
            # a cash voucher on a day closed at the daily closing asks the owner's password
            number = post_confirming(self, lambda _confirmed: self.post())
        except ValidationError as e:
            unplaced: list[str] = []
            for error in e.errors:
                field_box = self.boxes.get(error.field)
                if field_box is None:
                    unplaced.append(shown(error.message))
                else:
                    field_box.set_error(error.message)
            self.message.setStyleSheet("color: #b00020;")
            correct = QCoreApplication.translate("money_form", "Correct the fields in red.")
            self.message.setText(
                QCoreApplication.translate("money_form", "Not saved. {reasons}").format(
                    reasons=" ".join(unplaced or [correct])
                )
            )
            return
        self.message.setStyleSheet("color: #1b5e20;")
        self.message.setText(f"{self.done_word} {number}.")
        self.clear()
        self.posted.emit(number)

    def post(self) -> str:  # the subclass posts through its service; returns the number
        raise NotImplementedError

    def clear(self) -> None:  # ready for the next one
        raise NotImplementedError
