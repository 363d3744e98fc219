"""The server's password, asked when the server wants one that neither the PostgreSQL password
file nor PGPASSWORD gave: typed hidden, kept in memory until the app closes (`passwords.py`)."""

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

from vyapar_lite.db.store import ServerAddress


class PasswordDialog(QDialog):
    """One password field (echo off); `reason` is the server's word on a refused one."""

    def __init__(self, parent: QWidget | None, address: ServerAddress, reason: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("serverPasswordDialog")
        self.setWindowTitle(self.tr("Password for the shop server"))
        who = address.user or self.tr("this PC's user")
        heading = QLabel(
            self.tr("The shop server at {host} asks for the password of {user}.").format(
                host=f"{address.host}:{address.port}", user=who
            )
        )
        heading.setWordWrap(True)
        self.reason = QLabel(
            self.tr("Not accepted: {reason}. Type it again.").format(reason=reason)
        )
        self.reason.setObjectName("serverPassword.reason")
        self.reason.setStyleSheet("color: #b00020;")
        self.reason.setWordWrap(True)
        self.reason.setVisible(bool(reason))
        self.field = QLineEdit()
        self.field.setObjectName("serverPassword.field")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        note = QLabel(
            self.tr(
                "The password is kept until you close the app; it is never saved. To not be "
                "asked, put it in the PostgreSQL password file (pgpass.conf)."
            )
        )
        note.setObjectName("serverPassword.note")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Connect"))
        ok.setObjectName("serverPassword.ok")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Password"), self.field)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.reason)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)


def ask_password(parent: QWidget | None, address: ServerAddress, reason: str = "") -> str | None:
    """The password typed (None when cancelled)."""
    dialog = PasswordDialog(parent, address, reason)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.field.text()
