"""Audit changes in shop language: one mapping from stored field names to labels and formats."""

from __future__ import annotations

from vyapar_lite.domain.audit_words import describe, label, value_text


def test_stored_values_read_as_on_the_forms() -> None:
    assert value_text("amount", 500000) == "₹5,000.00"
    assert value_text("gst_rate_bp", 1800) == "GST 18%".removeprefix("GST ")
    assert value_text("qty_milli", 30000) == "30"
    assert value_text("qty_milli", 1500) == "1.5"
    assert value_text("date", "2026-11-22") == "22-11-2026"
    assert value_text("payment_terms_days", 30) == "30 days"
    assert value_text("stop_sales", True) == "Yes"
    assert value_text("state_code", "29") == "Karnataka (29)"
    assert value_text("some_discount_bp", 250) == "2.5%"  # read by the name's ending
    assert label("gst_rate_bp") == "GST" and label("qty_milli") == "Qty"
    assert label("opening_date") == "Opening date"


def test_before_and_after() -> None:
    text = describe(
        {"credit_limit": 1000000, "name": "Asha"},
        {"credit_limit": 1500000, "name": "Asha Verma"},
    )
    assert text == "Credit limit: ₹10,000.00 → ₹15,000.00; Name: Asha → Asha Verma"
    assert describe(None, {"name": "Soap", "notes": ""}) == "Name: Soap"  # blanks left out
    assert describe({"city": "Pune"}, {}) == "City: Pune (removed)"
    nested = describe(None, {"type_prices": {"Dealer": {"price": 62000, "discount_bp": None}}})
    assert nested == "Prices by customer type: Dealer: Price ₹620.00"


def test_allocations_read_as_amounts_against_documents_not_paise() -> None:
    moved = describe(
        {"allocations": {"INV/26-27/00001": 50000}},
        {"allocations": {"INV/26-27/00001": 20000, "OB/26-27/00002": 30000}},
    )
    assert moved == (
        "Allocations: INV/26-27/00001: ₹500.00 → INV/26-27/00001: ₹200.00; OB/26-27/00002: ₹300.00"
    )
    written_off = describe(None, {"allocations": ["INV/26-27/00003", "INV/26-27/00004"]})
    assert written_off == "Allocations: INV/26-27/00003, INV/26-27/00004"
