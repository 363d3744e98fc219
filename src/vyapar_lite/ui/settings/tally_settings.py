"""Settings › Tally: the company to import into and the ledger names the Tally export uses,
each with its default shown, and a message beside any name that is refused."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.services.tally import names as tally
from vyapar_lite.ui.settings.settings_group import fill_with, save_row

LABELS = {
    "company": QT_TRANSLATE_NOOP("tally_settings", "Company in Tally"),
    "sales_by_rate": QT_TRANSLATE_NOOP("tally_settings", "Sales by GST rate"),
    "sales_zero_rated": QT_TRANSLATE_NOOP("tally_settings", "Zero-rated sales"),
    "sales_nil": QT_TRANSLATE_NOOP("tally_settings", "Nil-rated sales"),
    "sales_exempt": QT_TRANSLATE_NOOP("tally_settings", "Exempt sales"),
    "sales_non_gst": QT_TRANSLATE_NOOP("tally_settings", "Non-GST sales"),
    "sales_unsplit": QT_TRANSLATE_NOOP("tally_settings", "Imported sales (no lines)"),
    "cgst": QT_TRANSLATE_NOOP("tally_settings", "Output CGST"),
    "sgst": QT_TRANSLATE_NOOP("tally_settings", "Output SGST / UTGST"),
    "igst": QT_TRANSLATE_NOOP("tally_settings", "Output IGST"),
    "rcm_billed": QT_TRANSLATE_NOOP("tally_settings", "Reverse-charge GST billed"),
    "round_off": QT_TRANSLATE_NOOP("tally_settings", "Round-off"),
    "discount": QT_TRANSLATE_NOOP("tally_settings", "Discount"),
    "cash": QT_TRANSLATE_NOOP("tally_settings", "Cash (the account cash payments reach)"),
    "bank": QT_TRANSLATE_NOOP("tally_settings", "Bank (for Bank (not yet set))"),
    "write_off": QT_TRANSLATE_NOOP("tally_settings", "Write-offs"),
    "cheque_charges": QT_TRANSLATE_NOOP("tally_settings", "Cheque return charges"),
    "purchases": QT_TRANSLATE_NOOP("tally_settings", "Purchases"),
    "input_gst": QT_TRANSLATE_NOOP("tally_settings", "GST on purchases"),
    "input_cgst": QT_TRANSLATE_NOOP("tally_settings", "Input CGST (expenses' GST bills)"),
    "input_sgst": QT_TRANSLATE_NOOP("tally_settings", "Input SGST (expenses' GST bills)"),
    "input_igst": QT_TRANSLATE_NOOP("tally_settings", "Input IGST (expenses' GST bills)"),
    "no_document": QT_TRANSLATE_NOOP("tally_settings", "Entries without a document"),
    "supplier_suffix": QT_TRANSLATE_NOOP("tally_settings", "Payable ledger ends with"),
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
            edit.setPlaceholderText(getattr(tally.DEFAULTS, field) or "(the company open in Tally)")
            edit.textEdited.connect(lambda _text: self.status.clear())
            error = QLabel()
            error.setObjectName(f"settings.tally.{field}.error")
            error.setStyleSheet("color: #b00020;")
            error.hide()
            self.edits[field], self.errors[field] = edit, error
            form.addRow(QCoreApplication.translate("tally_settings", LABELS[field]), edit)
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
