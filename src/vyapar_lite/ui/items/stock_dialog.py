"""Adjust an item's stock: opening stock, or a correction after counting, with its recent moves."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from vyapar_lite.domain.item import ADJUST_REASONS, format_qty
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.services import items
from vyapar_lite.ui.number_edits import QtyEdit
from vyapar_lite.ui.widgets import DateEdit, FieldBox

HISTORY_ROWS = 50
_REASON_LABELS = {
    "sale": QT_TRANSLATE_NOOP("stock_dialog", "Sale"),
    "return": QT_TRANSLATE_NOOP("stock_dialog", "Return"),
    "sale_return": QT_TRANSLATE_NOOP("stock_dialog", "Sale return"),  # a credit note's goods
    **ADJUST_REASONS,
}
# domain.item.ADJUST_REASONS' words, shown translated in this context
_ADJUST_WORDS = (
    QT_TRANSLATE_NOOP("stock_dialog", "Opening stock"),
    QT_TRANSLATE_NOOP("stock_dialog", "Stock correction"),
)


class StockDialog(QDialog):
    """`saved(code)` after the stock was adjusted."""

    saved = Signal(str)

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stockDialog")
        self.record = items.get_item(code)
        unit = self.record.details.unit
        self.setWindowTitle(
            QCoreApplication.translate("stock_dialog", "Stock of {code} · {name}").format(
                code=self.record.code, name=self.record.details.name
            )
        )
        self.now_label = QLabel(
            QCoreApplication.translate("stock_dialog", "<b>{0}</b>").format(
                format_qty(self.record.stock_milli or 0, unit)
            )
        )
        self.now_label.setObjectName("stock.now")
        self.reason_combo = QComboBox()
        self.reason_combo.setObjectName("stock.reason")
        for reason in ("correction", "opening"):
            self.reason_combo.addItem(
                QCoreApplication.translate("stock_dialog", ADJUST_REASONS[reason]), reason
            )
        self.qty_edit = QtyEdit("qty", allow_negative=True)
        self.qty_edit.setObjectName("stock.qty")
        self.qty_edit.setPlaceholderText(
            QCoreApplication.translate("stock_dialog", "+ to add, − to take away")
        )
        self.qty_box = FieldBox("stock.qty", self.qty_edit)
        self.date_edit = DateEdit()
        self.date_edit.setObjectName("stock.date")
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("stock.note")
        self.note_edit.setPlaceholderText(
            QCoreApplication.translate(
                "stock_dialog", "Why (optional): counted, damaged, expired …"
            )
        )
        self.after_label = QLabel()
        self.after_label.setObjectName("stock.after")
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("stock_dialog", "Stock on hand"), self.now_label)
        form.addRow(QCoreApplication.translate("stock_dialog", "Reason"), self.reason_combo)
        form.addRow(
            QCoreApplication.translate("stock_dialog", "Change ({unit})").format(unit=unit),
            self.qty_box,
        )
        form.addRow(QCoreApplication.translate("stock_dialog", "Date"), self.date_edit)
        form.addRow(QCoreApplication.translate("stock_dialog", "Note"), self.note_edit)
        form.addRow(QCoreApplication.translate("stock_dialog", "Stock after"), self.after_label)
        self.history = _history_table(self.record.code, unit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("stock.save")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(QCoreApplication.translate("stock_dialog", "Recent stock moves")))
        layout.addWidget(self.history, 1)
        layout.addWidget(self.buttons)
        self.qty_edit.textChanged.connect(lambda _t: self.check(show=False))
        self.qty_edit.editingFinished.connect(self.check)
        self.check(show=False)
        self.resize(520, 480)

    def check(self, *, show: bool = True) -> int | None:
        """The change typed, or None (its message shown under it when `show`)."""
        unit = self.record.details.unit
        try:
            qty = self.qty_edit.milli()
            if not qty:
                raise ValidationError([])
        except ValidationError as exc:
            self.qty_box.set_error(exc.for_field("qty") if show else None)
            self.after_label.setText("")
            self.save_button.setEnabled(False)
            return None
        self.qty_box.set_error(None)
        self.after_label.setText(format_qty((self.record.stock_milli or 0) + qty, unit))
        self.save_button.setEnabled(True)
        return qty

    def save(self) -> None:
        qty = self.check()
        if qty is None:
            return
        try:
            items.adjust_stock(
                self.record.code,
                qty,
                str(self.reason_combo.currentData()),
                self.date_edit.date_value(),
                note=self.note_edit.text().strip(),
            )
        except ValidationError as exc:
            self.qty_box.set_error(str(exc))
            return
        self.saved.emit(self.record.code)
        self.accept()


def _history_table(code: str, unit: str) -> QTableWidget:
    moves = items.stock_history(code, limit=HISTORY_ROWS)
    table = QTableWidget(len(moves), 3)
    table.setObjectName("stock.history")
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("stock_dialog", "Date"),
            QCoreApplication.translate("stock_dialog", "Reason"),
            QCoreApplication.translate("stock_dialog", "Quantity ({unit})").format(unit=unit),
        ]
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    for row, move in enumerate(moves):
        qty = format_qty(move.qty_milli)
        cells = (
            move.move_date.strftime("%d-%m-%Y"),
            QCoreApplication.translate(
                "stock_dialog",
                _REASON_LABELS.get(move.reason, move.reason.replace("_", " ").capitalize()),
            ),
            f"+{qty}" if move.qty_milli > 0 else qty,
        )
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            if column == 2:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, cell)
    return table
