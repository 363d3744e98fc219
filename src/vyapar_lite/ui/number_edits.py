"""Line edits for quantities (thousandths of a unit) and percentages (basis points).

Like `widgets.MoneyEdit`: what is typed is parsed by the domain's rules, which raise
ValidationError naming the edit's field; a good entry is tidied when the edit is left.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.item import format_qty, parse_qty, parse_rate_percent, rate_decimal


class QtyEdit(QLineEdit):
    """Types a quantity (`1.5`, `1,000`); `milli()` gives thousandths (blank: 0) or raises."""

    def __init__(
        self, field: str, *, allow_negative: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.field = field
        self.allow_negative = allow_negative
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText("0")
        self.editingFinished.connect(self._tidy)

    def milli(self) -> int:
        text = self.text().strip()
        if not text:
            return 0
        return parse_qty(
            text, field=self.field, allow_zero=True, allow_negative=self.allow_negative
        )

    def set_milli(self, milli: int) -> None:
        self.setText(format_qty(milli) if milli else "")

    def _tidy(self) -> None:
        try:
            self.set_milli(self.milli())
        except ValidationError:
            return


class PercentEdit(QLineEdit):
    """Types a percentage (`5`, `2.5%`); `basis_points()` gives 500, 250 (blank: None) or raises."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText("%")

    def basis_points(self) -> int | None:
        text = self.text().strip()
        return parse_rate_percent(text, field=self.field) if text else None

    def set_basis_points(self, bp: int | None) -> None:
        self.setText("" if bp is None else str(rate_decimal(bp)))
