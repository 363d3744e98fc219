"""A document dialog (purchase bill, payment out, refund, credit and debit notes) that asks
before typed work is thrown away: Esc, Cancel or closing the window with anything changed since
it opened asks, and Keep (the default, also Enter and Esc) leaves the dialog open as it was.
With `keep_drafts` its draft is kept in the shop file while typed, and removed when the dialog
is saved (accepted) or closed without saving."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QTableWidget, QWidget

from vyapar_lite.ui.drafts import form_state
from vyapar_lite.ui.drafts.ask import wants_discard
from vyapar_lite.ui.drafts.keeper import DraftKeeper, Read


class GuardedDialog(QDialog):
    def __init__(self, noun: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.noun = noun
        self._as_opened: Any = None
        self.keeper: DraftKeeper | None = None

    def keep_drafts(self, kind: str, read: Read) -> DraftKeeper:
        """Keep what is typed (`read`: None when nothing is worth keeping) as the draft `kind`."""
        self.keeper = DraftKeeper(self, kind, read)
        return self.keeper

    def typed(self, *_args: object) -> None:
        """Something was typed: keep the draft within a few seconds."""
        if self.keeper is not None:
            self.keeper.touch()

    def shown_again(self) -> None:
        """The dialog shows a kept draft again: it is this dialog's to replace or remove."""
        if self.keeper is not None:
            self.keeper.adopt()

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

    def accept(self) -> None:
        if self.keeper is not None:
            self.keeper.forget()  # saved: no draft of it any more
        super().accept()

    def reject(self) -> None:
        if self.changed_since_opened() and not wants_discard(self, self.noun):
            return
        super().reject()
        if self.keeper is not None:  # closed: discarded (or nothing was typed)
            self.keeper.forget()


def _cells(table: QTableWidget) -> list[list[str]]:
    return [
        [(cell.text() if (cell := table.item(r, c)) is not None else "") for c in range(columns)]
        for r in range(table.rowCount())
        if (columns := table.columnCount())
    ]
