"""The denomination helper: how many notes of each value, and the coins; adds up as you type."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractSpinBox, QGridLayout, QLabel, QSpinBox, QWidget

from vyapar_lite.domain.cash_count import MAX_NOTES_OF_A_KIND, NOTES, CashCount
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.money import format_money
from vyapar_lite.ui.widgets import MoneyEdit

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CountBox(QSpinBox):
    """A count of notes; entering it selects what is there, so typing replaces the 0."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        QTimer.singleShot(0, self.selectAll)


class DenominationCount(QWidget):
    """One row per note (₹2000 … ₹10: count × value = amount) and a coins amount; `changed`
    says the total in paise after every keystroke (-1 while the coins are not an amount)."""

    changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        self.counts: dict[int, CountBox] = {}
        self.amounts: dict[int, QLabel] = {}
        for row, value in enumerate(NOTES):
            note = QLabel(f"₹{value} ×")
            note.setAlignment(RIGHT)
            spin = CountBox()
            spin.setObjectName(f"count.note_{value}")
            spin.setRange(0, MAX_NOTES_OF_A_KIND)
            spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
            spin.setAlignment(RIGHT)
            spin.setMinimumWidth(80)
            spin.setAccessibleName(
                QCoreApplication.translate("denominations", "Number of ₹{value} notes").format(
                    value=value
                )
            )
            spin.valueChanged.connect(self._recount)
            amount = QLabel("")
            amount.setObjectName(f"amount.note_{value}")
            amount.setAlignment(RIGHT)
            amount.setMinimumWidth(120)
            grid.addWidget(note, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(QLabel("="), row, 2)
            grid.addWidget(amount, row, 3)
            self.counts[value] = spin
            self.amounts[value] = amount
        coins_row = len(NOTES)
        coins_label = QLabel(QCoreApplication.translate("denominations", "Coins (amount)"))
        coins_label.setAlignment(RIGHT)
        self.coins = MoneyEdit("coins")
        self.coins.setObjectName("count.coins")
        self.coins.textChanged.connect(self._recount)
        grid.addWidget(coins_label, coins_row, 0)
        grid.addWidget(self.coins, coins_row, 1, 1, 3)
        self.total_label = QLabel()
        self.total_label.setObjectName("count.total")
        self.total_label.setAlignment(RIGHT)
        self.total_label.setStyleSheet("font-weight: bold; font-size: 14pt;")
        grid.addWidget(
            QLabel(QCoreApplication.translate("denominations", "<b>Counted</b>")), coins_row + 1, 0
        )
        grid.addWidget(self.total_label, coins_row + 1, 1, 1, 3)
        self._recount()

    def count(self) -> CashCount:
        """The count typed; ValidationError naming 'coins' when they are not an amount."""
        return CashCount(
            {v: s.value() for v, s in self.counts.items() if s.value()}, coins=self.coins.paise()
        )

    def set_count(self, count: CashCount) -> None:
        for value, spin in self.counts.items():
            spin.setValue(count.notes.get(value, 0))
        self.coins.set_paise(count.coins)

    def set_read_only(self, read_only: bool) -> None:
        for spin in self.counts.values():
            spin.setReadOnly(read_only)
        self.coins.setReadOnly(read_only)

    def clear(self) -> None:
        self.set_count(CashCount())

    def _recount(self, *_args: object) -> None:
        for value, spin in self.counts.items():
            self.amounts[value].setText(
                format_money(spin.value() * value * 100) if spin.value() else ""
            )
        try:
            total = self.count().total
        except ValidationError as exc:
            self.total_label.setText(exc.errors[0].message)
            self.changed.emit(-1)
            return
        self.total_label.setText(format_money(total))
        self.changed.emit(total)
