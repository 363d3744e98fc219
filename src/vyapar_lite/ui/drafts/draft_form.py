"""The base of a document form typed on a screen (invoice, sale order, receipt): its draft is
kept in the shop file while typed (`DraftKeeper`), it asks before typed work is discarded (Keep is
the default), and Esc or Close leaves at once when nothing would be lost (saved, or empty).

A form says only what is its own: `busy()` (something typed and not saved), `start_new()` (a
blank form), `draft_summary()` and `draft_payload()` (what to keep), and `show_draft(payload)`
(put it back). It calls `typed()` on every change and `posted()` after saving. Once saved, its
saved bar's Print (Ctrl+P), 80 mm slip, PDF (Ctrl+Shift+S) and Open call the form's
`print_saved(layout)`, `save_pdf()` and `open_saved()` (`connect_saved_bar`).
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from vyapar_lite.ui.drafts.ask import wants_discard
from vyapar_lite.ui.drafts.keeper import DraftKeeper
from vyapar_lite.ui.saved_bar import SavedBar

PrintLayout = Literal["a4", "thermal"]


class DraftForm(QWidget):
    """`close_requested()` when the form is left (nothing typed is lost by then)."""

    close_requested = Signal()
    kind: ClassVar[str] = ""  # the draft's kind in the shop file: 'invoice', 'order', ...
    noun: ClassVar[str] = ""  # in the question: "The invoice being typed is not saved."

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keeper = DraftKeeper(self, self.kind, self._to_keep)

    # what each form says
    def busy(self) -> bool:
        raise NotImplementedError

    def start_new(self) -> None:
        raise NotImplementedError

    def draft_summary(self) -> str:
        raise NotImplementedError

    def draft_payload(self) -> dict[str, Any]:
        raise NotImplementedError

    def show_draft(self, payload: dict[str, Any]) -> None:
        raise NotImplementedError

    def print_saved(self, layout: PrintLayout) -> None:
        """Print the saved document ('a4', or 'thermal' for the 80 mm slip)."""
        raise NotImplementedError

    def save_pdf(self) -> None:
        raise NotImplementedError

    def open_saved(self) -> None:
        raise NotImplementedError

    # the rules every form keeps
    def button_row(self, key: str, save_text: str, keys_help: str) -> QHBoxLayout:
        """The row at the bottom: the form's keys in grey, then Clear, Close and Save (the
        default button); Clear and Close ask first when typed work would be lost."""
        self.save_button = QPushButton(save_text)
        self.save_button.setObjectName(f"{key}.save")
        self.save_button.setDefault(True)
        self.clear_button = QPushButton(QCoreApplication.translate("draft_form", "Clear"))
        self.clear_button.setObjectName(f"{key}.clear")
        self.clear_button.clicked.connect(self.request_clear)
        self.close_button = QPushButton(QCoreApplication.translate("draft_form", "Close"))
        self.close_button.setObjectName(f"{key}.close")
        self.close_button.clicked.connect(self.request_close)
        keys = QLabel(keys_help)
        keys.setObjectName(f"{key}.keys")
        keys.setStyleSheet("color: #666;")
        keys.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(keys, 1)
        for button in (self.clear_button, self.close_button, self.save_button):
            row.addWidget(button)
        return row

    def connect_saved_bar(self, bar: SavedBar) -> None:
        bar.print_button.clicked.connect(lambda: self.print_saved("a4"))
        bar.slip_button.clicked.connect(lambda: self.print_saved("thermal"))
        bar.pdf_button.clicked.connect(self.save_pdf)
        bar.open_button.clicked.connect(self.open_saved)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+P"), self, lambda: self.print_saved("a4"), context=context)
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, self.save_pdf, context=context)

    def _to_keep(self) -> tuple[str, dict[str, Any]] | None:
        return (self.draft_summary(), self.draft_payload()) if self.busy() else None

    def typed(self) -> None:
        """A change was made: keep the draft within a few seconds."""
        self.keeper.touch()

    def posted(self) -> None:
        self.keeper.forget()

    def discard(self) -> None:
        """Throw the typed work away (after asking): a blank form and no kept draft."""
        self.keeper.forget()
        self.start_new()

    def may_leave(self) -> bool:
        """True when leaving loses nothing: nothing typed, or the shopkeeper chose Discard.
        Keep (the default) leaves the form as it is, on screen."""
        if not self.busy():
            return True
        if not wants_discard(self, self.noun):
            return False
        self.discard()
        return True

    def request_clear(self) -> None:
        """Clear: a blank form, asking first when typed work would be lost."""
        if self.may_leave():
            self.start_new()

    def request_close(self) -> None:
        """Esc or Close: leave, asking first when typed work would be lost."""
        if self.may_leave():
            self.close_requested.emit()

    def show_kept(self, payload: dict[str, Any]) -> None:
        """Show a draft kept in the shop file (offered back at start)."""
        self.start_new()
        self.show_draft(payload)
        self.keeper.adopt()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.request_close()
            return
        super().keyPressEvent(event)
