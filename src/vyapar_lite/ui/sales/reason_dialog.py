"""Asking for the reason a document is cancelled: OK stays off until something is typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class ReasonDialog(QDialog):
    def __init__(self, title: str, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sales.reasonDialog")
        self.setWindowTitle(title)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("sales.reason")
        self.reason_edit.setPlaceholderText(
            QCoreApplication.translate(
                "reason_dialog", "Required, e.g. wrong customer, billed twice"
            )
        )
        self.reason_edit.setMaxLength(500)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("sales.reason.ok")
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(
            lambda text: self.ok_button.setEnabled(bool(text.strip()))
        )
        label = QLabel(question)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.resize(420, 140)

    def reason(self) -> str:
        return self.reason_edit.text().strip()


def ask_reason(parent: QWidget | None, title: str, question: str) -> str | None:
    """The reason typed, or None when the shopkeeper cancelled."""
    dialog = ReasonDialog(title, question, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.reason():
        return None
    return dialog.reason()
