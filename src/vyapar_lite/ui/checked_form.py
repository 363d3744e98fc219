"""A form dialog in tabs that checks itself as you go.

Every field is checked when you leave it and its message appears under it; a tab with a bad field
shows ⚠; Save stays disabled while anything is wrong; Esc on a changed form asks before
discarding. Subclasses build their tabs with `tab()`, `line()` and `add()`, say what is wrong in
`problems()`, and call `finish()` at the end of their `__init__`.

What is typed is kept in the shop file every few seconds (kind: the form's key, with the code of
the record being edited) and offered back on the next start after a power cut (`show_kept`);
saving or discarding removes it. A subclass names it in `draft_summary()`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.services.edits_meanwhile import ChangedMeanwhile
from vyapar_lite.ui import language
from vyapar_lite.ui.drafts import form_state
from vyapar_lite.ui.drafts.ask import said_noun, wants_discard
from vyapar_lite.ui.drafts.keeper import DraftKeeper
from vyapar_lite.ui.widgets import DateEdit, FieldBox

_MOVED_ON = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.MouseFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)


class CheckedForm(QDialog):
    """`saved(code)` is emitted after a successful save."""

    saved = Signal(str)
    # FieldError.field -> the form's field name, where they differ
    aliases: ClassVar[dict[str, str]] = {}

    def __init__(
        self, key: str, noun: str, parent: QWidget | None = None, *, editing: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{key}Form")
        self.key = key
        self.noun = noun
        self.editing = editing  # the code of the record being edited (None: a new one)
        self.keeper = DraftKeeper(self, key, self._to_keep)
        self.dirty = False
        self.touched: set[str] = set()
        self.boxes: dict[str, FieldBox] = {}
        self.tabs = QTabWidget()
        self.tabs.setObjectName(f"{key}Form.tabs")
        self._tab_fields: list[tuple[str, list[str]]] = []
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName(f"{key}Form.save")
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(QCoreApplication.translate("checked_form", "Save (Ctrl+S)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    # building
    def tab(self, title: str, names: list[str]) -> QFormLayout:
        """A new tab whose fields are `names` (for its ⚠)."""
        page = QWidget()
        form = QFormLayout(page)
        self.tabs.addTab(page, title)
        self._tab_fields.append((title, names))
        return form

    def line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"{self.key}.{name}")
        edit.setPlaceholderText(placeholder)
        return edit

    def add(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        """A field with its message under it, as a row of `form`."""
        form.addRow(label, self.field_box(name, widget))

    def field_box(self, name: str, widget: QWidget) -> FieldBox:
        """A field with its message under it, for a layout of the subclass's own."""
        widget.setObjectName(f"{self.key}.{name}")
        box = FieldBox(f"{self.key}.{name}", widget)
        self.boxes[name] = box
        return box

    def finish(self, width: int, height: int) -> None:
        """Lay out the tabs and buttons, watch every field, and check the form once."""
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self._connect_changes()
        self.validate()
        self.resize(width, height)

    # checking
    def problems(self) -> list[FieldError]:
        raise NotImplementedError

    def field_of(self, error: FieldError) -> str:
        return self.aliases.get(error.field, error.field)

    def validate(self, *, show_all: bool = False) -> bool:
        """Show messages for the fields already left (all with `show_all`); enable Save."""
        errors = self.problems()
        by_field: dict[str, str] = {}
        for error in errors:
            by_field.setdefault(self.field_of(error), error.message)
        for name, box in self.boxes.items():
            shown = name in self.touched or show_all
            box.set_error(by_field.get(name) if shown else None)
        for index, (title, names) in enumerate(self._tab_fields):
            bad = any(n in by_field and (n in self.touched or show_all) for n in names)
            self.tabs.setTabText(index, f"{title} ⚠" if bad else title)
        self.save_button.setEnabled(not errors)
        return not errors

    def show_errors(self, exc: ValidationError) -> None:
        """Put a refused save's messages beside their fields."""
        self.touched.update(self.field_of(e) for e in exc.errors)
        for error in exc.errors:
            box = self.boxes.get(self.field_of(error))
            if box is not None:
                box.set_error(error.message)

    # its draft, kept while typed
    def draft_summary(self) -> str:
        """What the next start's offer calls the draft: "a new customer Asha Verma"."""
        raise NotImplementedError

    def kept_summary(self, new: str, changes: str, name: str) -> str:
        """`new` ("a new item {0}": the name) or `changes` ("changes to item {0} {1}": the code
        and the name), as the form is for a new record or one being edited."""
        name = name.strip()
        said = new.format(name) if self.editing is None else changes.format(self.editing, name)
        return said.strip()

    def _to_keep(self) -> tuple[str, dict[str, Any]] | None:
        if not self.dirty:
            return None
        return self.draft_summary(), {"code": self.editing, "fields": form_state.values(self)}

    @staticmethod
    def reopen(
        payload: dict[str, Any],
        new: Callable[[], CheckedForm],
        edit: Callable[[str], CheckedForm],
    ) -> bool:
        """Open the form a kept draft was typed in (`edit` the record it names, or `new`) and
        put the draft back: a screen's `show_kept`."""
        code = payload.get("code")
        try:
            form = edit(code) if isinstance(code, str) and code else new()
        except ValidationError:
            return False  # the record it changed is not in this file (an older copy restored)
        form.show_kept(payload)
        return True

    def show_kept(self, payload: dict[str, Any]) -> None:
        """Put a kept draft back (offered at start after a power cut)."""
        fields = payload.get("fields")
        if isinstance(fields, dict):
            form_state.restore(self, fields)
        self.dirty = True
        self.validate()
        self.keeper.adopt()

    # saving and leaving
    def save(self) -> None:
        raise NotImplementedError

    def finish_save(self, write: Callable[[], Any]) -> None:
        """Run `write` (the service's save; it returns the saved record, which has a `code`, or
        None when the user declined a question). A change made meanwhile elsewhere, or a
        refusal, is shown and the form stays open with what was typed; once saved, `saved` is
        sent and the form closes."""
        try:
            record = write()
        except ChangedMeanwhile as exc:
            self.changed_meanwhile(exc)
            return
        except ValidationError as exc:
            self.show_errors(exc)
            return
        if record is None:
            return
        self.dirty = False
        self.saved.emit(record.code)
        self.accept()

    def changed_meanwhile(self, exc: ChangedMeanwhile) -> None:
        """The record was changed elsewhere (another counter) since this form opened, and
        nothing was saved: say what changed and when, and reload it when asked (what was typed
        here goes); otherwise the form stays as typed, to copy from."""
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("checked_form", "Changed since you opened it"),
            language.shown(exc.errors[0].message),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.reload()
            self.dirty = False
            self.touched.clear()
            self.validate()

    def reload(self) -> None:
        """Read the record being edited again and show it (after `changed_meanwhile`)."""
        raise NotImplementedError

    def accept(self) -> None:
        self.keeper.forget()  # saved: no draft of it any more
        super().accept()

    def reject(self) -> None:
        """Esc or Cancel: a form with nothing changed (or already saved) closes; a changed one
        asks first, and the default answer (Enter) keeps the work. Closed, its draft goes."""
        said = QCoreApplication.translate(
            "checked_form", "The changes to this {noun} are not saved."
        )
        said = said.format(noun=said_noun(self.noun))
        if self.dirty and not wants_discard(self, self.noun, said):
            return
        self.keeper.forget()
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)

    def _connect_changes(self) -> None:
        for name, box in self.boxes.items():
            widget = box.widget
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(self._changed)
                widget.editingFinished.connect(lambda n=name: self._left(n))
                widget.installEventFilter(self)  # Tab past an empty field: say what it needs
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(self._changed)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(lambda _i, n=name: self._left(n))
                widget.editTextChanged.connect(self._changed)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(lambda _on, n=name: self._left(n))
            elif isinstance(widget, DateEdit):
                widget.dateChanged.connect(lambda _d, n=name: self._left(n))
            elif isinstance(widget, QSpinBox):
                widget.valueChanged.connect(lambda _v, n=name: self._left(n))

    def _changed(self) -> None:
        self.dirty = True
        self.keeper.touch()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Leaving a line edit by Tab or a click checks it even when nothing was typed (Qt's
        editingFinished only comes after a change), so an empty Name says it is needed."""
        if (
            event.type() == QEvent.Type.FocusOut
            and isinstance(event, QFocusEvent)
            and event.reason() in _MOVED_ON
        ):
            for name, box in self.boxes.items():
                if box.widget is watched:
                    self.touched.add(name)
                    self.validate()
                    break
        return super().eventFilter(watched, event)

    def _left(self, name: str) -> None:
        self.touched.add(name)
        self._changed()
        self.validate()
