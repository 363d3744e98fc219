"""What an invoice line needs from the item master: suggestions while typing, and an item's
price for a customer type (its own price, or the sale price less the type's discount)."""

from __future__ import annotations

from dataclasses import dataclass

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.item import format_qty, format_rate
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import item_list, items
from vyapar_lite.ui.sales.suggest import MAX_ROWS, Suggestion

SUGGESTIONS = 10


@dataclass(frozen=True)
class ItemChoice:
    code: str
    name: str
    hsn_sac: str
    unit: str
    rate: int  # paise, for the customer's type
    discount_bp: int  # the type's discount
    gst_rate_bp: int
    price_includes_tax: bool
    reverse_charge: bool = False  # GST on it payable by the buyer (s.9(3) CGST Act)


def suggestions(text: str) -> list[Suggestion]:
    """(label, code) of active items matching `text`: exact code first, then by name."""
    found = item_list.quick_find(text, limit=MAX_ROWS)
    out = []
    for r in found:
        stock = "" if r.stock_milli is None else f"stock {format_qty(r.stock_milli, r.unit)}"
        price = f"{format_money(r.sale_price)}/{r.unit}"
        parts = (r.name, r.code, price, f"GST {format_rate(r.gst_rate_bp)}", stock)
        out.append(("  ·  ".join(p for p in parts if p), r.code))
    return out


def choice(code: str, customer_type: str) -> ItemChoice | None:
    """The item with this code priced for the customer type; None for no such active item."""
    try:
        record = items.get_item(code)
    except ValidationError:
        return None
    if not record.is_active:
        return None
    rate, discount = items.price_for(record.code, customer_type)
    d = record.details
    return ItemChoice(
        record.code,
        d.name,
        d.hsn_sac,
        d.unit,
        rate,
        discount,
        d.gst_rate_bp,
        d.price_includes_tax,
        d.reverse_charge,
    )


def exact(text: str, customer_type: str) -> ItemChoice | None:
    """An item whose code is exactly `text` (case-insensitive), or whose name is."""
    wanted = text.strip()
    if not wanted:
        return None
    for row in item_list.quick_find(wanted, limit=SUGGESTIONS):
        if row.code == wanted.upper() or row.name.casefold() == wanted.casefold():
            return choice(row.code, customer_type)
    return None
