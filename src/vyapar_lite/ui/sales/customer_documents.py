"""A customer's documents for their page: open orders, invoices, credit and debit notes, and the
payments side (receipts, refunds, payments out, purchase bills), with status and what is still
owed; Enter or double-click opens one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from vyapar_lite.domain.money import format_money
from vyapar_lite.services import orders, sales
from vyapar_lite.ui.payments.rows import as_list_row
from vyapar_lite.ui.payments.rows import customer_rows as payment_rows
from vyapar_lite.ui.sales.opener import open_document
from vyapar_lite.ui.sales.order_dialog import ConvertHandler
from vyapar_lite.ui.sales.sales_list import DocumentTable, ListRow, order_row, summary_row


class CustomerDocumentsTab(QWidget):
    """`changed()` after a document opened from here was cancelled or corrected. An order's
    Convert to invoice goes to `convert_handler` (the main window points it at the Sales screen;
    without one, the invoice form opens in a window of its own)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer.documents")
        self.code = ""
        self.convert_handler: ConvertHandler | None = None
        self.table = DocumentTable("customer.documents.table")
        self.table.setColumnHidden(3, True)  # the customer: this page's own
        self.table.open_requested.connect(self.open)
        self.summary = QLabel()
        self.summary.setObjectName("customer.documents.summary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

    def show_customer(self, code: str) -> None:
        self.code = code
        rows: list[ListRow] = [order_row(o) for o in orders.open_orders(code)]
        docs = sales.customer_documents(code)
        rows += [summary_row(d) for d in docs]
        rows += [as_list_row(r) for r in payment_rows(code)]  # receipts, refunds, bills
        rows.sort(key=lambda r: r.day, reverse=True)
        self.table.show_rows(rows)
        owed = sum(d.outstanding for d in docs if d.kind == "invoice" and d.status == "posted")
        posted = sum(1 for d in docs if d.kind == "invoice" and d.status == "posted")
        self.summary.setText(
            (
                QCoreApplication.translate(
                    "customer_documents", "1 posted invoice, {owed} outstanding on it"
                )
                if posted == 1
                else QCoreApplication.translate(
                    "customer_documents", "{posted} posted invoices, {owed} outstanding on them"
                )
            ).format(posted=posted, owed=format_money(owed))
        )

    def open(self, kind: str, number: str) -> QWidget | None:
        return open_document(
            number, self, kind=kind, on_change=self._changed, on_convert=self.convert_handler
        )

    def _changed(self) -> None:
        if self.code:
            self.show_customer(self.code)
        self.changed.emit()
