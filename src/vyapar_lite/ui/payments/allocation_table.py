"""The open invoices (or a supplier's bills) with what this money pays on each.

One row per open document: number, date, due date, total, outstanding, days overdue, then the
amounts typed (Allocate, and Write off where the form allows it) and a note: the message about the
row when something is wrong with it (in red), else what the row leaves owing.

Keys: type an amount over a cell (it replaces it), Enter goes down a row (and leaves the table
after the last one), Space pays the row in full (or with what is left of the money), Delete
clears the cell, Left/Right move between Allocate and Write off, Tab leaves the table.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money, parse_money
from vyapar_lite.services.payments import OpenDocument
from vyapar_lite.ui.payments.labels import days_text
from vyapar_lite.ui.sales.labels import day_text

COLUMNS = (  # marked for the "allocation_table" context, shown translated
    QT_TRANSLATE_NOOP("allocation_table", "Number"), QT_TRANSLATE_NOOP("allocation_table", "Date"),
    QT_TRANSLATE_NOOP("allocation_table", "Due"), QT_TRANSLATE_NOOP("allocation_table", "Total"),
    QT_TRANSLATE_NOOP("allocation_table", "Outstanding"),
    QT_TRANSLATE_NOOP("allocation_table", "Overdue"),
    QT_TRANSLATE_NOOP("allocation_table", "Allocate ₹"),
    QT_TRANSLATE_NOOP("allocation_table", "Write off ₹"), "",
)  # fmt: skip
NUMBER, DATE, DUE, TOTAL, OUTSTANDING, OVERDUE, ALLOCATE, WRITE_OFF, NOTE = range(len(COLUMNS))
AMOUNT_COLUMNS = (ALLOCATE, WRITE_OFF)
_FIELDS = {ALLOCATE: "allocation", WRITE_OFF: "write off"}
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_ERROR_BG = QBrush(QColor("#ffd6d6"))
_ERROR_FG = QBrush(QColor("#b00020"))
_DONE_FG = QBrush(QColor("#1b5e20"))
_LEFT_FG = QBrush(QColor("#555555"))
_OVERDUE_FG = QBrush(QColor("#b00020"))
_EDITABLE_BG = QBrush(QColor("#fffbe6"))


class AllocationTable(QTableWidget):
    """`edited()` when the shopkeeper changes an amount (not when the form fills them);
    `leave_requested()` on Enter past the last row."""

    edited = Signal()
    leave_requested = Signal()

    def __init__(
        self, name: str, *, write_offs: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName(name)
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate("allocation_table", c) if c else c for c in COLUMNS]
        )
        self.verticalHeader().hide()
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        for column in AMOUNT_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.setColumnWidth(column, 110)
        self.setColumnHidden(WRITE_OFF, not write_offs)
        self.documents: list[OpenDocument] = []
        self.budget: Callable[[], int] | None = None  # the money being allocated, for Space
        self._filling = False
        self.itemChanged.connect(self._item_changed)

    # filling
    def set_documents(
        self, documents: list[OpenDocument], amounts: Mapping[str, int] | None = None
    ) -> None:
        """Show these documents; amounts already typed stay on the documents still listed
        (or `amounts` replaces them)."""
        allocations, write_offs, _errors = self.amounts()
        if amounts is not None:
            allocations = dict(amounts)
        self._filling = True
        self.documents = list(documents)
        self.setRowCount(len(documents))
        for row, doc in enumerate(documents):
            number = f"{doc.number} · {doc.reference}" if doc.reference else doc.number
            cells = (
                number,
                day_text(doc.doc_date),
                day_text(doc.due_date),
                format_money(doc.total, symbol=False),
                format_money(doc.outstanding, symbol=False),
                days_text(doc.days_overdue),
                _text(allocations.get(doc.number, 0)),
                _text(write_offs.get(doc.number, 0)),
                "",
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column in AMOUNT_COLUMNS:
                    cell.setBackground(_EDITABLE_BG)
                else:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column in (TOTAL, OUTSTANDING, ALLOCATE, WRITE_OFF, OVERDUE):
                    cell.setTextAlignment(_RIGHT)
                if column == OVERDUE and doc.days_overdue > 0:
                    cell.setForeground(_OVERDUE_FG)
                self.setItem(row, column, cell)
        self._filling = False
        self.mark_errors([])
        if documents and self.currentRow() < 0:
            self.setCurrentCell(0, ALLOCATE)

    def set_allocations(self, allocations: Mapping[str, int]) -> None:
        """Fill the Allocate column (an automatic split); write-offs stay as typed."""
        self._filling = True
        for row, doc in enumerate(self.documents):
            self._cell(row, ALLOCATE).setText(_text(allocations.get(doc.number, 0)))
        self._filling = False

    def clear_amounts(self) -> None:
        self._filling = True
        for row in range(self.rowCount()):
            for column in AMOUNT_COLUMNS:
                self._cell(row, column).setText("")
        self._filling = False
        self.mark_errors([])

    # reading
    def amounts(self) -> tuple[dict[str, int], dict[str, int], list[FieldError]]:
        """(allocations, write-offs, messages about what could not be read), by document number;
        blank and zero cells are left out."""
        found: dict[int, dict[str, int]] = {ALLOCATE: {}, WRITE_OFF: {}}
        errors: list[FieldError] = []
        for row, doc in enumerate(self.documents):
            for column in AMOUNT_COLUMNS:
                if column == WRITE_OFF and self.isColumnHidden(WRITE_OFF):
                    continue
                item = self.item(row, column)
                text = item.text().strip() if item is not None else ""
                if not text:
                    continue
                field = f"{_FIELDS[column]} {doc.number}"
                try:
                    paise = parse_money(text, field=field)
                except ValidationError as exc:
                    errors += [FieldError(field, f"{doc.number}: {e.message}") for e in exc.errors]
                    continue
                if paise:
                    found[column][doc.number] = paise
        return found[ALLOCATE], found[WRITE_OFF], errors

    def row_of(self, number: str) -> int:
        return next((r for r, d in enumerate(self.documents) if d.number == number), -1)

    def note(self, number: str) -> str:
        """The note shown on a document's row (its message when something is wrong)."""
        row = self.row_of(number)
        item = self.item(row, NOTE) if row >= 0 else None
        return item.text() if item is not None else ""

    # messages
    def mark_errors(self, errors: list[FieldError]) -> list[FieldError]:
        """Put each row's message on its row; returns the messages that are not about a row."""
        by_row: dict[int, tuple[int, str]] = {}
        others: list[FieldError] = []
        for error in errors:
            column, row = self._where(error.field)
            if row < 0:
                others.append(error)
            elif row not in by_row:
                by_row[row] = (column, error.message)
        allocations, write_offs, _errors = self.amounts()
        self._filling = True
        for row, doc in enumerate(self.documents):
            for column in AMOUNT_COLUMNS:
                bad = row in by_row and by_row[row][0] == column
                self._cell(row, column).setBackground(_ERROR_BG if bad else _EDITABLE_BG)
            note = self._cell(row, NOTE)
            if row in by_row:
                note.setText(_on_its_row(by_row[row][1], doc.number))
                note.setForeground(_ERROR_FG)
                note.setToolTip(by_row[row][1])
                continue
            paid = allocations.get(doc.number, 0) + write_offs.get(doc.number, 0)
            note.setToolTip("")
            if not paid:
                note.setText("")
            elif paid >= doc.outstanding:
                note.setText(QCoreApplication.translate("allocation_table", "✓ settled"))
                note.setForeground(_DONE_FG)
            else:
                note.setText(
                    QCoreApplication.translate("allocation_table", "{0} still owed").format(
                        format_money(doc.outstanding - paid)
                    )
                )
                note.setForeground(_LEFT_FG)
        self._filling = False
        self.resizeRowsToContents()  # a message may take two lines
        least = self.verticalHeader().defaultSectionSize()
        for row in range(self.rowCount()):
            self.setRowHeight(row, max(self.rowHeight(row), least))
        return others

    def _where(self, field: str) -> tuple[int, int]:
        for column, prefix in _FIELDS.items():
            if field.startswith(prefix + " "):
                return column, self.row_of(field[len(prefix) + 1 :].strip())
        return ALLOCATE, -1

    # keys
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.rowCount() and self.currentColumn() not in AMOUNT_COLUMNS:
            self.setCurrentCell(max(self.currentRow(), 0), ALLOCATE)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        row, column = self.currentRow(), self.currentColumn()
        if self.state() != QAbstractItemView.State.EditingState and row >= 0:
            if key in _ENTER:
                self._next_row()
                return
            if key == Qt.Key.Key_Space and column in AMOUNT_COLUMNS:
                self.pay_in_full(row, column)
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and column in AMOUNT_COLUMNS:
                self._cell(row, column).setText("")
                return
            if key == Qt.Key.Key_Left and column == WRITE_OFF:
                self.setCurrentCell(row, ALLOCATE)
                return
            if (
                key == Qt.Key.Key_Right
                and column == ALLOCATE
                and not self.isColumnHidden(WRITE_OFF)
            ):
                self.setCurrentCell(row, WRITE_OFF)
                return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter in the editor
            self._next_row()

    def pay_in_full(self, row: int, column: int = ALLOCATE) -> None:
        """Space: the row's whole outstanding (less the other column), capped by what is left of
        the money when allocating; Space again clears it."""
        cell = self._cell(row, column)
        if cell.text().strip():
            cell.setText("")
            return
        allocations, write_offs, _errors = self.amounts()
        doc = self.documents[row]
        other = (write_offs if column == ALLOCATE else allocations).get(doc.number, 0)
        wanted = max(doc.outstanding - other, 0)
        if column == ALLOCATE and self.budget is not None:
            left = self.budget() - sum(v for k, v in allocations.items() if k != doc.number)
            wanted = min(wanted, max(left, 0))
        cell.setText(_text(wanted))

    def _next_row(self) -> None:
        row, column = self.currentRow(), self.currentColumn()
        if row + 1 < self.rowCount():
            self.setCurrentCell(row + 1, column if column in AMOUNT_COLUMNS else ALLOCATE)
        else:
            self.leave_requested.emit()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() not in AMOUNT_COLUMNS:
            return
        text = item.text().strip()
        if text:
            try:
                tidy = _text(parse_money(text))
            except ValidationError:
                tidy = text
            if tidy != item.text():
                self._filling = True
                item.setText(tidy)
                self._filling = False
        self.edited.emit()

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.setItem(row, column, item)
        return item

    def set_amount(self, number: str, text: str, column: int = ALLOCATE) -> None:
        """Type `text` into a document's cell, as the shopkeeper would (emits `edited`)."""
        self._cell(self.row_of(number), column).setText(text)


def _on_its_row(message: str, number: str) -> str:
    """A message on a document's own row need not name the document again."""
    for prefix in (f"{number} ", f"{number}: "):
        if message.startswith(prefix):
            rest = message[len(prefix) :]
            return rest[:1].upper() + rest[1:]
    return message


def _text(paise: int) -> str:
    return format_money(paise, symbol=False) if paise else ""
