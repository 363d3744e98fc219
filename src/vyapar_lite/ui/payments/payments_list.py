"""The Payments screen's list: receipts (with write-offs and contras), refunds and payments out,
purchase bills; searched by number or customer and filtered by kind.

Type to search (Ctrl+F), pick a kind, Enter or double-click opens one; the buttons start a receipt
(Ctrl+R), a refund, a payment out or a purchase bill, or open the PDC register.
"""

from __future__ import annotations

from collections.abc import Callable

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
from vyapar_lite.services import open_items, payments
from vyapar_lite.ui.language import counted
from vyapar_lite.ui.payments.rows import PaymentRow, bill_row, payment_row, receipt_row
from vyapar_lite.ui.row_table import RowTable
from vyapar_lite.ui.sales.labels import day_text

SEARCH_DELAY_MS = 150
LIMIT = 200
COLUMNS = (
    QT_TRANSLATE_NOOP("columns", "Date"),
    QT_TRANSLATE_NOOP("columns", "Kind"),
    QT_TRANSLATE_NOOP("columns", "Number"),
    QT_TRANSLATE_NOOP("columns", "Customer"),
    QT_TRANSLATE_NOOP("columns", "Amount"),
    QT_TRANSLATE_NOOP("columns", "Paid by"),
    QT_TRANSLATE_NOOP("columns", "Status"),
    QT_TRANSLATE_NOOP("columns", "Open amount"),
)
AMOUNT, STATUS, OPEN = 4, 6, 7
_MUTED = QBrush(QColor("#9e9e9e"))
_BOUNCED = QBrush(QColor("#b00020"))
_PENDING = QBrush(QColor("#8a5a00"))

Keep = Callable[[PaymentRow], bool]
KINDS: tuple[tuple[str, Keep], ...] = (
    (QT_TRANSLATE_NOOP("filters", "All payments"), lambda r: True),
    (
        QT_TRANSLATE_NOOP("filters", "Receipts"),
        lambda r: r.kind in ("receipt", "counter", "advance"),
    ),
    (
        QT_TRANSLATE_NOOP("filters", "Cheques not yet cleared"),
        lambda r: r.cheque_status in ("received", "deposited") and not r.muted,
    ),
    (  # an advance only when the customer owes nothing; else the money is on account
        QT_TRANSLATE_NOOP("filters", "Advances held"),
        lambda r: r.open_amount > 0 and r.kind in ("receipt", "counter", "advance") and not r.owes,
    ),
    (
        QT_TRANSLATE_NOOP("filters", "Money on account"),
        lambda r: r.open_amount > 0 and r.kind in ("receipt", "counter", "advance") and r.owes,
    ),
    (QT_TRANSLATE_NOOP("filters", "Write-offs"), lambda r: r.kind == "write_off"),
    (QT_TRANSLATE_NOOP("filters", "Contra settlements"), lambda r: r.kind == "contra"),
    (
        QT_TRANSLATE_NOOP("filters", "Refunds and payments out"),
        lambda r: r.kind in ("refund", "supplier"),
    ),
    (QT_TRANSLATE_NOOP("filters", "Purchase bills"), lambda r: r.kind == "purchase_bill"),
    (QT_TRANSLATE_NOOP("filters", "Cancelled or bounced"), lambda r: r.muted),
)


class PaymentTable(RowTable[PaymentRow]):
    """A read-only list of PaymentRows; Enter or double-click asks to open one."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, COLUMNS, frozenset({AMOUNT, OPEN}), parent)

    def cells(self, row: PaymentRow) -> tuple[str, ...]:
        return (
            day_text(row.day),
            row.kind_text,
            row.number,
            row.customer,
            format_money(row.amount, symbol=False),
            row.how,
            row.status_text,
            row.open_text,
        )

    def colour(self, row: PaymentRow, column: int) -> QBrush | None:
        if row.status == "bounced":
            return _BOUNCED
        if row.muted:
            return _MUTED
        if row.status == "pending" and column == STATUS:
            return _PENDING
        return None


class PaymentsListPage(QWidget):
    """Signals ask the screen: `new_receipt()`, `new_refund()`, `new_payment_out()`,
    `new_bill()`, `pdc_register()`, `import_history()`, `open_requested(kind, number)`."""

    new_receipt = Signal()
    new_refund = Signal()
    new_payment_out = Signal()
    new_bill = Signal()
    pdc_register = Signal()
    import_history = Signal()
    open_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("payments.list")
        self.search = QLineEdit()
        self.search.setObjectName("payments.search")
        self.search.setPlaceholderText(
            QCoreApplication.translate("payments_list", "Search number or customer…  (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("payments.filter.kind")
        for label, _keep in KINDS:
            self.kind_filter.addItem(QCoreApplication.translate("filters", label))
        self.table = PaymentTable("payments.table")
        self.table.open_requested.connect(self.open_requested)
        self.count_label = QLabel()
        self.count_label.setObjectName("payments.count")
        actions = QHBoxLayout()
        actions.addWidget(
            QLabel(QCoreApplication.translate("payments_list", "<h2>Payments</h2>")), 1
        )
        self.buttons: dict[str, QPushButton] = {}
        for key, text, signal in (
            (
                "new_receipt",
                QCoreApplication.translate("payments_list", "New &receipt  (Ctrl+R)"),
                self.new_receipt,
            ),
            ("refund", QCoreApplication.translate("payments_list", "Re&fund…"), self.new_refund),
            (
                "payment_out",
                QCoreApplication.translate("payments_list", "Pa&yment out…"),
                self.new_payment_out,
            ),
            ("bill", QCoreApplication.translate("payments_list", "Purchase &bill…"), self.new_bill),
            (
                "pdc",
                QCoreApplication.translate("payments_list", "P&DC register…"),
                self.pdc_register,
            ),
            (
                "history",
                QCoreApplication.translate("payments_list", "Import history…"),
                self.import_history,
            ),
        ):
            button = QPushButton(text)
            button.setObjectName(f"payments.{key}")
            button.clicked.connect(signal)
            actions.addWidget(button)
            self.buttons[key] = button
        self.open_button = QPushButton(
            QCoreApplication.translate("payments_list", "&Open  (Enter)")
        )
        self.open_button.setObjectName("payments.open")
        self.open_button.clicked.connect(lambda: self.table.open_row(self.table.currentRow()))
        actions.addWidget(self.open_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(lambda: self.table.open_row(0))
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence("Down"), self.search, self.table.setFocus)
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

    def set_kind(self, label: str) -> None:
        self.kind_filter.setCurrentIndex(max(self.kind_filter.findText(label), 0))

    def refresh(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        _label, keep = KINDS[max(self.kind_filter.currentIndex(), 0)]
        receipts = payments.recent_receipts(search=text, limit=LIMIT)
        owing = open_items.owing_codes(r.customer_code for r in receipts)
        rows = [receipt_row(r, owing=owing) for r in receipts]
        rows += outgoing_rows(text)
        rows = [r for r in rows if keep(r)]
        rows.sort(key=lambda r: r.day, reverse=True)
        self.table.show_rows(rows)
        self.count_label.setText(
            counted(len(rows), "entry")
            + (
                " "
                + QCoreApplication.translate(
                    "payments_list", "(the latest {limit} of each kind)"
                ).format(limit=LIMIT)
                if len(rows) >= LIMIT
                else ""
            )
        )


def outgoing_rows(search: str) -> list[PaymentRow]:
    """Refunds, payments out and purchase bills for the list."""
    rows = [payment_row(p) for p in payments.recent_payments(search=search, limit=LIMIT)]
    rows += [bill_row(b) for b in payments.recent_bills(search=search, limit=LIMIT)]
    return rows
