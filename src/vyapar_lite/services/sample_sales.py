"""The sample shop's sales in 2026-27: invoices, a cancelled one, a credit note, an open order.

Posted through the ordinary sales services (called by `sample_shop.fill_sample_shop()` after the
customers and items exist), so they obey every rule real sales do. Rates come from the item
master for the customer's type (`items.price_for`), as the invoice screen fills them in.
"""

from __future__ import annotations

from datetime import date

from vyapar_lite.db.models import Customer, Item
from vyapar_lite.domain.invoice import LineInput, line_amounts, totals
from vyapar_lite.services import items, orders, sales, sales_settings

# The sample's dates are fixed (2026-27), so they are posted as confirmed whatever today is.
SAMPLE_DATES = True
# (customer name, date, [(item name, quantity in thousandths)], received, mode)
_INVOICES: list[tuple[str, date, list[tuple[str, int]], int | None, str]] = [
    (
        "Mahesh Traders",
        date(2026, 4, 15),
        [("Basmati Rice 5 kg", 10000), ("Sugar", 50000), ("Toor Dal 1 kg", 12000)],
        500000,
        "bank",
    ),
    (
        "Cash sale (walk-in)",
        date(2026, 4, 20),
        [("Toothpaste 150 g", 2000), ("Glucose Biscuits 250 g", 5000), ("Cold Drink 750 ml", 2000)],
        None,  # paid in full
        "upi",
    ),
    ("Kaveri Stores", date(2026, 5, 5),
     [("LED Bulb 9 W", 20000), ("Ball Pen (blue)", 100000)], 0, "cash"),
    ("Priya Deshmukh", date(2026, 5, 10),
     [("Cow Ghee 1 l", 1000), ("Tea Powder 500 g", 2000)], 50000, "cash"),
    ("Sneha Joshi", date(2026, 5, 12), [("Detergent Powder 1 kg", 2000)], 0, "cash"),
]  # fmt: skip
CANCELLED = ("Sneha Joshi", "Entered for the wrong customer")
RETURNED = ("Mahesh Traders", date(2026, 4, 25), 1, 2000, "Two bags damaged in transit")
ORDER = (
    "Om Sai Caterers",
    date(2026, 6, 1),
    [("Basmati Rice 5 kg", 20000), ("Cow Ghee 1 l", 5000), ("Sugar", 25000)],
    500000,
    "upi",
)


def fill_sample_sales() -> None:
    """Post the sample sales (inside the caller's transaction, or each in its own)."""
    numbers: dict[str, str] = {}
    for name, day, wanted, paid, mode in _INVOICES:
        code = _customer_code(name)
        lines = _lines(code, wanted)
        received = paid
        if received is None:  # a walk-in pays the total (always within the shop's state)
            amounts = [line_amounts(line, "intra") for line in lines]
            received = totals(amounts, round_to_rupee=sales_settings.get().round_off).grand_total
        draft = sales.InvoiceDraft(
            code, day, lines, received=received, mode=mode, confirm_unusual_date=SAMPLE_DATES
        )
        doc = sales.post_invoice(draft)
        numbers[name] = doc.number
    who, reason = CANCELLED
    sales.cancel_invoice(numbers[who], reason)
    who, day, line_no, qty, reason = RETURNED
    sales.post_credit_note(
        numbers[who],
        doc_date=day,
        returns={line_no: qty},
        reason=reason,
        confirm_unusual_date=SAMPLE_DATES,
    )
    name, day, wanted, advance, mode = ORDER
    code = _customer_code(name)
    orders.create_order(
        orders.OrderDraft(
            code,
            day,
            _lines(code, wanted),
            advance=advance,
            mode=mode,
            confirm_unusual_date=SAMPLE_DATES,
        )
    )


def _customer_code(name: str) -> str:
    return str(Customer.get(Customer.name == name).code)


def _lines(customer_code: str, wanted: list[tuple[str, int]]) -> list[LineInput]:
    kind = Customer.get(Customer.code == customer_code).customer_type
    lines = []
    for name, qty in wanted:
        item = Item.get(Item.name == name)
        rate, discount = items.price_for(item.code, kind)
        lines.append(
            LineInput(
                description=item.name,
                qty_milli=qty,
                rate=rate,
                gst_rate_bp=item.gst_rate_bp,
                price_includes_tax=item.price_includes_tax,
                discount_bp=discount,
                item_code=item.code,
            )
        )
    return lines
