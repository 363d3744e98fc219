"""The bar a receipt form shows once the receipt is saved: what was saved, and what next."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from vyapar_lite.domain.money import format_money
from vyapar_lite.services.payments import ReceiptView
from vyapar_lite.ui.payments.labels import status_label


class ReceiptSavedBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receipt.savedBar")
        self.setStyleSheet(
            "#receipt\\.savedBar { background: #e6f4ea; border: 1px solid #9cd3ae; }"
        )
        self.label = QLabel()
        self.label.setObjectName("receipt.saved")
        self.label.setWordWrap(True)
        self.print_button = QPushButton("&Print…  (Ctrl+P)")
        self.print_button.setObjectName("receipt.print")
        self.pdf_button = QPushButton("Save P&DF…  (Ctrl+Shift+S)")
        self.pdf_button.setObjectName("receipt.pdf")
        self.slip_button = QPushButton("Receipt &80 mm…")
        self.slip_button.setObjectName("receipt.slip")
        self.open_button = QPushButton("&Open")
        self.open_button.setObjectName("receipt.open_saved")
        self.next_button = QPushButton("&New receipt  (Ctrl+R)")
        self.next_button.setObjectName("receipt.next")
        self.buttons = [
            self.print_button,
            self.pdf_button,
            self.slip_button,
            self.open_button,
            self.next_button,
        ]
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        for button in self.buttons:
            row.addWidget(button)
        self.hide()

    def show_saved(self, receipt: ReceiptView) -> None:
        parts = [f"<b>Saved {receipt.number}</b>", receipt.customer_name]
        parts.append(format_money(receipt.amount))
        if receipt.settled:
            count = len(receipt.settled)
            parts.append(f"settles {count} document{'s' if count != 1 else ''}")
        if receipt.unallocated:
            parts.append(f"{format_money(receipt.unallocated)} kept as advance")
        if receipt.status != "posted":
            parts.append(status_label(receipt.status, receipt.cheque_status))
        self.label.setText(" · ".join(parts))
        self.show()
        self.next_button.setFocus()
