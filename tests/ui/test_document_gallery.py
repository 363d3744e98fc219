"""One of every printed document kind the GST rules name, printed to PDF, read back and rendered:
B2B and B2C tax invoices, an export, a supply to an SEZ unit, a composition shop's bill of supply,
an exempt-goods bill of supply, a credit note and an 80 mm receipt.

Each PDF's title and key words are asserted, and page 1 is rendered to PNG (pypdfium2). Set
VYAPAR_GALLERY to a folder to keep the PNGs for a person to look at."""

from __future__ import annotations

import dataclasses
import os
from datetime import date
from pathlib import Path

import pytest

from factories import make_customer, make_item
from pdf_pages import page_png, pdf_text
from sales_factories import SalesShop, stock_the_shop
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import export_settings, items, payments, sales, shop
from vyapar_lite.ui.payments import receipt_print
from vyapar_lite.ui.sales import invoice_print

DAY = date(2026, 5, 10)
SEZ_GSTIN = "27AAPFU0939F2ZU"
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def stocked(shop_file: Path) -> SalesShop:
    return stock_the_shop()


def _line(code: str, qty_milli: int = 1000) -> LineInput:
    d = items.get_item(code).details
    return LineInput(d.name, qty_milli, d.sale_price, d.gst_rate_bp, item_code=code,
                     hsn_sac=d.hsn_sac or "1006", unit=d.unit)  # fmt: skip


def _keep(pdf: Path, tmp_path: Path) -> Path:
    folder = Path(os.environ.get("VYAPAR_GALLERY", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    png = page_png(pdf, folder / (pdf.stem + ".png"), dpi=90)
    assert png.stat().st_size > 20000  # a page with text on it, not a blank
    return png


def _invoice_pdf(doc: sales.DocumentView, path: Path, layout: str = "a4") -> str:
    return pdf_text(invoice_print.save_pdf(doc, path, layout))  # type: ignore[arg-type]


def test_every_document_kind_prints_as_the_rules_ask(stocked: SalesShop, tmp_path: Path) -> None:
    flat: dict[str, str] = {}

    def printed(name: str, doc: sales.DocumentView) -> None:
        pdf = tmp_path / f"{name}.pdf"
        flat[name] = " ".join(_invoice_pdf(doc, pdf).split())
        _keep(pdf, tmp_path)

    b2b = sales.post_invoice(sales.InvoiceDraft(stocked.outstation, DAY, [_line("RICE5", 2000)]))
    printed("1-b2b-tax-invoice", b2b)
    walk_in = make_customer("Priya Deshmukh", state_code="27").code  # no GSTIN: B2C
    b2c = sales.post_invoice(sales.InvoiceDraft(walk_in, DAY, [_line("RICE5")]))
    printed("2-b2c-tax-invoice", b2c)
    export_settings.save_lut_reference("AD2704260001234 dated 01-04-2026")
    buyer = make_customer("Gulf Spices LLC", state_code="96", country="United Arab Emirates")
    export = sales.post_invoice(
        sales.InvoiceDraft(buyer.code, DAY, [_line("RICE5", 10000)], export=True)
    )
    printed("3-export-under-lut", export)
    unit = make_customer("Pune SEZ Unit", gstin=SEZ_GSTIN, is_sez=True).code
    sez = sales.post_invoice(sales.InvoiceDraft(unit, DAY, [_line("RICE5")], sez_with_tax=True))
    printed("4-sez-with-igst", sez)
    note = sales.post_credit_note(b2b.number, doc_date=DAY, returns={1: 1000}, reason="Damaged")
    printed("5-credit-note", note)
    make_item("School Book", code="BOOK", sale_price=25000, gst_rate_bp=0, supply_type="exempt",
              hsn_sac="4901")  # fmt: skip
    exempt = sales.post_invoice(sales.InvoiceDraft(stocked.outstation, DAY, [_line("BOOK")]))
    printed("6-bill-of-supply-exempt", exempt)
    profile = shop.get_profile()
    assert profile is not None
    shop.save_profile(dataclasses.replace(profile, composition=True, composition_rate_bp=100))
    composition = sales.post_invoice(sales.InvoiceDraft(walk_in, DAY, [_line("RICE5")]))
    printed("7-composition-bill-of-supply", composition)
    make_item("Goods transport", code="GTA", sale_price=100000, gst_rate_bp=500,
              hsn_sac="996511", unit="trip", reverse_charge=True)  # fmt: skip
    shop.save_profile(profile)  # registered again: a tax invoice with an RCM line
    rcm = sales.post_invoice(
        sales.InvoiceDraft(stocked.outstation, DAY, [_line("GTA"), _line("TIFFIN")])
    )
    printed("9-b2b-with-rcm-line", rcm)
    ship = sales.post_invoice(
        sales.InvoiceDraft(
            stocked.outstation,
            DAY,
            [_line("TIFFIN")],
            delivery_address="Contractor's site, Plot 9, Chakan MIDC, Pune",
            delivery_state="27",
            bill_to_ship_to=True,  # s.10(1)(b) IGST Act: the buyer's place, not the delivery's
        )
    )
    printed("11-bill-to-ship-to", ship)

    assert "TAX INVOICE" in flat["1-b2b-tax-invoice"]
    assert "Whether tax is payable on reverse charge No" in flat["1-b2b-tax-invoice"]
    assert "TAX INVOICE" in flat["2-b2c-tax-invoice"]
    assert (
        "SUPPLY MEANT FOR EXPORT UNDER BOND OR LETTER OF UNDERTAKING WITHOUT PAYMENT OF "
        "INTEGRATED TAX" in flat["3-export-under-lut"]
    )
    assert "United Arab Emirates" in flat["3-export-under-lut"]
    assert "GSTIN: Unregistered" not in flat["3-export-under-lut"]
    assert (
        "SUPPLY TO SEZ UNIT OR SEZ DEVELOPER FOR AUTHORISED OPERATIONS ON PAYMENT OF INTEGRATED "
        "TAX" in flat["4-sez-with-igst"]
    )
    assert "CREDIT NOTE" in flat["5-credit-note"].upper() and b2b.number in flat["5-credit-note"]
    assert "Damaged" in flat["5-credit-note"] and "invoice." not in flat["5-credit-note"]
    assert "Whether tax is payable on reverse charge Yes" in flat["9-b2b-with-rcm-line"]
    assert "Tax payable by recipient (RCM) 50.00" in flat["9-b2b-with-rcm-line"]
    assert "Ship to (third party)" in flat["11-bill-to-ship-to"]
    assert "Place of supply Karnataka (29)" in flat["11-bill-to-ship-to"]
    assert "BILL OF SUPPLY" in flat["6-bill-of-supply-exempt"]
    assert "BILL OF SUPPLY" in flat["7-composition-bill-of-supply"]
    assert (
        "composition taxable person, not eligible to collect tax on supplies"
        in flat["7-composition-bill-of-supply"]
    )

    receipt = payments.record_receipt(payments.ReceiptDraft(stocked.outstation, DAY, 50000))
    view = payments.get_receipt(receipt.number)
    slip = receipt_print.save_pdf(view, tmp_path / "8-receipt-80mm.pdf", "thermal")
    assert receipt.number in pdf_text(slip)
    _keep(slip, tmp_path)

    # an advance for services: GST payable on receipt (s.13(2) CGST Act, Rule 50)
    advance = payments.record_receipt(
        payments.ReceiptDraft(stocked.dealer, DAY, 11800, allocations={}, services_rate_bp=1800)
    )
    voucher = receipt_print.save_pdf(
        payments.get_receipt(advance.number), tmp_path / "10-advance-voucher-services.pdf", "a4"
    )
    voucher_text = " ".join(pdf_text(voucher).split())
    assert "RECEIPT VOUCHER (ADVANCE)" in voucher_text
    assert "Tax on this advance ₹18.00" in voucher_text
    _keep(voucher, tmp_path)
