"""The frame of a saved document's window (an invoice, note or sale order in Sales; a receipt,
refund, payment out, purchase bill or contra settlement in Payments): its title, status banner
and facts above, the form's own middle, and a row of buttons with their keys (Print Ctrl+P, PDF
Ctrl+Shift+S, ...; Close last). Nothing is typed in it, so Esc closes it at once. Each window
says only its middle and its buttons."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# (key, text, keys, slot): the button `<prefix>.<key>`, its text and shortcut
Button = tuple[str, str, str, Callable[[], object]]


class DocumentWindow(QDialog):
    title: QLabel
    status: QLabel
    facts: QLabel

    def heading(self, prefix: str) -> None:
        """The title, the status banner and the facts (`<prefix>.title`, `.status`, `.facts`)."""
        self.title = QLabel()
        self.title.setObjectName(f"{prefix}.title")
        self.status = QLabel()
        self.status.setObjectName(f"{prefix}.status")
        self.status.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setObjectName(f"{prefix}.facts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def finish(
        self,
        middle: QLayout,
        buttons: Sequence[Button],
        *,
        prefix: str,
        leading: QWidget | None = None,
    ) -> None:
        """Lay the window out under `self.title`, `self.status` and `self.facts`."""
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        if leading is not None:
            row.addWidget(leading)
        for key, text, keys, slot in buttons:
            button = QPushButton(f"{text}  ({keys})" if keys else text)
            button.setObjectName(f"{prefix}.{key}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            if keys:
                QShortcut(QKeySequence(keys), self, slot)
            self.buttons[key] = button
            if key == "close":
                row.addStretch(1)
            row.addWidget(button)
        layout = QVBoxLayout(self)
        for label in (self.title, self.status, self.facts):
            layout.addWidget(label)
        layout.addLayout(middle, 1)
        layout.addLayout(row)
