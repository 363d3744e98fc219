"""Set, change or remove the app password; the current one is needed when there is one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import app_lock
from vyapar_lite.ui.language import said


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class PasswordDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(QCoreApplication.translate("password_dialog", "App password"))
        self.has_password = app_lock.is_set()
        self.old = _password_edit("password.old")
        self.new = _password_edit("password.new")
        self.repeat = _password_edit("password.repeat")
        self.message = QLabel()
        self.message.setObjectName("password.message")
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        if self.has_password:
            form.addRow(QCoreApplication.translate("password_dialog", "Current password"), self.old)
        form.addRow(QCoreApplication.translate("password_dialog", "New password"), self.new)
        form.addRow(
            QCoreApplication.translate("password_dialog", "New password again"), self.repeat
        )
        form.addRow(
            QLabel(
                QCoreApplication.translate(
                    "password_dialog", "Leave the new password empty to remove the lock."
                )
            )
            if self.has_password
            else QLabel(
                QCoreApplication.translate(
                    "password_dialog",
                    "The password is asked when the app starts and after the idle time.",
                )
            )
        )
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        if self.new.text() != self.repeat.text():
            self.message.setText(
                QCoreApplication.translate(
                    "password_dialog", "The two new passwords are not the same."
                )
            )
            return
        if not self.new.text() and not self.has_password:
            self.message.setText(QCoreApplication.translate("password_dialog", "Type a password."))
            return
        try:
            app_lock.set_password(self.new.text(), old=self.old.text())
        except ValidationError as exc:
            self.message.setText(said(exc))
            return
        self.accept()
