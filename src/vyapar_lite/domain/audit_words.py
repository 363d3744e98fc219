"""An audit entry's changes in shop language (issue 15): "Amount: ₹4,000.00 → ₹5,000.00;
GST: 18%; Qty: 30; Date: 22-11-2026", never "amount: 500000" or JSON.

The one place that knows how each stored field reads on screen: `FIELDS` gives a field its label
(as on the forms) and its kind; a field not listed is read by its name's ending (`*_bp` a rate,
`*_milli` a quantity, `*_date` a date). The raw values stay in the audit export's hidden
columns for a verifier; this is only how they read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from vyapar_lite.domain.gst import STATES
from vyapar_lite.domain.item import format_qty, format_rate
from vyapar_lite.domain.money import format_money

MONEY, RATE, QTY, DAY, DAYS, YES_NO, TEXT = "money", "rate", "qty", "date", "days", "yes", "text"
STATE = "state"

FIELDS: dict[str, tuple[str, str]] = {
    # customers (labels as on the customer form)
    "code": ("Code", TEXT),
    "name": ("Name", TEXT),
    "counter": ("Counter", TEXT),  # a counter named (services/counters.py)
    "phone": ("Phone", TEXT),
    "alt_phone": ("Alternate phone", TEXT),
    "email": ("E-mail", TEXT),
    "preferred_contact": ("Preferred contact", TEXT),
    "customer_type": ("Type", TEXT),
    "category": ("Category", TEXT),
    "gstin": ("GSTIN", TEXT),
    "pan": ("PAN", TEXT),
    "state_code": ("State", STATE),
    "place_of_supply": ("Place of supply", STATE),
    "shipping_bill_number": ("Shipping bill number", TEXT),
    "port_code": ("Port code", TEXT),
    "deemed_export": ("Deemed export (s.147)", TEXT),
    "credit_limit": ("Credit limit", MONEY),
    "check_credit_limit": ("Warn at the credit limit", YES_NO),
    "stop_sales": ("Refuse sales over the limit", YES_NO),
    "payment_terms_days": ("Payment terms", DAYS),
    "also_supplier": ("Also a supplier", YES_NO),
    "transporter": ("Preferred transporter", TEXT),
    "billing_address": ("Billing address", TEXT),
    "shipping_address": ("Shipping address", TEXT),
    "shipping_same_as_billing": ("Shipping same as billing", YES_NO),
    "city": ("City", TEXT),
    "pin_code": ("PIN code", TEXT),
    "notes": ("Notes", TEXT),
    "address": ("Address", TEXT),
    "is_active": ("Active", YES_NO),
    # items (labels as on the item form)
    "hsn_sac": ("HSN/SAC", TEXT),
    "unit": ("Unit", TEXT),
    "sale_price": ("Sale price", MONEY),
    "price": ("Price", MONEY),
    "price_includes_tax": ("Price includes GST", YES_NO),
    "gst_rate_bp": ("GST", RATE),
    "gst_on_advance": ("GST on the advance", MONEY),
    "track_stock": ("Track stock", YES_NO),
    "low_stock_milli": ("Low-stock level", QTY),
    "qty_milli": ("Qty", QTY),
    "discount_bp": ("Disc %", RATE),
    "rate_bp": ("Rate", RATE),
    # documents and money
    "date": ("Date", DAY),
    "amount": ("Amount", MONEY),
    "advance": ("Advance", MONEY),
    "advance_applied": ("Advance applied", MONEY),
    "received": ("Received", MONEY),
    "grand_total": ("Total", MONEY),
    "taxable": ("Taxable value", MONEY),
    "tax": ("Tax", MONEY),
    "debit": ("Debit", MONEY),
    "credit": ("Credit", MONEY),
    "value": ("Value", MONEY),
    "rate": ("Rate", MONEY),
    "balance": ("Balance", MONEY),
    "opening": ("Opening balance", MONEY),
    "charges": ("Charges", MONEY),
    "round_off": ("Round off", MONEY),
    "points": ("Points", TEXT),
    "points_earned": ("Points earned", TEXT),
    "points_redeemed": ("Points redeemed", TEXT),
    "mode": ("Mode", TEXT),
    "reference": ("Reference", TEXT),
    "kind": ("Kind", TEXT),
    "status": ("Status", TEXT),
    "reason": ("Reason", TEXT),
    "customer": ("Customer", TEXT),
    "receipt": ("Receipt", TEXT),
    "order": ("Order", TEXT),
    "against": ("Against", TEXT),
    "lines": ("Lines", TEXT),
    "type_prices": ("Prices by customer type", TEXT),
    "gstr1_filed": ("GSTR-1 filed for", TEXT),
    "is_composition": ("Composition dealer", YES_NO),  # periods: 2026-05, 2026-Q1
    # the daily closing (services.daily_closing) and bank reconciliation
    "expected": ("Expected in the drawer", MONEY),
    "counted": ("Counted", MONEY),
    "difference": ("Short (-) / excess", MONEY),
    "coins": ("Coins", MONEY),
    **{f"note_{v}": (f"₹{v} notes", TEXT) for v in (2000, 500, 200, 100, 50, 20, 10)},
    "reconciled": ("Entries reconciled", TEXT),
    "document": ("Document", TEXT),
    # money accounts, expenses, contra vouchers
    "account": ("Account", TEXT),
    "account_id": ("Paid from (account no.)", TEXT),
    "account_digits": ("Account no. (last digits)", TEXT),
    "ifsc": ("IFSC", TEXT),
    "opening_balance": ("Opening balance", MONEY),
    "head": ("Head", TEXT),
    "supplier_gstin": ("Supplier GSTIN", TEXT),
    "bill_number": ("Bill number", TEXT),
    "from": ("From", TEXT),
    "to": ("To", TEXT),
    "entries": ("Entries", TEXT),
}

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$")


def label(field: str) -> str:
    """The field's label as on the forms ("gst_rate_bp" -> "GST")."""
    known = FIELDS.get(field)
    if known:
        return known[0]
    plain = field.removesuffix("_bp").removesuffix("_milli").replace("_", " ").strip()
    return plain[:1].upper() + plain[1:]


def kind_of(field: str) -> str:
    known = FIELDS.get(field)
    if known:
        return known[1]
    if field.endswith("_bp"):
        return RATE
    if field.endswith("_milli"):
        return QTY
    if field.endswith("_date") or field.endswith("_on"):
        return DAY
    if field.endswith("_paise") or field.endswith("_amount") or field.endswith("_total"):
        return MONEY
    return TEXT


def value_text(field: str, value: Any) -> str:
    """One stored value as the shopkeeper reads it ("gst_rate_bp", 1800 -> "18%")."""
    if value is None or value == "":
        return "(blank)"
    kind = kind_of(field)
    if isinstance(value, bool) or kind == YES_NO:
        return "Yes" if value else "No"
    if isinstance(value, int) and kind in _NUMBER_FORMATS:
        return _NUMBER_FORMATS[kind](value)
    if kind == STATE and isinstance(value, str) and value in STATES:
        return f"{STATES[value]} ({value})"
    if isinstance(value, Mapping):
        return _mapping_text(field, value)
    if isinstance(value, list | tuple):
        return _list_text(field, list(value))
    if isinstance(value, str):
        return _date_text(value)
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return str(value)


def describe(before: Mapping[str, Any] | None, after: Mapping[str, Any] | None) -> str:
    """ "Name: Asha → Asha Verma; Credit limit: ₹10,000.00 → ₹15,000.00" (what was set, for a
    new record; "(removed)" for a field that went)."""
    before = before or {}
    after = after or {}
    parts = []
    for field in dict.fromkeys([*after, *before]):
        name = label(field)
        if field in before and field in after:
            parts.append(
                f"{name}: {value_text(field, before[field])} → {value_text(field, after[field])}"
            )
        elif field in after and not before and after[field] in (None, ""):
            continue  # a new record's empty fields say nothing
        elif field in after:
            parts.append(f"{name}: {value_text(field, after[field])}")
        else:
            parts.append(f"{name}: {value_text(field, before[field])} (removed)")
    return "; ".join(parts)


def _days(n: int) -> str:
    return "1 day" if n == 1 else f"{n:,} days"


_NUMBER_FORMATS: dict[str, Callable[[int], str]] = {
    MONEY: format_money,
    RATE: format_rate,
    QTY: format_qty,
    DAYS: _days,
}


def _date_text(text: str) -> str:
    """ISO dates and times day first; other text as it is."""
    if _ISO_DAY.match(text):
        return date.fromisoformat(text).strftime("%d-%m-%Y")
    if _ISO_TIME.match(text):
        return datetime.fromisoformat(text).strftime("%d-%m-%Y %H:%M")
    return text


def _mapping_text(field: str, value: Mapping[str, Any]) -> str:
    """A nested value, such as prices by customer type: "Dealer: Price ₹620.00"."""
    parts = []
    for key, inner in value.items():
        if isinstance(inner, Mapping):
            shown = ", ".join(
                f"{label(k)} {value_text(k, v)}" for k, v in inner.items() if v is not None
            )
            parts.append(f"{key}: {shown or '(blank)'}")
        else:
            parts.append(f"{label(str(key))} {value_text(str(key), inner)}")
    return "; ".join(parts) if parts else "(none)"


def _list_text(field: str, value: list[Any]) -> str:
    if not value:
        return "(none)"
    if all(isinstance(v, Mapping) for v in value):
        return " | ".join(_mapping_text(field, v) for v in value)
    return ", ".join(value_text(field, v) for v in value)
