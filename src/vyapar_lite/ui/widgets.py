"""Small input widgets shared by the forms: money, dates, and a field with its message."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QVBoxLayout, QWidget

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.money import format_money, parse_money
from vyapar_lite.ui.language import shown


class MoneyEdit(QLineEdit):
    """Types rupees (`1,24,000.50`, `₹ 50`); `paise()` gives integer paise or raises."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText("0.00")
        self.editingFinished.connect(self._tidy)

    def paise(self) -> int:
        text = self.text().strip()
        return parse_money(text, field=self.field) if text else 0

    def set_paise(self, paise: int) -> None:
        self.setText(format_money(paise, symbol=False) if paise else "")

    def _tidy(self) -> None:
        try:
            value = self.paise()
        except ValidationError:
            return
        self.set_paise(value)


class DateEdit(QDateEdit):
    """A day-first date picker (`22-11-2026`) with a calendar."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd-MM-yyyy")
        self.set_date(value or date.today())

    def date_value(self) -> date:
        d = self.date()
        return date(d.year(), d.month(), d.day())

    def set_date(self, value: date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))


class FieldBox(QWidget):
    """A field with the message about it shown underneath, in red, only when there is one."""

    def __init__(self, name: str, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget = widget
        self.error = QLabel()
        self.error.setObjectName(f"{name}.error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.error)

    def set_error(self, message: str | None) -> None:
        """Show a service's message (a `Message` in the screens' language) under the field."""
        self.error.setText(shown(message) if message else "")
        self.error.setVisible(bool(message))
