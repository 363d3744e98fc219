"""File › Connect to a shop server…: the address of a shop kept on a PostgreSQL server on the
shop's network (host, port, database, user; never a password), checked field by field by
`db/store.py`'s one definition of a valid address."""

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

from vyapar_lite.db.store import DEFAULT_PORT, ServerAddress, address_from_parts
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.ui.widgets import FieldBox

FIELDS = ("host", "port", "dbname", "user")


class ConnectDialog(QDialog):
    """Asks for a server shop's address; `address` is set when Connect is pressed on a valid
    one."""

    def __init__(self, parent: QWidget | None = None, start: ServerAddress | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to a shop server"))
        self.address: ServerAddress | None = None
        self.edits: dict[str, QLineEdit] = {}
        self.boxes: dict[str, FieldBox] = {}
        intro = QLabel(
            self.tr(
                "Open the shop's books kept on a PostgreSQL server on the shop's network, so "
                "several counters work on the same books. Whoever set up the server gives you "
                "these four things."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        labels = {
            "host": self.tr("Server PC"),
            "port": self.tr("Port"),
            "dbname": self.tr("Shop database"),
            "user": self.tr("User"),
        }
        hints = {
            "host": self.tr("e.g. 192.168.1.10 or shop-pc"),
            "port": str(DEFAULT_PORT),
            "dbname": self.tr("e.g. sharma_store"),
            "user": self.tr("e.g. counter1"),
        }
        for name in FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"connect.{name}")
            edit.setPlaceholderText(hints[name])
            edit.textEdited.connect(lambda _text, n=name: self.boxes[n].set_error(None))
            box = FieldBox(f"connect.{name}", edit)
            box.error.setWordWrap(True)  # long messages wrap, never squeeze the labels
            self.edits[name], self.boxes[name] = edit, box
            form.addRow(labels[name], box)
        self.edits["port"].setText(str(DEFAULT_PORT))
        if start is not None:
            self.edits["host"].setText(start.host)
            self.edits["port"].setText(str(start.port))
            self.edits["dbname"].setText(start.dbname)
            self.edits["user"].setText(start.user)
        note = QLabel(
            self.tr(
                "No password here: the app takes it from the PostgreSQL password file "
                "(pgpass.conf) or asks for it when the server wants one."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("connect.note")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        connect = buttons.button(QDialogButtonBox.StandardButton.Ok)
        connect.setText(self.tr("Connect"))
        connect.setObjectName("connect.ok")
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def try_accept(self) -> None:
        """Connect: every bad field says what is expected under it; a good address closes."""
        values = {name: self.edits[name].text() for name in FIELDS}
        for box in self.boxes.values():
            box.set_error(None)
        try:
            address = address_from_parts(
                values["host"], values["port"], values["dbname"], values["user"]
            )
        except ValidationError as exc:
            for name in FIELDS:
                self.boxes[name].set_error(exc.for_field(name))
            self.adjustSize()
            first = next(e.field for e in exc.errors if e.field in self.edits)
            self.edits[first].setFocus()
            return
        self.address = address
        self.accept()


def ask_for_server(parent: QWidget | None, start: ServerAddress | None) -> ServerAddress | None:
    """The server shop the shopkeeper typed, or None when cancelled."""
    dialog = ConnectDialog(parent, start)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.address
