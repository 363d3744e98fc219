"""A read-only table of document rows (sales, payments): one row selected, Enter or a
double-click asks to open it. A list says its columns, cell texts and colours."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
STRETCHED = 3  # the customer column takes the room left


class Openable(Protocol):
    @property
    def kind(self) -> str: ...

    @property
    def number(self) -> str: ...


RowT = TypeVar("RowT", bound=Openable)


class RowTable(QTableWidget, Generic[RowT]):
    open_requested = Signal(str, str)  # kind, number

    def __init__(
        self,
        name: str,
        columns: Sequence[str],
        right: frozenset[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(0, len(columns), parent)
        self.setObjectName(name)
        # marked QT_TRANSLATE_NOOP("columns", ...) where the columns are listed
        self.setHorizontalHeaderLabels([QCoreApplication.translate("columns", c) for c in columns])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STRETCHED, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)  # when the customer column is hidden
        self.right = right
        self.rows: list[RowT] = []
        self.cellDoubleClicked.connect(lambda row, _col: self.open_row(row))

    def cells(self, row: RowT) -> Sequence[str]:
        raise NotImplementedError

    def colour(self, row: RowT, column: int) -> QBrush | None:
        """The text colour of a cell (None: the usual)."""
        return None

    def show_rows(self, rows: list[RowT]) -> None:
        self.rows = rows
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for column, text in enumerate(self.cells(row)):
                cell = QTableWidgetItem(text)
                if column in self.right:
                    cell.setTextAlignment(RIGHT)
                brush = self.colour(row, column)
                if brush is not None:
                    cell.setForeground(brush)
                self.setItem(r, column, cell)
        if rows:
            self.selectRow(0)

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.open_requested.emit(self.rows[row].kind, self.rows[row].number)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_row(self.currentRow())
            return
        super().keyPressEvent(event)
