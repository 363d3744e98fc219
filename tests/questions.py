"""Answering the app's own question boxes in a test as a person would: when the next one opens,
note its text and press a key on it (Enter takes the default button) or click a named button."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton


def answer_next(seen: list[str], *, button: str = "", key: Qt.Key = Qt.Key.Key_Return) -> None:
    """The next QMessageBox that opens: its text goes into `seen`, then `button` (an object name)
    is clicked, or `key` pressed on it."""

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(10, act)
            return
        seen.append(box.text())
        if button:
            found = box.findChild(QPushButton, button)
            assert found is not None, f"no button {button} on “{box.text()}”"
            found.click()
        else:
            QTest.keyClick(box, key)

    QTimer.singleShot(0, act)
