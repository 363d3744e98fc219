"""Small helpers for QTableWidget screens: a cell that must exist, and committing an open editor."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem


def table_cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """A cell that the table was filled with (never None)."""
    item = table.item(row, column)
    if item is None:
        raise IndexError(f"no cell at row {row}, column {column}")
    return item


def commit_open_editor(view: QAbstractItemView) -> None:
    """Commit and close the cell editor open in `view`, if any (moving the current index away
    and back makes Qt commit it, as clicking elsewhere would)."""
    if view.state() != QAbstractItemView.State.EditingState:
        return
    current = view.currentIndex()
    view.setCurrentIndex(QModelIndex())
    view.setCurrentIndex(current)
