"""Settings › Sales: each series' prefix (numbers of at most 16 characters, Rule 46(b)) and how
many days ahead a document may be dated without asking."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from vyapar_lite.domain import doc_numbers
from vyapar_lite.domain.document_dates import MAX_FUTURE_DAYS
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.invoice import financial_year
from vyapar_lite.services import numbering_settings
from vyapar_lite.services.numbering_settings import SERIES_LABELS, NumberingSettings
from vyapar_lite.ui.settings.settings_group import fill_with, save_row
from vyapar_lite.ui.widgets import FieldBox


class NumberingSettingsGroup(QWidget):
    """One prefix field per series, with the number it gives; the days-ahead limit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings.numbering")
        self.status = QLabel()
        self.status.setObjectName("settings.numbering.status")
        group = QGroupBox(
            QCoreApplication.translate("numbering_settings", "Document numbers and dates")
        )
        form = QFormLayout(group)
        self.edits: dict[str, QLineEdit] = {}
        self.boxes: dict[str, FieldBox] = {}
        for kind, label in SERIES_LABELS.items():
            edit = QLineEdit()
            edit.setObjectName(f"settings.numbering.prefix.{kind}")
            edit.setMaxLength(12)
            edit.textEdited.connect(self._typed)
            self.edits[kind] = edit
            self.boxes[f"prefix.{kind}"] = FieldBox(f"settings.numbering.prefix.{kind}", edit)
            form.addRow(
                QCoreApplication.translate("numbering_settings", "{label} prefix").format(
                    label=QCoreApplication.translate("numbering_settings", label)
                ),
                self.boxes[f"prefix.{kind}"],
            )
        self.days = QSpinBox()
        self.days.setObjectName("settings.numbering.future_days")
        self.days.setRange(0, MAX_FUTURE_DAYS)
        self.days.valueChanged.connect(lambda _v: self.status.clear())
        self.boxes["future_days"] = FieldBox("settings.numbering.future_days", self.days)
        form.addRow(
            QCoreApplication.translate(
                "numbering_settings", "Ask before dating a document more than (days ahead)"
            ),
            self.boxes["future_days"],
        )
        self.example = QLabel()
        self.example.setObjectName("settings.numbering.example")
        self.example.setStyleSheet("color: #555;")
        self.example.setWordWrap(True)
        form.addRow("", self.example)
        self.save_button = QPushButton(
            QCoreApplication.translate("numbering_settings", "Save numbers and dates")
        )
        self.save_button.setObjectName("settings.numbering.save")
        self.save_button.clicked.connect(self.save)
        form.addRow(save_row(self.save_button, self.status))
        fill_with(self, group)
        self.reload()

    def reload(self) -> None:
        current = numbering_settings.get()
        for kind, edit in self.edits.items():
            edit.setText(current.prefixes[kind])
        self.days.setValue(current.future_days)
        self._explain()

    def _typed(self, _text: str) -> None:
        self.status.clear()
        self._explain()

    def _explain(self) -> None:
        year = financial_year(date.today())
        prefix = self.edits["invoice"].text().strip().upper() or "INV"
        first = doc_numbers.document_number(prefix, year, 1)
        longest = doc_numbers.longest_number(prefix, year)
        self.example.setText(
            QCoreApplication.translate(
                "numbering_settings",
                "Invoices are numbered {first} … {longest} ({0} characters; the "
                "law allows {MAX_LENGTH}). A new prefix is used from the next "
                "series: this year's if none of that kind has been numbered yet, "
                "else next financial year's, so numbers already issued never "
                "change.",
            ).format(len(longest), first=first, longest=longest, MAX_LENGTH=doc_numbers.MAX_LENGTH)
        )

    def save(self) -> NumberingSettings | None:
        for box in self.boxes.values():
            box.set_error(None)
        wanted = NumberingSettings(
            {kind: edit.text() for kind, edit in self.edits.items()}, self.days.value()
        )
        try:
            saved = numbering_settings.save(wanted)
        except ValidationError as exc:
            for error in exc.errors:
                field_box = self.boxes.get(error.field)
                if field_box is not None:
                    field_box.set_error(error.message)
            self.status.setText(
                QCoreApplication.translate(
                    "numbering_settings", "Not saved: correct the fields marked in red."
                )
            )
            return None
        self.reload()
        self.status.setText(QCoreApplication.translate("numbering_settings", "Saved."))
        self.changed.emit()
        return saved
