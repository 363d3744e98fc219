"""Printing and PDFs of reports through Qt's own printing, so it all works offline.

A `printout.Printout` is laid out on A4 pages (landscape for wide tables) in two passes: the
first places every block and table row on a page (rich-text blocks through QTextDocument, table
rows measured with the font's metrics), the second paints them, with the table's header row again
at the top of each page and a footer on every page: the shop and report on the left,
`Page 2 of 7` on the right. Rows are measured and drawn one by one, so the time grows with the
number of rows, never faster (Qt's rich-text tables take minutes for a few thousand rows).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextLayout,
    QTextOption,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.ui.language import print_font, printed
from vyapar_lite.ui.reports.printout import Html, PrintColumn, Printout, PrintRow, Table

MARGIN_MM = 12.0
PAGE_OF = QT_TRANSLATE_NOOP("printed", "Page {page} of {pages}")  # every page's footer
FOOTER_MM = 7.0
GAP_MM = 2.5  # after a table
PAD_MM = 0.7  # inside a table cell
POINTS = 8
COLOURS = {"muted": "#777777", "reversal": "#b00020", "advance": "#1b6e20", "overdue": "#b00020"}
HEADER_BG = QColor("#eeeeee")
SHADE_BG = QColor("#e4eaf2")
GRID = QColor("#9a9a9a")
WRAP = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
Device = QPdfWriter | QPrinter


def page_layout(landscape: bool) -> QPageLayout:
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), orientation, margins, QPageLayout.Unit.Millimeter
    )


class _Fonts:
    def __init__(self, device: QPaintDevice) -> None:
        self.plain = print_font(POINTS)
        self.bold = print_font(POINTS, QFont.Weight.Bold)
        self.italic = print_font(POINTS)
        self.italic.setItalic(True)
        self.small = print_font(POINTS - 1)
        self.device = device
        self.metrics = QFontMetricsF(self.plain, device)
        self.bold_metrics = QFontMetricsF(self.bold, device)

    def of(self, style: str) -> QFont:
        return {"bold": self.bold, "reversal": self.italic}.get(style, self.plain)

    def metrics_of(self, style: str) -> QFontMetricsF:
        return self.bold_metrics if style == "bold" else self.metrics


class _TableLayout:
    """Where a table's columns go across the page, and how tall each row is."""

    def __init__(self, table: Table, width: float, fonts: _Fonts, pad: float) -> None:
        self.table = table
        self.fonts = fonts
        self.pad = pad
        self.widths = _column_widths(table, width, fonts, pad)
        self.lefts = [sum(self.widths[:i]) for i in range(len(self.widths))]
        self.header = PrintRow(tuple(c.header for c in table.columns), "bold")

    def height(self, row: PrintRow) -> float:
        font = self.fonts.of(row.style)
        metrics = self.fonts.metrics_of(row.style)
        tallest = metrics.height()
        for column, width, text in zip(self.table.columns, self.widths, row.cells, strict=False):
            room = width - 2 * self.pad
            if text and not column.nowrap and metrics.horizontalAdvance(text) > room:
                tallest = max(tallest, _wrapped_height(text, font, room, self.fonts.device))
        return tallest + 2 * self.pad

    def draw(self, painter: QPainter, y: float, row: PrintRow, height: float, header: bool) -> None:
        fill = HEADER_BG if header else SHADE_BG if row.shaded else None
        total = sum(self.widths)
        if fill is not None:
            painter.fillRect(QRectF(0, y, total, height), fill)
        painter.setFont(self.fonts.of(row.style))
        painter.setPen(QColor(COLOURS.get(row.style, "#000000")))
        metrics = self.fonts.metrics_of(row.style)
        for column, left, width, text in zip(
            self.table.columns, self.lefts, self.widths, row.cells, strict=False
        ):
            if not text:
                continue
            box = QRectF(left + self.pad, y + self.pad, width - 2 * self.pad, height - self.pad)
            align = Qt.AlignmentFlag.AlignRight if column.right else Qt.AlignmentFlag.AlignLeft
            option = QTextOption(align | Qt.AlignmentFlag.AlignTop)
            shown = text
            if column.nowrap:
                option.setWrapMode(QTextOption.WrapMode.NoWrap)
                shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, box.width())
            else:
                option.setWrapMode(WRAP)
            painter.drawText(box, shown, option)
        painter.setPen(QPen(GRID, 0))
        painter.drawLine(QPointF(0, y), QPointF(total, y))
        painter.drawLine(QPointF(0, y + height), QPointF(total, y + height))
        for left in [*self.lefts, total]:
            painter.drawLine(QPointF(left, y), QPointF(left, y + height))


def _wrapped_height(text: str, font: QFont, width: float, device: QPaintDevice) -> float:
    layout = QTextLayout(text, font, device)
    option = QTextOption()
    option.setWrapMode(WRAP)
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return height


def _longest(texts: Sequence[str]) -> list[str]:
    """The few longest texts (by characters): the widest ones, without measuring them all."""
    most = max((len(t) for t in texts), default=0)
    return [t for t in set(texts) if len(t) >= most - 1][:20]


def _column_widths(table: Table, width: float, fonts: _Fonts, pad: float) -> list[float]:
    """Shares of the page's width. A column with a `share` gets that percent; columns kept on
    one line get what their widest text needs; the others get at least their longest word and
    share what is left by how much more their texts would like. Room to spare goes to the
    columns that wrap (or, when none do, to every column)."""
    count = len(table.columns)
    need = [0.0] * count
    least = [0.0] * count
    plain = fonts.metrics.horizontalAdvance
    bold = fonts.bold_metrics.horizontalAdvance
    for index, column in enumerate(table.columns):
        cells = [
            (row.cells[index], row.style == "bold") for row in table.rows if index < len(row.cells)
        ]
        texts = [(t, True) for t in [column.header] if column.nowrap]
        texts += [(t, True) for t in _longest([t for t, b in cells if b])]
        texts += [(t, False) for t in _longest([t for t, b in cells if not b])]
        wide = max(((bold if b else plain)(t) for t, b in texts), default=0.0)
        if column.nowrap:
            word = wide
        else:
            words = [(w, True) for w in column.header.split()]
            words += [(w, b) for t, b in texts for w in t.split()]
            word = min(max(((bold if b else plain)(w) for w, b in words), default=0.0), width / 4)
        need[index] = max(wide, word) + 2 * pad
        least[index] = word + 2 * pad
    widths = [0.0] * count
    flexible: list[int] = []
    for i, column in enumerate(table.columns):
        if column.share:
            widths[i] = width * column.share / 100
        elif column.nowrap:
            widths[i] = need[i]
        else:
            flexible.append(i)
    room = width - sum(widths)
    if room <= 0:  # the fixed columns alone are too wide: everything shrinks (texts are cut)
        return _scaled([w or least[i] for i, w in enumerate(widths)], width)
    floor = sum(least[i] for i in flexible)
    if floor >= room:
        for i in flexible:
            widths[i] = least[i] * room / floor
        return widths
    wish = sum(need[i] - least[i] for i in flexible)
    spare = room - floor
    for i in flexible:
        more = spare * (need[i] - least[i]) / wish if wish > 0 else 0.0
        widths[i] = least[i] + min(more, need[i] - least[i])
    left = width - sum(widths)
    takers = flexible or [i for i in range(count) if not table.columns[i].share]
    if left > 0 and takers:
        weight = sum(widths[i] for i in takers) or 1.0
        for i in takers:
            widths[i] += left * widths[i] / weight
    return widths


def _scaled(widths: list[float], width: float) -> list[float]:
    total = sum(widths) or 1.0
    return [w * width / total for w in widths]


@dataclass(frozen=True)
class _Place:
    """One thing drawn on one page: a slice of a rich-text block or a table row."""

    page: int
    y: float
    height: float
    document: QTextDocument | None = None
    top: float = 0.0  # the slice of the document shown (its own y)
    table: _TableLayout | None = None
    row: PrintRow | None = None
    header: bool = False


class _Plan:
    """The first pass: every block and row placed on a page."""

    def __init__(self, device: Device, printout: Printout, width: float, body: float) -> None:
        self.device = device
        self.width = width
        self.body = body
        self.px_per_mm = device.logicalDpiY() / 25.4
        self.fonts = _Fonts(device)
        self.places: list[_Place] = []
        self.page = 0
        self.y = 0.0
        for block in printout.blocks:
            if isinstance(block, Html):
                self._html(block.html)
            else:
                self._table(block)

    @property
    def pages(self) -> int:
        return self.page + 1

    def _new_page(self) -> None:
        self.page += 1
        self.y = 0.0

    def _html(self, html: str) -> None:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.device)
        document.setDefaultFont(self.fonts.plain)
        document.setDocumentMargin(0)
        document.setHtml(html)
        document.setTextWidth(self.width)
        height = document.size().height()
        if self.y > 0:
            self.y += GAP_MM * self.px_per_mm / 2
        if self.y + height <= self.body:
            self.places.append(_Place(self.page, self.y, height, document))
            self.y += height
            return
        if self.y > 0:
            self._new_page()
        if height <= self.body:
            self.places.append(_Place(self.page, 0.0, height, document))
            self.y = height
            return
        document.setPageSize(QSizeF(self.width, self.body))  # taller than a page: in slices
        slices = document.pageCount()
        for number in range(slices):
            if number:
                self._new_page()
            self.places.append(_Place(self.page, 0.0, self.body, document, number * self.body))
        self.y = height - (slices - 1) * self.body

    def _table(self, table: Table) -> None:
        layout = _TableLayout(table, self.width, self.fonts, PAD_MM * self.px_per_mm)
        header = layout.height(layout.header)
        first = layout.height(table.rows[0]) if table.rows else 0.0
        if self.y > 0 and self.y + header + first > self.body:
            self._new_page()
        self._row(layout, layout.header, header, header=True)
        for row in table.rows:
            height = layout.height(row)
            if self.y + height > self.body and self.y > header:
                self._new_page()
                self._row(layout, layout.header, header, header=True)
            self._row(layout, row, height)
        self.y += GAP_MM * self.px_per_mm

    def _row(
        self, layout: _TableLayout, row: PrintRow, height: float, header: bool = False
    ) -> None:
        self.places.append(_Place(self.page, self.y, height, table=layout, row=row, header=header))
        self.y += height


def paint(device: Device, printout: Printout, *, footer: str) -> int:
    """Lay `printout` out on `device`'s pages and paint them; returns the number of pages."""
    page = page_layout(printout.landscape)
    device.setPageLayout(page)
    px_per_mm = device.logicalDpiY() / 25.4
    area = page.paintRect(QPageLayout.Unit.Millimeter)
    width = area.width() * px_per_mm
    footer_px = FOOTER_MM * px_per_mm
    body = area.height() * px_per_mm - footer_px
    plan = _Plan(device, printout, width, body)
    foot = QRectF(0, body, width, footer_px)
    painter = QPainter(device)
    current = 0
    try:
        for place in plan.places:
            while current < place.page:
                _footer(painter, plan, current, foot, footer)
                device.newPage()
                current += 1
            _draw(painter, place)
        _footer(painter, plan, current, foot, footer)
    finally:
        painter.end()
    return plan.pages


def _draw(painter: QPainter, place: _Place) -> None:
    if place.table is not None and place.row is not None:
        place.table.draw(painter, place.y, place.row, place.height, place.header)
        return
    if place.document is None:
        return
    painter.save()
    painter.translate(0, place.y - place.top)
    clip = QRectF(0, place.top, place.document.textWidth() + 1, place.height)
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    place.document.documentLayout().draw(painter, context)
    painter.restore()


def _footer(painter: QPainter, plan: _Plan, page: int, line: QRectF, text: str) -> None:
    painter.setFont(plan.fonts.small)
    painter.setPen(QColor("#444444"))
    bottom = Qt.AlignmentFlag.AlignBottom
    painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft | bottom), text)
    number = printed(PAGE_OF).format(page=page + 1, pages=plan.pages)  # the paper's language
    painter.drawText(line, int(Qt.AlignmentFlag.AlignRight | bottom), number)


def save_pdf(printout: Printout, path: Path | str, *, footer: str) -> Path:
    """Write the report as an A4 PDF; returns the path."""
    target = Path(path)
    writer = QPdfWriter(str(target))
    writer.setResolution(300)
    writer.setTitle(printout.title)
    writer.setCreator("Vyapar Lite")
    paint(writer, printout, footer=footer)
    del writer  # the file is finished when the writer goes
    return target


class PreviewDialog(QPrintPreviewDialog):
    """Qt's print preview of a report, keeping its printer alive as long as the dialog."""

    def __init__(self, printout: Printout, *, footer: str, parent: QWidget | None) -> None:
        self.target = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.target.setDocName(printout.title)
        super().__init__(self.target, parent)
        self.setObjectName("reports.printPreview")
        self.setWindowTitle(
            QCoreApplication.translate("report_print", "Print {title}").format(title=printout.title)
        )
        self.resize(1000, 760)
        self.paintRequested.connect(lambda printer: paint(printer, printout, footer=footer))


__all__ = ["PreviewDialog", "PrintColumn", "page_layout", "paint", "save_pdf"]
