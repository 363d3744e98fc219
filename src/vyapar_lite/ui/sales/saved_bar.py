"""The bar an invoice form shows once the invoice is saved: what was saved, and what next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QWidget

from vyapar_lite.domain.money import format_money
from vyapar_lite.services.sales import DocumentView
from vyapar_lite.ui import saved_bar
from vyapar_lite.ui.language import customer_name
from vyapar_lite.ui.sales.copies_choice import CopiesCombo


class SavedBar(saved_bar.SavedBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "sales",
            QCoreApplication.translate("saved_bar", "&New invoice  (Ctrl+I)"),
            "receipt",
            parent,
        )
        self.copies_combo = CopiesCombo("sales.copies")
        row = self.layout()
        assert isinstance(row, QHBoxLayout)
        row.insertWidget(1, self.copies_combo)  # beside Print and PDF (Rule 48 copies)

    def show_saved(self, doc: DocumentView) -> None:
        if doc.outstanding:
            text = QCoreApplication.translate(
                "saved_bar", "<b>Saved {number}</b> · {customer} · {total}, {owed} on account"
            )
        else:
            text = QCoreApplication.translate(
                "saved_bar", "<b>Saved {number}</b> · {customer} · {total}, paid"
            )
        self.show_text(
            text.format(
                number=doc.number,
                customer=customer_name(doc.customer_name, doc.customer_code),
                total=format_money(doc.totals.grand_total),
                owed=format_money(doc.outstanding),
            )
        )
