"""The bar a receipt form shows once the receipt is saved: what was saved, and what next."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from vyapar_lite.domain.money import format_money
from vyapar_lite.services.payments import ReceiptView
from vyapar_lite.ui import saved_bar
from vyapar_lite.ui.payments.labels import kept_word, status_label


class ReceiptSavedBar(saved_bar.SavedBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("receipt", "&New receipt  (Ctrl+R)", "slip", parent)

    def show_saved(self, receipt: ReceiptView) -> None:
        parts = [f"<b>Saved {receipt.number}</b>", receipt.customer_name]
        parts.append(format_money(receipt.amount))
        if receipt.settled:
            count = len(receipt.settled)
            parts.append(f"settles {count} document{'s' if count != 1 else ''}")
        if receipt.unallocated:
            kept = kept_word(receipt.balance_after)
            parts.append(f"{format_money(receipt.unallocated)} kept {kept}")
        if receipt.status != "posted":
            parts.append(status_label(receipt.status, receipt.cheque_status))
        self.show_text(" · ".join(parts))
