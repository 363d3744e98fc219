"""Printing and PDFs of sales documents (invoices, notes): `document_html` (in `invoice_html`)
gives the HTML; `ui/printing.py` lays it out on A4 or an 80 mm roll, previews it and writes the
PDF, the same way for every document."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from vyapar_lite.ui import printing
from vyapar_lite.ui.language import customer_name
from vyapar_lite.ui.printing import PreviewDialog, Printable
from vyapar_lite.ui.sales.invoice_html import LAYOUTS, Layout, document_html

if TYPE_CHECKING:
    from vyapar_lite.services.sales import DocumentView

__all__ = [
    "LAYOUTS",
    "ask_and_save_pdf",
    "document_html",
    "preview_dialog",
    "print_preview",
    "save_pdf",
]


def printable(doc: DocumentView, layout: Layout = "a4", copies: tuple[str, ...] = ()) -> Printable:
    """`copies`: the copy labels to print on A4, one copy each from a new page (Rule 48); ()
    prints one copy with no label. The shop is the one on the document."""
    return Printable(
        number=doc.number,
        title=f"{doc.number} {customer_name(doc.customer_name, doc.customer_code)}",
        layout=layout,
        html=lambda: document_html(doc, doc.shop, layout, copies=copies),
        slip_suffix="-receipt",
        preview_name="sales.printPreview",
    )


def save_pdf(
    doc: DocumentView, path: Path | str, layout: Layout = "a4", copies: tuple[str, ...] = ()
) -> Path:
    """Write the document as a PDF (A4 tax invoice or 80 mm receipt); returns the path."""
    return printing.save_pdf(printable(doc, layout, copies), path)


def preview_dialog(
    doc: DocumentView,
    layout: Layout = "a4",
    parent: QWidget | None = None,
    copies: tuple[str, ...] = (),
) -> PreviewDialog:
    return PreviewDialog(printable(doc, layout, copies), parent)


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
    return printing.ask_and_save_pdf(parent, printable(doc, layout, copies))
