"""Printing and PDFs of reports through Qt's own printing, so it all works offline.

The report's HTML (`report_html`, `statement_html`) becomes a QTextDocument laid out on A4
pages (landscape for wide tables) and painted page by page with a footer on each: the shop and
report on the left, `Page 2 of 7` on the right. The table's header row repeats on every page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

MARGIN_MM = 12.0
FOOTER_MM = 7.0
FONT = "DejaVu Sans"
Device = QPdfWriter | QPrinter


def page_layout(landscape: bool) -> QPageLayout:
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), orientation, margins, QPageLayout.Unit.Millimeter
    )


def paint(device: Device, html: str, *, landscape: bool, footer: str) -> int:
    """Lay `html` out on `device`'s pages and paint them; returns the number of pages."""
    page = page_layout(landscape)
    device.setPageLayout(page)
    dpi = device.logicalDpiY()
    area = page.paintRect(QPageLayout.Unit.Millimeter)
    px_per_mm = dpi / 25.4
    width = area.width() * px_per_mm
    footer_px = FOOTER_MM * px_per_mm
    body_height = area.height() * px_per_mm - footer_px
    document = QTextDocument()
    layout = document.documentLayout()
    layout.setPaintDevice(device)  # fonts and table padding sized for the device, not the screen
    document.setDefaultFont(QFont(FONT, 8))
    document.setDocumentMargin(0)
    document.setHtml(html)
    document.setPageSize(QSizeF(width, body_height))
    pages = max(document.pageCount(), 1)
    painter = QPainter(device)
    small = QFont(FONT, 7)
    try:
        for number in range(pages):
            if number:
                device.newPage()
            painter.save()
            top = number * body_height
            painter.translate(0, -top)
            clip = QRectF(0, top, width, body_height)
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip
            layout.draw(painter, context)
            painter.restore()
            painter.setFont(small)
            line = QRectF(0, body_height, width, footer_px)
            bottom = Qt.AlignmentFlag.AlignBottom
            painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft | bottom), footer)
            painter.drawText(
                line, int(Qt.AlignmentFlag.AlignRight | bottom), f"Page {number + 1} of {pages}"
            )
    finally:
        painter.end()
    return pages


def save_pdf(html: str, path: Path | str, *, title: str, landscape: bool, footer: str) -> Path:
    """Write the report as an A4 PDF; returns the path."""
    target = Path(path)
    writer = QPdfWriter(str(target))
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("Vyapar Lite")
    paint(writer, html, landscape=landscape, footer=footer)
    del writer  # the file is finished when the writer goes
    return target


class PreviewDialog(QPrintPreviewDialog):
    """Qt's print preview of a report, keeping its printer alive as long as the dialog."""

    def __init__(
        self, html: str, *, title: str, landscape: bool, footer: str, parent: QWidget | None
    ) -> None:
        self.target = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.target.setDocName(title)
        super().__init__(self.target, parent)
        self.setObjectName("reports.printPreview")
        self.setWindowTitle(f"Print {title}")
        self.resize(1000, 760)
        self.paintRequested.connect(
            lambda printer: paint(printer, html, landscape=landscape, footer=footer)
        )
