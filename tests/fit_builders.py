"""The shop the window-fit test reads (issue 15 item 7): figures as wide as a busy shop's, so each
report tab has rows to fit at 1366x768.

On top of the report shop (`report_builders.build_report_shop`, April-June 2026): bills of supply
from the first days of April, while the shop was still a composition dealer (CMP-08 has a
quarter); a wholesale buyer with a long name and a GSTIN, billed crores, who pays most of it
into the bank; a large inter-state invoice (IGST in crores); expenses paid from cash and the
bank, one on a supplier's GST bill; payments by RTGS and in cash. Amounts in the comments are
rupees.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from factories import make_customer
from payment_builders import receive
from report_builders import build_report_shop, invoice, line
from vyapar_lite.domain.expense import TaxAtRate
from vyapar_lite.services import expenses, money_accounts, money_setup, shop

START, END = date(2026, 4, 1), date(2026, 6, 30)
FIN_YEAR = "2026-27"
LONG_NAME = "Shri Venkateshwara Agro Industries and Cold Storage Private Limited"
LONG_GSTIN = "27AAGFM4821K1Z4"
SUPPLIER_GSTIN = "27AADCR5055K1Z4"
KARNATAKA_GSTIN = "29AABCS1429B1ZQ"


@dataclass(frozen=True)
class FitShop:
    long: str  # the long-named wholesale buyer's code
    numbers: dict[str, str]


def build_fit_shop() -> FitShop:
    """Call after the `shop_file` fixture."""
    profile = shop.get_profile()
    assert profile is not None
    shop.save_profile(dataclasses.replace(profile, composition=True, composition_rate_bp=100))
    walk_in = make_customer(
        "Pooja General and Provision Stores", city="Pune", state_code="27",
        billing_address="Shop 4, Market Yard, Gultekdi", pin_code="411037",
    )  # fmt: skip
    n: dict[str, str] = {}
    # 01-04 and 03-04, as a composition dealer: ₹8,45,000 and ₹12,500 (no tax on the bill)
    n["bos1"] = invoice(walk_in.code, date(2026, 4, 1), line("Rice bags", 84500000, 500)).number
    n["bos2"] = invoice(walk_in.code, date(2026, 4, 3), line("Sugar", 1250000, 500)).number
    report = build_report_shop()  # the shop opts out: regular from 05-04
    n.update(report.numbers)
    long = make_customer(
        LONG_NAME, gstin=LONG_GSTIN, state_code="27", city="Kolhapur", customer_type="Dealer",
        category="Wholesale", payment_terms_days=45,
    ).code  # fmt: skip
    bengaluru = make_customer(
        "Sri Lakshmi Narasimha Hardware and Electricals", gstin=KARNATAKA_GSTIN,
        state_code="29", city="Bengaluru", customer_type="Wholesaler",
    ).code  # fmt: skip
    # 01-06: cold storage rent ₹1,23,45,600 at 18% = ₹1,45,67,808
    n["big"] = invoice(
        long, date(2026, 6, 1), line("Cold storage rent", 1234560000, hsn_sac="996729")
    ).number
    # 15-06: 950 almirahs at ₹10,395.32 at 18% IGST = ₹1,16,52,952.20 (rounded to the rupee)
    almirahs = line("Steel almirah", 1039532, qty_milli=950000, hsn_sac="9403")
    n["igst"] = invoice(bengaluru, date(2026, 6, 15), almirahs).number
    bank = money_setup.add_account(
        money_setup.NewAccount(
            "State Bank of India current", "bank", "4321", "SBIN0001234", 125000000, START
        )
    )
    money_setup.set_mode_account("bank", bank.id)
    # 20-06: ₹1,40,00,000 of the rent by RTGS; 25-06: Pooja pays ₹1,95,000 in cash (under the
    # ₹2,00,000 a shop may take in cash, s.269ST Income-tax Act)
    n["rtgs"] = receive(
        long, 1400000000, date(2026, 6, 20), mode="bank", reference="RTGS SBINR52026062000418"
    )
    n["cash"] = receive(walk_in.code, 19500000, date(2026, 6, 25))
    bill = expenses.GstBill(
        SUPPLIER_GSTIN, "MSEDCL/2026/118734", date(2026, 6, 5), "Maharashtra State Electricity",
        [TaxAtRate(1800, 12345600, cgst=1111104, sgst=1111104)],
    )  # fmt: skip
    n["power"] = expenses.post_expense(
        expenses.ExpenseDraft(
            date(2026, 6, 8), "Electricity", 14567808, bank.id, "Cold room, May 2026", bill
        )
    ).number
    cash = money_accounts.cash_account().id
    n["wages"] = expenses.post_expense(
        expenses.ExpenseDraft(date(2026, 6, 30), "Wages", 8500000, cash, "Loaders, June")
    ).number
    return FitShop(long, n)


def fit_shop_file(folder: Path) -> tuple[Path, FitShop]:
    """The fit shop written to `folder/shop.vyapar` and closed, built once for a module's tests
    (each opens a copy). The unusual-date check is off while it is built."""
    import pytest

    from conftest import TEST_SHOP
    from vyapar_lite.db import close_data_file, open_data_file
    from vyapar_lite.services import document_dates

    path = folder / "shop.vyapar"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(document_dates, "check", lambda on, *, confirmed, field: None)
        open_data_file(path)
        try:
            shop.save_profile(TEST_SHOP)
            built = build_fit_shop()
        finally:
            close_data_file()
    return path, built
