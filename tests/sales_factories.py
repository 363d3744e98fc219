"""Builders for the sales screens' tests: a shop with items and customers to sell to."""

from __future__ import annotations

from dataclasses import dataclass

from factories import make_customer, make_item
from vyapar_lite.domain.item import TypePrice

SHOP_GSTIN = "27AAPFU0939F1ZV"  # Maharashtra, like the test shop


@dataclass(frozen=True)
class SalesShop:
    dealer: str  # Sharma Traders, a Dealer in Maharashtra with a credit limit (warn only)
    strict: str  # Shankar Rao, "stop sales" at a small limit
    outstation: str  # Karnataka customer with a GSTIN (IGST)
    foreign: str  # a customer outside India (export sales)


def stock_the_shop() -> SalesShop:
    """Three items (one with a dealer price), and customers to sell to. Call after `shop_file`."""
    from vyapar_lite.domain.shop import ShopProfile
    from vyapar_lite.services import shop

    profile = shop.get_profile()
    assert profile is not None
    shop.save_profile(
        ShopProfile(
            name=profile.name,
            state_code="27",
            address="12 MG Road, Camp",
            city="Pune",
            pin_code="411001",
            phone=profile.phone,
            gstin=SHOP_GSTIN,
        )
    )
    make_item(
        "Basmati Rice 5 kg",
        code="RICE5",
        sale_price=65000,
        gst_rate_bp=500,
        hsn_sac="1006",
        unit="bag",
        type_prices={"Dealer": TypePrice(price=60000)},
        opening_stock=50000,
    )
    make_item(
        "Sunflower Oil 1 l",
        code="OIL1",
        sale_price=15500,
        gst_rate_bp=500,
        hsn_sac="1512",
        unit="bottle",
    )
    make_item(
        "Steel Tiffin Box",
        code="TIFFIN",
        sale_price=42000,
        gst_rate_bp=1800,
        hsn_sac="7323",
        unit="pcs",
    )
    dealer = make_customer(
        "Sharma Traders",
        phone="9822000001",
        city="Pune",
        state_code="27",
        customer_type="Dealer",
        credit_limit=100000,
        check_credit_limit=True,
        billing_address="Shop 4, Market Yard\nGultekdi",
        pin_code="411037",
    )
    strict = make_customer(
        "Shankar Rao",
        phone="9822000002",
        city="Nashik",
        state_code="27",
        credit_limit=50000,
        stop_sales=True,
    )
    outstation = make_customer(
        "Bengaluru Stores",
        phone="9845000003",
        city="Bengaluru",
        state_code="29",
        gstin="29AAGCB7383J1Z4",
        customer_type="Wholesaler",
    )
    foreign = make_customer("Gulf Spices LLC", phone="9820000004", city="Dubai", state_code="96")
    return SalesShop(dealer.code, strict.code, outstation.code, foreign.code)
