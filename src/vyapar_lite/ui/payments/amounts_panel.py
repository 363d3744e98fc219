"""A framed column of labelled amounts beside a table (the receipt's split, balances), with the
amount in words under it, in the look of the sales totals panel."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class AmountsPanel(QFrame):
    """`show_row(key, text)` fills a row (hiding it with `shown=False`); `bold` rows stand out
    (bigger), `strong` rows are in bold."""

    def __init__(
        self,
        name: str,
        rows: Sequence[tuple[str, str]],
        *,
        bold: Sequence[str] = (),
        strong: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.values: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        for key, text in rows:  # marked QT_TRANSLATE_NOOP("amounts", ...) where listed
            label = QLabel(QCoreApplication.translate("amounts", text))
            value = QLabel("—")
            value.setObjectName(f"{name}.{key}")
            value.setAlignment(_RIGHT)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if key in bold:
                value.setStyleSheet("font-size: 13pt; font-weight: bold;")
                label.setStyleSheet("font-weight: bold;")
            elif key in strong:
                value.setStyleSheet("font-weight: bold;")
                label.setStyleSheet("font-weight: bold;")
            self.values[key] = value
            self.labels[key] = label
            form.addRow(label, value)
        self.words = QLabel()
        self.words.setObjectName(f"{name}.words")
        self.words.setWordWrap(True)
        self.words.setStyleSheet("color: #444; font-style: italic;")
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.words)

    def show_row(self, key: str, text: str, *, shown: bool = True, style: str = "") -> None:
        self.values[key].setText(text)
        self.values[key].setVisible(shown)
        self.labels[key].setVisible(shown)
        if style:
            self.values[key].setStyleSheet(style)

    def text(self, key: str) -> str:
        return self.values[key].text()

    def clear(self, keep: Sequence[str] = ()) -> None:
        for key in self.values:
            self.show_row(key, "—", shown=key in keep)
        self.words.setText("")
