"""The Qt binding must not leak references: PySide6 6.12.0 drops one reference to None on every
call that returns nothing, and on Python 3.11 the app then aborts after a few hundred invoices."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_calls_returning_nothing_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.setVisible(False)
    assert sys.getrefcount(None) >= before - 50
