"""The totals row under a report's table: one bold row that keeps its columns lined up with the
table's (widths and horizontal scrolling follow the table), so each total sits under its column
however many rows are still to be fetched."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QFrame, QSizePolicy, QTableView

from vyapar_lite.ui.reports.report_model import LEFT, RIGHT

Index = QModelIndex | QPersistentModelIndex


class TotalsModel(QAbstractTableModel):
    """One row of texts; numbers (`right`) are right-aligned."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.values: tuple[str, ...] = ()
        self.right: tuple[bool, ...] = ()
        self._bold = QFont()
        self._bold.setBold(True)

    def set_values(self, values: Sequence[str], right: Sequence[bool]) -> None:
        self.beginResetModel()
        self.values = tuple(values)
        self.right = tuple(right) + (False,) * max(0, len(values) - len(right))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.values else 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.values)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() != 0 or not 0 <= index.column() < len(self.values):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.values[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self.right[index.column()] else LEFT
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor("#eef2f7")
        return None


class TotalsRow(QTableView):
    """A one-row table that follows `table`'s column widths and horizontal scrolling."""

    def __init__(self, table: QTableView, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.table = table
        self.totals = TotalsModel(self)
        self.setModel(self.totals)
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.verticalHeader().defaultSectionSize() + 2)
        table.horizontalHeader().sectionResized.connect(self._resized)
        table.horizontalScrollBar().valueChanged.connect(self.horizontalScrollBar().setValue)
        self.hide()

    def set_totals(self, values: Sequence[str], right: Sequence[bool]) -> None:
        """Show these totals (no values: hide the row)."""
        self.totals.set_values(values, right)
        self.follow_table()
        self.setVisible(bool(values))

    def follow_table(self) -> None:
        """Take the table's column widths and scroll position again."""
        for column in range(self.totals.columnCount()):
            self.setColumnWidth(column, self.table.columnWidth(column))
        self.horizontalScrollBar().setValue(self.table.horizontalScrollBar().value())

    def _resized(self, column: int, _old: int, new: int) -> None:
        if column < self.totals.columnCount():
            self.setColumnWidth(column, new)
