"""A posted invoice's window: cancel (reason required), credit and debit notes; print and PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sales_factories import SHOP_GSTIN, SalesShop, stock_the_shop
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import customers, items, sales, shop
from vyapar_lite.services.sales import DocumentView, InvoiceDraft
from vyapar_lite.ui.sales import invoice_print, print_rows
from vyapar_lite.ui.sales.document_dialog import DocumentDialog
from vyapar_lite.ui.sales.invoice_html import document_html
from vyapar_lite.ui.sales.line_grid import GST, HSN, QTY, RATE, TOTAL
from vyapar_lite.ui.sales.reason_dialog import ReasonDialog


@pytest.fixture
def stocked(shop_file: Path) -> SalesShop:
    return stock_the_shop()


def line(code: str, qty_milli: int, rate: int | None = None) -> LineInput:
    record = items.get_item(code)
    d = record.details
    return LineInput(
        description=d.name,
        qty_milli=qty_milli,
        rate=d.sale_price if rate is None else rate,
        gst_rate_bp=d.gst_rate_bp,
        item_code=code,
    )


def post(customer: str, *lines: LineInput, received: int = 0) -> DocumentView:
    return sales.post_invoice(
        InvoiceDraft(customer, date.today(), list(lines), received=received, notes="Thank you")
    )


def answer_reason(qtbot: QtBot, reason: str) -> None:
    """When the reason dialog opens: type the reason and press OK."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReasonDialog)
        assert not dialog.ok_button.isEnabled()  # a reason is required
        qtbot.keyClicks(dialog.reason_edit, reason)
        assert dialog.ok_button.isEnabled()
        dialog.ok_button.click()

    QTimer.singleShot(50, fill)


def test_cancel_from_the_document_view(qtbot: QtBot, stocked: SalesShop) -> None:
    doc = post(stocked.dealer, line("RICE5", 1000, 60000), line("OIL1", 2000))
    assert customers.get_customer(stocked.dealer).balance == doc.totals.grand_total
    dialog = DocumentDialog(doc.number)
    qtbot.addWidget(dialog)
    changes: list[bool] = []
    dialog.changed.connect(lambda: changes.append(True))
    assert dialog.table.rowCount() == 2
    assert dialog.buttons["cancel"].isEnabled()

    answer_reason(qtbot, "Billed to the wrong customer")
    assert dialog.cancel_invoice() is True
    assert changes == [True]
    assert dialog.status.text() == "CANCELLED — Billed to the wrong customer"
    assert not dialog.buttons["cancel"].isEnabled()
    assert not dialog.buttons["credit"].isEnabled()
    assert sales.get_document(doc.number).status == "cancelled"
    assert customers.get_customer(stocked.dealer).balance == 0
    assert items.get_item("RICE5").stock_milli == 50000  # the rice came back
    html = document_html(sales.get_document(doc.number), shop.get_profile())
    assert "CANCELLED: Billed to the wrong customer" in html


def test_cancel_asks_again_when_the_reason_is_left_out(qtbot: QtBot, stocked: SalesShop) -> None:
    doc = post(stocked.dealer, line("OIL1", 1000))
    dialog = DocumentDialog(doc.number)
    qtbot.addWidget(dialog)

    def give_up() -> None:
        modal = QApplication.activeModalWidget()
        assert isinstance(modal, ReasonDialog)
        modal.reject()

    QTimer.singleShot(50, give_up)
    assert dialog.cancel_invoice() is False
    assert sales.get_document(doc.number).status == "posted"


def test_credit_note_for_returned_goods_and_a_price_correction(
    qtbot: QtBot, stocked: SalesShop
) -> None:
    doc = post(stocked.dealer, line("RICE5", 2000, 60000), line("TIFFIN", 1000))
    dialog = DocumentDialog(doc.number)
    qtbot.addWidget(dialog)
    notes = dialog.credit_note_dialog()
    notes.set_return(1, qty="1")
    notes.set_return(2, price_off="20")
    assert notes.save() is None  # the reason is required
    assert "Say why the credit note is given" in notes.messages.text()
    notes.reason_edit.setText("One bag torn; tiffin rate agreed lower")
    notes.set_return(1, qty="5")
    assert notes.save() is None
    assert "at most 2 can still be returned" in notes.messages.text()
    assert notes.table.item(0, 6).background().color().name() == "#ffd6d6"
    notes.set_return(1, qty="1")
    note = notes.save()
    assert note is not None and note.kind == "credit_note"
    assert note.against_number == doc.number
    assert note.totals.taxable == 60000 + 2000

    # the invoice's window now lists the note and is corrected, not cancelled
    assert dialog.related.item(0).text() == note.number
    assert not dialog.buttons["cancel"].isEnabled()
    assert dialog.table.item(0, 4).text() == "1 bag"  # returned
    assert items.get_item("RICE5").stock_milli == 49000
    note_window = DocumentDialog(note.number)
    qtbot.addWidget(note_window)
    assert note_window.windowTitle() == f"Credit note {note.number}"
    assert not note_window.buttons["credit"].isVisibleTo(note_window)


def test_debit_note_with_the_line_grid(qtbot: QtBot, stocked: SalesShop) -> None:
    doc = post(stocked.outstation, line("TIFFIN", 1000))
    dialog = DocumentDialog(doc.number)
    qtbot.addWidget(dialog)
    debit = dialog.debit_note_dialog()
    debit.grid.commit_item(0, "Freight", "")
    debit.grid.cell(0, HSN).setText("9965 11")  # a free-text line's SAC, typed
    debit.grid.cell(0, QTY).setText("1")
    debit.grid.cell(0, RATE).setText("150")
    debit.grid.cell(0, GST).setText("18")
    debit.refresh()
    assert debit.grid.text(0, TOTAL) == "177.00"  # IGST, like the invoice
    debit.reason_edit.setText("Freight charged later")
    note = debit.save()
    assert note is not None and note.kind == "debit_note"
    assert note.totals.igst == 2700 and note.lines[0].hsn_sac == "996511"
    assert dialog.related.count() == 1


def test_pdf_and_html_of_a_tax_invoice(qtbot: QtBot, stocked: SalesShop, tmp_path: Path) -> None:
    doc = post(
        stocked.dealer,
        line("RICE5", 2000, 60000),
        line("OIL1", 3000),
        line("TIFFIN", 1000),
        received=50000,
    )
    profile = shop.get_profile()
    html = document_html(doc, profile, "a4")
    text = _plain(html)
    for expected in (
        "Test Traders",
        f"GSTIN: {SHOP_GSTIN}",
        "State: 27 Maharashtra",
        "Sharma Traders",
        "Shop 4, Market Yard",
        "TAX INVOICE",
        doc.number,
        "Place of supply",
        "1006",  # HSN of the rice
        "7323",
        "Amount in words: Two Thousand Two Hundred Forty-Four Rupees Only",
        "Balance due",
        "1,744.00",
        "This is a computer generated invoice.",
    ):
        assert expected in text, expected
    assert "IGST" not in text and "CGST" in text and "SGST" in text

    pdf = invoice_print.save_pdf(doc, tmp_path / "invoice.pdf", "a4")
    receipt = invoice_print.save_pdf(doc, tmp_path / "receipt.pdf", "thermal")
    for path in (pdf, receipt):
        data = path.read_bytes()
        assert data.startswith(b"%PDF") and len(data) > 2000
    thermal = _plain(document_html(doc, profile, "thermal"))
    assert "1006" in thermal and "Two Thousand Two Hundred Forty-Four Rupees Only" in thermal


def test_print_rows_are_plain_strings(stocked: SalesShop) -> None:
    doc = post(stocked.outstation, line("RICE5", 1500), line("TIFFIN", 1000))
    rows = print_rows.line_rows(doc)
    assert [(r.description, r.hsn_sac, r.qty, r.unit, r.rate, r.gst_rate) for r in rows] == [
        ("Basmati Rice 5 kg", "1006", "1.5", "bag", "650.00", "5%"),
        ("Steel Tiffin Box", "7323", "1", "pcs", "420.00", "18%"),
    ]
    assert print_rows.tax_columns(doc) == [("igst", "IGST")]
    assert [(t.rate, t.taxable, t.igst) for t in print_rows.tax_rows(doc)] == [
        ("5%", "975.00", "48.75"),
        ("18%", "420.00", "75.60"),
    ]
    labels = [label for label, _amount in print_rows.total_rows(doc)]
    assert labels == ["Taxable value", "IGST", "Round-off", "Grand total"]
    assert print_rows.words(doc) == "One Thousand Five Hundred Nineteen Rupees Only"
    assert "GSTIN: 29AAGCB7383J1Z4" in print_rows.customer_lines(doc)
    assert ("Place of supply", "Karnataka (29)") in print_rows.document_facts(doc)


def test_print_preview_lays_out_pages(qtbot: QtBot, stocked: SalesShop) -> None:
    doc = post(stocked.dealer, line("OIL1", 1000))
    for layout in invoice_print.LAYOUTS:
        dialog = invoice_print.preview_dialog(doc, layout)
        qtbot.addWidget(dialog)
        preview = dialog.findChild(QPrintPreviewWidget)
        assert preview is not None
        preview.updatePreview()
        assert preview.pageCount() == 1


def _plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_a_financial_credit_note_from_the_invoice_window(qtbot: QtBot, stocked: SalesShop) -> None:
    doc = post(stocked.outstation, line("TIFFIN", 1000))  # ₹495.60, rounded to ₹496
    dialog = DocumentDialog(doc.number)
    qtbot.addWidget(dialog)
    assert dialog.buttons["financial"].isVisibleTo(dialog)
    financial = dialog.financial_note_dialog()
    financial.amount_edit.setText("600")
    financial.reason_edit.setText("Goodwill")
    assert financial.save() is None
    assert "At most ₹496.00" in financial.messages.text()
    financial.amount_edit.setText("96")
    note = financial.save()
    assert note is not None and note.number.startswith("FCN/")
    assert note.totals.igst == 0 and note.totals.grand_total == 9600
    assert sales.get_document(doc.number).outstanding == 40000
    assert dialog.related.count() == 1
