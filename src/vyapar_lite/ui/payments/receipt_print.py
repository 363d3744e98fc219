"""Printing and PDFs of receipts: `receipt_html` gives the HTML (a receipt that is, or is partly,
an advance prints as a receipt voucher, Rule 50); `ui/printing.py` lays it out on A4 or an 80 mm
roll, previews it and writes the PDF, the same way as every sales document."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from vyapar_lite.services import advance_voucher
from vyapar_lite.ui import printing
from vyapar_lite.ui.payments.receipt_html import Layout, receipt_html
from vyapar_lite.ui.printing import PreviewDialog, Printable

if TYPE_CHECKING:
    from vyapar_lite.services.payments import ReceiptView

__all__ = ["Layout", "ask_and_save_pdf", "preview_dialog", "print_preview", "save_pdf"]


def printable(receipt: ReceiptView, layout: Layout = "a4") -> Printable:
    def html() -> str:
        # a receipt that is (partly) an advance prints as a receipt voucher (Rule 50)
        voucher = advance_voucher.advance_voucher(receipt.number, receipt.unallocated)
        return receipt_html(receipt, receipt.shop, layout, voucher)  # the shop as on it

    return Printable(
        number=receipt.number,
        title=f"{receipt.number} {receipt.customer_name}",
        layout=layout,
        html=html,
        slip_suffix="-slip",
        preview_name="payments.printPreview",
    )


def save_pdf(receipt: ReceiptView, path: Path | str, layout: Layout = "a4") -> Path:
    """Write the receipt as a PDF (A4 or an 80 mm slip); returns the path."""
    return printing.save_pdf(printable(receipt, layout), path)


def preview_dialog(
    receipt: ReceiptView, layout: Layout = "a4", parent: QWidget | None = None
) -> PreviewDialog:
    return PreviewDialog(printable(receipt, layout), parent)


def print_preview(parent: QWidget | None, receipt: ReceiptView, layout: Layout = "a4") -> None:
    preview_dialog(receipt, layout, parent).exec()


def ask_and_save_pdf(
    parent: QWidget | None, receipt: ReceiptView, layout: Layout = "a4"
) -> Path | None:
    """Ask where to save, save, and say where it went."""
    return printing.ask_and_save_pdf(parent, printable(receipt, layout))
