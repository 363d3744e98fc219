"""Keeping a form's draft in the shop file while it is typed (services/drafts.py).

A change starts a timer; when it fires (a few seconds later, however fast the typing goes on) the
form's draft is written in one small transaction. The form says what it holds through `read`:
None while it holds nothing worth keeping. `forget()` when the document is posted or discarded.
A write that fails (the file gone read-only, say) is logged and tried again at the next change:
typing never stops for it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from vyapar_lite.services import drafts

log = logging.getLogger(__name__)
KEEP_EVERY_MS = 2000

Read = Callable[[], tuple[str, dict[str, Any]] | None]  # (summary, payload) or None


class DraftKeeper(QObject):
    def __init__(self, parent: QObject, kind: str, read: Read) -> None:
        super().__init__(parent)
        self.kind = kind
        self.read = read
        self.kept = False  # a draft of this form is in the file
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(KEEP_EVERY_MS)
        self.timer.timeout.connect(self.keep_now)

    def touch(self) -> None:
        """Something was typed: keep the draft within KEEP_EVERY_MS."""
        if not self.timer.isActive():
            self.timer.start()

    def keep_now(self) -> None:
        self.timer.stop()
        try:
            found = self.read()
            if found is not None:
                summary, payload = found
                drafts.keep(self.kind, summary, payload)
                self.kept = True
            elif self.kept:  # typed away to nothing: nothing to offer back
                drafts.forget(self.kind)
                self.kept = False
        except Exception:  # never stop the typing for it
            log.warning("could not keep the %s draft", self.kind, exc_info=True)

    def forget(self) -> None:
        """The document was posted or discarded: no draft of it any more."""
        self.timer.stop()
        try:
            drafts.forget(self.kind)
        except Exception:
            log.warning("could not remove the %s draft", self.kind, exc_info=True)
        self.kept = False

    def adopt(self) -> None:
        """The form shows the kept draft again: it is this form's to replace or forget."""
        self.kept = True
