"""How money came in or went out: the mode, and the fields that mode needs, shown per mode.

Cash needs nothing more, but which drawer where the shop keeps a cash account per counter
(`ui.money.drawer`: this PC's by default, hidden with one cash account); UPI, card and bank
transfer take a reference (UPI or transaction id); a cheque takes its number, bank and date (a
date after the receipt's makes it post-dated).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.services import payments
from vyapar_lite.services.payments import ChequeDetails
from vyapar_lite.ui.money.drawer import DrawerChoice
from vyapar_lite.ui.sales.labels import label
from vyapar_lite.ui.widgets import DateEdit

REFERENCE_HINTS = {
    "upi": QT_TRANSLATE_NOOP("mode_fields", "UPI transaction id (12 digits)"),
    "card": QT_TRANSLATE_NOOP("mode_fields", "Card slip / approval no."),
    "bank": QT_TRANSLATE_NOOP("mode_fields", "UTR / transaction id"),
}


class ModeFields(QWidget):
    """`changed()` when anything here changes. Field names follow the service's errors: "mode",
    "account" (the cash drawer), "reference", "cheque number", "cheque bank", "cheque date"."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName(f"{name}.mode")
        for key in payments.PAYMENT_MODES:
            self.mode_combo.addItem(label(payments.MODE_LABELS.get(key, key)), key)
        self.reference_edit = QLineEdit()
        self.reference_edit.setObjectName(f"{name}.reference")
        self.reference_edit.setMaxLength(100)
        self.cheque_number = QLineEdit()
        self.cheque_number.setObjectName(f"{name}.cheque_number")
        self.cheque_number.setPlaceholderText(QCoreApplication.translate("mode_fields", "6 digits"))
        self.cheque_number.setMaxLength(10)
        self.cheque_number.setMaximumWidth(130)
        self.cheque_bank = QLineEdit()
        self.cheque_bank.setObjectName(f"{name}.cheque_bank")
        self.cheque_bank.setPlaceholderText(
            QCoreApplication.translate("mode_fields", "e.g. SBI, Laxmi Road")
        )
        self.cheque_bank.setMaxLength(100)
        self.cheque_date = DateEdit()
        self.cheque_date.setObjectName(f"{name}.cheque_date")
        self.drawer = DrawerChoice(f"{name}.drawer")
        self.captions: dict[QWidget, QLabel] = {}
        self.grid = grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, (text, widget) in enumerate(
            (
                (QCoreApplication.translate("mode_fields", "&Mode"), self.mode_combo),
                (QCoreApplication.translate("mode_fields", "Re&ference"), self.reference_edit),
                (QCoreApplication.translate("mode_fields", "Cheque &no."), self.cheque_number),
                (QCoreApplication.translate("mode_fields", "&Bank"), self.cheque_bank),
                (QCoreApplication.translate("mode_fields", "Cheque da&te"), self.cheque_date),
                (QCoreApplication.translate("mode_fields", "Cash dra&wer"), self.drawer),
            )
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            self.captions[widget] = caption
            grid.addWidget(caption, 0, column)
            grid.addWidget(widget, 1, column, Qt.AlignmentFlag.AlignTop)
        self.mode_combo.currentIndexChanged.connect(lambda _i: self._mode_changed())
        for edit in (self.reference_edit, self.cheque_number, self.cheque_bank):
            edit.textChanged.connect(lambda _t: self.changed.emit())
        self.cheque_date.dateChanged.connect(lambda _d: self.changed.emit())
        self.drawer.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._mode_changed()

    @property
    def fields(self) -> list[QWidget]:
        """In the order Enter walks through them (hidden ones are skipped)."""
        return [
            self.mode_combo,
            self.reference_edit,
            self.cheque_number,
            self.cheque_bank,
            self.cheque_date,
            self.drawer,
        ]

    def mode(self) -> str:
        return str(self.mode_combo.currentData())

    def set_mode(self, mode: str) -> None:
        index = self.mode_combo.findData(mode)
        self.mode_combo.setCurrentIndex(max(index, 0))

    def reference(self) -> str:
        return self.reference_edit.text().strip() if self.mode() not in ("cash", "cheque") else ""

    def account_id(self) -> int | None:
        """The cash drawer chosen (cash, with more than one); None: the mode's account."""
        return self.drawer.account_for(self.mode())

    def cheque(self) -> ChequeDetails | None:
        if self.mode() != "cheque":
            return None
        return ChequeDetails(
            number=self.cheque_number.text().strip(),
            bank=self.cheque_bank.text().strip(),
            cheque_date=self.cheque_date.date_value(),
        )

    def clear(self, on: date | None = None) -> None:
        self.mode_combo.setCurrentIndex(0)
        for edit in (self.reference_edit, self.cheque_number, self.cheque_bank):
            edit.clear()
        self.cheque_date.set_date(on or date.today())
        self.drawer.refresh()  # a counter may have been added; this PC's drawer again
        self._mode_changed()

    def _mode_changed(self) -> None:
        mode = self.mode()
        cheque = mode == "cheque"
        shown = {
            self.reference_edit: mode not in ("cash", "cheque"),
            self.cheque_number: cheque,
            self.cheque_bank: cheque,
            self.cheque_date: cheque,
            self.drawer: self.drawer.wanted_for(mode),
        }
        for widget, visible in shown.items():
            widget.setVisible(visible)
            self.captions[widget].setVisible(visible)
        self.grid.setColumnStretch(1, 2 if shown[self.reference_edit] else 0)  # hidden: no room
        self.grid.setColumnStretch(3, 2 if cheque else 0)
        self.grid.setColumnStretch(6, 0 if cheque or shown[self.reference_edit] else 1)
        hint = REFERENCE_HINTS.get(mode, "")
        self.reference_edit.setPlaceholderText(
            QCoreApplication.translate("mode_fields", hint) if hint else ""
        )
        self.changed.emit()
