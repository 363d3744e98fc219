"""Printing and PDFs of receipts, the way sales documents are printed (`ui/sales/invoice_print`):
the HTML (`receipt_html`) becomes a QTextDocument laid out on A4 or an 80 mm roll, shown in a
print preview or written to a PDF with QPdfWriter. All offline."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from vyapar_lite.services import advance_voucher
from vyapar_lite.ui.language import print_font
from vyapar_lite.ui.last_folder import in_last_folder, remember_folder
from vyapar_lite.ui.payments.receipt_html import Layout, receipt_html
from vyapar_lite.ui.sales.invoice_print import page_layout

if TYPE_CHECKING:
    from vyapar_lite.services.payments import ReceiptView

__all__ = ["Layout", "ask_and_save_pdf", "preview_dialog", "print_preview", "save_pdf"]

_PIXELS_PER_MM = 96 / 25.4  # QTextDocument lays out at Qt's default 96 dpi


def text_document(receipt: ReceiptView, layout: Layout) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(print_font(7 if layout == "thermal" else 9))
    # a receipt that is (partly) an advance prints as a receipt voucher (Rule 50)
    voucher = advance_voucher.advance_voucher(receipt.number, receipt.unallocated)
    document.setHtml(receipt_html(receipt, receipt.shop, layout, voucher))  # the shop as on it
    document.setDocumentMargin(0)
    return document


def _paint(device: QPagedPaintDevice, receipt: ReceiptView, layout: Layout) -> None:
    """Lay the receipt out in pages of the printable area and print it on `device`."""
    document = text_document(receipt, layout)
    page = page_layout(layout, document)
    device.setPageLayout(page)
    area = page.paintRect(QPageLayout.Unit.Millimeter)
    document.setPageSize(QSizeF(area.width() * _PIXELS_PER_MM, area.height() * _PIXELS_PER_MM))
    document.print_(device)


def save_pdf(receipt: ReceiptView, path: Path | str, layout: Layout = "a4") -> Path:
    """Write the receipt as a PDF (A4 or an 80 mm slip); returns the path."""
    target = Path(path)
    writer = QPdfWriter(str(target))
    writer.setResolution(300)
    writer.setTitle(f"{receipt.number} {receipt.customer_name}")
    writer.setCreator("Vyapar Lite")
    _paint(writer, receipt, layout)
    del writer  # the file is finished when the writer goes
    return target


class PreviewDialog(QPrintPreviewDialog):
    """Qt's print preview, keeping its printer alive as long as the dialog."""

    def __init__(self, receipt: ReceiptView, layout: Layout, parent: QWidget | None) -> None:
        self.target = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.target.setDocName(receipt.number)
        super().__init__(self.target, parent)
        self.setObjectName("payments.printPreview")
        self.setWindowTitle(
            QCoreApplication.translate("receipt_print", "Print {number}").format(
                number=receipt.number
            )
        )
        self.paintRequested.connect(lambda printer: _paint(printer, receipt, layout))


def preview_dialog(
    receipt: ReceiptView, layout: Layout = "a4", parent: QWidget | None = None
) -> PreviewDialog:
    return PreviewDialog(receipt, layout, parent)


def print_preview(parent: QWidget | None, receipt: ReceiptView, layout: Layout = "a4") -> None:
    preview_dialog(receipt, layout, parent).exec()


def ask_and_save_pdf(
    parent: QWidget | None, receipt: ReceiptView, layout: Layout = "a4"
) -> Path | None:
    """Ask where to save, save, and say where it went."""
    suggested = receipt.number.replace("/", "-") + ("-slip" if layout == "thermal" else "") + ".pdf"
    name, _ = QFileDialog.getSaveFileName(
        parent, f"Save {receipt.number} as PDF", in_last_folder(suggested), "PDF (*.pdf)"
    )
    if not name:
        return None
    remember_folder(name)
    try:
        return save_pdf(receipt, name, layout)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("receipt_print", "PDF not saved"),
            QCoreApplication.translate("receipt_print", "Could not write {name}: {exc}").format(
                name=name, exc=exc
            ),
        )
        return None
