"""Who may charge tax and what the document is called (s.31, s.32(1), s.10; Rules 46, 49)."""

from __future__ import annotations

import pytest

from vyapar_lite.domain import supply
from vyapar_lite.domain.invoice import LineInput


@pytest.mark.parametrize(
    ("scheme", "kinds", "expected"),
    [
        ("regular", ["taxable", "taxable"], "tax_invoice"),
        ("regular", ["nil", "exempt"], "bill_of_supply"),
        ("regular", ["non_gst"], "bill_of_supply"),
        ("regular", ["taxable", "exempt"], "invoice_cum_bill_of_supply"),
        ("unregistered", ["taxable"], "bill_of_supply"),
        ("composition", ["taxable", "exempt"], "bill_of_supply"),
    ],
)
def test_the_document_type(scheme: supply.Scheme, kinds: list, expected: str) -> None:
    assert supply.document_type(scheme, kinds) == expected


def test_the_scheme_follows_the_gstin_and_the_composition_choice() -> None:
    assert supply.supplier_scheme("", composition=False) == "unregistered"
    assert supply.supplier_scheme("", composition=True) == "unregistered"
    assert supply.supplier_scheme("27AAPFU0939F1ZV", composition=True) == "composition"
    assert supply.supplier_scheme("27AAPFU0939F1ZV", composition=False) == "regular"


def test_lines_without_tax_are_taxed_at_zero_and_keep_their_kind() -> None:
    lines = [
        LineInput("Soap", 1000, 10000, 1800),
        LineInput("Milk", 1000, 5000, 0),
        LineInput("Book", 1000, 20000, 0, supply_type="exempt"),
    ]
    typed, taxed = supply.taxed_lines(lines, "regular")
    assert [t.supply_type for t in typed] == ["taxable", "nil", "exempt"]
    assert [t.gst_rate_bp for t in taxed] == [1800, 0, 0]
    _, unregistered = supply.taxed_lines(lines, "unregistered")
    assert [t.gst_rate_bp for t in unregistered] == [0, 0, 0]
