"""Enter moves on: in a form's fields, Enter focuses the next field that is enabled and shown
(an open combo box list keeps its Enter); on a button, Enter presses it (Qt does that only in
dialogs). A field may have its own Enter action instead (the date field goes to the lines)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def focus(widget: QWidget) -> None:
    """Focus a field with its text selected, so typing replaces it."""
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()


class EnterMovesOn(QObject):
    def __init__(
        self,
        parent: QObject,
        fields: Sequence[QWidget],
        *,
        buttons: Sequence[QAbstractButton] = (),
        actions: dict[QWidget, Callable[[], object]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.fields = list(fields)
        self.buttons = list(buttons)
        self.actions = dict(actions or {})
        for widget in dict.fromkeys([*self.fields, *self.buttons, *self.actions]):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER
        ):
            return False
        if isinstance(watched, QAbstractButton) and watched in self.buttons:
            watched.click()
            return True
        if isinstance(watched, QComboBox) and watched.view().isVisible():
            return False
        if isinstance(watched, QWidget) and watched in self.actions:
            self.actions[watched]()
            return True
        if isinstance(watched, QWidget) and watched in self.fields:
            position = self.fields.index(watched)
            for widget in self.fields[position + 1 :]:
                if widget.isEnabled() and widget.isVisible():
                    focus(widget)
                    break
            return True
        return False
