"""Settings → App lock: the app password and the idle time before the app locks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import app_lock
from vyapar_lite.ui.lock.idle_lock import IdleLock
from vyapar_lite.ui.lock.password_dialog import PasswordDialog


class AppLockSettings(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.password_button = QPushButton()
        self.password_button.setObjectName("settings.appPassword")
        self.password_button.clicked.connect(self.edit_password)
        self.idle = QSpinBox()
        self.idle.setObjectName("settings.idleMinutes")
        self.idle.setRange(0, 24 * 60)
        self.idle.setSuffix(QCoreApplication.translate("app_lock_settings", " min"))
        self.idle.setSpecialValueText(QCoreApplication.translate("app_lock_settings", "never"))
        self.status = QLabel()
        self.status.setObjectName("settings.appLockStatus")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.password_button)
        row.addWidget(QLabel(QCoreApplication.translate("app_lock_settings", "Lock after")))
        row.addWidget(self.idle)
        row.addWidget(QLabel(QCoreApplication.translate("app_lock_settings", "without use")))
        row.addWidget(self.status, 1)
        self.reload()
        self.idle.valueChanged.connect(self.save_idle)

    def reload(self) -> None:
        self.password_button.setText(
            QCoreApplication.translate("app_lock_settings", "Change app password…")
            if app_lock.is_set()
            else QCoreApplication.translate("app_lock_settings", "Set app password…")
        )
        self.idle.blockSignals(True)
        self.idle.setValue(app_lock.idle_minutes())
        self.idle.blockSignals(False)

    def edit_password(self) -> None:
        if PasswordDialog(self).exec():
            self.status.setText(
                QCoreApplication.translate("app_lock_settings", "App password saved.")
            )
            self.reload()
            self.changed.emit()

    def save_idle(self, minutes: int) -> None:
        try:
            app_lock.set_idle_minutes(minutes)
        except ValidationError as exc:
            self.status.setText(str(exc))
            return
        self.status.setText(QCoreApplication.translate("app_lock_settings", "Saved."))
        for idle_lock in self.window().findChildren(IdleLock):  # counts the new time from now
            idle_lock.restart()
        self.changed.emit()
