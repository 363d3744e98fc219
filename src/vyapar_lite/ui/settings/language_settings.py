"""Settings › Language: English or हिन्दी for the screens and printed invoices, notes, bills of
supply and receipts, applied at the next start; their printed headings in both languages; the
Excel exports' header rows in Hindi (applied at once).

Kept in this computer's settings (`ui/language.py`), not the shop file."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QWidget,
)

from vyapar_lite.ui import language
from vyapar_lite.ui.settings.settings_group import fill_with, save_row


class LanguageSettings(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings.language")
        group = QGroupBox(self.tr("Language"))
        self.choice = QComboBox()
        self.choice.setObjectName("settings.language.choice")
        for code, name in language.LANGUAGES.items():
            self.choice.addItem(name, code)
        self.bilingual = QCheckBox(
            self.tr("Printed invoices, notes, bills and receipts: headings in English and Hindi")
        )
        self.bilingual.setObjectName("settings.language.bilingual")
        self.excel_hindi = QCheckBox(self.tr("Excel headers in Hindi"))
        self.excel_hindi.setObjectName("settings.language.excel_headers")
        self.excel_hindi.setToolTip(
            self.tr(
                "The header row of report exports in Hindi (applied at once); the import "
                "templates keep English headers"
            )
        )
        note = QLabel(
            self.tr(
                "A new language is used from the next start of the app. Dates stay dd-mm-yyyy "
                "and amounts ₹1,24,000.00; amounts in words follow the language."
            )
        )
        note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save language"))
        self.save_button.setObjectName("settings.language.save")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("settings.language.status")
        self.status.setWordWrap(True)
        form = QFormLayout(group)
        form.addRow(self.tr("Language of the app"), self.choice)
        form.addRow(self.bilingual)
        form.addRow(self.excel_hindi)
        form.addRow(note)
        form.addRow(save_row(self.save_button, self.status))
        fill_with(self, group)
        self.reload()

    def reload(self) -> None:
        self.choice.setCurrentIndex(max(0, self.choice.findData(language.chosen())))
        self.bilingual.setChecked(language.bilingual_headings())
        self.excel_hindi.setChecked(language.excel_headers_in_hindi())

    def save(self) -> None:
        code = str(self.choice.currentData())
        language.choose(code)
        language.set_flag(language.BILINGUAL_SETTING, self.bilingual.isChecked())
        language.set_flag(language.EXCEL_HEADERS_SETTING, self.excel_hindi.isChecked())
        language.apply_excel_headers()
        if code != language.current():
            self.status.setText(
                self.tr("Saved. Close and start the app again to see it in {language}.").format(
                    language=language.LANGUAGES[code]
                )
            )
        else:
            self.status.setText(self.tr("Saved."))
