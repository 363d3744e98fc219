"""Settings for documents: the date the books are closed up to, and the export LUT reference."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import closed_books, export_settings
from vyapar_lite.ui.language import shown
from vyapar_lite.ui.settings.settings_group import fill_with, save_row
from vyapar_lite.ui.widgets import DateEdit


class BooksSettingsGroup(QWidget):
    """ "Books closed up to" (a tick and a date) and the LUT reference printed on exports."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings.books")
        self.closed_box = QCheckBox(
            QCoreApplication.translate("books_settings", "Books closed up to")
        )
        self.closed_box.setObjectName("settings.books.closed")
        self.closed_date = DateEdit()
        self.closed_date.setObjectName("settings.books.closed_date")
        self.closed_box.toggled.connect(self.closed_date.setEnabled)
        self.lut_edit = QLineEdit()
        self.lut_edit.setObjectName("settings.books.lut")
        self.lut_edit.setPlaceholderText(
            QCoreApplication.translate(
                "books_settings", "ARN and date of the Letter of Undertaking"
            )
        )
        self.save_button = QPushButton(QCoreApplication.translate("books_settings", "Save"))
        self.save_button.setObjectName("settings.books.save")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("settings.books.status")
        explain = QLabel(
            QCoreApplication.translate(
                "books_settings",
                "Nothing dated on or before the closing date can be posted or cancelled: close a "
                "month once its GST return is filed.",
            )
        )
        explain.setWordWrap(True)
        explain.setStyleSheet("color: #555;")
        group = QGroupBox(
            QCoreApplication.translate("books_settings", "Closed periods and exports")
        )
        form = QFormLayout(group)
        row = QHBoxLayout()
        row.addWidget(self.closed_box)
        row.addWidget(self.closed_date)
        row.addStretch(1)
        form.addRow(row)
        form.addRow("", explain)
        form.addRow(
            QCoreApplication.translate("books_settings", "LUT reference (exports)"), self.lut_edit
        )
        form.addRow(save_row(self.save_button, self.status))
        fill_with(self, group)
        self.reload()

    def reload(self) -> None:
        closed = closed_books.closed_up_to()
        self.closed_box.setChecked(closed is not None)
        self.closed_date.setEnabled(closed is not None)
        if closed is not None:
            self.closed_date.set_date(closed)
        self.lut_edit.setText(export_settings.lut_reference())

    def chosen_date(self) -> date | None:
        return self.closed_date.date_value() if self.closed_box.isChecked() else None

    def save(self) -> bool:
        try:
            closed_books.close_up_to(self.chosen_date())
            export_settings.save_lut_reference(self.lut_edit.text())
        except ValidationError as exc:
            self.status.setText(
                QCoreApplication.translate("books_settings", "Not saved: {reasons}").format(
                    reasons="; ".join(shown(e.message) for e in exc.errors)
                )
            )
            return False
        self.reload()
        closed = closed_books.closed_up_to()
        text = (
            QCoreApplication.translate(
                "books_settings", "Books closed up to {closed:%d-%m-%Y}."
            ).format(closed=closed)
            if closed
            else QCoreApplication.translate("books_settings", "No period closed.")
        )
        self.status.setText(
            QCoreApplication.translate("books_settings", "Saved. {text}").format(text=text)
        )
        return True
