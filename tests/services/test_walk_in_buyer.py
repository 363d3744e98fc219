"""Rule 46(e): a sale of ₹50,000 or more to an unregistered buyer carries name, address, state."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import make_customer
from invoice_builders import DAY
from vyapar_lite.db.models import SalesDoc
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import sales

FRIDGE = LineInput("Refrigerator", 1000, 5_000_000, 0, hsn_sac="8418")  # ₹50,000 exactly
KETTLE = LineInput("Kettle", 1000, 4_999_900, 0)  # ₹49,999


def _sale(code: str, line: LineInput, **buyer: str) -> sales.DocumentView:
    paid = line.rate if code == "CASH" else 0
    return sales.post_invoice(sales.InvoiceDraft(code, DAY, [line], received=paid, **buyer))


def _fields(code: str, line: LineInput, **buyer: str) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        _sale(code, line, **buyer)
    assert all("Rule 46(e)" in e.message or "state code" in e.message for e in caught.value.errors)
    return [e.field for e in caught.value.errors]


def test_a_cash_sale_of_50000_without_the_buyer_is_refused(shop_file: Path) -> None:
    assert _fields("CASH", FRIDGE) == ["buyer_name", "buyer_address", "buyer_state"]
    assert _fields("CASH", FRIDGE, buyer_name="Ravi Kulkarni") == [
        "buyer_address",
        "buyer_state",
    ]
    assert _fields("CASH", FRIDGE, buyer_name="R", buyer_address="Pune", buyer_state="77") == [
        "buyer_state"
    ]
    assert SalesDoc.select().count() == 0


def test_a_cash_sale_of_50000_keeps_and_prints_the_buyer(shop_file: Path) -> None:
    doc = _sale(
        "CASH",
        FRIDGE,
        buyer_name="Ravi  Kulkarni",
        buyer_address="12 MG Road, Pune 411001",
        buyer_state="27",
    )
    assert (doc.walk_in_name, doc.walk_in_address, doc.walk_in_state) == (
        "Ravi Kulkarni",
        "12 MG Road, Pune 411001",
        "27",
    )


def test_under_50000_a_cash_sale_needs_no_buyer(shop_file: Path) -> None:
    assert _sale("CASH", KETTLE).walk_in_name == ""


def test_a_customer_without_gstin_needs_address_and_state_in_their_record(
    shop_file: Path,
) -> None:
    bare = make_customer("Meena Stores").code
    assert _fields(bare, FRIDGE) == ["buyer_address", "buyer_state"]
    full = make_customer("Meena Stores", billing_address="4 Station Rd", state_code="27").code
    assert _sale(full, FRIDGE).totals.grand_total == 5_000_000
    registered = make_customer("Kaveri", gstin="27AAPFU0939F1ZV", state_code="27").code
    assert _sale(registered, FRIDGE).totals.grand_total == 5_000_000
