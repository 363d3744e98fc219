"""GST on advances for services (s.13(2) CGST Act, Rule 50): payable when received, worked out
from a tax-inclusive amount by the customer's place of supply, stored with the receipt, and
listed received and adjusted per period (GSTR-1 tables 11A / 11B). Goods advances stay untaxed
(Notification 66/2017-Central Tax)."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from factories import make_customer, make_item
from payment_builders import invoice
from sales_factories import stock_the_shop
from vyapar_lite.db.models import Receipt, ReceiptAdvanceTax
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import advance_tax, health, orders, payments, shop
from vyapar_lite.services.receipts import ReceiptDraft, record_receipt

DAY = date(2026, 5, 10)
JUNE = date(2026, 6, 15)
MAY = (date(2026, 5, 1), date(2026, 5, 31))
JUNE_ALL = (date(2026, 6, 1), date(2026, 6, 30))


@pytest.fixture
def codes(shop_file: Path) -> dict[str, str]:
    stock_the_shop()  # the shop is in Maharashtra (27)
    make_item("Tailoring", code="STITCH", sale_price=50000, gst_rate_bp=1800, hsn_sac="998821")
    return {
        "local": make_customer("Pune Mills", state_code="27").code,
        "gujarat": make_customer(
            "Asha Verma", state_code="24", gstin="24AAACC1206D1ZM", billing_address="5 CG Road"
        ).code,
        "foreign": make_customer("Gulf LLC", state_code="96", country="Oman").code,
    }


def _advance(code: str, amount: int, rate_bp: int = 1800, on: date = DAY) -> str:
    draft = ReceiptDraft(code, on, amount, allocations={}, services_rate_bp=rate_bp)
    return record_receipt(draft).number


def test_an_intra_state_advance_for_services_is_split_into_cgst_and_sgst(
    codes: dict[str, str],
) -> None:
    number = _advance(codes["local"], 11800)
    row = ReceiptAdvanceTax.get()
    assert (row.advance, row.taxable, row.cgst, row.sgst, row.igst) == (11800, 10000, 900, 900, 0)
    assert (row.rate_bp, row.place_of_supply, row.tax_kind) == (1800, "27", "intra")
    [got] = advance_tax.received(*MAY)
    assert (got.receipt_number, got.place_of_supply, got.rate_bp) == (number, "27", 1800)
    assert (got.advance, got.taxable, got.cgst, got.sgst, got.igst) == (11800, 10000, 900, 900, 0)
    assert advance_tax.received(*JUNE_ALL) == []


def test_an_inter_state_advance_is_igst_and_rounds_once(codes: dict[str, str]) -> None:
    _advance(codes["gujarat"], 100000, rate_bp=500)
    [got] = advance_tax.received(*MAY)
    # 1,000.00 / 1.05 = 952.38 taxable; the tax is what is left
    assert (got.taxable, got.cgst, got.sgst, got.igst) == (95238, 0, 0, 4762)
    assert (got.place_of_supply, got.gstin) == ("24", "24AAACC1206D1ZM")


def test_goods_advances_and_exports_carry_no_tax(codes: dict[str, str]) -> None:
    record_receipt(ReceiptDraft(codes["local"], DAY, 50000, allocations={}))  # a goods advance
    assert ReceiptAdvanceTax.select().count() == 0
    _advance(codes["foreign"], 50000)  # export of services: zero-rated
    [got] = advance_tax.received(*MAY)
    assert (got.taxable, got.cgst + got.sgst + got.igst, got.place_of_supply) == (50000, 0, "96")


def test_adjusted_against_invoices_adds_up_to_the_advance_s_tax(codes: dict[str, str]) -> None:
    number = _advance(codes["local"], 11800)
    first = invoice(codes["local"], 3300, JUNE, gst_rate_bp=0)
    second = invoice(codes["local"], 20000, date(2026, 7, 2), gst_rate_bp=0)
    payments.apply_advance(codes["local"], first, 3300)
    payments.apply_advance(codes["local"], second, 11800 - 3300)
    [june] = advance_tax.adjusted(*JUNE_ALL)
    assert (june.invoice_number, june.receipt_number, june.adjusted) == (first, number, 3300)
    assert (june.taxable, june.cgst, june.sgst) == (2797, 252, 252)  # 3300/11800 of each, rounded
    [july] = advance_tax.adjusted(date(2026, 7, 1), date(2026, 7, 31))
    assert july.invoice_number == second
    assert june.taxable + july.taxable == 10000 and june.cgst + july.cgst == 900
    assert june.sgst + july.sgst == 900 and june.adjusted + july.adjusted == 11800
    assert advance_tax.adjusted(*MAY) == []
    assert health.check().problems == []  # the books, the schema, the audit trail agree


def test_a_cancelled_advance_was_not_received(codes: dict[str, str]) -> None:
    number = _advance(codes["local"], 11800)
    payments.cancel_receipt(number, "Entered twice")
    assert advance_tax.received(*MAY) == []


def test_what_cannot_be_an_advance_for_services_is_refused_by_field(
    codes: dict[str, str],
) -> None:
    invoice(codes["local"], 10000, DAY, gst_rate_bp=0)
    with pytest.raises(ValidationError) as owed:  # auto-allocation would settle the invoice
        record_receipt(ReceiptDraft(codes["local"], DAY, 11800, services_rate_bp=1800))
    assert owed.value.errors[0].field == "advance_rate"
    assert "settles no invoices" in owed.value.errors[0].message
    with pytest.raises(ValidationError) as rate:
        _advance(codes["gujarat"], 11800, rate_bp=700)
    assert rate.value.errors[0].field == "advance_rate"
    profile = shop.get_profile()
    assert profile is not None
    shop.save_profile(dataclasses.replace(profile, gstin=""))  # unregistered: s.32(1)
    with pytest.raises(ValidationError) as unregistered:
        _advance(codes["gujarat"], 11800)
    assert "collects no GST" in unregistered.value.errors[0].message
    assert ReceiptAdvanceTax.select().count() == 0 == Receipt.select().count()  # nothing saved


def test_an_order_s_advance_is_taxed_on_its_services_share(codes: dict[str, str]) -> None:
    stitch = LineInput("Tailoring", 1000, 50000, 1800, item_code="STITCH")  # 590.00 with tax
    rice = LineInput("Basmati Rice 5 kg", 1000, 65000, 500, item_code="RICE5")  # 682.50
    order = orders.create_order(
        orders.OrderDraft(codes["gujarat"], DAY, [stitch, rice], advance=127250)
    )
    [got] = advance_tax.received(*MAY)
    assert got.receipt_number == order.advance_receipt_number
    assert (got.advance, got.rate_bp) == (59000, 1800)  # the services' 590.00 of the 1,272.50
    assert (got.taxable, got.igst) == (50000, 9000)
    assert health.check().problems == []
