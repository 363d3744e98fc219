"""A form's typed fields as plain JSON values, and back: every named line edit, combo box, check
box, spin box and date under a form, so a draft can be kept in the shop file and shown again.
Fields inside a table's cell editor, or named in `skip`, are left to the form (a customer picker,
a grid)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from vyapar_lite.ui.widgets import DateEdit

_KINDS = (DateEdit, QCheckBox, QComboBox, QPlainTextEdit, QLineEdit, QSpinBox)


def _fields(root: QWidget, skip: Iterable[QWidget]) -> Iterator[tuple[str, QWidget]]:
    skipped = set(map(id, skip))
    for widget in root.findChildren(QWidget):
        name = widget.objectName()
        if not name or id(widget) in skipped or not isinstance(widget, _KINDS):
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), (QComboBox, DateEdit, QSpinBox)
        ):
            continue  # the line edit inside a combo or date box: the box says it
        if _in_table(widget):
            continue
        yield name, widget


def _in_table(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def values(root: QWidget, skip: Iterable[QWidget] = ()) -> dict[str, Any]:
    """name -> what the field holds (text, index, ticked, ISO date)."""
    found: dict[str, Any] = {}
    for name, widget in _fields(root, skip):
        if isinstance(widget, DateEdit):
            found[name] = widget.date_value().isoformat()
        elif isinstance(widget, QCheckBox):
            found[name] = widget.isChecked()
        elif isinstance(widget, QComboBox):
            found[name] = widget.currentText() if widget.isEditable() else widget.currentIndex()
        elif isinstance(widget, QSpinBox):
            found[name] = widget.value()
        elif isinstance(widget, QPlainTextEdit):
            found[name] = widget.toPlainText()
        elif isinstance(widget, QLineEdit):
            found[name] = widget.text()
    return found


def restore(root: QWidget, saved: dict[str, Any], skip: Iterable[QWidget] = ()) -> None:
    """Put `values()` back; a field the form no longer has, or a value of the wrong shape, is
    left as it is (a draft is a convenience, never a reason to fail)."""
    for name, widget in _fields(root, skip):
        value = saved.get(name)
        if value is None:
            continue
        if isinstance(widget, DateEdit) and isinstance(value, str):
            try:
                widget.set_date(date.fromisoformat(value))
            except ValueError:
                continue
        elif isinstance(widget, QCheckBox) and isinstance(value, bool):
            widget.setChecked(value)
        elif isinstance(widget, QComboBox):
            if isinstance(value, str):
                widget.setEditText(value)
            elif isinstance(value, int) and 0 <= value < widget.count():
                widget.setCurrentIndex(value)
        elif isinstance(widget, QSpinBox) and type(value) is int:
            widget.setValue(value)
        elif isinstance(widget, QPlainTextEdit) and isinstance(value, str):
            widget.setPlainText(value)
        elif isinstance(widget, QLineEdit) and isinstance(value, str):
            widget.setText(value)
