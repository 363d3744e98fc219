"""The PDC register: post-dated cheques in hand by cheque date, to deposit on the day; mark one
deposited, cleared or bounced, or open its receipt (Enter)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import payments
from vyapar_lite.services.payments import PdcRow
from vyapar_lite.ui.payments import cheque_dialogs
from vyapar_lite.ui.payments.labels import days_to_go_text, status_label
from vyapar_lite.ui.sales.labels import day_text

COLUMNS = (
    QT_TRANSLATE_NOOP("pdc_register", "Cheque date"), QT_TRANSLATE_NOOP("pdc_register", "When"),
    QT_TRANSLATE_NOOP("pdc_register", "Customer"), QT_TRANSLATE_NOOP("pdc_register", "Cheque no."),
    QT_TRANSLATE_NOOP("pdc_register", "Bank"), QT_TRANSLATE_NOOP("pdc_register", "Amount"),
    QT_TRANSLATE_NOOP("pdc_register", "Receipt"), QT_TRANSLATE_NOOP("pdc_register", "State"),
    QT_TRANSLATE_NOOP("pdc_register", "Counted"),
)  # fmt: skip
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_DUE = QBrush(QColor("#b00020"))
_MUTED = QBrush(QColor("#9e9e9e"))


class PdcTable(QTableWidget):
    open_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.open_requested.emit(self.currentRow())
            return
        super().keyPressEvent(event)


class PdcRegisterDialog(QDialog):
    """`changed()` after a cheque was marked (balances elsewhere move)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("payments.pdcRegister")
        self.setWindowTitle(
            QCoreApplication.translate("pdc_register", "PDC register — post-dated cheques")
        )
        self.rows: list[PdcRow] = []
        self.table = PdcTable(0, len(COLUMNS))
        self.table.setObjectName("pdc.table")
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("pdc_register", c) for c in COLUMNS]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.open_requested.connect(self.open_row)
        self.table.cellDoubleClicked.connect(lambda row, _c: self.open_row(row))
        self.table.itemSelectionChanged.connect(self._enable)
        self.all_box = QCheckBox(
            QCoreApplication.translate(
                "pdc_register", "Show cleared, bounced and cancelled cheques too"
            )
        )
        self.all_box.setObjectName("pdc.all")
        self.all_box.toggled.connect(lambda _b: self.refresh())
        self.summary = QLabel()
        self.summary.setObjectName("pdc.summary")
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (
            (
                "open",
                QCoreApplication.translate("pdc_register", "&Open receipt  (Enter)"),
                lambda: self.open_row(self.table.currentRow()),
            ),
            (
                "deposited",
                QCoreApplication.translate("pdc_register", "De&posited…"),
                self._deposited,
            ),
            ("cleared", QCoreApplication.translate("pdc_register", "C&leared…"), self._cleared),
            ("bounced", QCoreApplication.translate("pdc_register", "&Bounced…"), self._bounced),
            ("close", QCoreApplication.translate("pdc_register", "Close"), self.reject),
        ):
            button = QPushButton(text)
            button.setObjectName(f"pdc.{key}")
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            self.buttons[key] = button
            if key == "close":
                row.addStretch(1)
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "pdc_register",
                    "<h3>Post-dated cheques</h3>Deposit each on or after its date; mark it cleared "
                    "when the bank credits it (a cheque not yet counted settles its "
                    "invoices then).",
                )
            )
        )
        layout.addWidget(self.all_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        self.resize(1000, 460)
        self.refresh()

    def refresh(self) -> None:
        self.rows = payments.pdc_register(include_done=self.all_box.isChecked())
        current = self.table.currentRow()
        self.table.setRowCount(len(self.rows))
        for r, pdc in enumerate(self.rows):
            done = pdc.status in ("cancelled", "bounced") or pdc.cheque_status == "cleared"
            cells = (
                day_text(pdc.cheque_date),
                days_to_go_text(pdc.days_to_go),
                f"{pdc.customer_name} ({pdc.customer_code})",
                pdc.cheque_number,
                pdc.bank,
                format_money(pdc.amount, symbol=False),
                pdc.number,
                status_label(pdc.status, pdc.cheque_status),
                "Yes" if pdc.counted else "Not yet",
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 5:
                    cell.setTextAlignment(_RIGHT)
                if done:
                    cell.setForeground(_MUTED)
                elif column == 1 and pdc.days_to_go <= 0:
                    cell.setForeground(_DUE)
                self.table.setItem(r, column, cell)
        waiting = [p for p in self.rows if p.status not in ("cancelled", "bounced")]
        due = [p for p in waiting if p.days_to_go <= 0 and p.cheque_status == "received"]
        self.summary.setText(
            (
                QCoreApplication.translate(
                    "pdc_register",
                    "1 cheque in the register, {amount}; {due} can be deposited today",
                )
                if len(waiting) == 1
                else QCoreApplication.translate(
                    "pdc_register",
                    "{count} cheques in the register, {amount}; {due} can be deposited today",
                )
            ).format(
                count=len(waiting),
                amount=format_money(sum(p.amount for p in waiting)),
                due=len(due),
            )
        )
        if self.rows:
            self.table.selectRow(min(max(current, 0), len(self.rows) - 1))
        self._enable()

    def current(self) -> PdcRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _enable(self) -> None:
        pdc = self.current()
        live = pdc is not None and pdc.status in ("posted", "pending")
        state = pdc.cheque_status if pdc is not None else ""
        self.buttons["open"].setEnabled(pdc is not None)
        self.buttons["deposited"].setEnabled(live and state == "received")
        self.buttons["cleared"].setEnabled(live and state in ("received", "deposited"))
        self.buttons["bounced"].setEnabled(live and state in ("deposited", "cleared"))

    def open_row(self, row: int) -> QDialog | None:
        if not 0 <= row < len(self.rows):
            return None
        from vyapar_lite.ui.payments.opener import open_payment  # it may open this one's parent

        return open_payment(self.rows[row].number, self, on_change=self._changed)

    def _words(self, pdc: PdcRow) -> str:
        return cheque_dialogs.cheque_words(
            pdc.cheque_number, pdc.bank, pdc.amount, pdc.customer_name
        )

    def deposit(self, on: date | None = None) -> bool:
        pdc = self.current()
        if pdc is None:
            return False
        done = cheque_dialogs.deposit(self, pdc.number, self._words(pdc), pdc.cheque_date, on)
        return self._after(done is not None)

    def clear(self, on: date | None = None) -> bool:
        pdc = self.current()
        if pdc is None:
            return False
        done = cheque_dialogs.clear(self, pdc.number, self._words(pdc), pdc.cheque_date, on)
        return self._after(done is not None)

    def bounce(self, details: cheque_dialogs.Bounce | None = None) -> bool:
        pdc = self.current()
        if pdc is None:
            return False
        done = cheque_dialogs.bounce(self, pdc.number, self._words(pdc), pdc.cheque_date, details)
        return self._after(done is not None)

    def _after(self, done: bool) -> bool:
        if done:
            self._changed()
        return done

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()

    def _deposited(self) -> None:
        self.deposit()

    def _cleared(self) -> None:
        self.clear()

    def _bounced(self) -> None:
        self.bounce()
