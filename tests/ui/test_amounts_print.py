"""Printed invoices for issue 13's amounts: MRPs that add up, points taken off before tax, and
an SEZ supply, read back from the PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factories import make_customer
from pdf_pages import page_png, pdf_text
from sales_factories import SalesShop, stock_the_shop
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import gst_settings, sales, sales_settings
from vyapar_lite.ui.sales import invoice_print

DAY = date(2026, 5, 10)


@pytest.fixture
def stocked(shop_file: Path, qapp: object) -> SalesShop:
    shop = stock_the_shop()
    current = sales_settings.get()
    sales_settings.save(
        sales_settings.SalesSettings(False, current.earn_per_paise, current.point_value_paise)
    )
    return shop


def mrp(description: str, qty_milli: int, rate: int, gst_bp: int) -> LineInput:
    return LineInput(description, qty_milli, rate, gst_bp, price_includes_tax=True)


def test_an_mrp_bill_prints_the_mrps_total(stocked: SalesShop, tmp_path: Path) -> None:
    lines = [mrp("Shampoo", 1000, 9999, 1800), mrp("Ghee 1 l", 2000, 67500, 500)]
    lines.append(mrp("Biscuits", 1000, 4600, 500))
    doc = sales.post_invoice(sales.InvoiceDraft("CASH", DAY, lines, received=149599))

    pdf = invoice_print.save_pdf(doc, tmp_path / "mrp.pdf", "a4")
    text = pdf_text(pdf)

    # ₹99.99 + ₹1,350.00 + ₹46.00 = ₹1,495.99, not ₹1,496.01
    assert "1,495.99" in text
    assert "1,496.01" not in text and "1,496.00" not in text
    assert "One Thousand Four Hundred Ninety-Five Rupees and Ninety-Nine Paise Only" in text
    page_png(pdf, tmp_path / "mrp.png")


def test_points_redeemed_and_an_sez_supply_are_printed(stocked: SalesShop, tmp_path: Path) -> None:
    gst_settings.save(gst_settings.GstSettings(lut_for_zero_rated=True))
    unit = make_customer(
        "Pune SEZ Unit", phone="9822000078", gstin="27AAPFU0939F2ZU", is_sez=True
    ).code
    tiffin = LineInput("Steel Tiffin Box", 10000, 42000, 1800, item_code="TIFFIN")
    sales.post_invoice(sales.InvoiceDraft(stocked.dealer, DAY, [tiffin]))  # earns points
    redeemed = sales.post_invoice(
        sales.InvoiceDraft(
            stocked.dealer,
            DAY,
            [LineInput("Oil", 1000, 15500, 500, item_code="OIL1")],
            redeem_points=20,
        )
    )
    sez = sales.post_invoice(sales.InvoiceDraft(unit, DAY, [tiffin]))

    points_text = pdf_text(invoice_print.save_pdf(redeemed, tmp_path / "points.pdf", "a4"))
    sez_pdf = invoice_print.save_pdf(sez, tmp_path / "sez.pdf", "a4")
    sez_text = pdf_text(sez_pdf)

    # ₹162.76 less ₹20 of points = ₹142.76: taxable 142.76 / 1.05 = ₹135.96
    assert "Points redeemed, before tax" in points_text and "-20.00" in points_text
    assert "135.96" in points_text and "142.76" in points_text
    assert "IGST (SEZ, under LUT) 0.00" in sez_text
    assert (
        "SUPPLY TO SEZ UNIT OR SEZ DEVELOPER FOR AUTHORISED OPERATIONS UNDER BOND OR LETTER OF "
        "UNDERTAKING WITHOUT PAYMENT OF INTEGRATED TAX"
    ) in " ".join(sez_text.split())
    assert "4,200.00" in sez_text  # 10 × ₹420, zero-rated
    page_png(sez_pdf, tmp_path / "sez.png")
