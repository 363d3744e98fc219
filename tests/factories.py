"""Test-data builders shared by every test layer."""

from __future__ import annotations

from datetime import date
from itertools import count

from vyapar_lite.domain.customer import CustomerDetails, OpeningBalance, OpeningKind
from vyapar_lite.domain.item import ItemDetails
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.services import customers, items

_phones = count(9000000001)


def make_customer(
    name: str = "Asha Verma",
    *,
    opening: int = 0,
    opening_kind: OpeningKind = OpeningKind.RECEIVABLE,
    **fields: object,
) -> customers.CustomerAccount:
    """Create a customer through the service (unique phone unless given)."""
    fields.setdefault("phone", str(next(_phones)))
    details = CustomerDetails(name=name, **fields)  # type: ignore[arg-type]
    start = OpeningBalance(opening, opening_kind, date(2026, 4, 1)) if opening else None
    return customers.create_customer(details, opening=start)


def make_item(
    name: str = "Basmati Rice 5 kg",
    *,
    opening_stock: int = 0,
    opening_date: date = date(2026, 4, 1),
    **fields: object,
) -> items.ItemRecord:
    """Create an item through the service (18% GST unless given; opening stock in thousandths)."""
    fields.setdefault("gst_rate_bp", 1800)
    if opening_stock:
        fields.setdefault("track_stock", True)
    details = ItemDetails(name=name, **fields)  # type: ignore[arg-type]
    return items.create_item(details, opening_stock_milli=opening_stock, opening_date=opening_date)


# A registered shop with every particular filled (tests that the documents keep them as issued).
ISSUING_SHOP = ShopProfile(
    name="Test Traders",
    state_code="27",
    address="12 Laxmi Road",
    city="Pune",
    pin_code="411002",
    phone="9822000000",
    email="shop@example.com",
    gstin="27AAPFU0939F1ZV",
)
