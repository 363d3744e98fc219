"""The frame of a payments document's window (on the document-window base, `ui/document_window`,
which lays out the title, status banner, facts, lines table, side column and buttons): what is
its own is a table of what it settled with an amounts panel beside it, a banner that is red once
cancelled and green otherwise, a facts line that leaves out empty facts, and "Not cancelled"
when the service refuses a cancellation."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QWidget

from vyapar_lite.ui.document_window import Button, DocumentWindow, View
from vyapar_lite.ui.payments.amounts_panel import AmountsPanel


class DocWindow(DocumentWindow):
    """The table (`<name>.table`, column `stretch` taking the width left) and the amounts
    (`<name>.amounts`, `side_rows`) beside it. A subclass ends its `__init__` with
    `finish_buttons`."""

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
        # the columns marked QT_TRANSLATE_NOOP("doc_window", ...) by the subclass, the side's
        # rows QT_TRANSLATE_NOOP("amounts", ...) (AmountsPanel translates them)
        self.lines_table(f"{name}.table", columns, "doc_window", stretch=stretch)
        self.side = AmountsPanel(f"{name}.amounts", side_rows, bold=bold)
        self.middle = QHBoxLayout()
        self.middle.addWidget(self.table, 1)
        self.middle.addWidget(self.side_column(self.side, width=300, margins=False))
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
            self.show_status(
                QCoreApplication.translate("doc_window", "CANCELLED — {reason}").format(
                    reason=reason
                )
                if reason
                else QCoreApplication.translate("doc_window", "CANCELLED"),
                "red",
            )
        else:
            self.show_status(status, "green")

    def set_facts(self, rows: Sequence[tuple[str, str]]) -> None:
        self.show_facts([(k, v) for k, v in rows if v])

    def fill(self, rows: Sequence[Sequence[str]], *, right_from: int) -> None:
        """The table's rows, the columns from `right_from` on aligned right."""
        self.table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            self.put_row(row, cells, right=lambda column: column >= right_from)

    def cancel_document(
        self, reason: str | None, number: str, question: str, cancel: Callable[[str], View]
    ) -> bool:
        """`cancel_with`: unless a reason is given, "Cancel <number>" asks `question`; the
        service's refusal shows under "Not cancelled". True when cancelled."""
        title = QCoreApplication.translate("doc_window", "Cancel {number}").format(number=number)
        refused = QCoreApplication.translate("doc_window", "Not {what}").format(
            what=QCoreApplication.translate("doc_window", "cancelled")
        )
        return self.cancel_with(reason or None, (title, question), cancel, refused)
