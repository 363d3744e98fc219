"""The bar an invoice form shows once the invoice is saved: what was saved, and what next."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from vyapar_lite.domain.money import format_money
from vyapar_lite.services.sales import DocumentView


class SavedBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sales.savedBar")
        self.setStyleSheet("#sales\\.savedBar { background: #e6f4ea; border: 1px solid #9cd3ae; }")
        self.label = QLabel()
        self.label.setObjectName("sales.saved")
        self.print_button = QPushButton("&Print…  (Ctrl+P)")
        self.print_button.setObjectName("sales.print")
        self.pdf_button = QPushButton("Save P&DF…  (Ctrl+Shift+S)")
        self.pdf_button.setObjectName("sales.pdf")
        self.receipt_button = QPushButton("Receipt &80 mm…")
        self.receipt_button.setObjectName("sales.receipt")
        self.open_button = QPushButton("&Open")
        self.open_button.setObjectName("sales.open_saved")
        self.next_button = QPushButton("&New invoice  (Ctrl+I)")
        self.next_button.setObjectName("sales.next")
        self.buttons = [
            self.print_button,
            self.pdf_button,
            self.receipt_button,
            self.open_button,
            self.next_button,
        ]
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        for button in self.buttons:
            row.addWidget(button)
        self.hide()

    def show_saved(self, doc: DocumentView) -> None:
        owed = f", {format_money(doc.outstanding)} on account" if doc.outstanding else ", paid"
        self.label.setText(
            f"<b>Saved {doc.number}</b> · {doc.customer_name} · "
            f"{format_money(doc.totals.grand_total)}{owed}"
        )
        self.show()
        self.next_button.setFocus()
