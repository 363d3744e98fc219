"""An audit entry's changes in shop language (issue 15): "Amount: ₹4,000.00 → ₹5,000.00;
GST: 18%; Qty: 30; Date: 22-11-2026", never "amount: 500000" or JSON.

The one place that knows how each stored field reads on screen: `FIELDS` gives a field its label
(as on the forms) and its kind; a field not listed is read by its name's ending (`*_bp` a rate,
`*_milli` a quantity, `*_date` a date). The raw values stay in the audit export's hidden
columns for a verifier; this is only how they read.

Every word here is marked for translation in the "audit_words" context: a screen passes `say`
(its translation of one of these words) and the changes read in its language (issue 20); the
default keeps English, which the Excel export and the CLI use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from vyapar_lite.domain.gst import STATES
from vyapar_lite.domain.item import format_qty, format_rate
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money

Say = Callable[[str], str]  # one English word of this module in the screen's language

MONEY, RATE, QTY, DAY, DAYS, YES_NO, TEXT = "money", "rate", "qty", "date", "days", "yes", "text"
STATE = "state"

FIELDS: dict[str, tuple[str, str]] = {
    # customers (labels as on the customer form)
    "code": (QT_TRANSLATE_NOOP("audit_words", "Code"), TEXT),
    "name": (QT_TRANSLATE_NOOP("audit_words", "Name"), TEXT),
    "counter": (
        QT_TRANSLATE_NOOP("audit_words", "Counter"),
        TEXT,
    ),  # a counter named (services/counters.py)
    "phone": (QT_TRANSLATE_NOOP("audit_words", "Phone"), TEXT),
    "alt_phone": (QT_TRANSLATE_NOOP("audit_words", "Alternate phone"), TEXT),
    "email": (QT_TRANSLATE_NOOP("audit_words", "E-mail"), TEXT),
    "preferred_contact": (QT_TRANSLATE_NOOP("audit_words", "Preferred contact"), TEXT),
    "customer_type": (QT_TRANSLATE_NOOP("audit_words", "Type"), TEXT),
    "category": (QT_TRANSLATE_NOOP("audit_words", "Category"), TEXT),
    "gstin": (QT_TRANSLATE_NOOP("audit_words", "GSTIN"), TEXT),
    "pan": (QT_TRANSLATE_NOOP("audit_words", "PAN"), TEXT),
    "state_code": (QT_TRANSLATE_NOOP("audit_words", "State"), STATE),
    "place_of_supply": (QT_TRANSLATE_NOOP("audit_words", "Place of supply"), STATE),
    "shipping_bill_number": (QT_TRANSLATE_NOOP("audit_words", "Shipping bill number"), TEXT),
    "port_code": (QT_TRANSLATE_NOOP("audit_words", "Port code"), TEXT),
    "deemed_export": (QT_TRANSLATE_NOOP("audit_words", "Deemed export (s.147)"), TEXT),
    "credit_limit": (QT_TRANSLATE_NOOP("audit_words", "Credit limit"), MONEY),
    "check_credit_limit": (QT_TRANSLATE_NOOP("audit_words", "Warn at the credit limit"), YES_NO),
    "stop_sales": (QT_TRANSLATE_NOOP("audit_words", "Refuse sales over the limit"), YES_NO),
    "payment_terms_days": (QT_TRANSLATE_NOOP("audit_words", "Payment terms"), DAYS),
    "also_supplier": (QT_TRANSLATE_NOOP("audit_words", "Also a supplier"), YES_NO),
    "transporter": (QT_TRANSLATE_NOOP("audit_words", "Preferred transporter"), TEXT),
    "billing_address": (QT_TRANSLATE_NOOP("audit_words", "Billing address"), TEXT),
    "shipping_address": (QT_TRANSLATE_NOOP("audit_words", "Shipping address"), TEXT),
    "shipping_same_as_billing": (
        QT_TRANSLATE_NOOP("audit_words", "Shipping same as billing"),
        YES_NO,
    ),
    "city": (QT_TRANSLATE_NOOP("audit_words", "City"), TEXT),
    "pin_code": (QT_TRANSLATE_NOOP("audit_words", "PIN code"), TEXT),
    "notes": (QT_TRANSLATE_NOOP("audit_words", "Notes"), TEXT),
    "address": (QT_TRANSLATE_NOOP("audit_words", "Address"), TEXT),
    "is_active": (QT_TRANSLATE_NOOP("audit_words", "Active"), YES_NO),
    # items (labels as on the item form)
    "hsn_sac": (QT_TRANSLATE_NOOP("audit_words", "HSN/SAC"), TEXT),
    "unit": (QT_TRANSLATE_NOOP("audit_words", "Unit"), TEXT),
    "sale_price": (QT_TRANSLATE_NOOP("audit_words", "Sale price"), MONEY),
    "price": (QT_TRANSLATE_NOOP("audit_words", "Price"), MONEY),
    "price_includes_tax": (QT_TRANSLATE_NOOP("audit_words", "Price includes GST"), YES_NO),
    "gst_rate_bp": (QT_TRANSLATE_NOOP("audit_words", "GST"), RATE),
    "gst_on_advance": (QT_TRANSLATE_NOOP("audit_words", "GST on the advance"), MONEY),
    "track_stock": (QT_TRANSLATE_NOOP("audit_words", "Track stock"), YES_NO),
    "low_stock_milli": (QT_TRANSLATE_NOOP("audit_words", "Low-stock level"), QTY),
    "qty_milli": (QT_TRANSLATE_NOOP("audit_words", "Qty"), QTY),
    "discount_bp": (QT_TRANSLATE_NOOP("audit_words", "Disc %"), RATE),
    "rate_bp": (QT_TRANSLATE_NOOP("audit_words", "Rate"), RATE),
    # documents and money
    "date": (QT_TRANSLATE_NOOP("audit_words", "Date"), DAY),
    "amount": (QT_TRANSLATE_NOOP("audit_words", "Amount"), MONEY),
    "advance": (QT_TRANSLATE_NOOP("audit_words", "Advance"), MONEY),
    "advance_applied": (QT_TRANSLATE_NOOP("audit_words", "Advance applied"), MONEY),
    "received": (QT_TRANSLATE_NOOP("audit_words", "Received"), MONEY),
    "grand_total": (QT_TRANSLATE_NOOP("audit_words", "Total"), MONEY),
    "taxable": (QT_TRANSLATE_NOOP("audit_words", "Taxable value"), MONEY),
    "gst": (QT_TRANSLATE_NOOP("audit_words", "GST"), MONEY),  # a bill's or imported row's tax
    "total": (QT_TRANSLATE_NOOP("audit_words", "Total"), MONEY),
    "due_date": (QT_TRANSLATE_NOOP("audit_words", "Due date"), DAY),
    "tax": (QT_TRANSLATE_NOOP("audit_words", "Tax"), MONEY),
    "debit": (QT_TRANSLATE_NOOP("audit_words", "Debit"), MONEY),
    "credit": (QT_TRANSLATE_NOOP("audit_words", "Credit"), MONEY),
    "value": (QT_TRANSLATE_NOOP("audit_words", "Value"), MONEY),
    "rate": (QT_TRANSLATE_NOOP("audit_words", "Rate"), MONEY),
    "balance": (QT_TRANSLATE_NOOP("audit_words", "Balance"), MONEY),
    "opening": (QT_TRANSLATE_NOOP("audit_words", "Opening balance"), MONEY),
    "charges": (QT_TRANSLATE_NOOP("audit_words", "Charges"), MONEY),
    "round_off": (QT_TRANSLATE_NOOP("audit_words", "Round off"), MONEY),
    "points": (QT_TRANSLATE_NOOP("audit_words", "Points"), TEXT),
    "points_earned": (QT_TRANSLATE_NOOP("audit_words", "Points earned"), TEXT),
    "points_redeemed": (QT_TRANSLATE_NOOP("audit_words", "Points redeemed"), TEXT),
    "mode": (QT_TRANSLATE_NOOP("audit_words", "Mode"), TEXT),
    "reference": (QT_TRANSLATE_NOOP("audit_words", "Reference"), TEXT),
    "kind": (QT_TRANSLATE_NOOP("audit_words", "Kind"), TEXT),
    "status": (QT_TRANSLATE_NOOP("audit_words", "Status"), TEXT),
    "receipts": (QT_TRANSLATE_NOOP("audit_words", "Receipts"), TEXT),  # an advance used, a cancel
    "reason": (QT_TRANSLATE_NOOP("audit_words", "Reason"), TEXT),
    "customer": (QT_TRANSLATE_NOOP("audit_words", "Customer"), TEXT),
    "receipt": (QT_TRANSLATE_NOOP("audit_words", "Receipt"), TEXT),
    "order": (QT_TRANSLATE_NOOP("audit_words", "Order"), TEXT),
    "against": (QT_TRANSLATE_NOOP("audit_words", "Against"), TEXT),
    "lines": (QT_TRANSLATE_NOOP("audit_words", "Lines"), TEXT),
    "type_prices": (QT_TRANSLATE_NOOP("audit_words", "Prices by customer type"), TEXT),
    "gstr1_filed": (QT_TRANSLATE_NOOP("audit_words", "GSTR-1 filed for"), TEXT),
    # {document number: paise} (a re-allocation), or the numbers written off (a list)
    "allocations": (QT_TRANSLATE_NOOP("audit_words", "Allocations"), MONEY),
    "cheque": (QT_TRANSLATE_NOOP("audit_words", "Cheque"), TEXT),
    "country": (QT_TRANSLATE_NOOP("audit_words", "Country"), TEXT),
    "is_sez": (QT_TRANSLATE_NOOP("audit_words", "SEZ unit"), YES_NO),
    "redeemed_value": (QT_TRANSLATE_NOOP("audit_words", "Points redeemed (value)"), MONEY),
    "reverse_charge": (QT_TRANSLATE_NOOP("audit_words", "Reverse charge"), YES_NO),
    "sez_supply": (QT_TRANSLATE_NOOP("audit_words", "SEZ supply"), TEXT),
    "supply_type": (QT_TRANSLATE_NOOP("audit_words", "Supply type"), TEXT),
    "uqc": (QT_TRANSLATE_NOOP("audit_words", "GST unit (UQC)"), TEXT),
    "write_off": (QT_TRANSLATE_NOOP("audit_words", "Write-off"), TEXT),
    "composition": (QT_TRANSLATE_NOOP("audit_words", "Composition"), YES_NO),  # the shop's
    "composition_rate_bp": (QT_TRANSLATE_NOOP("audit_words", "Composition rate"), RATE),
    "is_composition": (
        QT_TRANSLATE_NOOP("audit_words", "Composition dealer"),
        YES_NO,
    ),  # periods: 2026-05, 2026-Q1
    # the daily closing (services.daily_closing) and bank reconciliation
    "expected": (QT_TRANSLATE_NOOP("audit_words", "Expected in the drawer"), MONEY),
    "counted": (QT_TRANSLATE_NOOP("audit_words", "Counted"), MONEY),
    "difference": (QT_TRANSLATE_NOOP("audit_words", "Short (-) / excess"), MONEY),
    "coins": (QT_TRANSLATE_NOOP("audit_words", "Coins"), MONEY),
    "note_2000": (QT_TRANSLATE_NOOP("audit_words", "₹2000 notes"), TEXT),
    "note_500": (QT_TRANSLATE_NOOP("audit_words", "₹500 notes"), TEXT),
    "note_200": (QT_TRANSLATE_NOOP("audit_words", "₹200 notes"), TEXT),
    "note_100": (QT_TRANSLATE_NOOP("audit_words", "₹100 notes"), TEXT),
    "note_50": (QT_TRANSLATE_NOOP("audit_words", "₹50 notes"), TEXT),
    "note_20": (QT_TRANSLATE_NOOP("audit_words", "₹20 notes"), TEXT),
    "note_10": (QT_TRANSLATE_NOOP("audit_words", "₹10 notes"), TEXT),
    "reconciled": (QT_TRANSLATE_NOOP("audit_words", "Entries reconciled"), TEXT),
    "document": (QT_TRANSLATE_NOOP("audit_words", "Document"), TEXT),
    # money accounts, expenses, contra vouchers
    "account": (QT_TRANSLATE_NOOP("audit_words", "Account"), TEXT),
    "account_id": (QT_TRANSLATE_NOOP("audit_words", "Paid from (account no.)"), TEXT),
    "account_digits": (QT_TRANSLATE_NOOP("audit_words", "Account no. (last digits)"), TEXT),
    "ifsc": (QT_TRANSLATE_NOOP("audit_words", "IFSC"), TEXT),
    "opening_balance": (QT_TRANSLATE_NOOP("audit_words", "Opening balance"), MONEY),
    "head": (QT_TRANSLATE_NOOP("audit_words", "Head"), TEXT),
    "supplier_gstin": (QT_TRANSLATE_NOOP("audit_words", "Supplier GSTIN"), TEXT),
    "bill_number": (QT_TRANSLATE_NOOP("audit_words", "Bill number"), TEXT),
    "from": (QT_TRANSLATE_NOOP("audit_words", "From"), TEXT),
    "to": (QT_TRANSLATE_NOOP("audit_words", "To"), TEXT),
    "entries": (QT_TRANSLATE_NOOP("audit_words", "Entries"), TEXT),
}

# what an audit row's action and record type are stored as; shown as they are in English
ACTIONS = (
    QT_TRANSLATE_NOOP("audit_words", "create"),
    QT_TRANSLATE_NOOP("audit_words", "update"),
    QT_TRANSLATE_NOOP("audit_words", "post"),
    QT_TRANSLATE_NOOP("audit_words", "cancel"),
    QT_TRANSLATE_NOOP("audit_words", "import"),
    QT_TRANSLATE_NOOP("audit_words", "deactivate"),
    QT_TRANSLATE_NOOP("audit_words", "reactivate"),
    QT_TRANSLATE_NOOP("audit_words", "settings"),
    QT_TRANSLATE_NOOP("audit_words", "name"),
    QT_TRANSLATE_NOOP("audit_words", "override"),
    QT_TRANSLATE_NOOP("audit_words", "reallocate"),
    QT_TRANSLATE_NOOP("audit_words", "reassign"),
    QT_TRANSLATE_NOOP("audit_words", "reconcile"),
    QT_TRANSLATE_NOOP("audit_words", "unreconcile"),
    QT_TRANSLATE_NOOP("audit_words", "apply_advance"),
    QT_TRANSLATE_NOOP("audit_words", "deposit"),
    QT_TRANSLATE_NOOP("audit_words", "clear"),
    QT_TRANSLATE_NOOP("audit_words", "bounce"),
    QT_TRANSLATE_NOOP("audit_words", "resolve"),
    QT_TRANSLATE_NOOP("audit_words", "complete"),
)
RECORD_TYPES = (
    QT_TRANSLATE_NOOP("audit_words", "customer"),
    QT_TRANSLATE_NOOP("audit_words", "customer_category"),
    QT_TRANSLATE_NOOP("audit_words", "customer_note"),
    QT_TRANSLATE_NOOP("audit_words", "item"),
    QT_TRANSLATE_NOOP("audit_words", "stock_move"),
    QT_TRANSLATE_NOOP("audit_words", "gst_rate"),
    QT_TRANSLATE_NOOP("audit_words", "sales_doc"),
    QT_TRANSLATE_NOOP("audit_words", "sale_order"),
    QT_TRANSLATE_NOOP("audit_words", "receipt"),
    QT_TRANSLATE_NOOP("audit_words", "payment_out"),
    QT_TRANSLATE_NOOP("audit_words", "purchase_bill"),
    QT_TRANSLATE_NOOP("audit_words", "contra"),
    QT_TRANSLATE_NOOP("audit_words", "contra_voucher"),
    QT_TRANSLATE_NOOP("audit_words", "expense"),
    QT_TRANSLATE_NOOP("audit_words", "expense_head"),
    QT_TRANSLATE_NOOP("audit_words", "money_account"),
    QT_TRANSLATE_NOOP("audit_words", "money_entry"),
    QT_TRANSLATE_NOOP("audit_words", "mode_account"),
    QT_TRANSLATE_NOOP("audit_words", "daily_closing"),
    QT_TRANSLATE_NOOP("audit_words", "reminder"),
    QT_TRANSLATE_NOOP("audit_words", "sequence"),
    QT_TRANSLATE_NOOP("audit_words", "setting"),
    QT_TRANSLATE_NOOP("audit_words", "shop"),
    QT_TRANSLATE_NOOP("audit_words", "counter"),
)
# stored codes of a few fields (kind, mode, status, customer type), shown translated; any other
# value of theirs (and every other field's text) stays as it is
CODED_FIELDS = frozenset({"kind", "mode", "status", "customer_type", "preferred_contact", "reason"})
VALUE_WORDS = (
    QT_TRANSLATE_NOOP("audit_words", "invoice"),
    QT_TRANSLATE_NOOP("audit_words", "credit_note"),
    QT_TRANSLATE_NOOP("audit_words", "debit_note"),
    QT_TRANSLATE_NOOP("audit_words", "opening_bill"),
    QT_TRANSLATE_NOOP("audit_words", "opening"),
    QT_TRANSLATE_NOOP("audit_words", "cash"),
    QT_TRANSLATE_NOOP("audit_words", "upi"),
    QT_TRANSLATE_NOOP("audit_words", "card"),
    QT_TRANSLATE_NOOP("audit_words", "bank"),
    QT_TRANSLATE_NOOP("audit_words", "cheque"),
    QT_TRANSLATE_NOOP("audit_words", "posted"),
    QT_TRANSLATE_NOOP("audit_words", "cancelled"),
    QT_TRANSLATE_NOOP("audit_words", "pending"),
    QT_TRANSLATE_NOOP("audit_words", "bounced"),
    QT_TRANSLATE_NOOP("audit_words", "General"),
    QT_TRANSLATE_NOOP("audit_words", "Dealer"),
    QT_TRANSLATE_NOOP("audit_words", "Wholesaler"),
    QT_TRANSLATE_NOOP("audit_words", "Distributor"),
    QT_TRANSLATE_NOOP("audit_words", "Phone"),
    QT_TRANSLATE_NOOP("audit_words", "SMS"),
    QT_TRANSLATE_NOOP("audit_words", "WhatsApp"),
    QT_TRANSLATE_NOOP("audit_words", "Email"),
)
BLANK = QT_TRANSLATE_NOOP("audit_words", "(blank)")
NONE = QT_TRANSLATE_NOOP("audit_words", "(none)")
YES = QT_TRANSLATE_NOOP("audit_words", "Yes")
NO = QT_TRANSLATE_NOOP("audit_words", "No")
REMOVED = QT_TRANSLATE_NOOP("audit_words", "{name}: {value} (removed)")
ONE_DAY = QT_TRANSLATE_NOOP("audit_words", "1 day")
DAYS_TEXT = QT_TRANSLATE_NOOP("audit_words", "{n} days")


def english(text: str) -> str:
    """The default `say`: the words as written here."""
    return text


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


def value_text(field: str, value: Any, say: Say = english) -> str:
    """One stored value as the shopkeeper reads it ("gst_rate_bp", 1800 -> "18%")."""
    if value is None or value == "":
        return say(BLANK)
    kind = kind_of(field)
    if isinstance(value, bool) or kind == YES_NO:
        return say(YES) if value else say(NO)
    if isinstance(value, int) and kind == DAYS:
        return say(ONE_DAY) if value == 1 else say(DAYS_TEXT).format(n=f"{value:,}")
    if isinstance(value, int) and kind in _NUMBER_FORMATS:
        return _NUMBER_FORMATS[kind](value)
    if kind == STATE and isinstance(value, str) and value in STATES:
        return f"{STATES[value]} ({value})"
    if isinstance(value, Mapping):
        return _mapping_text(field, value, say)
    if isinstance(value, list | tuple):
        return _list_text(field, list(value), say)
    if isinstance(value, str) and field in CODED_FIELDS and value in VALUE_WORDS:
        return say(value)
    if isinstance(value, str):
        return _date_text(value)
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return str(value)


def describe(
    before: Mapping[str, Any] | None, after: Mapping[str, Any] | None, say: Say = english
) -> str:
    """ "Name: Asha → Asha Verma; Credit limit: ₹10,000.00 → ₹15,000.00" (what was set, for a
    new record; "(removed)" for a field that went)."""
    before = before or {}
    after = after or {}
    parts = []
    for field in dict.fromkeys([*after, *before]):
        name = say(label(field))
        if field in before and field in after:
            parts.append(
                f"{name}: {value_text(field, before[field], say)}"
                f" → {value_text(field, after[field], say)}"
            )
        elif field in after and not before and after[field] in (None, ""):
            continue  # a new record's empty fields say nothing
        elif field in after:
            parts.append(f"{name}: {value_text(field, after[field], say)}")
        else:
            parts.append(
                say(REMOVED).format(name=name, value=value_text(field, before[field], say))
            )
    return "; ".join(parts)


_NUMBER_FORMATS: dict[str, Callable[[int], str]] = {
    MONEY: format_money,
    RATE: format_rate,
    QTY: format_qty,
}


def _date_text(text: str) -> str:
    """ISO dates and times day first; other text as it is."""
    if _ISO_DAY.match(text):
        return date.fromisoformat(text).strftime("%d-%m-%Y")
    if _ISO_TIME.match(text):
        return datetime.fromisoformat(text).strftime("%d-%m-%Y %H:%M")
    return text


def _mapping_text(field: str, value: Mapping[str, Any], say: Say) -> str:
    """A nested value, such as prices by customer type: "Dealer: Price ₹620.00"."""
    parts = []
    for key, inner in value.items():
        if isinstance(inner, Mapping):
            shown = ", ".join(
                f"{say(label(k))} {value_text(k, v, say)}"
                for k, v in inner.items()
                if v is not None
            )
            parts.append(f"{key}: {shown or say(BLANK)}")
        elif isinstance(inner, int) and not isinstance(inner, bool) and kind_of(field) == MONEY:
            parts.append(f"{key}: {format_money(inner)}")  # an amount against a document
        else:
            parts.append(f"{say(label(str(key)))} {value_text(str(key), inner, say)}")
    return "; ".join(parts) if parts else say(NONE)


def _list_text(field: str, value: list[Any], say: Say) -> str:
    if not value:
        return say(NONE)
    if all(isinstance(v, Mapping) for v in value):
        return " | ".join(_mapping_text(field, v, say) for v in value)
    return ", ".join(value_text(field, v, say) for v in value)
