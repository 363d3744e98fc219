"""First start: ask for the shop's profile before anything else."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import shop
from vyapar_lite.ui.settings.shop_form import ShopProfileForm


class ShopSetupDialog(QDialog):
    """Shown when the data file has no shop profile yet; saving creates it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shopSetupDialog")
        self.setWindowTitle(QCoreApplication.translate("setup_dialog", "Set up your shop"))
        intro = QLabel(
            QCoreApplication.translate(
                "setup_dialog",
                "Welcome to Vyapar Lite. Tell us about your shop: these details are printed on "
                "invoices and statements, and the state decides whether a sale is charged "
                "CGST + SGST or IGST. You can change them later in Settings.",
            )
        )
        intro.setWordWrap(True)
        intro.setMinimumWidth(520)
        self.form = ShopProfileForm()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("shopSetupButtons")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grow as messages appear
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            shop.save_profile(self.form.profile())
        except ValidationError as exc:
            self.form.show_errors(exc)
            return
        self.accept()
