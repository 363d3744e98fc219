"""Settings › Tally: the company to import into and the ledger names the Tally export uses,
each with its default shown, and a message beside any name that is refused."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services.tally import names as tally
from vyapar_lite.ui.settings.settings_group import fill_with, save_row

LABELS = {
    "company": "Company in Tally",
    "sales_by_rate": "Sales by GST rate",
    "sales_zero_rated": "Zero-rated sales",
    "sales_nil": "Nil-rated sales",
    "sales_exempt": "Exempt sales",
    "sales_non_gst": "Non-GST sales",
    "sales_unsplit": "Imported sales (no lines)",
    "cgst": "Output CGST",
    "sgst": "Output SGST / UTGST",
    "igst": "Output IGST",
    "rcm_billed": "Reverse-charge GST billed",
    "round_off": "Round-off",
    "discount": "Discount",
    "cash": "Cash",
    "bank": "Bank",
    "write_off": "Write-offs",
    "cheque_charges": "Cheque return charges",
    "purchases": "Purchases",
    "input_gst": "GST on purchases",
    "no_document": "Entries without a document",
    "supplier_suffix": "Payable ledger ends with",
}


class TallySettingsGroup(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings.tally")
        self.status = QLabel()
        self.status.setObjectName("settings.tally.status")
        box = QGroupBox(
            QCoreApplication.translate("tally_settings", "Ledger names for the Tally export")
        )
        form = QFormLayout(box)
        note = QLabel(
            QCoreApplication.translate(
                "tally_settings",
                "The export (Reports › Export to Tally) creates these ledgers in Tally and "
                "posts to "
                "them. Write {rate} where the GST rate goes in the sales ledgers' name. Leave the "
                "company empty to import into the company open in Tally.",
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        form.addRow(note)
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for field in tally.FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"settings.tally.{field}")
            edit.setMaxLength(tally.MAX_NAME)
            edit.setPlaceholderText(
                getattr(tally.DEFAULTS, field)
                or QCoreApplication.translate("tally_settings", "(the company open in Tally)")
            )
            edit.textEdited.connect(lambda _text: self.status.clear())
            error = QLabel()
            error.setObjectName(f"settings.tally.{field}.error")
            error.setStyleSheet("color: #b00020;")
            error.hide()
            self.edits[field], self.errors[field] = edit, error
            form.addRow(LABELS[field], edit)
            form.addRow("", error)
        self.save_button = QPushButton(
            QCoreApplication.translate("tally_settings", "Save Tally ledger names")
        )
        self.save_button.setObjectName("settings.tally.save")
        self.save_button.clicked.connect(self.save)
        form.addRow(save_row(self.save_button, self.status))
        fill_with(self, box)
        self.reload()

    def reload(self) -> None:
        for field, value in asdict(tally.tally_names()).items():
            self.edits[field].setText(value)
        self._show_errors(None)
        self.status.clear()

    def save(self) -> tally.TallyNames | None:
        typed = {f: e.text() for f, e in self.edits.items()}
        try:
            saved = tally.save_tally_names(tally.TallyNames(**typed))
        except ValidationError as exc:
            self._show_errors(exc)
            self.status.setText(
                QCoreApplication.translate("tally_settings", "Not saved: see the names marked.")
            )
            return None
        self.reload()
        self.status.setText(QCoreApplication.translate("tally_settings", "Saved."))
        self.changed.emit()
        return saved

    def _show_errors(self, exc: ValidationError | None) -> None:
        for field, label in self.errors.items():
            message = exc.for_field(field) if exc is not None else None
            label.setText(message or "")
            label.setVisible(bool(message))
