"""Every printed document in Hindi reads in Hindi (issue 20): an invoice (A4 and 80 mm), a bill
of supply, credit, debit and financial credit notes, receipts (A4 and 80 mm), a bank-charge memo
and a statement (its page furniture too: "Page 1 of 1") are rendered to PDF and read back; no
English word is left but codes, GSTINs, numbers, what the shop and its customers typed (names,
addresses, items, banks, reasons) and GST's terms as the portal and the Rules write them."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from factories import make_customer
from pdf_pages import page_png, pdf_text
from report_pages import WAIT_MS, shown
from sales_factories import SalesShop, stock_the_shop
from vyapar_lite.domain import gst
from vyapar_lite.domain.customer import CASH_CODE
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import (
    customers,
    export_settings,
    financial_notes,
    items,
    payments,
    sales,
    shop,
)
from vyapar_lite.services import supplier_side as payable_side
from vyapar_lite.services.receipt_views import ChequeDetails
from vyapar_lite.services.sales import InvoiceDraft
from vyapar_lite.ui import language
from vyapar_lite.ui.payments import receipt_print
from vyapar_lite.ui.reports.statement_page import StatementPage
from vyapar_lite.ui.sales import bill_of_supply_html, gst_marks, invoice_print

DAY = date(2026, 5, 10)
SHOTS = Path("/tmp/hindi20/printed")
WORD = re.compile(r"[A-Za-z][A-Za-z'.&-]*")
CODE = re.compile(r"[A-Z]{1,5}")  # document series (INV/26-27/00001) and GSTINs' letters


@pytest.fixture
def hindi(qapp: QApplication) -> Iterator[None]:
    assert language.start(qapp, "hi") == "hi"
    yield
    language.start(qapp, "en")


def _words(path: Path) -> list[str]:
    text = unicodedata.normalize("NFC", pdf_text(path))
    SHOTS.mkdir(parents=True, exist_ok=True)
    page_png(path, SHOTS / path.with_suffix(".png").name, dpi=80)
    return WORD.findall(text)


def _printed(stocked: SalesShop, qtbot: QtBot, tmp_path: Path) -> dict[str, list[str]]:
    rice = items.get_item("RICE5").details
    line = LineInput(rice.name, 2000, rice.sale_price, rice.gst_rate_bp, item_code="RICE5")
    sale = sales.post_invoice(InvoiceDraft(stocked.outstation, DAY, [line]))
    credit = sales.post_credit_note(sale.number, doc_date=DAY, returns={1: 1000}, reason="Damaged")
    debit = sales.post_debit_note(
        sale.number, doc_date=DAY, lines=[LineInput("Freight", 1000, 5000, 1800)], reason="Freight"
    )
    financial = financial_notes.post_financial_credit_note(
        sale.number, doc_date=DAY, amount=1000, reason="Discount"
    )
    soap = LineInput("Soap", 1000, 11800, 1800, price_includes_tax=True)
    walk_in = sales.post_invoice(InvoiceDraft(CASH_CODE, DAY, [soap], received=11800))
    fridge = LineInput("Refrigerator", 1000, 5_000_000, 1800, hsn_sac="8418")
    named = sales.post_invoice(  # a walk-in buyer named from ₹50,000 (Rule 46(e))
        InvoiceDraft(
            CASH_CODE,
            DAY,
            [fridge],
            received=5_900_000,
            buyer_name="Ravi Kulkarni",
            buyer_address="7 Station Road, Pune",
            buyer_state="27",
        )
    )
    cheque = ChequeDetails("004512", "Canara Bank", DAY)
    by_cheque = payments.record_receipt(
        payments.ReceiptDraft(stocked.outstation, DAY, 20000, mode="cheque", cheque=cheque)
    )
    by_upi = payments.record_receipt(
        payments.ReceiptDraft(stocked.outstation, DAY, 5000, mode="upi", reference="UPI4471")
    )
    memo = payments.mark_bounced(by_cheque.number, DAY, reason="No funds", charge=30000)
    out: dict[str, list[str]] = {}
    for name, doc in (
        ("invoice", sale),
        ("credit-note", credit),
        ("debit-note", debit),
        ("financial-note", financial),
        ("walk-in", walk_in),
        ("named-walk-in", named),
        ("memo", sales.get_document(memo.charge_note)),
    ):
        for layout in ("a4", "thermal"):
            path = invoice_print.save_pdf(doc, tmp_path / f"{name}-{layout}.pdf", layout)
            out[f"{name}-{layout}"] = _words(path)
    for name, number in (("cheque-receipt", by_cheque.number), ("upi-receipt", by_upi.number)):
        receipt = payments.get_receipt(number)
        for layout in ("a4", "thermal"):
            path = receipt_print.save_pdf(receipt, tmp_path / f"{name}-{layout}.pdf", layout)
            out[f"{name}-{layout}"] = _words(path)
    payable_side.install()
    page = StatementPage()
    qtbot.addWidget(page)
    shown(qtbot, page, lambda: page.open_statement(stocked.outstation, DAY, DAY))
    with qtbot.waitSignal(page.pdf_saved, timeout=WAIT_MS):
        page.save_pdf_file(tmp_path / "statement.pdf")
    out["statement"] = _words(tmp_path / "statement.pdf")
    return out


# GST's terms as the portal and the Rules write them; the accounts' Dr / Cr (the statement's
# note says what they mean, in Hindi); a payment mode's name that is a code (UPI)
KEPT = {"GST", "GSTIN", "CGST", "SGST", "IGST", "HSN", "SAC", "UPI", "Dr", "Cr"}


def _typed_and_kept(stocked: SalesShop) -> set[str]:
    """Words the paper may show in English: what the shop and its customers typed (names,
    addresses, items and their units, banks, reasons), codes and numbers, state names as the
    portal lists them, and the law's wording printed beside its Hindi (gst_marks' notes)."""
    buyer = customers.get_customer(stocked.outstation).details
    rice = items.get_item("RICE5").details
    texts = [
        buyer.name,
        buyer.billing_address,
        buyer.city,
        buyer.gstin,
        f"{rice.name} {rice.unit}",
        gst_marks.MEMO_NOTE,
        gst_marks.FINANCIAL_NOTE,
        "Soap Freight Damaged Discount No funds Canara Bank",  # typed in _printed
        "Refrigerator Ravi Kulkarni 7 Station Road, Pune",
        *gst.STATES.values(),
    ]
    profile = shop.get_profile()
    assert profile is not None
    texts += [profile.name, profile.address, profile.city, profile.gstin]
    return KEPT | {w for text in texts for w in WORD.findall(text or "")}


@pytest.mark.usefixtures("hindi")
def test_every_printed_document_in_hindi_leaves_no_english_words(
    shop_file: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    stocked = stock_the_shop()
    printed = _printed(stocked, qtbot, tmp_path)
    allowed = _typed_and_kept(stocked)
    left = {
        name: sorted({w for w in words if w not in allowed and not CODE.fullmatch(w)})
        for name, words in printed.items()
    }
    assert left == {name: [] for name in printed}


@pytest.mark.usefixtures("hindi")
def test_a_bill_of_supply_in_hindi_leaves_no_english_words(
    shop_file: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    """A composition shop's bill of supply (A4 and 80 mm); its Rule 49 declaration prints as
    the Rule words it."""
    stocked = stock_the_shop()
    profile = shop.get_profile()
    assert profile is not None
    shop.save_profile(dataclasses.replace(profile, composition=True, composition_rate_bp=100))
    rice = items.get_item("RICE5").details
    line = LineInput(rice.name, 1000, rice.sale_price, rice.gst_rate_bp, item_code="RICE5")
    bill = sales.post_invoice(InvoiceDraft(stocked.dealer, DAY, [line]))  # in the shop's state
    dealer = customers.get_customer(stocked.dealer).details
    allowed = _typed_and_kept(stocked) | set(WORD.findall(bill_of_supply_html.declaration(bill)))
    allowed |= {
        w for t in (dealer.name, dealer.billing_address, dealer.city) for w in WORD.findall(t)
    }
    for layout in ("a4", "thermal"):
        path = invoice_print.save_pdf(bill, tmp_path / f"bill-of-supply-{layout}.pdf", layout)
        left = {w for w in _words(path) if w not in allowed and not CODE.fullmatch(w)}
        assert left == set(), layout


@pytest.mark.usefixtures("hindi")
def test_an_export_invoice_s_particulars_in_hindi(shop_file: Path, tmp_path: Path) -> None:
    """Rule 46's export endorsement prints as the Rule words it; the particulars' names
    ("Country of destination") in the paper's language, the country as kept."""
    stock_the_shop()
    export_settings.save_lut_reference("AD2704260001234 dated 01-04-2026")
    buyer = make_customer("Gulf Spices LLC", state_code="96", country="United Arab Emirates")
    rice = items.get_item("RICE5").details
    line = LineInput(rice.name, 10000, rice.sale_price, rice.gst_rate_bp, item_code="RICE5")
    doc = sales.post_invoice(InvoiceDraft(buyer.code, DAY, [line], export=True))
    lines = gst_marks.export_lines(doc)
    assert lines[0] == gst_marks.EXPORT_UNDER_LUT
    assert "गंतव्य देश: United Arab Emirates" in lines
    path = invoice_print.save_pdf(doc, tmp_path / "export-a4.pdf")
    assert "Country" not in _words(path) and "destination" not in _words(path)
