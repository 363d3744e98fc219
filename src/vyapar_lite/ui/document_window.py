"""The frame of a saved document's window (an invoice, note or sale order in Sales; a receipt,
refund, payment out, purchase bill or contra settlement in Payments): its title, status banner
and facts above, the form's own middle, and a row of buttons with their keys (Print Ctrl+P, PDF
Ctrl+Shift+S, ...; Close last). Nothing is typed in it, so Esc closes it at once. Each window
says only its middle and its buttons.

What the windows share beyond the frame is here too: the table of lines (`lines_table`,
`put_row`), the column beside it (`side_column`), the Print / slip / PDF buttons
(`print_buttons`: the window's `print_preview(layout)` and `save_pdf()`), the status banner's
tones (`show_status`), the facts line (`show_facts`) and cancelling with a reason
(`cancel_with`). The texts shown are each window's own, translated in its own module."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Literal, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.ui.language import said
from vyapar_lite.ui.sales.reason_dialog import ask_reason

# (key, text, keys, slot): the button `<prefix>.<key>`, its text and shortcut
Button = tuple[str, str, str, Callable[[], object]]
Tone = Literal["red", "amber", "green"]
TONES: dict[Tone, str] = {
    "red": "color: white; background: #b00020; font-weight: bold; padding: 6px;",
    "amber": "color: #8a5a00; background: #fff4d6; font-weight: bold; padding: 6px;",
    "green": "color: #1b5e20; font-weight: bold; padding: 2px;",
}
View = TypeVar("View")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class DocumentWindow(QDialog):
    """`changed()` after the document (or one against it) was changed from here."""

    changed = Signal()
    title: QLabel
    status: QLabel
    facts: QLabel

    def heading(self, prefix: str) -> None:
        """The title, the status banner and the facts (`<prefix>.title`, `.status`, `.facts`)."""
        self.title = QLabel()
        self.title.setObjectName(f"{prefix}.title")
        self.status = QLabel()
        self.status.setObjectName(f"{prefix}.status")
        self.status.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setObjectName(f"{prefix}.facts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_view(self, view: Any) -> None:
        """Show the document (as the service reads it)."""
        raise NotImplementedError

    def show_changed(self, view: Any) -> None:
        """The document as it is after a change made here; `changed()`."""
        self.show_view(view)
        self.changed.emit()

    def print_preview(self, layout: Literal["a4", "thermal"] = "a4") -> None:
        raise NotImplementedError

    def save_pdf(self) -> None:
        raise NotImplementedError

    def print_buttons(self, context: str, texts: tuple[str, str, str], slip: str) -> list[Button]:
        """Print (Ctrl+P), the 80 mm slip (its key `slip`) and Save PDF (Ctrl+Shift+S), their
        `texts` marked QT_TRANSLATE_NOOP(`context`, ...) by the window."""
        printing, thermal, pdf = (QCoreApplication.translate(context, t) for t in texts)
        return [
            ("print", printing, "Ctrl+P", lambda: self.print_preview("a4")),
            (slip, thermal, "", lambda: self.print_preview("thermal")),
            ("pdf", pdf, "Ctrl+Shift+S", self.save_pdf),
        ]

    def lines_table(
        self, name: str, headers: Sequence[str], context: str = "", *, stretch: int = 1
    ) -> QTableWidget:
        """`self.table`: read-only rows under `headers` (marked QT_TRANSLATE_NOOP(`context`,
        ...) when a context is given), sized to their contents but column `stretch`, which takes
        the width left."""
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName(name)
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate(context, h) if context else h for h in headers]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return self.table

    def put_row(
        self,
        row: int,
        cells: Sequence[str],
        *,
        right: Callable[[int], bool],
        fixed: Callable[[int], bool] = lambda _column: False,
    ) -> None:
        """One row of `self.table`: the columns `right` says are aligned right, those `fixed`
        says not editable."""
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            if fixed(column):
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if right(column):
                cell.setTextAlignment(RIGHT)
            self.table.setItem(row, column, cell)

    @staticmethod
    def side_column(*widgets: QWidget, width: int, margins: bool = True) -> QWidget:
        """The column beside the table: `widgets` at the top, `width` wide."""
        box = QWidget()
        column = QVBoxLayout(box)
        if not margins:
            column.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            column.addWidget(widget)
        column.addStretch(1)
        box.setFixedWidth(width)
        return box

    def show_status(self, text: str, tone: Tone) -> None:
        """The banner under the title: red (cancelled), amber (waiting) or green."""
        self.status.setText(text)
        self.status.setStyleSheet(TONES[tone])

    def show_facts(self, rows: Sequence[tuple[str, str]]) -> None:
        """The facts line: `label: value` pairs."""
        self.facts.setText(" &nbsp;·&nbsp; ".join(f"{k}: {v}" for k, v in rows))

    def cancel_with(
        self,
        reason: str | None,
        ask: tuple[str, str],
        cancel: Callable[[str], View],
        refused: str,
    ) -> bool:
        """Cancel through the service `cancel(reason)`, asking the reason (`ask`: the title and
        question) unless given; then show the document (`show_changed`), else the service's
        message under `refused` ("Not cancelled"). True when cancelled."""
        if reason is None:
            reason = ask_reason(self, *ask)
            if reason is None:
                return False
        try:
            view = cancel(reason)
        except ValidationError as exc:
            QMessageBox.warning(self, refused, said(exc))  # in the screens' language
            return False
        self.show_changed(view)
        return True

    def finish(
        self,
        middle: QLayout,
        buttons: Sequence[Button],
        *,
        prefix: str,
        leading: QWidget | None = None,
        context: str = "",
        printing: tuple[tuple[str, str, str], str] | None = None,
        close: str = "",
    ) -> None:
        """Lay the window out under `self.title`, `self.status` and `self.facts`. With a
        `context`, the buttons' texts are the window's QT_TRANSLATE_NOOP(`context`, ...) marks,
        translated here; `printing` (the Print, slip and PDF texts and the slip's key) puts
        `print_buttons` first, and `close` (its text) Close last."""
        if context:
            buttons = [
                (k, QCoreApplication.translate(context, t), ks, s) for k, t, ks, s in buttons
            ]
        if printing is not None:
            buttons = [*self.print_buttons(context, *printing), *buttons]
        if close:
            text = QCoreApplication.translate(context, close) if context else close
            buttons = [*buttons, ("close", text, "", self.reject)]
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        if leading is not None:
            row.addWidget(leading)
        for key, text, keys, slot in buttons:
            button = QPushButton(f"{text}  ({keys})" if keys else text)
            button.setObjectName(f"{prefix}.{key}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            if keys:
                QShortcut(QKeySequence(keys), self, slot)
            self.buttons[key] = button
            if key == "close":
                row.addStretch(1)
            row.addWidget(button)
        layout = QVBoxLayout(self)
        for label in (self.title, self.status, self.facts):
            layout.addWidget(label)
        layout.addLayout(middle, 1)
        layout.addLayout(row)
