"""Run one service change from a screen; a refused change is explained in a message box."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.ui.language import shown


def attempt(parent: QWidget, change: Callable[[], object], *, title: str = "Not saved") -> bool:
    """`change()`; on ValidationError show its message over `parent`. True when it was saved."""
    try:
        change()
    except ValidationError as exc:
        QMessageBox.warning(parent, title, "; ".join(shown(e.message) for e in exc.errors))
        return False
    return True
