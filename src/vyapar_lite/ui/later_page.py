"""A plain note for a screen that a later version builds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ComingLaterPage(QWidget):
    def __init__(self, key: str, title: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"page.{key}")
        label = QLabel(
            f"<h2>{title}</h2><p>{what}</p>"
            "<p><i>This screen is coming in a later version of Vyapar Lite.</i></p>"
        )
        label.setObjectName(f"page.{key}.note")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
