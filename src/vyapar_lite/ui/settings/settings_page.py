"""Settings: the shop profile (more settings arrive with the features that need them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import shop
from vyapar_lite.ui.settings.app_lock_settings import AppLockSettings
from vyapar_lite.ui.settings.audit_trail_settings import AuditTrailSettings
from vyapar_lite.ui.settings.backup_settings import BackupSettingsGroup
from vyapar_lite.ui.settings.books_settings import BooksSettingsGroup
from vyapar_lite.ui.settings.counter_settings import CounterSettings
from vyapar_lite.ui.settings.customer_settings import CustomerSettings
from vyapar_lite.ui.settings.gst_rate_settings import GstRateSettings
from vyapar_lite.ui.settings.gst_settings import GstSettingsGroup
from vyapar_lite.ui.settings.language_settings import LanguageSettings
from vyapar_lite.ui.settings.numbering_settings import NumberingSettingsGroup
from vyapar_lite.ui.settings.payment_settings import PaymentSettingsGroup
from vyapar_lite.ui.settings.sales_settings import SalesSettingsGroup
from vyapar_lite.ui.settings.shop_form import ShopProfileForm
from vyapar_lite.ui.settings.tally_settings import TallySettingsGroup


class SettingsPage(QWidget):
    profile_saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page.settings")
        title = QLabel(
            QCoreApplication.translate("settings_page", "<h2>Settings</h2><h3>Shop profile</h3>")
        )
        self.form = ShopProfileForm()
        self.save_button = QPushButton(
            QCoreApplication.translate("settings_page", "Save shop profile")
        )
        self.save_button.setObjectName("settings.save")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("settings.status")
        self.form.changed.connect(self.status.clear)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(title)
        layout.addWidget(self.form)
        layout.addLayout(row)
        layout.addWidget(QLabel(QCoreApplication.translate("settings_page", "<h3>Customers</h3>")))
        self.customer_settings = CustomerSettings()
        layout.addWidget(self.customer_settings)
        layout.addWidget(QLabel(QCoreApplication.translate("settings_page", "<h3>Items</h3>")))
        self.gst_rate_settings = GstRateSettings()
        layout.addWidget(self.gst_rate_settings)
        layout.addWidget(QLabel(QCoreApplication.translate("settings_page", "<h3>Sales</h3>")))
        self.sales_settings = SalesSettingsGroup()
        layout.addWidget(self.sales_settings)
        self.gst_settings = GstSettingsGroup()
        layout.addWidget(self.gst_settings)
        self.books_settings = BooksSettingsGroup()
        layout.addWidget(self.books_settings)
        self.numbering_settings = NumberingSettingsGroup()
        layout.addWidget(self.numbering_settings)
        layout.addWidget(QLabel(QCoreApplication.translate("settings_page", "<h3>Payments</h3>")))
        self.payment_settings = PaymentSettingsGroup()
        layout.addWidget(self.payment_settings)
        layout.addWidget(QLabel(QCoreApplication.translate("settings_page", "<h3>Tally</h3>")))
        self.tally_settings = TallySettingsGroup()
        layout.addWidget(self.tally_settings)
        layout.addWidget(QLabel(QCoreApplication.translate("settings_page", "<h3>Backups</h3>")))
        self.backup_settings = BackupSettingsGroup()
        layout.addWidget(self.backup_settings)
        layout.addWidget(
            QLabel(QCoreApplication.translate("settings_page", "<h3>Audit trail</h3>"))
        )
        self.audit_trail = AuditTrailSettings()
        layout.addWidget(self.audit_trail)
        layout.addWidget(QLabel(QCoreApplication.translate("settings_page", "<h3>App lock</h3>")))
        self.app_lock = AppLockSettings()
        layout.addWidget(self.app_lock)
        layout.addWidget(
            QLabel(QCoreApplication.translate("settings_page", "<h3>This counter</h3>"))
        )
        self.counter = CounterSettings()
        self.counter.renamed.connect(self.profile_saved.emit)  # the status bar shows it
        layout.addWidget(self.counter)
        layout.addWidget(
            QLabel(QCoreApplication.translate("settings_page", "<h3>Language / भाषा</h3>"))
        )
        self.language = LanguageSettings()
        layout.addWidget(self.language)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.reload()

    def reload(self) -> None:
        profile = shop.get_profile()
        if profile is not None:
            self.form.set_profile(profile)

    def save(self) -> None:
        try:
            saved = shop.save_profile(self.form.profile())
        except ValidationError as exc:
            self.form.show_errors(exc)
            self.status.setText(
                QCoreApplication.translate(
                    "settings_page", "Not saved: correct the fields marked in red."
                )
            )
            return
        self.form.set_profile(saved)
        self.status.setText(QCoreApplication.translate("settings_page", "Saved."))
        self.profile_saved.emit()
