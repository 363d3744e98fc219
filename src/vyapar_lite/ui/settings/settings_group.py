"""What every settings group shares: a Save button with its status beside it, and the group box
filling the widget."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def save_row(button: QPushButton, status: QLabel) -> QHBoxLayout:
    """The Save button, and its status ("Saved.", or why not) taking the rest of the row."""
    row = QHBoxLayout()
    row.addWidget(button)
    row.addWidget(status, 1)
    return row


def fill_with(widget: QWidget, group: QGroupBox) -> None:
    """`group` as the whole of `widget`, edge to edge."""
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(group)
