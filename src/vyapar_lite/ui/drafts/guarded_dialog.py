"""A document dialog (purchase bill, payment out, refund, credit and debit notes) that asks
before typed work is thrown away: Esc, Cancel or closing the window with anything changed since
it opened asks, and Keep (the default, also Enter and Esc) leaves the dialog open as it was."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QTableWidget, QWidget

from vyapar_lite.ui.drafts import form_state
from vyapar_lite.ui.drafts.ask import wants_discard


class GuardedDialog(QDialog):
    def __init__(self, noun: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.noun = noun
        self._as_opened: Any = None

    def typed_state(self) -> Any:
        """Every field and table cell as it reads now."""
        tables = [_cells(table) for table in self.findChildren(QTableWidget)]
        return (form_state.values(self), tables)

    def changed_since_opened(self) -> bool:
        return self._as_opened is not None and self.typed_state() != self._as_opened

    def showEvent(self, event: QShowEvent) -> None:
        if self._as_opened is None:
            self._as_opened = self.typed_state()
        super().showEvent(event)

    def reject(self) -> None:
        if self.changed_since_opened() and not wants_discard(self, self.noun):
            return
        super().reject()


def _cells(table: QTableWidget) -> list[list[str]]:
    return [
        [(cell.text() if (cell := table.item(r, c)) is not None else "") for c in range(columns)]
        for r in range(table.rowCount())
        if (columns := table.columnCount())
    ]
