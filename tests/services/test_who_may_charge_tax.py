"""Unregistered and composition shops issue bills of supply; nil-rated/exempt lines decide the
title; what a document was issued as never changes with the shop's registration."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from factories import make_customer, make_item
from invoice_builders import RICE_3, SOAP_2, draft, item_line, stock_items
from vyapar_lite.db.models import SalesDoc, SalesDocLine
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.services import sales, shop

GSTIN = "27AAPFU0939F1ZV"


@pytest.fixture
def asha(shop_file: Path) -> str:
    stock_items()
    make_item("Fresh Milk 1 l", code="MILK", sale_price=6000, gst_rate_bp=0, supply_type="nil")
    make_item("School Book", code="BOOK", sale_price=25000, gst_rate_bp=0, supply_type="exempt")
    return make_customer("Asha Verma", state_code="27").code


def _profile(**changes: object) -> ShopProfile:
    profile = shop.get_profile()
    assert profile is not None
    return dataclasses.replace(profile, **changes)  # type: ignore[arg-type]


def _taxes(number: str) -> tuple[int, int, int, int]:
    doc = SalesDoc.get(SalesDoc.number == number)
    return doc.taxable_total, doc.cgst_total, doc.sgst_total, doc.igst_total


def test_an_unregistered_shop_issues_a_bill_of_supply_with_no_tax(asha: str) -> None:
    shop.save_profile(_profile(gstin=""))

    doc = sales.post_invoice(draft(asha, SOAP_2, RICE_3))

    # ₹200 + ₹150: the whole value, no CGST/SGST/IGST anywhere
    assert (doc.document_type, doc.supplier_scheme) == ("bill_of_supply", "unregistered")
    assert _taxes(doc.number) == (35000, 0, 0, 0)
    assert doc.totals.grand_total == 35000
    rows = SalesDocLine.select().where(SalesDocLine.doc == SalesDoc.get(number=doc.number).id)
    assert [(r.gst_rate_bp, r.cgst, r.sgst, r.igst, r.total) for r in rows] == [
        (0, 0, 0, 0, 20000),
        (0, 0, 0, 0, 15000),
    ]
    assert [line.supply_type for line in doc.lines] == ["taxable", "taxable"]


def test_a_composition_shop_collects_no_tax(asha: str) -> None:
    shop.save_profile(_profile(gstin=GSTIN, composition=True, composition_rate_bp=100))

    preview = sales.preview_invoice(draft(asha, SOAP_2))
    doc = sales.post_invoice(draft(asha, SOAP_2))

    assert (preview.document_type, preview.supplier_scheme) == ("bill_of_supply", "composition")
    assert (doc.document_type, doc.supplier_scheme) == ("bill_of_supply", "composition")
    assert _taxes(doc.number) == (20000, 0, 0, 0)


def test_a_composition_shop_cannot_bill_another_state(asha: str) -> None:
    shop.save_profile(_profile(gstin=GSTIN, composition=True, composition_rate_bp=100))
    karnataka = make_customer("Kaveri Stores", state_code="29").code

    with pytest.raises(ValidationError) as exc:
        sales.post_invoice(draft(karnataka, SOAP_2))

    assert "s.10(2)(c)" in (exc.value.for_field("customer") or "")
    assert SalesDoc.select().count() == 0


def test_composition_needs_a_gstin_and_a_rate(shop_file: Path) -> None:
    with pytest.raises(ValidationError) as exc:
        shop.save_profile(_profile(gstin="", composition=True, composition_rate_bp=250))
    assert "GSTIN" in (exc.value.for_field("composition") or "")
    assert "1% (manufacturers and traders)" in (exc.value.for_field("composition_rate_bp") or "")


def test_only_nil_rated_and_exempt_lines_make_a_bill_of_supply(asha: str) -> None:
    doc = sales.post_invoice(
        draft(asha, item_line("MILK", 2000, 6000, 0), item_line("BOOK", 1000, 25000, 0))
    )

    assert doc.document_type == "bill_of_supply"
    assert [line.supply_type for line in doc.lines] == ["nil", "exempt"]
    assert _taxes(doc.number) == (37000, 0, 0, 0)


def test_a_mix_is_an_invoice_cum_bill_of_supply(asha: str) -> None:
    doc = sales.post_invoice(draft(asha, SOAP_2, item_line("BOOK", 1000, 25000, 0)))

    assert doc.document_type == "invoice_cum_bill_of_supply"
    assert [line.supply_type for line in doc.lines] == ["taxable", "exempt"]
    # the soap is taxed (₹18 + ₹18), the book is not
    assert _taxes(doc.number) == (45000, 1800, 1800, 0)


def test_an_exempt_item_must_have_no_gst_rate(shop_file: Path) -> None:
    with pytest.raises(ValidationError) as exc:
        make_item("Book", code="BOOK2", gst_rate_bp=1800, supply_type="exempt")
    assert "set its GST rate to 0%" in (exc.value.for_field("supply_type") or "")


def test_what_was_issued_never_changes_with_the_registration(asha: str) -> None:
    before = sales.post_invoice(draft(asha, SOAP_2))
    shop.save_profile(_profile(gstin=""))
    unregistered = sales.post_invoice(draft(asha, SOAP_2))
    shop.save_profile(_profile(gstin=GSTIN, composition=True, composition_rate_bp=100))

    again = sales.get_document(before.number)
    assert (again.document_type, again.supplier_scheme) == ("tax_invoice", "regular")
    assert again.totals.tax == 3600
    later = sales.get_document(unregistered.number)
    assert (later.document_type, later.supplier_scheme) == ("bill_of_supply", "unregistered")


def test_a_credit_note_on_a_bill_of_supply_returns_no_tax(asha: str) -> None:
    shop.save_profile(_profile(gstin=""))
    invoice = sales.post_invoice(draft(asha, SOAP_2))
    shop.save_profile(_profile(gstin=GSTIN))

    note = sales.post_credit_note(
        invoice.number, doc_date=invoice.doc_date, returns={1: 1000}, reason="damaged"
    )
    debit = sales.post_debit_note(
        invoice.number,
        doc_date=invoice.doc_date,
        lines=[item_line("SOAP", 1000, 10000, 1800)],
        reason="short billed",
    )

    assert (note.supplier_scheme, note.totals.tax, note.totals.grand_total) == (
        "unregistered",
        0,
        10000,
    )
    assert (debit.document_type, debit.totals.tax, debit.totals.grand_total) == (
        "bill_of_supply",
        0,
        10000,
    )
