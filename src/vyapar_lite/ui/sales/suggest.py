"""A suggestion list under a line edit: type, see matches, Up/Down to move, Enter to take one.

The edit keeps the keyboard focus the whole time (the list is a frameless window that never
takes focus), so typing goes on while the list follows. The first match is highlighted, so
"type three letters, press Enter" takes the best match. Esc closes the list; with no matches
the list stays hidden and the typed text stands as it is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem

Suggestion = tuple[str, str]  # (text shown, key)
Fetch = Callable[[str], list[Suggestion]]
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SuggestBox(QObject):
    """`chosen(key)` when a suggestion is taken (Enter on it, or a click)."""

    chosen = Signal(str)

    def __init__(
        self, edit: QLineEdit, fetch: Fetch, *, rows: int = 10, min_chars: int = 1
    ) -> None:
        super().__init__(edit)
        self.edit = edit
        self.fetch = fetch
        self.list = QListWidget()
        self.list.setObjectName(f"{edit.objectName() or 'edit'}.suggestions")
        self.list.setWindowFlags(
            Qt.WindowType.ToolTip
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
        )
        self.list.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setUniformItemSizes(True)
        self.list.itemClicked.connect(self._take_item)
        self.rows = rows
        self.min_chars = min_chars
        edit.textEdited.connect(self.update_for)
        edit.installEventFilter(self)
        edit.destroyed.connect(self.list.deleteLater)

    # what callers use
    def is_open(self) -> bool:
        return self.list.isVisible()

    def current_key(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item and self.is_open() else ""

    def take_current(self) -> bool:
        """Take the highlighted suggestion (if the list is open); True when one was taken."""
        item = self.list.currentItem() if self.is_open() else None
        if item is None:
            self.hide()
            return False
        self._take_item(item)
        return True

    def hide(self) -> None:
        self.list.hide()

    def update_for(self, text: str) -> None:
        """Fill the list with the matches for `text` and show it under the edit."""
        found = self.fetch(text) if len(text.strip()) >= self.min_chars else []
        self.list.clear()
        for label, key in found[: self.rows]:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.list.addItem(item)
        if not found or not self.edit.isVisible():
            self.hide()
            return
        self.list.setCurrentRow(0)
        height = self.list.sizeHintForRow(0) * min(len(found), self.rows) + 4
        width = max(self.edit.width(), 360)
        self.list.resize(width, height)
        self.list.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self.list.show()

    # internals
    def _take_item(self, item: QListWidgetItem) -> None:
        key = str(item.data(Qt.ItemDataRole.UserRole))
        self.edit.setText(item.text().split("  ·  ")[0])
        self.hide()
        self.chosen.emit(key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() in (QEvent.Type.FocusOut, QEvent.Type.Hide):
            self.hide()
        elif (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.is_open()
        ):
            return self._key(event)
        return False

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        count = self.list.count()
        row = self.list.currentRow()
        if key == Qt.Key.Key_Down:
            self.list.setCurrentRow(min(row + 1, count - 1))
            return True
        if key == Qt.Key.Key_Up:
            self.list.setCurrentRow(max(row - 1, 0))
            return True
        if key == Qt.Key.Key_PageDown:
            self.list.setCurrentRow(count - 1)
            return True
        if key == Qt.Key.Key_PageUp:
            self.list.setCurrentRow(0)
            return True
        if key == Qt.Key.Key_Escape:
            self.hide()
            return True
        if key in _ENTER:
            self.take_current()
            return False  # the Enter goes on: the form moves to the next field
        return False
