"""Generate a big, realistic shop file for the performance suite.

    python benchmarks/generate_shop.py --out benchmarks/data/shop-10k-1m.vyapar \
        --customers 10000 --entries 1000000 [--seed 1] [--force] [--documents]

The file is created through `vyapar_lite.db.open_data_file`, so the schema is exactly what the
migrations make, then closed and bulk-loaded with the standard `sqlite3` module in one transaction
(`executemany`, ledger indexes dropped during the load and recreated from their own SQL afterwards).

Output is deterministic for a given seed and size: every random choice comes from
`random.Random(seed)` and only integer arithmetic is used (`randrange`, `choice`, integer weights),
so money stays integer paise and the same seed gives the same file on any machine. Dates are fixed
(three years ending `END_DATE`), not taken from the clock; only `created_at` of the schema's own
rows (the CASH customer, schema_version) reflects when the file was made.

With `--documents` the load also writes the documents behind the ledger, as the app posts them:
an item master, a `sales_doc` with its lines for every invoice entry (a few cancelled, with the
app's reversing entry), a `receipt` for every receipt entry, allocated to the customer's oldest
due invoices, and the walk-in sales' counter receipts (see `DocumentWriter`). Without it the
output is exactly what it was before the option existed.

The file is built beside the target as `<name>.partial` and renamed into place when complete, so an
interrupted run never leaves a half-loaded shop under the real name.
"""

from __future__ import annotations

import argparse
import bisect
import heapq
import os
import sqlite3
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from random import Random

try:
    from vyapar_lite.db import close_data_file, open_data_file
    from vyapar_lite.db.lock import ShopInUse, ShopLock
except ModuleNotFoundError:  # run without PYTHONPATH=src
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from vyapar_lite.db import close_data_file, open_data_file
    from vyapar_lite.db.lock import ShopInUse, ShopLock
from vyapar_lite.db import money_backfill
from vyapar_lite.db.party_backfill import snapshot_existing_documents
from vyapar_lite.domain import doc_numbers
from vyapar_lite.services.sales_postings import MODE_LABELS  # the receipt texts, as the app's

END_DATE = date(2026, 11, 22)
DAYS = 3 * 365 + 1  # three years of trading, ending END_DATE
START_DATE = END_DATE - timedelta(days=DAYS - 1)

SHOP_STATE = "27"  # the shop is in Pune, Maharashtra

# --- people, places and businesses -------------------------------------------------------------


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST_NAMES = _words(
    "Aarav Aditya Ajay Akash Amit Anand Anil Arjun Ashok Deepak Dinesh Ganesh Gopal Harish Imran "
    "Jagdish Karan Kishore Krishna Mahesh Manoj Mohan Mukesh Naresh Nikhil Pankaj Prakash Rahul "
    "Rajesh Rakesh Ramesh Ravi Rohit Sachin Sandeep Sanjay Santosh Satish Shyam Sunil Suresh "
    "Vijay Vikas Vinod Yogesh Zubair Abdul Farhan Gurpreet Harpreet Joseph Thomas Venkatesh "
    "Srinivas Murugan Senthil Prasad Raju Aarti Anita Anjali Asha Deepa Divya Geeta Jyoti Kavita "
    "Lakshmi Meena Neha Nisha Pooja Priya Radha Rekha Rina Sangeeta Sarita Seema Shalini Shobha "
    "Sneha Sunita Swati Usha Vandana Fatima Ayesha Mary Simran Kamala Revathi Padma"
)
SURNAMES = _words(
    "Sharma Verma Gupta Agarwal Jain Bansal Goyal Mittal Singh Yadav Kumar Mishra Pandey Tiwari "
    "Dubey Shukla Srivastava Patel Shah Mehta Desai Joshi Kulkarni Deshpande Patil Pawar Jadhav "
    "Shinde More Gaikwad Chavan Kale Naik Reddy Rao Naidu Iyer Iyengar Nair Menon Pillai Krishnan "
    "Subramanian Das Ghosh Banerjee Chatterjee Mukherjee Bose Sen Dutta Roy Khan Shaikh Ansari "
    "Qureshi Siddiqui Gill Sandhu Dhillon Grewal Bhatia Malhotra Kapoor Khanna Arora Chopra "
    "Fernandes D'Souza Pereira Thakur Chauhan Rathore Solanki Parmar Bhat Hegde Shetty Kamath"
)
SHOP_WORDS = (
    "Traders",
    "Enterprises",
    "General Stores",
    "Kirana Stores",
    "Agencies",
    "Distributors",
    "& Sons",
    "Brothers",
    "Trading Co.",
    "Marketing",
    "Supermart",
    "Hardware",
)
SHOP_PREFIXES = (
    "Shree Ganesh",
    "Shri Balaji",
    "Sai",
    "Jai Mata Di",
    "Laxmi",
    "Om",
    "New",
    "Royal",
    "Annapurna",
    "Mahalaxmi",
    "Krishna",
    "Vinayak",
    "Sri Venkateswara",
    "Guru Nanak",
    "Al-Madina",
)
STREETS = (
    "MG Road",
    "Station Road",
    "Main Bazaar",
    "Market Yard",
    "Gandhi Chowk",
    "Nehru Nagar",
    "Shivaji Nagar",
    "Laxmi Road",
    "Tilak Road",
    "Ring Road",
    "Old Town",
    "Civil Lines",
    "Sadar Bazaar",
    "Industrial Area",
    "Near Bus Stand",
)
# (city, GST state code, first three digits of its PIN codes)
LOCAL_CITIES = (
    ("Pune", "27", "411"),
    ("Pune", "27", "412"),
    ("Pimpri-Chinchwad", "27", "411"),
    ("Mumbai", "27", "400"),
    ("Thane", "27", "400"),
    ("Nashik", "27", "422"),
    ("Nagpur", "27", "440"),
    ("Kolhapur", "27", "416"),
    ("Satara", "27", "415"),
    ("Ahmednagar", "27", "414"),
    ("Solapur", "27", "413"),
    ("Aurangabad", "27", "431"),
)
OTHER_CITIES = (
    ("Ahmedabad", "24", "380"),
    ("Surat", "24", "395"),
    ("Vadodara", "24", "390"),
    ("Delhi", "07", "110"),
    ("Gurugram", "06", "122"),
    ("Noida", "09", "201"),
    ("Lucknow", "09", "226"),
    ("Jaipur", "08", "302"),
    ("Indore", "23", "452"),
    ("Bhopal", "23", "462"),
    ("Bengaluru", "29", "560"),
    ("Belagavi", "29", "590"),
    ("Hyderabad", "36", "500"),
    ("Chennai", "33", "600"),
    ("Coimbatore", "33", "641"),
    ("Kochi", "32", "682"),
    ("Kolkata", "19", "700"),
    ("Patna", "10", "800"),
    ("Bhubaneswar", "21", "751"),
    ("Guwahati", "18", "781"),
    ("Chandigarh", "04", "160"),
    ("Ludhiana", "03", "141"),
    ("Dehradun", "05", "248"),
    ("Raipur", "22", "492"),
    ("Ranchi", "20", "834"),
    ("Visakhapatnam", "37", "530"),
    ("Panaji", "30", "403"),
    ("Silvassa", "26", "396"),
)
EMAIL_DOMAINS = _words("gmail.com gmail.com gmail.com yahoo.co.in rediffmail.com outlook.com")

# --- customer types: (name, share %, typical invoice in paise, activity weight, GSTIN share %) --

CUSTOMER_TYPES = (
    ("General", 70, 1_200_00, 2, 8),
    ("Dealer", 15, 9_000_00, 5, 85),
    ("Wholesaler", 10, 25_000_00, 6, 95),
    ("Distributor", 5, 60_000_00, 8, 100),
)
# Credit limits in whole rupees by type (0 = no limit set).
CREDIT_LIMITS = {
    "General": (0, 0, 0, 0, 5_000, 10_000, 25_000),
    "Dealer": (50_000, 1_00_000, 2_00_000, 3_00_000),
    "Wholesaler": (2_00_000, 5_00_000, 10_00_000),
    "Distributor": (5_00_000, 10_00_000, 25_00_000, 50_00_000),
}
PAYMENT_TERMS = {
    "General": (0, 0, 0, 7, 15),
    "Dealer": (7, 15, 15, 30),
    "Wholesaler": (15, 30, 30, 45),
    "Distributor": (30, 30, 45, 60),
}
# A skewed (roughly log-normal) spread of invoice sizes around the type's typical amount,
# as percentages, each listed as often as it should occur.
# fmt: off
INVOICE_SPREAD_PCT = (
    8, 12, 15, 20, 20, 25, 30, 30, 35, 40, 40, 45, 50, 50, 55, 60, 60, 65, 70, 70, 75, 80, 80, 85,
    90, 90, 95, 100, 100, 100, 110, 110, 120, 120, 130, 140, 150, 160, 180, 200, 220, 250,
    280, 320, 380, 450, 550, 700, 900, 1300,
)
# fmt: on
ACTIVITY_SPREAD = (1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 8, 10, 14, 20, 30, 50)
RECEIPT_MODES = ("Cash", "Cash", "UPI", "UPI", "UPI", "Cheque", "NEFT", "RTGS", "Card")
SALE_WORDS = ("Sale", "Sale", "Sale", "Goods sold", "Supply")

ALPHABET36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

LEDGER_COLUMNS = "customer_id, entry_date, kind, doc_number, description, debit, credit, created_at"
CUSTOMER_COLUMNS = (
    "id, code, name, phone, alt_phone, email, billing_address, city, pin_code, state_code, gstin, "
    "pan, customer_type, credit_limit, check_credit_limit, stop_sales, payment_terms_days, "
    "is_active, is_cash, notes, created_at, updated_at"
)

LedgerRow = tuple[int, str, str, str, str, int, int, str]


def gstin_check_char(first14: str) -> str:
    """The GSTIN check character for its first 14 characters (mod-36 alternating 1,2 weights)."""
    total = 0
    for position, ch in enumerate(first14):
        product = ALPHABET36.index(ch) * (2 if position % 2 else 1)
        total += product // 36 + product % 36
    return ALPHABET36[(36 - total % 36) % 36]


def make_pan(rng: Random, holder_type: str, name_letter: str) -> str:
    letters = "".join(rng.choice(UPPER) for _ in range(3))
    return f"{letters}{holder_type}{name_letter}{rng.randrange(10_000):04d}{rng.choice(UPPER)}"


def make_gstin(rng: Random, state_code: str, pan: str) -> str:
    first14 = f"{state_code}{pan}{rng.choice('1111112')}Z"
    return first14 + gstin_check_char(first14)


def stamp(day: date, seconds: int) -> str:
    """peewee's DateTimeField text for `day` plus `seconds` after midnight."""
    return f"{day.isoformat()} {seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def weighted_index(rng: Random, cumulative: Sequence[int], count: int) -> int:
    """Index < count drawn with integer weights given as a running total."""
    return bisect.bisect_right(cumulative, rng.randrange(cumulative[count - 1]), 0, count)


# --- customers ---------------------------------------------------------------------------------


@dataclass
class Customers:
    """Generated customers in creation order, with what the ledger generator needs about each."""

    rows: list[tuple[object, ...]]
    ids: list[int]
    typical_invoice: list[int]  # paise
    cumulative_activity: list[int]
    created_day: list[int]  # day index from START_DATE; non-decreasing
    width: int


class CustomerFactory:
    def __init__(self, rng: Random) -> None:
        self.rng = rng
        self.phones: set[str] = set()
        self.issued: list[str] = []
        self.type_table = [t for t in CUSTOMER_TYPES for _ in range(t[1])]

    def phone(self) -> str:
        rng = self.rng
        if self.issued and rng.randrange(100) == 0:  # family members sharing a number
            return rng.choice(self.issued)
        while True:
            number = f"{rng.choice('6789')}{rng.randrange(1_000_000_000):09d}"
            if number not in self.phones:
                self.phones.add(number)
                self.issued.append(number)
                return number

    def place(self) -> tuple[str, str, str, str]:
        rng = self.rng
        city, state, pin3 = rng.choice(LOCAL_CITIES if rng.randrange(100) < 70 else OTHER_CITIES)
        address = f"{rng.randrange(1, 400)}, {rng.choice(STREETS)}"
        return address, city, state, f"{pin3}{rng.randrange(1, 100):03d}"

    def build(self, number: int, code: str, customer_id: int, day: int) -> tuple[object, ...]:
        rng = self.rng
        kind, _, typical, activity, gst_pct = rng.choice(self.type_table)
        first, surname = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
        business = kind != "General" or rng.randrange(100) < 15
        if business:
            prefix = surname if rng.randrange(2) else rng.choice(SHOP_PREFIXES)
            name = f"{prefix} {rng.choice(SHOP_WORDS)}"
            holder = rng.choice("FFFCCPH")
        else:
            name = f"{first} {surname}"
            holder = "P"
        name_letter = (surname if holder == "P" else name).lstrip("'")[0].upper()
        address, city, state, pin = self.place()
        gstin = pan = ""
        if rng.randrange(100) < gst_pct:
            pan = make_pan(rng, holder, name_letter)
            gstin = make_gstin(rng, state, pan)
        elif rng.randrange(100) < 12:
            pan = make_pan(rng, holder, name_letter)
        phone = self.phone() if rng.randrange(100) < 95 else ""
        alt_phone = self.phone() if business and rng.randrange(100) < 30 else ""
        email = ""
        if rng.randrange(100) < (60 if business else 25):
            email = f"{first.lower()}.{surname.lower().replace(chr(39), '')}{number}@"
            email += rng.choice(EMAIL_DOMAINS)
        credit_limit = rng.choice(CREDIT_LIMITS[kind]) * 100
        created = stamp(START_DATE + timedelta(days=day), rng.randrange(9 * 3600, 20 * 3600))
        updated = created
        if rng.randrange(100) < 20:  # edited later
            later = min(day + rng.randrange(1, 400), DAYS - 1)
            updated = stamp(START_DATE + timedelta(days=later), rng.randrange(9 * 3600, 20 * 3600))
        active = 0 if rng.randrange(100) < 3 else 1
        self.last_typical = typical * rng.choice((50, 75, 100, 100, 100, 150, 200)) // 100
        self.last_activity = activity * rng.choice(ACTIVITY_SPREAD) * (1 if active else 0)
        return (
            customer_id, code, name, phone, alt_phone, email, address, city, pin, state, gstin,
            pan, kind, credit_limit, 1 if credit_limit else 0, 0,
            rng.choice(PAYMENT_TERMS[kind]), active, 0, "", created, updated,
        )  # fmt: skip


def make_customers(
    rng: Random, count: int, first_id: int, prefix: str, min_width: int
) -> Customers:
    """`count` customers: 60% on the books from day one, the rest joining over the three years."""
    width = max(min_width, len(str(count)))
    initial = max(1, count * 60 // 100)
    days = [0] * initial + sorted(rng.randrange(1, DAYS) for _ in range(count - initial))
    factory = CustomerFactory(rng)
    result = Customers([], [], [], [], days, width)
    running = 0
    for number, day in enumerate(days, start=1):
        customer_id = first_id + number - 1
        code = f"{prefix}{number:0{width}d}"
        result.rows.append(factory.build(number, code, customer_id, day))
        result.ids.append(customer_id)
        result.typical_invoice.append(factory.last_typical)
        running += max(factory.last_activity, 1 if number == 1 else 0)
        result.cumulative_activity.append(running)
    return result


# --- ledger ------------------------------------------------------------------------------------


def day_weight(day: date, index: int) -> int:
    """Relative trade on a day: quiet Sundays, Diwali and year-end peaks, slow growth."""
    weekday = (10, 10, 10, 10, 10, 11, 5)[day.weekday()]
    month = {10: 13, 11: 13, 3: 12, 6: 9, 7: 9}.get(day.month, 10)
    return weekday * month * (100 + 30 * index // DAYS)


def entries_per_day(total: int) -> list[int]:
    """Split `total` over the days in proportion to `day_weight` (largest remainder, exact)."""
    weights = [day_weight(START_DATE + timedelta(days=i), i) for i in range(DAYS)]
    whole = sum(weights)
    counts = [total * w // whole for w in weights]
    remainders = sorted(range(DAYS), key=lambda i: (-(total * weights[i] % whole), i))
    for i in remainders[: total - sum(counts)]:
        counts[i] += 1
    return counts


def financial_year(day: date) -> str:
    start = day.year if day.month >= 4 else day.year - 1
    return f"{start % 100:02d}-{(start + 1) % 100:02d}"


class LedgerWriter:
    """Produces ledger rows day by day, keeping each customer's balance so receipts make sense."""

    def __init__(
        self, rng: Random, customers: Customers, cash_id: int, *, documents: bool = False
    ) -> None:
        self.rng = rng
        self.c = customers
        self.cash_id = cash_id
        self.balance = [0] * len(customers.ids)
        self.numbers: dict[tuple[str, str], int] = {}
        # With documents, every invoice is a whole number of rupees (the app rounds invoice totals
        # to the rupee by default), a few invoices are cancelled, and each document's row carries
        # a tag at its end for `DocumentWriter` (see `tagged`).
        self.documents = documents

    def next_doc(self, series: str, day: date) -> str:
        key = (series, financial_year(day))
        number = self.numbers.get(key, 0) + 1
        self.numbers[key] = number
        return f"{series}/{key[1]}/{number:06d}"

    def invoice_amount(self, typical: int) -> int:
        rng = self.rng
        amount = typical * rng.choice(INVOICE_SPREAD_PCT) // 100
        amount += rng.randrange(amount // 10 + 1)
        # A round figure in rupees; otherwise tax leaves odd paise (not with documents: there
        # the invoice total is rounded to the rupee, as the app does).
        if rng.randrange(2) or self.documents:
            amount -= amount % 100
        return max(amount, 10_00)

    def openings(self, limit: int) -> Iterator[LedgerRow]:
        """Opening balances for about a third of the customers on the books from day one."""
        rng, c = self.rng, self.c
        when = START_DATE.isoformat()
        made = 0
        for i, day in enumerate(c.created_day):
            if made >= limit or day > 0:
                break
            if rng.randrange(100) >= 35:
                continue
            amount = self.invoice_amount(c.typical_invoice[i]) * rng.choice((1, 2, 3, 5))
            debit, credit = (amount, 0) if rng.randrange(100) < 90 else (0, amount // 4)
            self.balance[i] += debit - credit
            made += 1
            text = f"Opening balance ({'receivable' if debit else 'advance'})"  # as the app posts
            yield (c.ids[i], when, "opening", "", text, debit, credit,
                   stamp(START_DATE, 9 * 3600 + made % 3600))  # fmt: skip

    def tagged(self, row: LedgerRow, tag: tuple[object, ...]) -> LedgerRow:
        """The row, with `tag` (what `DocumentWriter` needs about it) appended with documents."""
        return row + tag if self.documents else row  # type: ignore[return-value]

    def day_rows(self, index: int, quota: int) -> list[LedgerRow]:
        rng, c = self.rng, self.c
        day = START_DATE + timedelta(days=index)
        when = day.isoformat()
        active = bisect.bisect_right(c.created_day, index)
        times = sorted(rng.randrange(9 * 3600, 21 * 3600) for _ in range(quota))
        rows: list[LedgerRow] = []
        tag = self.tagged
        while len(rows) < quota:
            at = stamp(day, times[len(rows)])
            if quota - len(rows) >= 2 and rng.randrange(100) < 4:  # walk-in cash sale
                doc = self.next_doc("INV", day)
                amount = self.invoice_amount(400_00)
                sale = (self.cash_id, when, "invoice", doc, "Cash sale", amount, 0, at)
                rows.append(tag(sale, ("cash_sale",)))
                paid = (self.cash_id, when, "receipt", self.next_doc("RCT", day),
                        f"Cash against {doc}", 0, amount, at)  # fmt: skip
                rows.append(tag(paid, ("cash_receipt",)))
                continue
            i = weighted_index(rng, c.cumulative_activity, active)
            owed = self.balance[i]
            if owed > 0 and rng.randrange(100) < 42:
                amount = owed
                if rng.randrange(100) >= 55:  # part payment, in whole rupees
                    amount = max(owed * rng.randrange(20, 90) // 10_000 * 100, 100)
                self.balance[i] -= amount
                mode = rng.choice(RECEIPT_MODES)
                if mode == "Cheque":
                    mode = f"Cheque no. {rng.randrange(100_000, 1_000_000)}"
                row = (c.ids[i], when, "receipt", self.next_doc("RCT", day),
                       f"Received by {mode}", 0, amount, at)  # fmt: skip
                rows.append(tag(row, ("receipt", mode)))
            else:
                amount = self.invoice_amount(c.typical_invoice[i])
                # With documents, 2% of invoices are cancelled the day they are made (the
                # app's reversing entry follows the invoice's).
                cancel = self.documents and quota - len(rows) >= 2 and rng.randrange(100) < 2
                if not cancel:
                    self.balance[i] += amount
                items = rng.randrange(1, 25)
                row = (c.ids[i], when, "invoice", self.next_doc("INV", day),
                       f"{rng.choice(SALE_WORDS)}, {items} item{'s' * (items > 1)}",
                       amount, 0, at)  # fmt: skip
                rows.append(tag(row, ("invoice",)))
                if cancel:
                    reversal = (c.ids[i], when, "cancel", "", "", 0, amount, at)
                    rows.append(tag(reversal, ("cancel",)))
        return rows

    def rows(self, total: int) -> Iterator[LedgerRow]:
        opening_count = 0
        for row in self.openings(total):
            opening_count += 1
            yield row
        for index, quota in enumerate(entries_per_day(total - opening_count)):
            yield from self.day_rows(index, quota)


# --- documents (--documents) -------------------------------------------------------------------

# Goods the shop sells: (product, HSN code, unit, GST rate in basis points, price per unit in
# paise before tax); each is sold in several brands and pack sizes, 300 items in all.
PRODUCTS = (
    ("Basmati Rice", "1006", "bag", 500, 1_450_00),
    ("Sona Masoori Rice", "1006", "bag", 500, 1_150_00),
    ("Wheat Atta", "1101", "bag", 500, 420_00),
    ("Toor Dal", "0713", "kg", 500, 150_00),
    ("Moong Dal", "0713", "kg", 500, 125_00),
    ("Sugar", "1701", "bag", 500, 2_150_00),
    ("Tea Powder", "0902", "pkt", 500, 260_00),
    ("Refined Sunflower Oil", "1512", "tin", 500, 1_850_00),
    ("Groundnut Oil", "1508", "tin", 500, 2_600_00),
    ("Turmeric Powder", "0910", "pkt", 500, 45_00),
    ("Red Chilli Powder", "0904", "pkt", 500, 60_00),
    ("Pure Ghee", "0405", "ltr", 1200, 620_00),
    ("Namkeen", "2106", "pkt", 1200, 40_00),
    ("Tomato Ketchup", "2103", "btl", 1200, 110_00),
    ("Fruit Juice", "2202", "box", 1200, 95_00),
    ("Notebooks", "4820", "dozen", 1200, 420_00),
    ("LED Bulb 9W", "8539", "pcs", 1200, 85_00),
    ("Glucose Biscuits", "1905", "carton", 1800, 480_00),
    ("Bath Soap", "3401", "box", 1800, 340_00),
    ("Detergent Powder", "3402", "bag", 1800, 520_00),
    ("Toothpaste", "3306", "box", 1800, 560_00),
    ("Shampoo Sachets", "3305", "box", 1800, 150_00),
    ("Instant Coffee", "2101", "jar", 1800, 310_00),
    ("PVC Pipe 1 inch", "3917", "length", 1800, 240_00),
    ("Copper Wire 1.5 sq mm", "8544", "coil", 1800, 1_350_00),
)
BRANDS = ("Shakti", "Annapurna", "Sahyadri", "Gold Star", "Nandi", "Surya")
PACKS = (("", 100), ("Economy", 80))  # (name suffix, price %)
BANKS = (
    "State Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "Bank of Maharashtra",
    "Axis Bank",
    "Bank of Baroda",
    "Kotak Mahindra Bank",
    "Cosmos Co-op Bank",
    "Janata Sahakari Bank",
    "Punjab National Bank",
)
CANCEL_REASONS = (
    "Billed to the wrong customer",
    "Wrong rate entered",
    "Goods not taken",
    "Duplicate bill",
    "Customer changed the order",
)
# Receipt modes: the ledger writer's choice -> the app's mode (labelled by MODE_LABELS).
MODES = {"Cash": "cash", "UPI": "upi", "NEFT": "bank", "RTGS": "bank", "Card": "card"}
EARN_PER_PAISE = 10_000  # the migration's 'loyalty.earn_per_paise': a point per ₹100

ITEM_COLUMNS = (
    "id, code, name, hsn_sac, unit, sale_price, price_includes_tax, gst_rate_bp, track_stock, "
    "low_stock_milli, is_active, created_at, updated_at"
)
DOC_COLUMNS = (
    "id, kind, number, fin_year, doc_date, due_date, customer_id, place_of_supply, tax_kind, "
    "taxable_total, cgst_total, sgst_total, igst_total, round_off, loyalty_discount, grand_total, "
    "points_earned, points_redeemed, status, cancel_reason, cancelled_at, notes, created_at"
)
LINE_COLUMNS = (
    "doc_id, line_no, item_id, description, hsn_sac, unit, qty_milli, rate, discount, taxable, "
    "gst_rate_bp, cgst, sgst, igst, total"
)
RECEIPT_COLUMNS = (
    "id, number, fin_year, receipt_date, customer_id, amount, mode, reference, cheque_number, "
    "cheque_bank, cheque_date, status, origin, cancel_reason, notes, created_at, cheque_status, "
    "deposited_on, cleared_on"
)
ALLOCATION_COLUMNS = "receipt_id, doc_id, amount, created_at"
LOYALTY_COLUMNS = "customer_id, move_date, points, doc_type, doc_id, created_at"
DOC_TABLES = ("sales_doc", "sales_doc_line", "receipt", "allocation", "loyalty_move")

Item = tuple[int, str, str, str, int, int]  # id, name, HSN, unit, GST rate bp, price


def divide_round(numerator: int, denominator: int) -> int:
    """`domain.money.divide_round` for numerator >= 0: half up (away from zero)."""
    quotient, remainder = divmod(numerator, denominator)
    return quotient + (2 * remainder >= denominator)


def make_items(
    first_id: int, prefix: str, width: int
) -> tuple[list[tuple[object, ...]], list[Item]]:
    """The item master (no random choices): rows for `item`, and what a line needs of each."""
    created = stamp(START_DATE, 9 * 3600)
    rows: list[tuple[object, ...]] = []
    items: list[Item] = []
    for product, hsn, unit, rate_bp, price in PRODUCTS:
        for b, brand in enumerate(BRANDS):
            for suffix, pct in PACKS:
                item_id = first_id + len(rows)
                code = f"{prefix}{len(rows) + 1:0{width}d}"
                name = f"{brand} {product}" + (f" ({suffix})" if suffix else "")
                sale_price = price * pct * (95 + 2 * b) // 1_000_000 * 100  # whole rupees
                rows.append((item_id, code, name, hsn, unit, sale_price, 0, rate_bp, 0, 0, 1,
                             created, created))  # fmt: skip
                items.append((item_id, name, hsn, unit, rate_bp, sale_price))
    return rows, items


@dataclass
class DocumentRows:
    """Rows made since the last flush, for each table."""

    ledger: list[tuple[object, ...]]
    docs: list[list[object]]  # lists: a cancellation updates its invoice
    lines: list[tuple[object, ...]]
    receipts: list[tuple[object, ...]]
    allocations: list[tuple[object, ...]]
    loyalty: list[tuple[object, ...]]

    @classmethod
    def empty(cls) -> DocumentRows:
        return cls([], [], [], [], [], [])


class DocumentWriter:
    """Turns the ledger writer's tagged rows into what the app posts for them.

    - an invoice: a `sales_doc` (posted; GST from the customer's state against the shop's; due
      after the customer's payment terms; loyalty points earned) with 1-3 lines whose taxable
      value and tax add up, with the round-off, to the ledger debit; the ledger entry is the
      app's (`Invoice INV/2025-26/0042`, doc_type 'sales_doc');
    - a cancelled invoice: the same, 'cancelled', with the app's reversing credit (kind 'cancel')
      and its points taken back;
    - a receipt (origin 'receipt'): allocated to the customer's open invoices, oldest due first,
      as the app's auto-allocation does; what is left over is the customer's advance. Cheques are
      dated on or before the day they came, deposited and cleared a few days later (those not
      cleared by the last day are still 'deposited' or 'received');
    - a walk-in (CASH) sale: the invoice and its receipt (origin 'invoice') allocated to it in
      full, as an invoice posted with the amount received.
    """

    def __init__(self, rng: Random, customers: Customers, cash_id: int, items: list[Item]) -> None:
        self.rng = rng
        self.items = items
        self.cash_id = cash_id
        # customer id -> (place of supply, tax kind, payment terms days)
        self.terms: dict[int, tuple[str, str, int]] = {cash_id: (SHOP_STATE, "intra", 0)}
        for row in customers.rows:
            state = str(row[9]) or SHOP_STATE
            kind = "intra" if state == SHOP_STATE else "inter"
            self.terms[int(row[0])] = (state, kind, int(row[16]))  # type: ignore[call-overload]
        self.open: dict[int, list[list[object]]] = {}  # customer -> heap of open invoices
        self.numbers: dict[tuple[str, str], int] = {}  # (series kind, year) -> last number
        self.points: dict[int, int] = {}
        self.doc_id = 0
        self.receipt_id = 0
        self.last_invoice: tuple[int, str, int, int] = (0, "", 0, 0)  # id, number, total, points
        self.day = ""
        self.date = START_DATE
        self.year = ""
        self.counts = {"invoices": 0, "cancelled": 0, "lines": 0, "receipts": 0, "allocations": 0}
        self.out = DocumentRows.empty()

    def take(self, kind: str, prefix: str) -> str:
        key = (kind, self.year)
        number = self.numbers.get(key, 0) + 1
        self.numbers[key] = number
        # as `doc_series.take` numbers: from 10,000 on the year is written short, so the
        # number keeps within Rule 46(b)'s 16 characters (INV/24-25/10000)
        return doc_numbers.fitting_number(prefix, self.year, number, 4, "long")

    def sequence_rows(self) -> list[tuple[str, str, int, int]]:
        """The `sequence` rows of the document series, to continue after the generated ones."""
        prefixes = {"invoice": "INV", "receipt": "RCT"}
        return [
            (f"{kind}/{year}", prefixes[kind], last + 1, 4)
            for (kind, year), last in sorted(self.numbers.items())
        ]

    def add(self, row: tuple[object, ...]) -> None:
        """One ledger writer row (tagged, or an opening balance's)."""
        if len(row) == 8:  # an opening balance: no document
            self.out.ledger.append((*row, "", None))
            return
        when = str(row[1])
        if when != self.day:
            self.day = when
            self.date = date.fromisoformat(when)
            start = self.date.year if self.date.month >= 4 else self.date.year - 1
            self.year = f"{start}-{(start + 1) % 100:02d}"  # `domain.invoice.financial_year`
        tag = row[8]
        if tag in {"invoice", "cash_sale"}:
            self.invoice(row)
        elif tag == "cancel":
            self.cancel(row)
        elif tag == "cash_receipt":
            self.receipt(row, "invoice")
        else:
            self.receipt(row, "receipt")

    def invoice(self, row: tuple[object, ...]) -> None:
        customer_id, when, _, _, _, total, _, at = row[:8]
        assert isinstance(customer_id, int) and isinstance(total, int) and isinstance(at, str)
        self.doc_id += 1
        doc_id = self.doc_id
        number = self.take("invoice", "INV")
        place, tax_kind, terms = self.terms[customer_id]
        due = (self.date + timedelta(days=terms)).isoformat() if terms else when
        taxable, cgst, sgst, igst = self.lines(doc_id, total, tax_kind)
        round_off = total - taxable - cgst - sgst - igst
        # The app's totals: the rupee nearest the lines' sum is the ledger debit.
        assert divide_round(taxable + cgst + sgst + igst, 100) * 100 == total, number
        points = 0 if customer_id == self.cash_id else total // EARN_PER_PAISE
        self.out.docs.append([doc_id, "invoice", number, self.year, when, due, customer_id,
                              place, tax_kind, taxable, cgst, sgst, igst, round_off, 0, total,
                              points, 0, "posted", "", None, "", at])  # fmt: skip
        self.out.ledger.append((customer_id, when, "invoice", number, f"Invoice {number}",
                                total, 0, at, "sales_doc", doc_id))  # fmt: skip
        if points:
            self.out.loyalty.append((customer_id, when, points, "sales_doc", doc_id, at))
            self.points[customer_id] = self.points.get(customer_id, 0) + points
        self.last_invoice = (doc_id, number, total, points)
        self.counts["invoices"] += 1
        if customer_id != self.cash_id:
            # Open until receipts settle it; the next row says whether it is cancelled instead.
            heap = self.open.setdefault(customer_id, [])
            heapq.heappush(heap, [due, when, number, doc_id, total])

    def lines(self, doc_id: int, total: int, tax_kind: str) -> tuple[int, int, int, int]:
        """1-3 lines whose amounts come to `total` (within the round-off); their sums."""
        rng = self.rng
        count = min(rng.choice((1, 1, 1, 2, 2, 3)), max(1, total // 200_00))
        weights = [rng.randrange(1, 11) for _ in range(count)]
        whole = sum(weights)
        sums = [0, 0, 0, 0]
        left = total
        for line_no, weight in enumerate(weights, start=1):
            share = left if line_no == count else total * weight // whole
            left -= share
            item_id, name, hsn, unit, rate_bp, price = rng.choice(self.items)
            taxable = divide_round(share * 10_000, 10_000 + rate_bp)
            qty = max(1, min(taxable // max(price, 1), 100_000))
            rate = -(-taxable // qty)  # the price, and a discount of the odd paise
            discount = rate * qty - taxable
            if tax_kind == "intra":
                cgst = sgst = divide_round(taxable * rate_bp, 20_000)
                igst = 0
            else:
                cgst = sgst = 0
                igst = divide_round(taxable * rate_bp, 10_000)
            self.out.lines.append((doc_id, line_no, item_id, name, hsn, unit, qty * 1000, rate,
                                   discount, taxable, rate_bp, cgst, sgst, igst,
                                   taxable + cgst + sgst + igst))  # fmt: skip
            sums[0] += taxable
            sums[1] += cgst
            sums[2] += sgst
            sums[3] += igst
        self.counts["lines"] += count
        return sums[0], sums[1], sums[2], sums[3]

    def cancel(self, row: tuple[object, ...]) -> None:
        """The invoice just made is cancelled: the app's reversal, dated like the invoice."""
        customer_id, when, _, _, _, _, total, at = row[:8]
        assert isinstance(customer_id, int) and isinstance(at, str)
        doc_id, number, doc_total, points = self.last_invoice
        assert doc_total == total
        rng = self.rng
        heap = self.open[customer_id]
        heap.remove(next(entry for entry in heap if entry[3] == doc_id))
        heapq.heapify(heap)
        reason = rng.choice(CANCEL_REASONS)
        seconds = int(at[11:13]) * 3600 + int(at[14:16]) * 60 + int(at[17:19])
        later = stamp(self.date, min(seconds + rng.randrange(300, 7200), 86_399))
        doc = self.out.docs[-1]
        assert doc[0] == doc_id
        doc[18:21] = ["cancelled", reason, later]
        self.out.ledger.append((customer_id, when, "cancel", number,
                                f"Invoice {number} cancelled: {reason}", 0, total, later,
                                "sales_doc", doc_id))  # fmt: skip
        if points:
            self.out.loyalty.append((customer_id, when, -points, "sales_doc", doc_id, later))
            self.points[customer_id] -= points
        self.counts["cancelled"] += 1

    def receipt(self, row: tuple[object, ...], origin: str) -> None:
        customer_id, when, _, _, _, _, amount, at = row[:8]
        assert isinstance(customer_id, int) and isinstance(amount, int) and isinstance(at, str)
        rng = self.rng
        self.receipt_id += 1
        receipt_id = self.receipt_id
        number = self.take("receipt", "RCT")
        reference = cheque_number = cheque_bank = cheque_status = ""
        cheque_date = deposited = cleared = None
        if origin == "invoice":  # paid at the counter with the walk-in sale just made
            mode = ("cash", "cash", "cash", "cash", "cash", "cash", "upi", "upi", "upi", "card")[
                rng.randrange(10)
            ]
            doc_id, doc_number, total, _ = self.last_invoice
            assert total == amount
            text = f"Received with invoice {doc_number} ({MODE_LABELS[mode]})"
            self.out.allocations.append((receipt_id, doc_id, amount, at))
            self.counts["allocations"] += 1
        else:
            said = str(row[9])
            mode = "cheque" if said.startswith("Cheque") else MODES[said]
            if mode == "upi":
                reference = f"{rng.randrange(10**11, 10**12)}"
            elif mode == "bank":
                reference = f"{said} {rng.choice(UPPER[:20])}{rng.randrange(10**11, 10**12)}"
            if mode == "cheque":
                cheque_number = said.rsplit(" ", 1)[1]
                cheque_bank = rng.choice(BANKS)
                cheque_date = (self.date - timedelta(days=rng.randrange(0, 4))).isoformat()
                deposited_day = self.date + timedelta(days=rng.randrange(0, 2))
                cleared_day = deposited_day + timedelta(days=rng.randrange(1, 4))
                cheque_status = "received"
                if deposited_day <= END_DATE:
                    cheque_status, deposited = "deposited", deposited_day.isoformat()
                if cleared_day <= END_DATE:
                    cheque_status, cleared = "cleared", cleared_day.isoformat()
                text = f"Receipt (Cheque {cheque_number}, {cheque_bank})"
            else:
                label = MODE_LABELS[mode]
                text = f"Receipt ({label} {reference})" if reference else f"Receipt ({label})"
            self.allocate(customer_id, receipt_id, amount, at)
        self.out.receipts.append((receipt_id, number, self.year, when, customer_id, amount, mode,
                                  reference, cheque_number, cheque_bank, cheque_date, "posted",
                                  origin, "", "", at, cheque_status, deposited,
                                  cleared))  # fmt: skip
        self.out.ledger.append((customer_id, when, "receipt", number, text, 0, amount, at,
                                "receipt", receipt_id))  # fmt: skip
        self.counts["receipts"] += 1

    def allocate(self, customer_id: int, receipt_id: int, amount: int, at: str) -> None:
        """`domain.payment.auto_allocate`: oldest due first (due date, date, number)."""
        heap = self.open.get(customer_id)
        left = amount
        while left and heap:
            entry = heap[0]
            owed = entry[4]
            assert isinstance(owed, int)
            take = min(left, owed)
            self.out.allocations.append((receipt_id, entry[3], take, at))
            self.counts["allocations"] += 1
            left -= take
            if take == owed:
                heapq.heappop(heap)
            else:
                entry[4] = owed - take

    def flush(self, con: sqlite3.Connection) -> None:
        out, self.out = self.out, DocumentRows.empty()
        for table, columns, rows in (
            ("sales_doc", DOC_COLUMNS, out.docs),
            ("sales_doc_line", LINE_COLUMNS, out.lines),
            ("receipt", RECEIPT_COLUMNS, out.receipts),
            ("allocation", ALLOCATION_COLUMNS, out.allocations),
            ("loyalty_move", LOYALTY_COLUMNS, out.loyalty),
            ("ledger_entry", LEDGER_COLUMNS + ", doc_type, doc_id", out.ledger),
        ):
            if rows:
                marks = ", ".join("?" * len(rows[0]))
                con.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)


def load_documents(
    con: sqlite3.Connection, writer: LedgerWriter, entry_count: int
) -> dict[str, int]:
    """The item master, then the ledger with every invoice's and receipt's documents."""
    prefix, width = con.execute("SELECT prefix, width FROM sequence WHERE name = 'item'").fetchone()
    first_item = (con.execute("SELECT MAX(id) FROM item").fetchone()[0] or 0) + 1
    item_rows, items = make_items(first_item, prefix, width)
    marks = ", ".join("?" * len(item_rows[0]))
    con.executemany(f"INSERT INTO item ({ITEM_COLUMNS}) VALUES ({marks})", item_rows)
    con.execute("UPDATE sequence SET next_number = ? WHERE name = 'item'", (len(item_rows) + 1,))
    docs = DocumentWriter(writer.rng, writer.c, writer.cash_id, items)
    for row in writer.rows(entry_count):
        docs.add(row)
        if len(docs.out.ledger) >= 50_000 and row[2] != "invoice":  # not before its cancel
            docs.flush(con)
    docs.flush(con)
    con.executemany(
        "INSERT INTO sequence (name, prefix, next_number, width) VALUES (?, ?, ?, ?)",
        docs.sequence_rows(),
    )
    con.executemany(
        "UPDATE customer SET loyalty_points = ? WHERE id = ?",
        [(points, customer_id) for customer_id, points in sorted(docs.points.items()) if points],
    )
    return docs.counts | {"items": len(item_rows)}


# --- loading -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Summary:
    path: Path
    customers: int
    entries: int
    seed: int
    seconds: float
    load_seconds: float
    index_seconds: float
    size_bytes: int
    documents: dict[str, int] = field(default_factory=dict)  # with --documents: what was made

    def line(self) -> str:
        return (
            f"generated {self.path}: {self.customers:,} customers, {self.entries:,} ledger entries "
            f"(seed {self.seed}, {START_DATE} to {END_DATE}), {self.size_bytes / 1e6:.1f} MB "
            f"in {self.seconds:.1f} s (rows {self.load_seconds:.1f} s, "
            f"indexes {self.index_seconds:.1f} s)"
        ) + (
            ""
            if not self.documents
            else "; documents: " + ", ".join(f"{n:,} {k}" for k, n in self.documents.items())
        )


def shop_row(rng: Random) -> tuple[object, ...]:
    pan = make_pan(rng, "F", "B")
    created = stamp(START_DATE, 9 * 3600)
    return (
        1, "Shri Balaji Traders", "Shop 14, Market Yard, Gultekdi", "Pune", "411037",
        "9822012345", "accounts@balajitraders.example", SHOP_STATE,
        make_gstin(rng, SHOP_STATE, pan), created, created,
    )  # fmt: skip


class _Connection:
    """`execute_sql` and `cursor` over a plain sqlite3 connection, for a migration step's plain
    SQL (as peewee's database offers them: `party_backfill` writes through `cursor()`)."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con

    def execute_sql(self, sql: str, params: tuple[object, ...] = ()) -> sqlite3.Cursor:
        return self.con.execute(sql, params)

    def cursor(self) -> sqlite3.Cursor:
        """For the party backfill's bulk insert (it writes through the store's cursor)."""
        return self.con.cursor()


def remove_file_set(path: Path) -> None:
    """Remove a data file with its WAL, shared-memory and lock companions, if present."""
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def bulk_load(
    path: Path, customer_count: int, entry_count: int, seed: int, *, documents: bool = False
) -> tuple[float, float, dict[str, int]]:
    """Fill the freshly migrated file at `path`; returns (row load, index rebuild) seconds and,
    with `documents`, how many of each were made."""
    rng = Random(seed)
    counts: dict[str, int] = {}
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode = DELETE")  # the app's WAL is set back at the end
        con.execute("PRAGMA synchronous = OFF")
        con.execute("PRAGMA cache_size = -262144")  # 256 MB helps the index sorts
        con.execute("PRAGMA temp_store = MEMORY")
        started = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        indexes = con.execute(
            "SELECT name, sql FROM sqlite_master "
            "WHERE type = 'index' AND tbl_name = 'ledger_entry' AND sql IS NOT NULL ORDER BY name"
        ).fetchall()
        if documents:
            indexes += con.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                f"AND tbl_name IN ({', '.join('?' * len(DOC_TABLES))}) ORDER BY name",
                DOC_TABLES,
            ).fetchall()
        for name, _ in indexes:
            con.execute(f'DROP INDEX "{name}"')
        prefix, width = con.execute(
            "SELECT prefix, width FROM sequence WHERE name = 'customer'"
        ).fetchone()
        cash_id = con.execute("SELECT id FROM customer WHERE is_cash").fetchone()[0]
        first_id = con.execute("SELECT MAX(id) FROM customer").fetchone()[0] + 1
        customers = make_customers(rng, customer_count, first_id, prefix, width)
        placeholders = ", ".join("?" * len(customers.rows[0]))
        con.executemany(
            f"INSERT INTO customer ({CUSTOMER_COLUMNS}) VALUES ({placeholders})", customers.rows
        )
        con.execute(
            "UPDATE sequence SET next_number = ?, width = ? WHERE name = 'customer'",
            (customer_count + 1, customers.width),
        )
        con.execute(
            "INSERT INTO shop (id, name, address, city, pin_code, phone, email, state_code, "
            "gstin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            shop_row(rng),
        )
        writer = LedgerWriter(rng, customers, cash_id, documents=documents)
        if documents:
            counts = load_documents(con, writer, entry_count)
            # Each document's parties as issued, as posting takes them (`check` wants them).
            snapshot_existing_documents(_Connection(con))  # type: ignore[arg-type]
            # The money each receipt moved, as posting writes it (`check` compares them).
            money_backfill.backfill_entries(_Connection(con))  # type: ignore[arg-type]
        else:
            con.executemany(
                f"INSERT INTO ledger_entry ({LEDGER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                writer.rows(entry_count),
            )
        loaded = time.perf_counter()
        for _, sql in indexes:
            con.execute(sql)
        con.execute("COMMIT")
        indexed = time.perf_counter()
        con.execute("PRAGMA journal_mode = WAL")
    finally:
        con.close()
    return loaded - started, indexed - loaded, counts


def generate(
    out: Path, customers: int, entries: int, seed: int, *, force: bool, documents: bool = False
) -> Summary:
    started = time.perf_counter()
    out = out.expanduser().absolute()
    if out.exists() and not force:
        raise FileExistsError(f"{out} exists; pass --force to replace it")
    partial = out.with_name(out.name + ".partial")
    remove_file_set(partial)
    open_data_file(partial)  # creates the file and runs the migrations
    close_data_file()
    try:
        load_seconds, index_seconds, counts = bulk_load(
            partial, customers, entries, seed, documents=documents
        )
    except BaseException:
        remove_file_set(partial)
        raise
    partial.with_name(partial.name + ".lock").unlink(missing_ok=True)
    lock = ShopLock(out)
    try:
        lock.acquire()  # refuse to replace a shop that is open in the app
    except ShopInUse:
        remove_file_set(partial)
        raise FileExistsError(f"{out} is open in Vyapar Lite; close it first") from None
    try:
        for suffix in ("-wal", "-shm"):
            out.with_name(out.name + suffix).unlink(missing_ok=True)
        os.replace(partial, out)
    finally:
        lock.release()
        lock.path.unlink(missing_ok=True)
    return Summary(
        out, customers, entries, seed, time.perf_counter() - started,
        load_seconds, index_seconds, out.stat().st_size, counts,
    )  # fmt: skip


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="shop file to create")
    parser.add_argument("--customers", type=int, default=10_000, help="default 10000")
    parser.add_argument("--entries", type=int, default=1_000_000, help="default 1000000")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    parser.add_argument(
        "--documents",
        action="store_true",
        help="also write the invoices, receipts and allocations behind the ledger entries",
    )
    args = parser.parse_args(argv)
    if args.customers < 1 or args.entries < 0:
        parser.error("--customers must be at least 1 and --entries at least 0")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        summary = generate(
            args.out,
            args.customers,
            args.entries,
            args.seed,
            force=args.force,
            documents=args.documents,
        )
    except FileExistsError as exc:
        print(f"generate_shop: {exc}", file=sys.stderr)
        return 2
    print(summary.line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
