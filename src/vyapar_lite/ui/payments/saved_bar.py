"""The bar a receipt form shows once the receipt is saved: what was saved, and what next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from vyapar_lite.domain.money import format_money
from vyapar_lite.services.payments import ReceiptView
from vyapar_lite.ui import language, saved_bar
from vyapar_lite.ui.payments.labels import kept_text, status_label


class ReceiptSavedBar(saved_bar.SavedBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "receipt",
            QCoreApplication.translate("saved_bar", "&New receipt  (Ctrl+R)"),
            "slip",
            parent,
        )

    def show_saved(self, receipt: ReceiptView) -> None:
        saved = QCoreApplication.translate("saved_bar", "<b>Saved {number}</b>")
        parts = [saved.format(number=receipt.number), receipt.customer_name]
        parts.append(format_money(receipt.amount))
        if receipt.settled:
            settles = QCoreApplication.translate("saved_bar", "settles {documents}")
            parts.append(
                settles.format(documents=language.counted(len(receipt.settled), "document"))
            )
        if receipt.unallocated:
            parts.append(kept_text(receipt.unallocated, receipt.balance_after))
        if receipt.status != "posted":
            parts.append(status_label(receipt.status, receipt.cheque_status))
        self.show_text(" · ".join(parts))
