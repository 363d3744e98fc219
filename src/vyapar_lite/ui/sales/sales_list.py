"""The Sales screen's list: recent invoices, notes and open orders, searched by number or customer.

Type to search (Ctrl+F), choose a kind, Enter or double-click opens a document; the buttons start
a new invoice (Ctrl+I) or order (Ctrl+Shift+O).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import orders, sales
from vyapar_lite.services.orders import OrderView
from vyapar_lite.services.sales import DocSummary
from vyapar_lite.ui.language import counted, customer_name
from vyapar_lite.ui.row_table import RowTable
from vyapar_lite.ui.sales.labels import day_text, kind_label, status_label

SEARCH_DELAY_MS = 150
KINDS = (
    (QT_TRANSLATE_NOOP("filters", "All documents"), ""),
    (QT_TRANSLATE_NOOP("filters", "Invoices"), "invoice"),
    (QT_TRANSLATE_NOOP("filters", "Credit notes"), "credit_note"),
    (QT_TRANSLATE_NOOP("filters", "Debit notes"), "debit_note"),
    (QT_TRANSLATE_NOOP("filters", "Open sale orders"), "order"),
)
COLUMNS = (
    QT_TRANSLATE_NOOP("columns", "Date"),
    QT_TRANSLATE_NOOP("columns", "Kind"),
    QT_TRANSLATE_NOOP("columns", "Number"),
    QT_TRANSLATE_NOOP("columns", "Customer"),
    QT_TRANSLATE_NOOP("columns", "Total"),
    QT_TRANSLATE_NOOP("columns", "Outstanding"),
    QT_TRANSLATE_NOOP("columns", "Status"),
    QT_TRANSLATE_NOOP("columns", "Due"),
)
_CANCELLED = QBrush(QColor("#9e9e9e"))
_OVERDUE = QBrush(QColor("#b00020"))


@dataclass(frozen=True)
class ListRow:
    """One line of a document list (sales list, customer page): an invoice, note or order."""

    kind: str
    number: str
    day: date
    customer: str
    total: str
    outstanding: str
    status: str
    due: date | None
    overdue: bool = False

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled"


def summary_row(d: DocSummary, today: date | None = None) -> ListRow:
    today = today or date.today()
    owed = d.kind == "invoice" and d.status == "posted"
    return ListRow(
        kind=d.kind,
        number=d.number,
        day=d.doc_date,
        customer=f"{customer_name(d.customer_name, d.customer_code)} ({d.customer_code})",
        total=format_money(d.grand_total, symbol=False),
        outstanding=format_money(d.outstanding, symbol=False) if owed else "",
        status=_paid_status(d) if owed else d.status,
        due=d.due_date if owed and d.outstanding else None,
        overdue=bool(owed and d.outstanding and d.due_date and d.due_date < today),
    )


def _paid_status(d: DocSummary) -> str:
    """A posted invoice as the shopkeeper sees it: paid, part paid, or not yet."""
    if d.outstanding <= 0:
        return "paid"
    return "part_paid" if d.outstanding < d.grand_total else d.status


def order_row(o: OrderView) -> ListRow:
    left = sum(1 for line in o.lines if line.qty_milli > line.invoiced_milli)
    advance = o.advance - o.advance_used
    return ListRow(
        kind="order",
        number=o.number,
        day=o.order_date,
        customer=f"{customer_name(o.customer_name, o.customer_code)} ({o.customer_code})",
        total=QCoreApplication.translate("sales_list", "{lines} to invoice").format(
            lines=counted(left, "line")
        ),
        outstanding=QCoreApplication.translate("sales_list", "advance {amount}").format(
            amount=format_money(advance, symbol=False)
        )
        if advance
        else "",
        status=o.status,
        due=None,
    )


class DocumentTable(RowTable[ListRow]):
    """A read-only list of ListRows; Enter or double-click asks to open one."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, COLUMNS, frozenset({4, 5}), parent)

    def cells(self, row: ListRow) -> tuple[str, ...]:
        return (
            day_text(row.day),
            kind_label(row.kind),
            row.number,
            row.customer,
            row.total,
            row.outstanding,
            status_label(row.status),
            day_text(row.due),
        )

    def colour(self, row: ListRow, column: int) -> QBrush | None:
        if row.cancelled:
            return _CANCELLED
        if row.overdue and column in (5, 7):
            return _OVERDUE
        return None


class SalesListPage(QWidget):
    """`new_invoice()`, `new_order()` and `open_requested(kind, number)` ask the screen."""

    new_invoice = Signal()
    new_order = Signal()
    open_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sales.list")
        self.search = QLineEdit()
        self.search.setObjectName("sales.search")
        self.search.setPlaceholderText(
            QCoreApplication.translate("sales_list", "Search number or customer…  (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("sales.filter.kind")
        for label, kind in KINDS:
            self.kind_filter.addItem(QCoreApplication.translate("filters", label), kind)
        self.new_invoice_button = QPushButton(
            QCoreApplication.translate("sales_list", "New &invoice  (Ctrl+I)")
        )
        self.new_invoice_button.setObjectName("sales.new_invoice")
        self.new_invoice_button.clicked.connect(self.new_invoice)
        self.new_order_button = QPushButton(
            QCoreApplication.translate("sales_list", "New &order  (Ctrl+Shift+O)")
        )
        self.new_order_button.setObjectName("sales.new_order")
        self.new_order_button.clicked.connect(self.new_order)
        self.open_button = QPushButton(QCoreApplication.translate("sales_list", "&Open  (Enter)"))
        self.open_button.setObjectName("sales.open")
        self.table = DocumentTable("sales.table")
        self.table.open_requested.connect(self.open_requested)
        self.open_button.clicked.connect(lambda: self.table.open_row(self.table.currentRow()))
        self.count_label = QLabel()
        self.count_label.setObjectName("sales.count")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(lambda: self.table.open_row(0))
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence("Down"), self.search, self.table.setFocus)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(QCoreApplication.translate("sales_list", "<h2>Sales</h2>")), 1)
        actions.addWidget(self.new_invoice_button)
        actions.addWidget(self.new_order_button)
        actions.addWidget(self.open_button)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.kind_filter)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.refresh()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        kind = str(self.kind_filter.currentData() or "")
        rows: list[ListRow] = []
        if kind in ("", "order"):
            rows += [order_row(o) for o in orders.open_orders() if _matches(o, text)]
        if kind != "order":
            rows += [summary_row(d) for d in sales.recent_documents(search=text, kind=kind)]
        rows.sort(key=lambda r: r.day, reverse=True)
        self.table.show_rows(rows)
        self.count_label.setText(
            counted(len(rows), "document")
            + (
                " "
                + QCoreApplication.translate("sales_list", "(the latest 200 invoices and notes)")
                if len(rows) >= 200
                else ""
            )
        )


def _matches(order: OrderView, text: str) -> bool:
    if not text:
        return True
    words = text.casefold().split()
    hay = f"{order.number} {order.customer_code} {order.customer_name}".casefold()
    return all(w in hay for w in words)
