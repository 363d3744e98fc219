"""The frame of a payments document's window (on the document-window base, `ui/document_window`):
a title, a status banner, one line of facts, a table of what it settled with amounts beside it,
and a row of buttons (Close last)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.ui.document_window import Button, DocumentWindow
from vyapar_lite.ui.payments.amounts_panel import AmountsPanel

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
RED_BANNER = "color: white; background: #b00020; font-weight: bold; padding: 6px;"
GREEN = "color: #1b5e20; font-weight: bold; padding: 2px;"


class DocWindow(DocumentWindow):
    """`changed()` after the document was changed from here (cancelled, re-allocated). A
    subclass ends its `__init__` with `finish_buttons`."""

    changed = Signal()

    def __init__(
        self,
        name: str,
        columns: Sequence[str],
        side_rows: Sequence[tuple[str, str]],
        *,
        bold: Sequence[str] = (),
        stretch: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.heading(name)
        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName(f"{name}.table")
        # the columns marked QT_TRANSLATE_NOOP("doc_window", ...) by the subclass, the side's
        # rows QT_TRANSLATE_NOOP("amounts", ...) (AmountsPanel translates them)
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("doc_window", c) for c in columns]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.side = AmountsPanel(f"{name}.amounts", side_rows, bold=bold)
        side_box = QWidget()
        side_column = QVBoxLayout(side_box)
        side_column.setContentsMargins(0, 0, 0, 0)
        side_column.addWidget(self.side)
        side_column.addStretch(1)
        side_box.setFixedWidth(300)
        self.middle = QHBoxLayout()
        self.middle.addWidget(self.table, 1)
        self.middle.addWidget(side_box)
        self.resize(920, 460)

    def finish_buttons(self, buttons: Sequence[Button]) -> None:
        """The row of buttons (`<name>.<key>`, Close last) and the window's layout."""
        self.finish(self.middle, buttons, prefix=self.objectName())

    def set_heading(self, heading: str, status: str, cancelled: bool, reason: str = "") -> None:
        self.setWindowTitle(heading)
        self.title.setText(
            QCoreApplication.translate("doc_window", "<h2>{heading}</h2>").format(heading=heading)
        )
        if cancelled:
            self.status.setText(
                QCoreApplication.translate("doc_window", "CANCELLED — {reason}").format(
                    reason=reason
                )
                if reason
                else QCoreApplication.translate("doc_window", "CANCELLED")
            )
            self.status.setStyleSheet(RED_BANNER)
        else:
            self.status.setText(status)
            self.status.setStyleSheet(GREEN)

    def set_facts(self, rows: Sequence[tuple[str, str]]) -> None:
        self.facts.setText(" &nbsp;·&nbsp; ".join(f"{k}: {v}" for k, v in rows if v))

    def fill(self, rows: Sequence[Sequence[str]], *, right_from: int) -> None:
        self.table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column >= right_from:
                    cell.setTextAlignment(_RIGHT)
                self.table.setItem(r, column, cell)

    def attempt(self, change: Callable[[], object], what: str = "saved") -> bool:
        try:
            change()
        except ValidationError as exc:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("doc_window", "Not {what}").format(what=what),
                str(exc),
            )
            return False
        return True
