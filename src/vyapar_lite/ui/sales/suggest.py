"""A suggestion list under a line edit: type, see matches, Up/Down to move, Enter to take one.

The edit keeps the keyboard focus the whole time (the list is a frameless window that never
takes focus), so typing goes on while the list follows. The first match is highlighted, so
"type three letters, press Enter" takes the best match. Esc closes the list; with no matches
the list stays hidden and the typed text stands as it is.

Every suggestion list in the app is this one (invoice line item cell, the customer boxes of the
sales, payment and report screens), so they all read the same (issue 15): up to `MAX_ROWS`
matches, each row as tall as its text needs and as wide as its longest label (up to the screen's
width), never a horizontal scrollbar over the rows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLineEdit, QListWidget, QListWidgetItem

Suggestion = tuple[str, str]  # (text shown, key)
Fetch = Callable[[str], list[Suggestion]]
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
MAX_ROWS = 8
ROW_PADDING = 8  # pixels above and below a row's text, so descenders and accents show
SIDE_PADDING = 24


class SuggestBox(QObject):
    """`chosen(key)` when a suggestion is taken (Enter on it, or a click)."""

    chosen = Signal(str)

    def __init__(
        self, edit: QLineEdit, fetch: Fetch, *, rows: int = MAX_ROWS, min_chars: int = 1
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
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.list.setFrameShape(QFrame.Shape.Box)
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
        found = found[: self.rows]
        self.list.clear()
        metrics = self.list.fontMetrics()
        row_height = self.row_height()
        widest = max((metrics.horizontalAdvance(label) for label, _ in found), default=0)
        for label, key in found:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(label)
            item.setSizeHint(QSize(widest + SIDE_PADDING, row_height))
            self.list.addItem(item)
        if not found or not self.edit.isVisible():
            self.hide()
            return
        self.list.setCurrentRow(0)
        frame = 2 * self.list.frameWidth()
        width = max(self.edit.width(), widest + SIDE_PADDING + frame)
        at = self.edit.mapToGlobal(QPoint(0, self.edit.height()))
        screen = QGuiApplication.screenAt(at) or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, room.width())
            at.setX(max(room.left(), min(at.x(), room.right() - width)))
        self.list.resize(width, row_height * len(found) + frame)
        self.list.move(at)
        self.list.show()

    def row_height(self) -> int:
        """A row as tall as its text needs (never the few-pixel strip of issue 15)."""
        return self.list.fontMetrics().height() + ROW_PADDING

    def visible_rows(self) -> int:
        """How many rows are fully on show (for tests and for the Page keys)."""
        if not self.is_open():
            return 0
        viewport = self.list.viewport().rect()
        return sum(
            1
            for row in range(self.list.count())
            if viewport.contains(self.list.visualItemRect(self.list.item(row)))
        )

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
