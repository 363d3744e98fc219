"""Whether a report on screen still matches the books (issue 15: never stale figures).

The books' change counter is the audit log's last id (`audit.books_mark()`): every service write
adds an audit row in its own transaction. A report remembers the mark it was worked out at; any
other mark means the books moved since. While the report is on screen a cheap check every few
seconds shows or hides the "out of date" note.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from vyapar_lite.services import audit

CHECK_MS = 3000
STALE_TEXT = (
    "The books have changed since this report was worked out: press Refresh (F5) for the new "
    "figures. Export, Print and Save PDF work it out again first."
)


class Freshness(QObject):
    """The mark a result was worked out at, and the note that says it is out of date."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.mark: int | None = None
        self.note = QLabel(STALE_TEXT)
        self.note.setObjectName(name)
        self.note.setStyleSheet("background: #fff3cd; color: #664d03; padding: 4px;")
        self.note.setWordWrap(True)
        self.note.hide()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.flag)

    @staticmethod
    def now() -> int:
        return audit.books_mark()

    def worked_out_at(self, mark: int) -> None:
        self.mark = mark
        self.note.hide()

    def is_stale(self) -> bool:
        return self.mark is not None and self.mark != audit.books_mark()

    def flag(self) -> None:
        self.note.setVisible(self.is_stale())

    def watch(self, on: bool) -> None:
        """Check every few seconds while the report is on screen."""
        if on:
            self._timer.start()
        else:
            self._timer.stop()
