"""The Bill of Supply printed (A4 and 80 mm): its title, no tax columns, the composition words
and what Rule 49 asks; a mixed invoice is titled INVOICE-CUM-BILL OF SUPPLY."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from factories import make_customer, make_item
from pdf_pages import page_png, pdf_text
from sales_factories import SHOP_GSTIN, SalesShop, stock_the_shop
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import sales, shop
from vyapar_lite.services.sales import DocumentView, InvoiceDraft
from vyapar_lite.ui.sales import invoice_print

DAY = date(2026, 11, 20)
pytestmark = pytest.mark.usefixtures("qapp")  # QPdfWriter needs the application
DECLARATION = "composition taxable person, not eligible to collect tax on supplies"


@pytest.fixture
def stocked(shop_file: Path) -> SalesShop:
    made = stock_the_shop()
    make_item("School Notebook", code="BOOK", sale_price=4000, gst_rate_bp=0, hsn_sac="4820",
              unit="pcs", supply_type="exempt")  # fmt: skip
    return made


def _scheme(**changes: object) -> None:
    profile = shop.get_profile()
    assert profile is not None
    shop.save_profile(dataclasses.replace(profile, **changes))  # type: ignore[arg-type]


def _post(customer: str, *codes: str) -> DocumentView:
    prices = {"TIFFIN": (42000, 1800), "BOOK": (4000, 0)}
    lines = [LineInput(code, 2000, *prices[code], item_code=code) for code in codes]
    return sales.post_invoice(InvoiceDraft(customer, DAY, lines))


def _pdfs(doc: DocumentView, tmp_path: Path) -> tuple[str, str]:
    a4 = invoice_print.save_pdf(doc, tmp_path / "a4.pdf", "a4")
    roll = invoice_print.save_pdf(doc, tmp_path / "roll.pdf", "thermal")
    page_png(a4, tmp_path / "a4.png")
    page_png(roll, tmp_path / "roll.png")
    return pdf_text(a4), pdf_text(roll)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_a_composition_shops_bill_of_supply(stocked: SalesShop, tmp_path: Path) -> None:
    _scheme(composition=True, composition_rate_bp=100)
    doc = _post(stocked.dealer, "TIFFIN")

    for text in map(_flat, _pdfs(doc, tmp_path)):
        assert "BILL OF SUPPLY" in text and "TAX INVOICE" not in text
        assert DECLARATION in text
        assert "CGST" not in text and "SGST" not in text and "IGST" not in text
        assert "GST %" not in text and "Tax breakup" not in text and "GST breakup" not in text
        assert "reverse charge" not in text
        # Rule 49: supplier and GSTIN, number, date, recipient, HSN, description, value, signature
        assert "Test Traders" in text and f"GSTIN: {SHOP_GSTIN}" in text
        assert f"Bill No. {doc.number}" in text or f"Bill No.: {doc.number}" in text, text
        assert "20-11-2026" in text and "Sharma Traders" in text
        assert ("7323" in text and "Steel Tiffin Box" in text) or "TIFFIN" in text
        assert "840.00" in text and "Authorised signatory" in text


def test_an_unregistered_shops_bill_says_so(stocked: SalesShop, tmp_path: Path) -> None:
    _scheme(gstin="")
    doc = _post(stocked.dealer, "TIFFIN")
    a4, roll = map(_flat, _pdfs(doc, tmp_path))
    for text in (a4, roll):
        assert ("BILL OF SUPPLY" in text and "not registered under GST" in text.lower()) or (
            "Supplier not registered under GST" in text
        )
        assert "CGST" not in text.replace("CGST Act", "") and DECLARATION not in text
    assert "Value of supply 840.00" in a4


def test_exempt_goods_alone_make_a_bill_and_a_mix_an_invoice_cum_bill(
    stocked: SalesShop, tmp_path: Path
) -> None:
    exempt = _post(stocked.dealer, "BOOK")
    mixed = _post(stocked.dealer, "TIFFIN", "BOOK")

    exempt_a4, _ = map(_flat, _pdfs(exempt, tmp_path))
    assert "BILL OF SUPPLY" in exempt_a4 and "exempt / nil-rated" in exempt_a4
    assert "CGST" not in exempt_a4

    mixed_a4 = _flat(pdf_text(invoice_print.save_pdf(mixed, tmp_path / "mixed.pdf", "a4")))
    page_png(tmp_path / "mixed.pdf", tmp_path / "mixed.png")
    assert "INVOICE-CUM-BILL OF SUPPLY" in mixed_a4
    assert "Exempt" in mixed_a4 and "CGST" in mixed_a4
    assert mixed.totals.cgst == mixed.totals.sgst == 7560  # 9% of ₹840 on the tiffins only


def test_a_reprint_keeps_the_title_it_was_issued_with(stocked: SalesShop, tmp_path: Path) -> None:
    _scheme(gstin="")
    doc = _post(make_customer("Walk Up", state_code="27").code, "TIFFIN")
    _scheme(gstin=SHOP_GSTIN)
    reprint = _flat(
        pdf_text(invoice_print.save_pdf(sales.get_document(doc.number), tmp_path / "r.pdf"))
    )
    assert "BILL OF SUPPLY" in reprint and "TAX INVOICE" not in reprint
