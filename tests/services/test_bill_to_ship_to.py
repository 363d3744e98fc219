"""Bill to / ship to (s.10(1)(b) IGST Act): goods delivered to a third party on the buyer's
direction are supplied at the buyer's principal place of business, not where they are delivered
(which s.10(1)(a) makes the place of supply otherwise). The choice is kept with the invoice's
parties as issued."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from factories import make_customer
from sales_factories import SalesShop, stock_the_shop
from vyapar_lite.db.models import DocumentParty
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import customers, sales

DAY = date(2026, 5, 10)
TIFFIN = LineInput("Steel Tiffin Box", 1000, 42000, 1800, item_code="TIFFIN")  # 420 + 18%


@pytest.fixture
def stocked(shop_file: Path) -> SalesShop:
    return stock_the_shop()  # the shop is in Maharashtra (27)


def _post(code: str, state: str, *, third_party: bool) -> sales.DocumentView:
    return sales.post_invoice(
        sales.InvoiceDraft(
            code,
            DAY,
            [TIFFIN],
            delivery_address="Unit 7, Site Office, MIDC",
            delivery_state=state,
            bill_to_ship_to=third_party,
        )
    )


def test_inter_state_buyer_delivering_to_a_third_party_in_the_shop_s_state(
    stocked: SalesShop,
) -> None:
    """A Karnataka buyer has the goods sent to its contractor in Maharashtra: IGST, not CGST."""
    plain = _post(stocked.outstation, "27", third_party=False)  # s.10(1)(a): where delivered
    assert (plain.place_of_supply, plain.tax_kind, plain.totals.cgst) == ("27", "intra", 3780)
    billed = _post(stocked.outstation, "27", third_party=True)  # s.10(1)(b): the buyer's place
    assert (billed.place_of_supply, billed.tax_kind) == ("29", "inter")
    assert (billed.totals.igst, billed.totals.cgst) == (7560, 0)
    assert billed.third_party_delivery and billed.delivery_state == "27"
    assert billed.ships_elsewhere and "MIDC" in billed.delivery_address


def test_intra_state_buyer_delivering_to_a_third_party_in_another_state(
    stocked: SalesShop,
) -> None:
    """A Pune buyer has the goods sent to a customer of its own in Gujarat: CGST + SGST."""
    local = make_customer("Pune Mills", state_code="27", gstin="27AAACC1206D1ZG").code
    plain = _post(local, "24", third_party=False)
    assert (plain.place_of_supply, plain.tax_kind, plain.totals.igst) == ("24", "inter", 7560)
    billed = _post(local, "24", third_party=True)
    assert (billed.place_of_supply, billed.tax_kind) == ("27", "intra")
    assert (billed.totals.cgst, billed.totals.sgst, billed.totals.igst) == (3780, 3780, 0)
    stored = DocumentParty.get(DocumentParty.doc_id == 2, DocumentParty.doc_type == "sales_doc")
    assert (stored.third_party_delivery, stored.shipping_state_code) == (True, "24")
    assert stored.place_of_supply == "27"
    # the master changes later: the invoice keeps what was issued
    account = customers.get_customer(local)
    customers.update_customer(local, dataclasses.replace(account.details, city="Mumbai"))
    again = sales.get_document(billed.number)
    assert (again.place_of_supply, again.third_party_delivery) == ("27", True)


def test_bill_to_ship_to_needs_the_third_party_s_address(stocked: SalesShop) -> None:
    with pytest.raises(ValidationError) as refused:
        sales.post_invoice(
            sales.InvoiceDraft(stocked.outstation, DAY, [TIFFIN], bill_to_ship_to=True)
        )
    assert refused.value.errors[0].field == "delivery_address"
    assert DocumentParty.select().count() == 0
