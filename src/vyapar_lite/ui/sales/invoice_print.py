"""Printing and PDFs of sales documents through Qt's own printing, so it all works offline.

`document_html` (in `invoice_html`) gives the HTML; here it becomes a QTextDocument laid out on
A4 or on an 80 mm receipt roll, shown in a print preview, or written to a PDF with QPdfWriter.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

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

from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.ui.language import print_font
from vyapar_lite.ui.last_folder import in_last_folder, remember_folder
from vyapar_lite.ui.sales.invoice_html import LAYOUTS, Layout, document_html

if TYPE_CHECKING:
    from vyapar_lite.services.sales import DocumentView

__all__ = ["LAYOUTS", "document_html", "preview_dialog", "print_preview", "save_pdf"]

THERMAL_WIDTH_MM = 80.0
THERMAL_MARGIN_MM = 3.0
A4_MARGIN_MM = 12.0
_PIXELS_PER_MM = 96 / 25.4  # QTextDocument lays out at Qt's default 96 dpi


def text_document(
    doc: DocumentView,
    profile: ShopProfile | None,
    layout: Layout,
    copies: tuple[str, ...] = (),
) -> QTextDocument:
    """`copies`: the copy labels to print on A4, one copy each (Rule 48); () prints one copy
    with no label."""
    document = QTextDocument()
    document.setDefaultFont(print_font(7 if layout == "thermal" else 9))
    document.setHtml(document_html(doc, profile, layout, copies=copies))
    document.setDocumentMargin(0)
    return document


def _px(mm: float) -> float:
    return mm * _PIXELS_PER_MM


def page_layout(layout: Layout, document: QTextDocument | None = None) -> QPageLayout:
    """A4 portrait, or an 80 mm roll as long as the receipt (measured on `document`)."""
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


def _paint(
    device: QPagedPaintDevice, doc: DocumentView, layout: Layout, copies: tuple[str, ...] = ()
) -> None:
    """Lay the document out in pages of the printable area (so Qt adds no margins or page
    numbers of its own) and print it on `device`."""
    document = text_document(doc, doc.shop, layout, copies)  # the shop as on the document
    page = page_layout(layout, document)
    device.setPageLayout(page)
    area = page.paintRect(QPageLayout.Unit.Millimeter)
    document.setPageSize(QSizeF(_px(area.width()), _px(area.height())))
    document.print_(device)


def save_pdf(
    doc: DocumentView, path: Path | str, layout: Layout = "a4", copies: tuple[str, ...] = ()
) -> Path:
    """Write the document as a PDF (A4 tax invoice or 80 mm receipt; on A4 the `copies`, each
    from a new page); returns the path."""
    target = Path(path)
    writer = QPdfWriter(str(target))
    writer.setResolution(300)
    writer.setTitle(f"{doc.number} {doc.customer_name}")
    writer.setCreator("Vyapar Lite")
    _paint(writer, doc, layout, copies)
    del writer  # the file is finished when the writer goes
    return target


class PreviewDialog(QPrintPreviewDialog):
    """Qt's print preview, keeping its printer alive as long as the dialog."""

    def __init__(
        self,
        doc: DocumentView,
        layout: Layout,
        parent: QWidget | None,
        copies: tuple[str, ...] = (),
    ) -> None:
        self.target = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.target.setDocName(doc.number)
        super().__init__(self.target, parent)
        self.setObjectName("sales.printPreview")
        self.setWindowTitle(
            QCoreApplication.translate("invoice_print", "Print {number}").format(number=doc.number)
        )
        self.paintRequested.connect(lambda printer: _paint(printer, doc, layout, copies))


def preview_dialog(
    doc: DocumentView,
    layout: Layout = "a4",
    parent: QWidget | None = None,
    copies: tuple[str, ...] = (),
) -> PreviewDialog:
    return PreviewDialog(doc, layout, parent, copies)


def print_preview(
    parent: QWidget | None,
    doc: DocumentView,
    layout: Layout = "a4",
    copies: tuple[str, ...] = (),
) -> None:
    """Show the print preview (the shopkeeper prints from there)."""
    preview_dialog(doc, layout, parent, copies).exec()


def ask_and_save_pdf(
    parent: QWidget | None,
    doc: DocumentView,
    layout: Layout = "a4",
    copies: tuple[str, ...] = (),
) -> Path | None:
    """Ask where to save, save, and say where it went."""
    suggested = doc.number.replace("/", "-") + ("-receipt" if layout == "thermal" else "") + ".pdf"
    name, _ = QFileDialog.getSaveFileName(
        parent, f"Save {doc.number} as PDF", in_last_folder(suggested), "PDF (*.pdf)"
    )
    if not name:
        return None
    remember_folder(name)
    try:
        path = save_pdf(doc, name, layout, copies)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("invoice_print", "PDF not saved"),
            QCoreApplication.translate("invoice_print", "Could not write {name}: {exc}").format(
                name=name, exc=exc
            ),
        )
        return None
    return path
