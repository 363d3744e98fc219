"""Settings › This counter: the name this PC's documents and audit rows carry from now on (kept
in this computer's settings, per shop server, and once for shop files; `ui/counters/names.py`).
A new name is written to the audit log (`services.counters.name_counter`)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from vyapar_lite.db.connection import current_server
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import counters
from vyapar_lite.ui.counters import names
from vyapar_lite.ui.language import shown
from vyapar_lite.ui.settings.settings_group import fill_with, save_row


class CounterSettings(QWidget):
    """`renamed` after a new name is saved (the status bar shows it)."""

    renamed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings.counter")
        group = QGroupBox(self.tr("This counter"))
        self.name = QLineEdit()
        self.name.setObjectName("settings.counter.name")
        self.name.setMaxLength(counters.MAX_LENGTH)
        note = QLabel(
            self.tr(
                "Every document posted and every change made from this PC carries this name, "
                "in the audit log too. A new name counts from now on; what was posted keeps "
                "the name it was posted under."
            )
        )
        note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save counter name"))
        self.save_button.setObjectName("settings.counter.save")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("settings.counter.status")
        self.status.setWordWrap(True)
        self.name.textEdited.connect(lambda _text: self.status.clear())
        form = QFormLayout(group)
        form.addRow(self.tr("Counter's name"), self.name)
        form.addRow(note)
        form.addRow(save_row(self.save_button, self.status))
        fill_with(self, group)
        self.reload()

    def reload(self) -> None:
        self.name.setText(counters.current() or "")

    def save(self) -> None:
        if self.name.text().strip() == (counters.current() or ""):
            self.status.setText(self.tr("Saved."))
            return
        try:
            name = counters.name_counter(self.name.text())
        except ValidationError as exc:
            self.status.setText(shown(exc.for_field("counter") or str(exc)))
            return
        names.remember(current_server(), name)
        self.name.setText(name)
        saved = self.tr("Saved. From now on this PC posts as {name}.")
        self.status.setText(saved.format(name=name))
        self.renamed.emit()
