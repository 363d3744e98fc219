"""A realistic sample shop for trying the app (`--demo`, `vyapar-lite-cli demo`).

Everything goes through the ordinary services, so the sample data obeys every rule real data does.
The data is fixed (no randomness): the same command always makes the same shop.
"""

from __future__ import annotations

from datetime import date

from vyapar_lite.db import database
from vyapar_lite.db.models import Customer
from vyapar_lite.domain import gst
from vyapar_lite.domain.customer import CustomerDetails, OpeningBalance, OpeningKind
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.item import ItemDetails, TypePrice
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.services import customers, items, sample_sales, shop

SHOP = ShopProfile(
    name="Sharma General Store",
    address="Shop 4, Laxmi Road, Sadashiv Peth",
    city="Pune",
    pin_code="411030",
    phone="9822012345",
    email="sharmastore@example.in",
    state_code="27",
    gstin="27AAPFU0939F1ZV",
)

# name, phone, city, pin, state, type, category, PAN (for a GSTIN) or "", opening (paise, kind)
_PEOPLE: list[tuple[str, str, str, str, str, str, str, str, int, str]] = [
    ("Aarav Patil", "9823456701", "Pune", "411001", "27", "General", "", "", 0, ""),
    ("Priya Deshmukh", "9890123402", "Pune", "411004", "27", "General", "", "", 125000, "R"),
    ("Rohan Kulkarni", "9765432103", "Pune", "411038", "27", "General", "Regular", "", 0, ""),
    ("Sneha Joshi", "9881234504", "Pune", "411016", "27", "General", "Regular", "", 45050, "R"),
    ("Vikram Shinde", "9970012305", "Pimpri", "411018", "27", "General", "", "", 0, ""),
    ("Anjali Gokhale", "9158765406", "Pune", "411052", "27", "General", "Teachers", "", 0, ""),
    (
        "Mahesh Traders",
        "9422012307",
        "Mumbai",
        "400002",
        "27",
        "Dealer",
        "Kirana",
        "AAGFM4821K",
        8750000,
        "R",
    ),
    (
        "Shree Ganesh Kirana",
        "9850112308",
        "Nashik",
        "422001",
        "27",
        "Wholesaler",
        "Kirana",
        "ABKFS7712L",
        2340000,
        "R",
    ),
    (
        "Joshi & Sons Distributors",
        "9011223309",
        "Nagpur",
        "440001",
        "27",
        "Distributor",
        "",
        "AAHFJ3390M",
        0,
        "",
    ),
    ("Sunita Pawar", "7709876510", "Pune", "411030", "27", "General", "", "", 20000, "A"),
    ("Fatima Shaikh", "8805512311", "Pune", "411042", "27", "General", "Regular", "", 0, ""),
    ("Deepak Jadhav", "9960012312", "Satara", "415001", "27", "General", "", "", 310000, "R"),
    (
        "St. Mary's School",
        "9823300113",
        "Pune",
        "411001",
        "27",
        "General",
        "School",
        "AAATS1234Q",
        1575000,
        "R",
    ),
    (
        "Kaveri Stores",
        "9845012314",
        "Bengaluru",
        "560004",
        "29",
        "Dealer",
        "Kirana",
        "AAGCB7383J",
        4520000,
        "R",
    ),
    (
        "Patel Brothers",
        "9825012315",
        "Ahmedabad",
        "380001",
        "24",
        "Wholesaler",
        "",
        "AAACC1206D",
        0,
        "",
    ),
    ("Ramesh Iyer", "9444012316", "Chennai", "600004", "33", "General", "", "", 0, ""),
    ("Neha Agarwal", "9811012317", "New Delhi", "110001", "07", "General", "", "", 98000, "R"),
    (
        "Tata Motors Canteen",
        "9822412318",
        "Pimpri",
        "411018",
        "27",
        "General",
        "Tata Group",
        "AAACT2727Q",
        6200000,
        "R",
    ),
    ("Ganesh Hotel", "9370012319", "Pune", "411002", "27", "Dealer", "Hotels", "", 0, ""),
    ("Meera Nair", "9447012320", "Kochi", "682001", "32", "General", "", "", 0, ""),
    ("Arjun Reddy", "9848012321", "Hyderabad", "500001", "36", "General", "", "", 0, ""),
    (
        "Sai Krupa Medical",
        "9421012322",
        "Pune",
        "411011",
        "27",
        "Dealer",
        "Medical",
        "ABCFS5521P",
        1210000,
        "R",
    ),
    ("Kiran Bhosale", "8600012323", "Pune", "411028", "27", "General", "", "", 5000, "A"),
    ("Pooja Mehta", "9920012324", "Mumbai", "400050", "27", "General", "", "", 0, ""),
    ("Om Sai Caterers", "9823012325", "Pune", "411045", "27", "Dealer", "Hotels", "", 760000, "R"),
]


# What a Pune kirana and stationery shop sells, at the GST rates in force since 22-09-2025.
# name, HSN/SAC, unit, sale price (paise), price includes tax, GST (bp), opening stock (thousandths;
# None: stock not tracked), low-stock level (thousandths), {customer type: (price, discount bp)}
_ITEMS: list[
    tuple[str, str, str, int, bool, int, int | None, int, dict[str, tuple[int | None, int | None]]]
] = [
    ("Basmati Rice 5 kg", "10063020", "bag", 67500, True, 500, 40000, 8000,
     {"Dealer": (62000, None), "Wholesaler": (60500, None)}),
    ("Wheat Atta 10 kg", "11010000", "bag", 48500, True, 500, 25000, 5000,
     {"Dealer": (45000, None)}),
    ("Sunflower Oil 1 l", "15121910", "pack", 15500, True, 500, 60000, 12000,
     {"Wholesaler": (None, 500)}),
    ("Sugar", "17019990", "kg", 4600, True, 500, 150000, 25000, {"Dealer": (4300, None)}),
    ("Toor Dal 1 kg", "07136000", "pack", 16500, True, 500, 45000, 10000, {}),
    ("Iodised Salt 1 kg", "25010020", "pack", 2800, False, 0, 80000, 20000, {}),
    ("Tea Powder 500 g", "09023020", "pack", 26500, True, 500, 30000, 6000,
     {"General": (None, 200)}),
    ("Glucose Biscuits 250 g", "19053100", "pack", 3000, True, 500, 120000, 24000,
     {"Dealer": (2650, None), "Wholesaler": (None, 1000), "Distributor": (None, 1200)}),
    ("Bath Soap 4 x 100 g", "34011190", "pack", 16000, True, 500, 50000, 10000, {}),
    ("Toothpaste 150 g", "33061020", "pcs", 11000, True, 500, 40000, 8000, {}),
    ("Detergent Powder 1 kg", "34022010", "pack", 13500, True, 1800, 8000, 10000,
     {"Dealer": (None, 500)}),
    ("Notebook 200 pages", "48202000", "pcs", 6000, False, 0, 200000, 50000,
     {"Wholesaler": (None, 1000), "Distributor": (None, 1500)}),
    ("Ball Pen (blue)", "96081019", "pcs", 1000, True, 1800, 500000, 100000,
     {"Dealer": (800, None)}),
    ("Pencils (box of 10)", "96091000", "box", 5000, False, 0, 60000, 12000, {}),
    ("Cow Ghee 1 l", "04059020", "bottle", 65000, True, 500, 4000, 5000, {}),
    ("Full Cream Milk 500 ml", "04012000", "pack", 3400, False, 0, None, 0, {}),
    ("Cold Drink 750 ml", "22021010", "bottle", 4500, True, 4000, 48000, 12000, {}),
    ("Agarbatti", "33074100", "box", 6000, True, 500, None, 0, {}),
    ("LED Bulb 9 W", "85395200", "pcs", 9900, True, 1800, 30000, 6000,
     {"Dealer": (8500, None)}),
    ("Home Delivery", "996813", "service", 4000, False, 1800, None, 0, {}),
]  # fmt: skip


def _gstin(state: str, pan: str) -> str:
    first14 = f"{state}{pan}1Z"
    return first14 + gst.gstin_check_char(first14)


def fill_sample_shop() -> int:
    """Fill an empty shop file with the sample shop (customers, items and a few sales: see
    `sample_sales`); returns the number of customers made.

    Refuses (ValidationError) a file that already has a shop profile or customers besides CASH,
    so a real shop is never overwritten or mixed with sample customers.
    """
    with database.atomic():
        if shop.get_profile() is not None or Customer.select().where(~Customer.is_cash).exists():
            raise ValidationError(
                FieldError(
                    "file",
                    "This file already holds a shop; the sample shop needs a new, empty file",
                )
            )
        shop.save_profile(SHOP)
        for i, person in enumerate(_PEOPLE):
            name, phone, city, pin, state, kind, category, pan, opening, side = person
            details = CustomerDetails(
                name=name,
                phone=phone,
                city=city,
                pin_code=pin,
                state_code=state,
                customer_type=kind,
                category=category,
                email=f"{name.split()[0].lower()}{i}@example.in" if i % 3 == 0 else "",
                billing_address=f"{10 + i}, Main Road, {city}",
                gstin=_gstin(state, pan) if pan else "",
                pan=pan,
                credit_limit=5000000 if pan else (1000000 if i % 4 == 0 else 0),
                check_credit_limit=bool(pan) or i % 4 == 0,
                payment_terms_days=30 if pan else 0,
                preferred_contact="WhatsApp" if i % 2 else "Phone",
            )
            start = (
                OpeningBalance(
                    opening,
                    OpeningKind.RECEIVABLE if side == "R" else OpeningKind.ADVANCE,
                    date(2026, 4, 1),
                )
                if opening
                else None
            )
            customers.create_customer(details, opening=start, confirmed=True)
        for title, hsn, unit, price, with_tax, rate, stock, low, by_type in _ITEMS:
            item = ItemDetails(
                name=title,
                hsn_sac=hsn,
                unit=unit,
                sale_price=price,
                price_includes_tax=with_tax,
                gst_rate_bp=rate,
                track_stock=stock is not None,
                low_stock_milli=low,
                type_prices={t: TypePrice(*p) for t, p in by_type.items()},
            )
            items.create_item(item, opening_stock_milli=stock or 0, opening_date=date(2026, 4, 1))
        sample_sales.fill_sample_sales()
    return len(_PEOPLE)
