"""The text under a report's table (the GST returns' GSTR-3B tables and not-ready list, the
register's tax by rate, a statement's ageing) in a frameless scroll area at most `FOOT_LINES`
lines tall, so a long not-ready list scrolls inside it instead of squeezing the table off a
768-px screen (issue 15). It shows and hides with its label (`ReportPage.foot`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QWidget

FOOT_LINES = 12  # the most lines shown before the text scrolls
LEAST_LINES = 4  # the fewest, when the window is very short


class FootArea(QScrollArea):
    def __init__(self, foot: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.foot = foot
        self.setObjectName(f"{foot.objectName()}_area")
        hidden = foot.isHidden()
        self.setWidget(foot)  # which shows it
        foot.setHidden(hidden)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setVisible(not foot.isHidden())
        foot.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.foot:
            kind = event.type()
            if kind in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
                self.setVisible(kind == QEvent.Type.ShowToParent)
            elif kind in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange):
                self.updateGeometry()
        return super().eventFilter(watched, event)

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        self.updateGeometry()  # the text may have changed with it

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.updateGeometry()  # its height follows its width (wrapped text)

    def sizeHint(self) -> QSize:
        """As tall as the text needs at the width it has, up to `FOOT_LINES` lines."""
        width = self.viewport().width() if self.isVisible() else self.width()
        width = width if width > 0 else self.foot.sizeHint().width()
        height = self.foot.heightForWidth(width)
        if height < 0:
            height = self.foot.sizeHint().height()
        return QSize(width, min(height, self._lines(FOOT_LINES)))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, min(self.sizeHint().height(), self._lines(LEAST_LINES)))

    def _lines(self, count: int) -> int:
        return self.foot.fontMetrics().lineSpacing() * count
