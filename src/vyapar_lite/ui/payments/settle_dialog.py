"""Settle (contra): set off what a customer who is also a supplier owes the shop against what the
shop owes them, in one step. Shows the service's plan (`payments.preview_contra`) for the date and
amount typed: the invoices and bills it settles, oldest due first, and both sides before and after.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import payments
from vyapar_lite.services.payments import AccountSides, ContraPreview, ContraView
from vyapar_lite.ui.language import shown
from vyapar_lite.ui.payments.labels import net_text, owed_text
from vyapar_lite.ui.widgets import DateEdit, MoneyEdit

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def sides_text(sides: AccountSides) -> str:
    return QCoreApplication.translate(
        "settle_dialog", "They owe us {receivable} · we owe them {payable} · <b>net {net}</b>"
    ).format(
        receivable=owed_text(sides.receivable),
        payable=owed_text(sides.payable),
        net=net_text(sides.net),
    )


class SettleDialog(QDialog):
    """`saved(ContraView)` after the settlement is posted."""

    saved = Signal(object)

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("payments.settleDialog")
        self.code = code
        self.preview: ContraPreview | None = None
        self.setWindowTitle(QCoreApplication.translate("settle_dialog", "Settle (contra)"))
        self.date_edit = DateEdit()
        self.date_edit.setObjectName("settle.date")
        self.amount_edit = MoneyEdit("amount")
        self.amount_edit.setObjectName("settle.amount")
        self.amount_edit.setPlaceholderText(
            QCoreApplication.translate("settle_dialog", "the smaller side")
        )
        self.notes_edit = QLineEdit()
        self.notes_edit.setObjectName("settle.notes")
        self.notes_edit.setMaxLength(1000)
        self.before = QLabel()
        self.before.setObjectName("settle.before")
        self.before.setWordWrap(True)
        self.after = QLabel()
        self.after.setObjectName("settle.after")
        self.after.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("settle.table")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("settle_dialog", "Set off"),
                QCoreApplication.translate("settle_dialog", "Side"),
                QCoreApplication.translate("settle_dialog", "Amount"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.messages = QLabel()
        self.messages.setObjectName("settle.messages")
        self.messages.setStyleSheet("color: #b00020;")
        self.messages.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("settle.save")
        self.save_button.setText(QCoreApplication.translate("settle_dialog", "&Settle  (Ctrl+S)"))
        self.save_button.setShortcut("Ctrl+S")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("settle_dialog", "&Date"), self.date_edit)
        form.addRow(
            QCoreApplication.translate("settle_dialog", "&Amount to set off (₹)"), self.amount_edit
        )
        form.addRow(QCoreApplication.translate("settle_dialog", "&Notes"), self.notes_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.before)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.after)
        layout.addWidget(self.messages)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.refresh)
        self.amount_edit.textChanged.connect(lambda _t: self.timer.start())
        self.date_edit.dateChanged.connect(lambda _d: self.timer.start())
        self.resize(640, 460)
        self.refresh()

    def _amount(self) -> int | None:
        text = self.amount_edit.text().strip()
        return self.amount_edit.paise() if text else None

    def refresh(self) -> ContraPreview | None:
        self.timer.stop()
        try:
            preview = payments.preview_contra(
                self.code, self.date_edit.date_value(), amount=self._amount()
            )
        except ValidationError as exc:
            self.preview = None
            self.messages.setText("\n".join(f"• {shown(e.message)}" for e in exc.errors))
            self.table.setRowCount(0)
            self.after.clear()
            self.save_button.setEnabled(False)
            return None
        self.preview = preview
        self.setWindowTitle(
            QCoreApplication.translate(
                "settle_dialog", "Settle (contra) · {number_preview}"
            ).format(number_preview=preview.number_preview)
        )
        self.messages.clear()
        self.before.setText(
            QCoreApplication.translate("settle_dialog", "<b>Now:</b> {0}").format(
                sides_text(preview.before)
            )
        )
        self.after.setText(
            QCoreApplication.translate("settle_dialog", "<b>After setting off {0}:</b> {1}").format(
                format_money(preview.amount), sides_text(preview.after)
            )
        )
        sales = QCoreApplication.translate("settle_dialog", "Sales (they owe us)")
        bought = QCoreApplication.translate("settle_dialog", "Purchases (we owe them)")
        rows = [(n, sales, a) for n, a in preview.invoices.items()]
        rows += [(n, bought, a) for n, a in preview.bills.items()]
        self.table.setRowCount(len(rows))
        for r, (number, side, amount) in enumerate(rows):
            for column, text in enumerate((number, side, format_money(amount, symbol=False))):
                cell = QTableWidgetItem(text)
                if column == 2:
                    cell.setTextAlignment(_RIGHT)
                self.table.setItem(r, column, cell)
        self.save_button.setEnabled(preview.amount > 0)
        return preview

    def save(self) -> ContraView | None:
        if self.refresh() is None:
            return None
        try:
            view = payments.post_contra(
                self.code,
                self.date_edit.date_value(),
                amount=self._amount(),
                notes=self.notes_edit.text().strip(),
            )
        except ValidationError as exc:
            self.messages.setText("\n".join(f"• {shown(e.message)}" for e in exc.errors))
            return None
        self.saved.emit(view)
        self.accept()
        return view
