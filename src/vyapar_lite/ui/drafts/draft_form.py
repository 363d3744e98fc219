"""The base of a document form typed on a screen (invoice, sale order, receipt): its draft is
kept in the shop file while typed (`DraftKeeper`), it asks before typed work is discarded (Keep is
the default), and Esc or Close leaves at once when nothing would be lost (saved, or empty).

A form says only what is its own: `busy()` (something typed and not saved), `start_new()` (a
blank form), `draft_summary()` and `draft_payload()` (what to keep), and `show_draft(payload)`
(put it back). It calls `typed()` on every change and `posted()` after saving. Once saved, its
saved bar's Print (Ctrl+P), 80 mm slip, PDF (Ctrl+Shift+S) and Open call the form's
`print_saved(layout)`, `save_pdf()` and `open_saved()` (`connect_saved_bar`).

The shape every such form shares is built here too: the title and the customer and date head
(`document_head`), the red messages beside the figures (`side_panel`), the window's stack of
parts (`stack`), the wiring (`connect_form`: the pause before the service is asked, the head's
signals, Save, the saved bar and the keys), posting what is typed (`post_typed`) and what a
posted document leaves on screen (`show_posted`). The texts shown are
each form's own, translated in its own module.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, ClassVar, Literal

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.ui.drafts.ask import wants_discard
from vyapar_lite.ui.drafts.keeper import DraftKeeper
from vyapar_lite.ui.sales.customer_picker import CustomerPicker
from vyapar_lite.ui.sales.enter_keys import EnterMovesOn
from vyapar_lite.ui.saved_bar import SavedBar
from vyapar_lite.ui.unusual_date import post_confirming
from vyapar_lite.ui.widgets import DateEdit, MoneyEdit

PrintLayout = Literal["a4", "thermal"]
PREVIEW_DELAY_MS = 150  # the pause in typing before the service is asked


class DraftForm(QWidget):
    """`close_requested()` when the form is left (nothing typed is lost by then)."""

    close_requested = Signal()
    saved = Signal(object)  # the document, once posted
    kind: ClassVar[str] = ""  # the draft's kind in the shop file: 'invoice', 'order', ...
    noun: ClassVar[str] = ""  # in the question: "The invoice being typed is not saved."
    context: ClassVar[str] = ""  # the form's translation context: "invoice_form", ...
    # the head's captions (customer, date), marked QT_TRANSLATE_NOOP(context, ...) by the form
    captions: ClassVar[tuple[str, str]] = ("", "")

    title: QLabel
    picker: CustomerPicker
    date_edit: DateEdit
    messages: QLabel
    timer: QTimer
    saved_bar: Any  # the form's SavedBar (a receipt's or a sales document's)
    last_saved: Any = None  # the posted document on screen (None while typing)

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

    def refresh_preview(self) -> object:
        """Ask the service about what is typed and show its answer."""
        raise NotImplementedError

    def save(self) -> object:
        raise NotImplementedError

    def typed_widgets(self) -> tuple[QWidget, ...]:
        """What is typed in besides the customer and the date (locked once posted)."""
        raise NotImplementedError

    def _lock(self, locked: bool) -> None:
        """Everything typed read-only once posted, with Clear and Save (False: open again)."""
        for widget in (self.picker, self.date_edit, *self.typed_widgets(), self.clear_button):
            widget.setEnabled(not locked)
        self.save_button.setEnabled(not locked)

    # the shape every form shares
    def set_up(self) -> None:
        """Build the form, connect it and show a blank one."""
        self._build()
        self._connect()
        self.start_new()

    def _build(self) -> None:
        raise NotImplementedError

    def _connect(self) -> None:
        raise NotImplementedError

    def document_head(self, key: str, title_name: str) -> QGridLayout:
        """`self.title`, the customer picker (`<key>.customer`) and the date (`<key>.date`)
        under the form's `captions`, in a grid the form may add to."""
        self.title = QLabel()
        self.title.setObjectName(title_name)
        self.picker = CustomerPicker(f"{key}.customer")
        self.date_edit = DateEdit()
        self.date_edit.setObjectName(f"{key}.date")
        customer_caption = QLabel(QCoreApplication.translate(self.context, self.captions[0]))
        customer_caption.setBuddy(self.picker.edit)
        date_caption = QLabel(QCoreApplication.translate(self.context, self.captions[1]))
        date_caption.setBuddy(self.date_edit)
        head = QGridLayout()
        head.addWidget(customer_caption, 0, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.picker, 0, 1, 2, 1)
        head.addWidget(date_caption, 0, 2)
        head.addWidget(self.date_edit, 0, 3)
        head.setColumnStretch(1, 1)
        return head

    def side_panel(self, name: str, *parts: QWidget, width: int) -> QWidget:
        """The panel beside the table: `parts` (the figures) over `self.messages` (`name`),
        the service's messages in red."""
        self.messages = QLabel()
        self.messages.setObjectName(name)
        self.messages.setWordWrap(True)
        self.messages.setStyleSheet("color: #b00020;")
        self.messages.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        side = QVBoxLayout()
        for part in parts:
            side.addWidget(part)
        side.addWidget(self.messages, 1)
        box = QWidget()
        box.setLayout(side)
        box.setFixedWidth(width)
        return box

    def stack(self, *parts: QWidget | QLayout, stretch: QLayout) -> None:
        """The form top to bottom; `stretch` (the table's row) takes the height left."""
        layout = QVBoxLayout(self)
        for part in parts:
            if isinstance(part, QLayout):
                layout.addLayout(part, 1 if part is stretch else 0)
            else:
                layout.addWidget(part)

    def tab_chain(self, *widgets: QWidget) -> None:
        for before, after in itertools.pairwise(widgets):
            self.setTabOrder(before, after)

    def preview_timer(self) -> None:
        """`self.timer`: the service is asked a short pause after the last change."""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh_preview)

    def _changed(self) -> None:
        """Something was typed: ask the service after the pause, and keep the draft."""
        if self.last_saved is None:
            self.timer.start()
            self.typed()

    def shortcuts(self, *keys: tuple[str, Callable[[], object]]) -> None:
        """Keys that work anywhere in the form (Ctrl+S, F3, ...)."""
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for sequence, slot in keys:
            QShortcut(QKeySequence(sequence), self, slot, context=context)

    def _customer_chosen(self, code: str) -> None:
        """The picker settled on a customer (`code`)."""
        raise NotImplementedError

    def connect_form(
        self,
        accepted: Callable[[], object],
        next_document: Callable[[], object] | None,
        *keys: tuple[str, Callable[[], object]],
    ) -> None:
        """The wiring every form shares: the preview's pause, the customer chosen
        (`_customer_chosen`) and accepted (Enter: `accepted`), the date, Save with Ctrl+S and F3
        to the customer; with a saved bar its buttons and Next (`next_document`); then the
        form's own `keys`."""
        self.preview_timer()
        self.picker.chosen.connect(self._customer_chosen)
        self.picker.accepted.connect(accepted)
        self.date_edit.dateChanged.connect(lambda _d: self._changed())
        self.save_button.clicked.connect(self.save)
        if next_document is not None:
            self.connect_saved_bar(self.saved_bar)
            self.saved_bar.next_button.clicked.connect(lambda _checked=False: next_document())
        self.shortcuts(("Ctrl+S", self.save), ("F3", self.focus_customer), *keys)

    def enter_moves_on(
        self, fields: Sequence[QWidget], actions: dict[QWidget, Callable[[], object]]
    ) -> EnterMovesOn:
        """`self.enter_keys`: Enter walks on through `fields` (or does the field's `action`);
        Enter on Save or a saved bar's button presses it."""
        self.enter_keys = EnterMovesOn(
            self, fields, buttons=[self.save_button, *self.saved_bar.buttons], actions=actions
        )
        return self.enter_keys

    def focus_customer(self) -> None:
        self.picker.edit.setFocus()
        self.picker.edit.selectAll()

    def draft(self) -> tuple[Any, list[Any]]:
        """What is typed as the service's draft (None while there are errors) and the errors."""
        raise NotImplementedError

    def _show(self, preview: Any, errors: list[Any]) -> None:
        """Show the service's answer (None and its errors when it refused)."""
        raise NotImplementedError

    def refused(self, error: ValidationError) -> bool:
        """A refusal the form shows its own way (True), not beside the fields."""
        return False

    @staticmethod
    def paise_of(edit: MoneyEdit, errors: list[FieldError]) -> int:
        """The amount typed in `edit`; one that cannot be read adds its message to `errors`
        and counts as 0."""
        try:
            return edit.paise()
        except ValidationError as exc:
            errors += exc.errors
            return 0

    def post_typed(self, post: Callable[[Any], Any]) -> Any:
        """Post what is typed through `post(draft)`, asking first about an unusual date
        (`confirm_unusual_date`); a refusal is shown beside the fields. None when nothing was
        posted."""
        draft, _errors = self.draft()
        if draft is None:
            return None
        try:
            return post_confirming(self, lambda ok: post(replace(draft, confirm_unusual_date=ok)))
        except ValidationError as exc:
            if not self.refused(exc):
                self._show(None, exc.errors)
            return None

    def show_posted(self, document: Any, title: str) -> None:
        """A document just posted: the draft forgotten, the form read-only under `title`,
        the saved bar offering its print, PDF and window; `saved(document)`."""
        self.last_saved = document
        self.posted()
        self.picker.refresh()
        self._lock(True)
        self.title.setText(title)
        self.saved_bar.show_saved(document)
        self.saved.emit(document)

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
