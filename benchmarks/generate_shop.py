"""Generate a big, realistic shop file for the performance suite.

    python benchmarks/generate_shop.py --out benchmarks/data/shop-10k-1m.vyapar \
        --customers 10000 --entries 1000000 [--seed 1] [--force]

The file is created through `vyapar_lite.db.open_data_file`, so the schema is exactly what the
migrations make, then closed and bulk-loaded with the standard `sqlite3` module in one transaction
(`executemany`, ledger indexes dropped during the load and recreated from their own SQL afterwards).

Output is deterministic for a given seed and size: every random choice comes from
`random.Random(seed)` and only integer arithmetic is used (`randrange`, `choice`, integer weights),
so money stays integer paise and the same seed gives the same file on any machine. Dates are fixed
(three years ending `END_DATE`), not taken from the clock; only `created_at` of the schema's own
rows (the CASH customer, schema_version) reflects when the file was made.

The file is built beside the target as `<name>.partial` and renamed into place when complete, so an
interrupted run never leaves a half-loaded shop under the real name.
"""

from __future__ import annotations

import argparse
import bisect
import os
import sqlite3
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
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

    def __init__(self, rng: Random, customers: Customers, cash_id: int) -> None:
        self.rng = rng
        self.c = customers
        self.cash_id = cash_id
        self.balance = [0] * len(customers.ids)
        self.numbers: dict[tuple[str, str], int] = {}

    def next_doc(self, series: str, day: date) -> str:
        key = (series, financial_year(day))
        number = self.numbers.get(key, 0) + 1
        self.numbers[key] = number
        return f"{series}/{key[1]}/{number:06d}"

    def invoice_amount(self, typical: int) -> int:
        rng = self.rng
        amount = typical * rng.choice(INVOICE_SPREAD_PCT) // 100
        amount += rng.randrange(amount // 10 + 1)
        if rng.randrange(2):  # a round figure in rupees; otherwise tax leaves odd paise
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

    def day_rows(self, index: int, quota: int) -> list[LedgerRow]:
        rng, c = self.rng, self.c
        day = START_DATE + timedelta(days=index)
        when = day.isoformat()
        active = bisect.bisect_right(c.created_day, index)
        times = sorted(rng.randrange(9 * 3600, 21 * 3600) for _ in range(quota))
        rows: list[LedgerRow] = []
        while len(rows) < quota:
            at = stamp(day, times[len(rows)])
            if quota - len(rows) >= 2 and rng.randrange(100) < 4:  # walk-in cash sale
                doc = self.next_doc("INV", day)
                amount = self.invoice_amount(400_00)
                rows.append((self.cash_id, when, "invoice", doc, "Cash sale", amount, 0, at))
                rows.append((self.cash_id, when, "receipt", self.next_doc("RCT", day),
                             f"Cash against {doc}", 0, amount, at))  # fmt: skip
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
                rows.append((c.ids[i], when, "receipt", self.next_doc("RCT", day),
                             f"Received by {mode}", 0, amount, at))  # fmt: skip
            else:
                amount = self.invoice_amount(c.typical_invoice[i])
                self.balance[i] += amount
                items = rng.randrange(1, 25)
                rows.append((c.ids[i], when, "invoice", self.next_doc("INV", day),
                             f"{rng.choice(SALE_WORDS)}, {items} item{'s' * (items > 1)}",
                             amount, 0, at))  # fmt: skip
        return rows

    def rows(self, total: int) -> Iterator[LedgerRow]:
        opening_count = 0
        for row in self.openings(total):
            opening_count += 1
            yield row
        for index, quota in enumerate(entries_per_day(total - opening_count)):
            yield from self.day_rows(index, quota)


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

    def line(self) -> str:
        return (
            f"generated {self.path}: {self.customers:,} customers, {self.entries:,} ledger entries "
            f"(seed {self.seed}, {START_DATE} to {END_DATE}), {self.size_bytes / 1e6:.1f} MB "
            f"in {self.seconds:.1f} s (rows {self.load_seconds:.1f} s, "
            f"indexes {self.index_seconds:.1f} s)"
        )


def shop_row(rng: Random) -> tuple[object, ...]:
    pan = make_pan(rng, "F", "B")
    created = stamp(START_DATE, 9 * 3600)
    return (
        1, "Shri Balaji Traders", "Shop 14, Market Yard, Gultekdi", "Pune", "411037",
        "9822012345", "accounts@balajitraders.example", SHOP_STATE,
        make_gstin(rng, SHOP_STATE, pan), created, created,
    )  # fmt: skip


def remove_file_set(path: Path) -> None:
    """Remove a data file with its WAL, shared-memory and lock companions, if present."""
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def bulk_load(path: Path, customer_count: int, entry_count: int, seed: int) -> tuple[float, float]:
    """Fill the freshly migrated file at `path`; returns (row load, index rebuild) seconds."""
    rng = Random(seed)
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
        writer = LedgerWriter(rng, customers, cash_id)
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
    return loaded - started, indexed - loaded


def generate(out: Path, customers: int, entries: int, seed: int, *, force: bool) -> Summary:
    started = time.perf_counter()
    out = out.expanduser().absolute()
    if out.exists() and not force:
        raise FileExistsError(f"{out} exists; pass --force to replace it")
    partial = out.with_name(out.name + ".partial")
    remove_file_set(partial)
    open_data_file(partial)  # creates the file and runs the migrations
    close_data_file()
    try:
        load_seconds, index_seconds = bulk_load(partial, customers, entries, seed)
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
        load_seconds, index_seconds, out.stat().st_size,
    )  # fmt: skip


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="shop file to create")
    parser.add_argument("--customers", type=int, default=10_000, help="default 10000")
    parser.add_argument("--entries", type=int, default=1_000_000, help="default 1000000")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    args = parser.parse_args(argv)
    if args.customers < 1 or args.entries < 0:
        parser.error("--customers must be at least 1 and --entries at least 0")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        summary = generate(args.out, args.customers, args.entries, args.seed, force=args.force)
    except FileExistsError as exc:
        print(f"generate_shop: {exc}", file=sys.stderr)
        return 2
    print(summary.line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
