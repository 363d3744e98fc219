"""A tax invoice printed in Hindi, and with bilingual headings, read back from the PDF: the
headings and the amount in words in Hindi, codes, GSTINs and amounts as they are."""

from __future__ import annotations

import dataclasses
import os
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from pdf_pages import page_png, pdf_text
from sales_factories import SalesShop, stock_the_shop
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import items, opening_bills, payments, sales, shop
from vyapar_lite.services.receipt_views import ChequeDetails
from vyapar_lite.services.sales import DocumentView, InvoiceDraft
from vyapar_lite.ui import language
from vyapar_lite.ui.payments import receipt_html, receipt_print
from vyapar_lite.ui.sales import gst_marks, invoice_print

DAY = date(2026, 5, 10)


@pytest.fixture
def stocked(shop_file: Path, qapp: QApplication) -> SalesShop:
    return stock_the_shop()


@pytest.fixture
def invoice(stocked: SalesShop) -> DocumentView:
    d = items.get_item("RICE5").details
    line = LineInput(d.name, 2000, d.sale_price, d.gst_rate_bp, item_code="RICE5")
    return sales.post_invoice(InvoiceDraft(stocked.outstation, DAY, [line]))


@pytest.fixture
def hindi(qapp: QApplication) -> Iterator[None]:
    assert language.start(qapp, "hi") == "hi"
    yield
    language.start(qapp, "en")


def flat(text: str) -> str:
    """One line, in NFC: the PDF gives ज़ as ज + nukta (U+091C U+093C), as NFC writes it."""
    return unicodedata.normalize("NFC", " ".join(text.split()))


@pytest.mark.usefixtures("hindi")
def test_an_invoice_prints_in_hindi(invoice: DocumentView, tmp_path: Path) -> None:
    text = flat(pdf_text(invoice_print.save_pdf(invoice, tmp_path / "hi.pdf")))
    # PDF text extraction reorders some vowel signs of shaped Devanagari (the page itself is
    # right: looked at as PNG), so the words checked are ones it reads back whole
    assert "कर बीजक" in text and "TAX INVOICE" not in text
    assert "बीजक सं." in text and "कुल योग" in text and "बकाया" in text
    assert unicodedata.normalize("NFC", "एक हज़ार तीन सौ") in text and "Rupees" not in text
    assert invoice.number in text  # numbers and codes stay as they are
    assert invoice.customer_gstin in text and "₹1,365.00" in text


def test_bilingual_headings_print_both(invoice: DocumentView, tmp_path: Path) -> None:
    language.set_flag(language.BILINGUAL_SETTING, True)
    try:
        text = flat(pdf_text(invoice_print.save_pdf(invoice, tmp_path / "both.pdf")))
    finally:
        language.set_flag(language.BILINGUAL_SETTING, False)
    assert "TAX INVOICE / कर बीजक" in text
    assert "Grand total / कुल योग" in text
    assert "Rupees" in text  # the screens are in English: the words too


def test_english_prints_as_before(invoice: DocumentView, tmp_path: Path) -> None:
    text = flat(pdf_text(invoice_print.save_pdf(invoice, tmp_path / "en.pdf")))
    assert "TAX INVOICE" in text and "कर" not in text


@pytest.mark.usefixtures("hindi")
def test_a_bill_of_supply_prints_in_hindi(stocked: SalesShop, tmp_path: Path) -> None:
    profile = shop.get_profile()
    assert profile is not None
    shop.save_profile(dataclasses.replace(profile, composition=True, composition_rate_bp=100))
    d = items.get_item("RICE5").details
    line = LineInput(d.name, 1000, d.sale_price, d.gst_rate_bp, item_code="RICE5")
    bill = sales.post_invoice(InvoiceDraft(stocked.dealer, DAY, [line]))
    for layout in ("a4", "thermal"):
        text = flat(pdf_text(invoice_print.save_pdf(bill, tmp_path / f"{layout}.pdf", layout)))
        # (the Hindi title was looked at as PNG: its vowel signs do not read back whole)
        assert "BILL OF SUPPLY" not in text and "Bill No." not in text and bill.number in text
        assert "छह सौ पचास" in text and "Authorised" not in text
        assert "composition taxable person" in text  # the Rule 49 declaration, as worded
    page_png(tmp_path / "a4.pdf", Path(os.environ.get("HINDI_PNG", tmp_path / "bill.png")))


@pytest.mark.usefixtures("hindi")
def test_a_receipt_prints_in_hindi(invoice: DocumentView, tmp_path: Path) -> None:
    saved = payments.record_receipt(
        payments.ReceiptDraft(invoice.customer_code, DAY, 136500, mode="upi", reference="UPI4471")
    )
    receipt = payments.get_receipt(saved.number)
    html = receipt_html.a4_html(receipt, None)
    assert "भुगतान रसीद" in html and "एक हज़ार तीन सौ पैंसठ रुपये मात्र" in html
    assert "PAYMENT RECEIPT" not in html and "Rupees" not in html
    for layout in ("a4", "thermal"):
        text = flat(pdf_text(receipt_print.save_pdf(receipt, tmp_path / f"{layout}.pdf", layout)))
        assert saved.number in text and "UPI4471" in text and "₹1,365.00" in text
        assert "PAYMENT RECEIPT" not in text and "रसीद" in text
    page_png(tmp_path / "a4.pdf", Path(os.environ.get("HINDI_RECEIPT_PNG", tmp_path / "r.png")))


@pytest.mark.usefixtures("hindi")
def test_a_receipts_mode_cheque_state_and_advance_print_in_hindi(
    invoice: DocumentView, tmp_path: Path
) -> None:
    """How it was paid, the cheque's state and the money kept as advance are words on the paper
    too: in Hindi, not the English they are kept as (the cheque's number and bank as typed)."""
    cheque = ChequeDetails("004512", "State Bank of India", DAY)
    saved = payments.record_receipt(
        payments.ReceiptDraft(invoice.customer_code, DAY, 200000, mode="cheque", cheque=cheque)
    )
    receipt = payments.get_receipt(saved.number)
    text = flat(pdf_text(receipt_print.save_pdf(receipt, tmp_path / "cheque.pdf", "a4")))
    for english in ("Cheque in hand", "Kept as advance", "Cheque", "Invoice "):
        assert english not in text, english
    assert "चेक" in text and "बाउंस" not in text
    assert "004512" in text and "State Bank of India" in text and "₹635.00" in text
    assert f"इनवॉइस {invoice.number}" in text
    html = receipt_html.a4_html(receipt, None)
    assert "चेक हाथ में" in html and "अग्रिम के रूप में रखा" in html
    assert f"इनवॉइस {invoice.number}" in html
    # a UPI receipt prints its mode translated as well
    upi = payments.record_receipt(
        payments.ReceiptDraft(invoice.customer_code, DAY, 5000, mode="cash")
    )
    assert "नकद" in receipt_html.thermal_html(payments.get_receipt(upi.number), None)


def test_a_receipts_words_print_in_both_languages_with_bilingual_headings(
    invoice: DocumentView,
) -> None:
    language.set_flag(language.BILINGUAL_SETTING, True)
    try:
        saved = payments.record_receipt(
            payments.ReceiptDraft(invoice.customer_code, DAY, 200000, mode="cash")
        )
        html = receipt_html.a4_html(payments.get_receipt(saved.number), None)
    finally:
        language.set_flag(language.BILINGUAL_SETTING, False)
    assert "Cash / नकद" in html and "Kept as advance / अग्रिम के रूप में रखा" in html


@pytest.mark.usefixtures("hindi")
def test_a_hindi_invoice_keeps_the_description_words_whole(
    invoice: DocumentView, tmp_path: Path
) -> None:
    """The short Hindi headings once let Qt's table layout squeeze the description column below
    its longest word ("Bas/mati"): every word of the line's description reads back whole."""
    words = pdf_text(invoice_print.save_pdf(invoice, tmp_path / "hi.pdf")).split()
    description = invoice.lines[0].description
    assert len(description.split()) > 1
    for word in description.split():
        assert word in words, (word, description)


@pytest.mark.usefixtures("hindi")
def test_an_opening_bill_s_note_prints_with_its_hindi(stocked: SalesShop, tmp_path: Path) -> None:
    """The reason no GST is charged (an opening bill, a bank-charges memo, a financial credit
    note) keeps the law's English and has the Hindi beside it, as Rule 50's rows do."""
    opening_bills.record_opening(
        stocked.dealer, "OLD/101", date(2026, 4, 1), 2340000, due=date(2026, 4, 16)
    )
    doc = sales.get_document("OLD/101")
    text = flat(pdf_text(invoice_print.save_pdf(doc, tmp_path / "opening-hi.pdf")))
    # the Hindi starts with the app's name, which PDF text extraction reads back whole
    assert f"{gst_marks.OPENING_NOTE} / Vyapar Lite" in text
