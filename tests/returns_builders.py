"""A shop with one month (April 2026) of every kind of outward supply, for the return reports.

The shop is in Maharashtra (27). Amounts in the comments are rupees before tax. Documents go in
through the sales services, so they carry their snapshots like any posted document.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from factories import make_customer
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.services import export_settings, sales, shop

SHOP_GSTIN = "27AAPFU0939F1ZV"
APRIL = (date(2026, 4, 1), date(2026, 4, 30))


def goods(
    description: str,
    rate: int,
    gst_bp: int = 1800,
    qty: int = 1,
    *,
    hsn: str = "1006",
    unit: str = "kg",
    supply: str = "",
    rcm: bool = False,
) -> LineInput:
    return LineInput(
        description,
        qty * 1000,
        rate,
        gst_bp,
        hsn_sac=hsn,
        unit=unit,
        supply_type=supply,
        reverse_charge=rcm,
    )


def _post(code: str, day: int, *lines: LineInput, **kw: object) -> str:
    draft = sales.InvoiceDraft(code, date(2026, 4, day), list(lines), **kw)  # type: ignore[arg-type]
    return sales.post_invoice(draft).number


@dataclass(frozen=True)
class ReturnsShop:
    numbers: dict[str, str]


def build_returns_shop() -> ReturnsShop:
    """Call after the `shop_file` fixture."""
    profile = shop.get_profile()
    assert profile is not None
    shop.save_profile(
        ShopProfile(name=profile.name, state_code="27", city="Pune", gstin=SHOP_GSTIN)
    )
    export_settings.save_lut_reference("AD2704260001234 dated 01-04-2026")
    b2b_local = make_customer("Mahesh Traders", state_code="27", gstin="27AAPFU0939F2ZU").code
    b2b_away = make_customer("Kaveri Stores", state_code="29", gstin="29AAGCB7383J1Z4").code
    local = make_customer("Asha Verma", state_code="27").code
    gujarat = make_customer(
        "Bhavesh Patel", state_code="24", billing_address="12 Relief Road, Ahmedabad"
    ).code
    karnataka = make_customer("Lakshmi Rao", state_code="29").code
    abroad = make_customer("Gulf Spices LLC", state_code="96", country="United Arab Emirates")
    sez = make_customer("Pune SEZ Unit", gstin="24AAACC1206D1ZM", is_sez=True).code
    n: dict[str, str] = {}
    # B2B within the state: 10 kg rice at ₹100, 5%; 2 kg soap at ₹50, 18%
    n["b2b_local"] = _post(
        b2b_local, 2, goods("Rice", 10000, 500, 10), goods("Soap", 5000, 1800, 2, hsn="3401")
    )
    # B2B to Karnataka, IGST: 1 almirah at ₹10,000, 18%, and a nil-rated 1 kg of salt at ₹20
    n["b2b_away"] = _post(
        b2b_away,
        3,
        goods("Steel almirah", 1000000, hsn="9403", unit="pcs"),
        goods("Salt", 2000, 0, hsn="2501"),
    )
    # B2C in the state: 3 kg rice at ₹100, 5%; an exempt book at ₹250; non-GST petrol ₹100
    n["b2c_local"] = _post(
        local,
        4,
        goods("Rice", 10000, 500, 3),
        goods("School book", 25000, 0, hsn="4901", unit="pcs", supply="exempt"),
        goods("Petrol", 10000, 0, hsn="2710", unit="ltr", supply="non_gst"),
    )
    # B2C large: inter-state to an unregistered buyer above ₹1,00,000 (₹1,50,000 at 18%)
    n["b2cl"] = _post(gujarat, 5, goods("Steel almirah", 15000000, hsn="9403", unit="pcs"))
    # B2C small inter-state: ₹2,000 at 18% to Karnataka, and ₹500 at 5% to Gujarat
    n["b2cs_away"] = _post(karnataka, 6, goods("Soap", 200000, hsn="3401"))
    n["b2cs_gujarat"] = _post(gujarat, 7, goods("Rice", 50000, 500))
    # an export under LUT (no IGST): 100 kg rice at ₹100
    n["export"] = _post(abroad.code, 8, goods("Rice", 10000, 500, 100), export=True)
    # SEZ with IGST: ₹5,000 at 18%; SEZ without IGST (LUT): ₹3,000 at 18%
    n["sez_wp"] = _post(sez, 9, goods("Soap", 500000, hsn="3401"), sez_with_tax=True)
    n["sez_wop"] = _post(sez, 10, goods("Soap", 300000, hsn="3401"), sez_with_tax=False)
    # a service on reverse charge to a registered buyer: ₹1,000 at 5%
    n["rcm"] = _post(
        b2b_local, 11, goods("Goods transport", 100000, 500, hsn="9965", unit="", rcm=True)
    )
    # a credit note to the registered buyer: 2 kg of the rice back
    n["cn"] = sales.post_credit_note(
        n["b2b_local"], doc_date=date(2026, 4, 20), returns={1: 2000}, reason="Damaged bags"
    ).number
    # a cancelled B2C invoice: counted nowhere
    n["cancelled"] = _post(local, 21, goods("Rice", 10000, 500, 5))
    sales.cancel_invoice(n["cancelled"], "Typed twice")
    return ReturnsShop(n)
