"""Printing and PDFs of the shop's documents (invoices, notes, receipts) through Qt's own
printing, so it all works offline: a document's HTML becomes a QTextDocument laid out on A4 or on
an 80 mm roll (the slip), shown in a print preview (the shopkeeper prints from there), or written
to a PDF with QPdfWriter. `sales/invoice_print.py` and `payments/receipt_print.py` say only how
their document becomes a `Printable`; everything else is here, once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import (
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from vyapar_lite.ui.language import print_font
from vyapar_lite.ui.last_folder import in_last_folder, remember_folder

Layout = Literal["a4", "thermal"]

THERMAL_WIDTH_MM = 80.0
THERMAL_MARGIN_MM = 3.0
A4_MARGIN_MM = 12.0
_PIXELS_PER_MM = 96 / 25.4  # QTextDocument lays out at Qt's default 96 dpi


@dataclass(frozen=True)
class Printable:
    """One document ready to print: its number, the PDF's title, the layout, its HTML (made
    when printed), the file name's ending for a slip and the preview's object name."""

    number: str
    title: str
    layout: Layout
    html: Callable[[], str]
    slip_suffix: str = "-slip"
    preview_name: str = "printPreview"


def text_document(html: str, layout: Layout) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(print_font(7 if layout == "thermal" else 9))
    document.setHtml(html)
    document.setDocumentMargin(0)
    return document


def _px(mm: float) -> float:
    return mm * _PIXELS_PER_MM


def page_layout(layout: Layout, document: QTextDocument | None = None) -> QPageLayout:
    """A4 portrait, or an 80 mm roll as long as the slip (measured on `document`)."""
    if layout != "thermal":
        margins = QMarginsF(A4_MARGIN_MM, A4_MARGIN_MM, A4_MARGIN_MM, A4_MARGIN_MM)
        return QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            margins,
            QPageLayout.Unit.Millimeter,
        )
    height_mm = 200.0
    if document is not None:  # measure a copy laid out at the roll's width
        measure = document.clone()
        measure.setPageSize(QSizeF(_px(THERMAL_WIDTH_MM - 2 * THERMAL_MARGIN_MM), 1e6))
        height_mm = measure.size().height() / _PIXELS_PER_MM + 2 * THERMAL_MARGIN_MM + 2
    size = QPageSize(
        QSizeF(THERMAL_WIDTH_MM, max(height_mm, 60.0)),
        QPageSize.Unit.Millimeter,
        "80mm receipt",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    margin = THERMAL_MARGIN_MM
    return QPageLayout(
        size,
        QPageLayout.Orientation.Portrait,
        QMarginsF(margin, margin, margin, margin),
        QPageLayout.Unit.Millimeter,
    )


def paint(device: QPagedPaintDevice, printable: Printable) -> None:
    """Lay the document out in pages of the printable area (so Qt adds no margins or page
    numbers of its own) and print it on `device`."""
    document = text_document(printable.html(), printable.layout)
    page = page_layout(printable.layout, document)
    device.setPageLayout(page)
    area = page.paintRect(QPageLayout.Unit.Millimeter)
    document.setPageSize(QSizeF(_px(area.width()), _px(area.height())))
    document.print_(device)


def save_pdf(printable: Printable, path: Path | str) -> Path:
    """Write the document as a PDF; returns the path."""
    target = Path(path)
    writer = QPdfWriter(str(target))
    writer.setResolution(300)
    writer.setTitle(printable.title)
    writer.setCreator("Vyapar Lite")
    paint(writer, printable)
    del writer  # the file is finished when the writer goes
    return target


class PreviewDialog(QPrintPreviewDialog):
    """Qt's print preview, keeping its printer alive as long as the dialog."""

    def __init__(self, printable: Printable, parent: QWidget | None) -> None:
        self.target = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.target.setDocName(printable.number)
        super().__init__(self.target, parent)
        self.setObjectName(printable.preview_name)
        self.setWindowTitle(
            QCoreApplication.translate("printing", "Print {number}").format(number=printable.number)
        )
        self.paintRequested.connect(lambda printer: paint(printer, printable))


def ask_and_save_pdf(parent: QWidget | None, printable: Printable) -> Path | None:
    """Ask where to save, save, and say where it went."""
    slip = printable.slip_suffix if printable.layout == "thermal" else ""
    suggested = printable.number.replace("/", "-") + slip + ".pdf"
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("printing", "Save {number} as PDF").format(
            number=printable.number
        ),
        in_last_folder(suggested),
        "PDF (*.pdf)",
    )
    if not name:
        return None
    remember_folder(name)
    try:
        return save_pdf(printable, name)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("printing", "PDF not saved"),
            QCoreApplication.translate("printing", "Could not write {name}: {exc}").format(
                name=name, exc=exc
            ),
        )
        return None
