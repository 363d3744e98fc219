"""Settings for payments: when a post-dated cheque counts in the customer's balance."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.services import payments
from vyapar_lite.services.payments import ChequeSettings
from vyapar_lite.ui.settings.settings_group import fill_with, save_row

CHOICES = (
    (
        "receipt",
        QT_TRANSLATE_NOOP(
            "payment_settings", "When it is received (the customer's balance goes down at once)"
        ),
    ),
    (
        "clearance",
        QT_TRANSLATE_NOOP(
            "payment_settings", "When it clears (it waits in the PDC register until then)"
        ),
    ),
)


class PaymentSettingsGroup(QWidget):
    """Count a post-dated cheque on receipt or on clearance."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings.payments")
        self.status = QLabel()
        self.status.setObjectName("settings.payments.status")
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        box = QGroupBox(QCoreApplication.translate("payment_settings", "Post-dated cheques"))
        column = QVBoxLayout(box)
        column.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "payment_settings", "Count a post-dated cheque in the customer's balance:"
                )
            )
        )
        for key, text in CHOICES:
            radio = QRadioButton(QCoreApplication.translate("payment_settings", text))
            radio.setObjectName(f"settings.payments.count_on.{key}")
            self.group.addButton(radio)
            self.radios[key] = radio
            column.addWidget(radio)
            radio.toggled.connect(lambda _on: self.status.clear())
        note = QLabel(
            QCoreApplication.translate(
                "payment_settings",
                "Cheques dated on or before the day they are received always count at "
                "once. A change "
                "applies to cheques recorded from then on.",
            )
        )
        note.setObjectName("settings.payments.note")
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        column.addWidget(note)
        self.save_button = QPushButton(
            QCoreApplication.translate("payment_settings", "Save payment settings")
        )
        self.save_button.setObjectName("settings.payments.save")
        self.save_button.clicked.connect(self.save)
        column.addLayout(save_row(self.save_button, self.status))
        fill_with(self, box)
        self.reload()

    def reload(self) -> None:
        current = payments.cheque_settings().count_on
        self.radios.get(current, self.radios["clearance"]).setChecked(True)
        self.status.clear()

    def chosen(self) -> str:
        return next((key for key, radio in self.radios.items() if radio.isChecked()), "")

    def save(self) -> ChequeSettings | None:
        try:
            saved = payments.save_cheque_settings(ChequeSettings(count_on=self.chosen()))
        except ValidationError as exc:
            self.status.setText(str(exc))
            return None
        self.reload()
        self.status.setText(QCoreApplication.translate("payment_settings", "Saved."))
        self.changed.emit()
        return saved
