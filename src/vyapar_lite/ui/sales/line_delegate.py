"""The line grid's cell editor: a plain line edit; the Item cell suggests items as you type.

Enter commits the cell (taking the highlighted suggestion first) and asks the grid where to go
next (`LineGrid.after_enter`); Ctrl+Enter asks for the next line; Esc closes an open suggestion
list first, then (as usual) cancels the edit. A number cell (Qty, Rate, discounts, GST) goes to
the grid on every keystroke, so the totals, the tax split and the credit bar follow the typing
without the cell being left; the editor stays what was typed while it is open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from vyapar_lite.ui.sales import item_lookup
from vyapar_lite.ui.sales.suggest import SuggestBox

if TYPE_CHECKING:
    from vyapar_lite.ui.sales.line_grid import LineGrid

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class LineDelegate(QStyledItemDelegate):
    """Plain line edits; the Item cell gets suggestions; Enter moves on (see the module doc)."""

    def __init__(self, grid: LineGrid, *, item_column: int) -> None:
        super().__init__(grid)
        self.grid = grid
        self.item_column = item_column
        self.boxes: dict[QWidget, SuggestBox] = {}
        self.cells: dict[QWidget, tuple[int, int]] = {}

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.setObjectName(f"lines.editor.{index.column()}")
        self.cells[editor] = (index.row(), index.column())
        if index.column() == self.item_column:
            box = SuggestBox(editor, item_lookup.suggestions)
            box.chosen.connect(lambda code, e=editor: e.setProperty("item_code", code))
            editor.textEdited.connect(lambda _t, e=editor: e.setProperty("item_code", ""))
            self.boxes[editor] = box
        else:
            editor.setAlignment(_RIGHT)
            cell = QPersistentModelIndex(index)
            editor.textEdited.connect(lambda text, i=cell: self._typed(i, text))
        editor.destroyed.connect(lambda _o=None, e=editor: self._forget(e))
        return editor

    def _forget(self, editor: QWidget) -> None:
        self.boxes.pop(editor, None)
        self.cells.pop(editor, None)

    def _typed(self, cell: QPersistentModelIndex, text: str) -> None:
        """A keystroke in a number cell: into the grid at once (it works the totals out)."""
        if cell.isValid():
            self.grid.model().setData(cell, text.strip(), Qt.ItemDataRole.EditRole)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        """Fill a new editor from its cell; later changes to the cell (its tidied text, a tint
        for a message) leave what is being typed alone."""
        if isinstance(editor, QLineEdit) and not editor.property("filled"):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.selectAll()
            editor.setProperty("filled", True)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if not isinstance(editor, QLineEdit):
            return
        if index.column() == self.item_column:
            box = self.boxes.get(editor)
            if box is not None and box.is_open():
                box.hide()
            self.grid.commit_item(
                index.row(), editor.text(), str(editor.property("item_code") or "")
            )
        else:
            model.setData(index, editor.text().strip(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QLineEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            box = self.boxes.get(watched)
            key = event.key()
            if key == Qt.Key.Key_Escape and box is not None and box.is_open():
                box.hide()
                return True
            if key in _ENTER:
                if box is not None and box.is_open():
                    box.take_current()
                row, column = self.cells.pop(watched, (-1, -1))
                jump = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
                self.commitData.emit(watched)
                self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
                self.grid.after_enter(row, column, next_line=jump)
                return True
        return super().eventFilter(watched, event)
