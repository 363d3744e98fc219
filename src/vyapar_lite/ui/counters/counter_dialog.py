"""The first connection to a shop server: which counter is this PC? ("Counter 1" suggested, the
next free one of the names already used on that server)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import counters
from vyapar_lite.ui.widgets import FieldBox


class CounterNameDialog(QDialog):
    """`name` is the checked name once OK is pressed; `suggested` what was offered."""

    def __init__(self, parent: QWidget | None, used: list[str]) -> None:
        super().__init__(parent)
        self.setObjectName("counterNameDialog")
        self.setWindowTitle(self.tr("Name this counter"))
        self.suggested = counters.suggested_name(used)
        self.name = self.suggested
        intro = QLabel(
            self.tr(
                "Several counters work on this shop. Every bill, payment and change made from "
                "this PC will carry this counter's name, in the audit log too."
            )
        )
        intro.setWordWrap(True)
        taken = QLabel(
            self.tr("Names already used on this server: {names}").format(names=", ".join(used))
            if used
            else self.tr("This is the first counter on this server.")
        )
        taken.setObjectName("counterName.used")
        taken.setWordWrap(True)
        self.field = QLineEdit(self.suggested)
        self.field.setObjectName("counterName.field")
        self.field.selectAll()
        self.box = FieldBox("counterName", self.field)
        self.field.textEdited.connect(lambda _text: self.box.set_error(None))
        note = QLabel(self.tr("You can change it later in Settings › This counter."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("counterName.ok")
        buttons.accepted.connect(self.try_accept)
        form = QFormLayout()
        form.addRow(self.tr("This counter's name"), self.box)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(taken)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def try_accept(self) -> None:
        try:
            self.name = counters.checked_name(self.field.text())
        except ValidationError as exc:
            self.box.set_error(exc.for_field("counter"))
            return
        self.accept()
