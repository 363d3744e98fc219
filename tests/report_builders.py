"""Builders for the report tests: a shop with a few months of sales, notes, receipts and history.

Documents are posted through the sales services (`services.sales`, `services.orders`); entries a
shop file may hold without documents (history typed in from an old ledger) go in through
`history()`, a small ledger-row builder.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from factories import make_customer
from vyapar_lite.db import database
from vyapar_lite.db.models import Allocation, Customer, LedgerEntry, Receipt, SalesDoc
from vyapar_lite.domain.customer import OpeningKind
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.services import orders, sales, shop
from vyapar_lite.services.statement import SideSummary, StatementLine

SHOP_GSTIN = "27AAPFU0939F1ZV"


def line(
    description: str, rate: int, gst_bp: int = 1800, qty_milli: int = 1000, hsn_sac: str = ""
) -> LineInput:
    """A free-text line: `qty_milli` thousandths of a unit at `rate` paise before tax."""
    return LineInput(description, qty_milli, rate, gst_bp, hsn_sac=hsn_sac)


def invoice(
    code: str, on: date, *lines: LineInput, received: int = 0, **kw: object
) -> sales.DocumentView:
    draft = sales.InvoiceDraft(code, on, list(lines), received=received, **kw)  # type: ignore[arg-type]
    return sales.post_invoice(draft)


def cheque(
    code: str,
    received: date,
    amount: int,
    allocated_to: str,
    *,
    counted: date | None = None,
    bounced: date | None = None,
) -> None:
    """A cheque allocated to a document, as the payments work records one: its ledger credit on
    the day it is counted (`counted`, for a post-dated cheque; else the day received) and, when
    it bounced, a reversing debit on that day."""
    customer_id = Customer.get(Customer.code == code).id
    doc = SalesDoc.get(SalesDoc.number == allocated_to)
    with database.atomic():
        receipt = Receipt.create(
            number=f"CHQ/{received:%m%d}/{amount}",
            fin_year="2026-27",
            receipt_date=received,
            customer=customer_id,
            amount=amount,
            mode="cheque",
            cheque_number="123456",
            status="bounced" if bounced else "posted",
            created_at=datetime.now(),
        )
        Allocation.create(receipt=receipt.id, doc=doc.id, amount=amount, created_at=datetime.now())
        moves = [(counted or received, "receipt", 0, amount)]
        if bounced:
            moves.append((bounced, "bounce", amount, 0))
        for on, kind, debit, credit in moves:
            LedgerEntry.create(
                customer=customer_id, entry_date=on, kind=kind, doc_number=receipt.number,
                description=f"Cheque {kind}", debit=debit, credit=credit,
                created_at=datetime.now(), doc_type="receipt", doc_id=receipt.id,
            )  # fmt: skip


def history(code: str, *entries: tuple[date, str, str, int, int]) -> None:
    """Ledger entries without documents: (date, kind, number, debit, credit)."""
    customer_id = Customer.get(Customer.code == code).id
    with database.atomic():
        for on, kind, number, debit, credit in entries:
            LedgerEntry.create(
                customer=customer_id,
                entry_date=on,
                kind=kind,
                doc_number=number,
                description=f"{kind.capitalize()} {number} (from the old ledger)",
                debit=debit,
                credit=credit,
                created_at=datetime(2026, 4, 1),
            )


@dataclass(frozen=True)
class ReportShop:
    asha: str  # General, Pune, 15 days' terms, opening receivable ₹5,000
    dealer: str  # Dealer, category Wholesale, Nashik, 30 days' terms
    kaveri: str  # Wholesaler in Karnataka (IGST), no terms
    ravi: str  # opening advance ₹1,000, no sales
    old: str  # history only (no documents), 10 days' terms
    quiet: str  # nothing at all
    numbers: dict[str, str]  # name -> document number


def build_report_shop() -> ReportShop:
    """The shop every report test reads (call after the `shop_file` fixture). Amounts in the
    comments are rupees; the test shop rounds invoices to the rupee."""
    profile = shop.get_profile()
    assert profile is not None
    shop.save_profile(
        ShopProfile(name=profile.name, state_code="27", city="Pune", gstin=SHOP_GSTIN)
    )
    asha = make_customer(
        "Asha Verma",
        phone="9822000101",
        city="Pune",
        state_code="27",
        payment_terms_days=15,
        opening=500000,
    ).code
    dealer = make_customer(
        "Mahesh Traders",
        phone="9822000102",
        city="Nashik",
        state_code="27",
        customer_type="Dealer",
        category="Wholesale",
        payment_terms_days=30,
    ).code
    kaveri = make_customer(
        "Kaveri Stores",
        phone="9845000103",
        city="Bengaluru",
        state_code="29",
        gstin="29AAGCB7383J1Z4",
        customer_type="Wholesaler",
    ).code
    ravi = make_customer(
        "Ravi Kumar",
        phone="9822000104",
        city="Pune",
        opening=100000,
        opening_kind=OpeningKind.ADVANCE,
    ).code
    old = make_customer("Old Ledger Co", phone="9822000105", city="pune", payment_terms_days=10)
    quiet = make_customer("Quiet Customer", phone="9822000106", city="Satara").code
    n: dict[str, str] = {}
    # 05-04: 2 x ₹100 at 18% = ₹236, ₹100 paid by UPI at the counter (due 20-04)
    n["inv1"] = invoice(
        asha, date(2026, 4, 5), line("Soap", 10000, qty_milli=2000), received=10000,
        mode="upi", reference="UPI-777",
    ).number  # fmt: skip
    # 20-04: 10 x ₹450 at 5% = ₹4,725 (due 20-05)
    n["inv2"] = invoice(dealer, date(2026, 4, 20), line("Rice bag", 45000, 500, 10000)).number
    # 02-05: ₹10,000 at 18% IGST = ₹11,800 (due the same day)
    almirah = line("Steel almirah", 1000000, hsn_sac="9403")  # a registered buyer: HSN needed
    n["inv3"] = invoice(kaveri, date(2026, 5, 2), almirah).number
    # 10-05: ₹1,000 at 12% = ₹1,120 (due 25-05)
    n["inv4"] = invoice(asha, date(2026, 5, 10), line("Pens", 100000, 1200)).number
    # 12-05: 2 of the 10 rice bags back: 2 x ₹450 x 1.05 = ₹945
    n["cn1"] = sales.post_credit_note(
        n["inv2"], doc_date=date(2026, 5, 12), returns={1: 2000}, reason="Damaged bags"
    ).number
    # 15-05: ₹500 at 18% = ₹590 paid in cash, then cancelled (typed twice)
    n["inv5"] = invoice(asha, date(2026, 5, 15), line("Soap", 50000), received=59000).number
    sales.cancel_invoice(n["inv5"], "Typed twice")
    # 01-06: ₹1,000 more at 18% IGST on the almirah invoice = ₹1,180 (due 01-06)
    n["dn1"] = sales.post_debit_note(
        n["inv3"], doc_date=date(2026, 6, 1), lines=[line("Transport", 100000)], reason="Freight"
    ).number
    # 03-06: an order with a ₹2,000 advance (a receipt on account: not allocated to anything)
    n["order"] = orders.create_order(
        orders.OrderDraft(dealer, date(2026, 6, 3), [line("Rice bag", 45000, 500, 20000)], 200000)
    ).number
    # 10-06: a counter sale of ₹300 at 5% = ₹315, paid in full
    n["cash1"] = invoice("CASH", date(2026, 6, 10), line("Oil", 30000, 500), received=31500).number
    # history from the old ledger: ₹3,000 sold in December, ₹1,000 received in January
    history(
        old.code,
        (date(2025, 12, 1), "invoice", "OLD/101", 300000, 0),
        (date(2026, 1, 10), "receipt", "OLD/R7", 0, 100000),
    )
    return ReportShop(asha, dealer, kaveri, ravi, old.code, quiet, n)


SIDE_LINES = (
    StatementLine(date(2026, 5, 4), "purchase", "Purchase bill", "PB/7", "Bill 7", "=cheat", 0,
                  100000, -150000, ""),
    StatementLine(date(2026, 6, 2), "payment", "Payment", "PAY/3", "Paid", "UPI 55", 20000, 0,
                  -130000, ""),
)  # fmt: skip
SIDE = SideSummary(-50000, 20000, 100000, -130000, SIDE_LINES)


def supplier_side(code: str, start: date, end: date) -> SideSummary | None:
    """A fake supplier side for the dealer (the payments work provides the real one)."""
    return SIDE if code == "C0002" else None  # the dealer of build_report_shop()
