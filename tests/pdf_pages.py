"""Reading the app's PDFs back in tests, with Python wheels only (no poppler on the machine).

`pypdfium2` ships PDFium as a binary wheel: it gives each page's text in reading order and renders
a page to an image. The image is handed to Qt (already a dependency) to save as PNG, so no imaging
library is needed either.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtGui import QImage


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, in reading order (lines end with a newline)."""
    document = pdfium.PdfDocument(str(path))
    try:
        pages = []
        for page in document:
            text_page = page.get_textpage()
            pages.append(text_page.get_text_bounded().replace("\r\n", "\n"))
            text_page.close()
            page.close()
        return pages
    finally:
        document.close()


def pdf_text(path: Path) -> str:
    """The whole text of a PDF, pages separated by a form feed (as `pdftotext` prints them)."""
    return "\f".join(pdf_pages(path))


def page_png(pdf: Path, out: Path, *, page: int = 1, dpi: int = 80) -> Path:
    """Page `page` (from 1) of a PDF rendered to the PNG file `out`, to look at."""
    document = pdfium.PdfDocument(str(pdf))
    try:
        bitmap = document[page - 1].render(scale=dpi / 72, rev_byteorder=True)
        image = QImage(
            bitmap.buffer,
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_RGBX8888
            if bitmap.n_channels == 4
            else QImage.Format.Format_RGB888,
        )
        if not image.copy().save(str(out), "PNG"):
            raise OSError(f"could not write {out}")
        return out
    finally:
        document.close()
