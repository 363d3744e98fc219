"""Customer accounts: the details a shopkeeper keeps, and the rules they must follow.

`clean_customer()` checks every field at once and returns the details normalised (trimmed,
upper-case GSTIN/PAN, phone without spaces) or raises ValidationError naming each bad field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from vyapar_lite.domain import contact, gst
from vyapar_lite.domain.errors import FieldError, ValidationError, raise_if_any
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.domain.money import MAX_PAISE

CASH_CODE = "CASH"
# the walk-in customer's name as the shop file is created (db/migrations.py): the app's words,
# shown in the screens' language while the user has not renamed it (ui.language.customer_name)
WALK_IN_NAME = QT_TRANSLATE_NOOP("customers", "Cash sale (walk-in)")
CUSTOMER_TYPES = ("General", "Dealer", "Wholesaler", "Distributor")
PREFERRED_CONTACTS = ("Phone", "SMS", "WhatsApp", "Email")
MAX_TERMS_DAYS = 365
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9/_-]{0,19}$")
_LIMITS = {
    "name": 200,
    "transporter": 200,
    "city": 100,
    "billing_address": 1000,
    "shipping_address": 1000,
    "notes": 4000,
    "country": 60,
}


class OpeningKind(StrEnum):
    RECEIVABLE = "Receivable"  # the customer owes the shop
    ADVANCE = "Advance"  # the shop holds the customer's money


@dataclass(frozen=True)
class OpeningBalance:
    """What the customer's account stood at when the shop started using Vyapar Lite."""

    amount: int  # paise, > 0
    kind: OpeningKind
    as_of: date

    @property
    def debit(self) -> int:
        return self.amount if self.kind is OpeningKind.RECEIVABLE else 0

    @property
    def credit(self) -> int:
        return self.amount if self.kind is OpeningKind.ADVANCE else 0


@dataclass(frozen=True)
class CustomerDetails:
    """What the shopkeeper types about a customer. Money in paise; blank `code` = next in series."""

    name: str
    code: str = ""
    phone: str = ""
    alt_phone: str = ""
    email: str = ""
    preferred_contact: str = "Phone"
    billing_address: str = ""
    shipping_address: str = ""
    shipping_same_as_billing: bool = True
    city: str = ""
    pin_code: str = ""
    state_code: str = ""
    gstin: str = ""
    pan: str = ""
    customer_type: str = "General"
    category: str = ""
    credit_limit: int = 0
    check_credit_limit: bool = False
    stop_sales: bool = False
    payment_terms_days: int = 0
    also_supplier: bool = False
    transporter: str = ""
    notes: str = ""
    is_sez: bool = False  # an SEZ unit or developer: supplies are zero-rated (s.16 IGST Act)
    country: str = ""  # a buyer outside India (state 96): the country printed on exports
    # a composition taxable person (s.10 CGST Act): GSTR-3B Table 3.2 lists inter-state
    # supplies to them apart (migration 16)
    is_composition: bool = False


def clean_code(text: str, *, field: str = "code") -> str:
    code = text.strip().upper()
    if not _CODE.match(code):
        raise ValidationError(
            FieldError(
                field,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "A customer code has 1-20 letters, digits, '-', '/' or '_' (e.g. C0001)",
                    )
                ),
            )
        )
    return code


def clean_customer(details: CustomerDetails, *, is_cash: bool = False) -> CustomerDetails:
    """Normalise and check every field; raise ValidationError listing each problem."""
    errors: list[FieldError] = []
    values: dict[str, object] = {}

    def attempt(field: str, check: object) -> None:
        try:
            values[field] = check(getattr(details, field), field=field)  # type: ignore[operator]
        except ValidationError as exc:
            errors.extend(exc.errors)

    name = " ".join(details.name.split())
    if not name:
        errors.append(
            FieldError("name", Message(QT_TRANSLATE_NOOP("messages", "Enter the customer's name")))
        )
    values["name"] = name
    for field, limit in _LIMITS.items():
        text = name if field == "name" else str(getattr(details, field)).strip()
        if len(text) > limit:
            errors.append(
                FieldError(
                    field,
                    Message(
                        QT_TRANSLATE_NOOP("messages", "At most {limit} characters"), limit=limit
                    ),
                )
            )
        values.setdefault(field, text)
    if details.code.strip():
        attempt("code", clean_code)
    attempt("phone", contact.normalise_phone)
    attempt("alt_phone", contact.normalise_phone)
    attempt("email", contact.normalise_email)
    attempt("pin_code", contact.normalise_pin)
    if details.preferred_contact not in PREFERRED_CONTACTS:
        errors.append(
            FieldError(
                "preferred_contact",
                Message(QT_TRANSLATE_NOOP("messages", "Choose Phone, SMS, WhatsApp or Email")),
            )
        )
    if details.customer_type not in CUSTOMER_TYPES:
        errors.append(
            FieldError(
                "customer_type",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Choose General, Dealer, Wholesaler or Distributor"
                    )
                ),
            )
        )
    gstin = details.gstin.strip().upper()
    pan = details.pan.strip().upper()
    state = details.state_code.strip()
    if state and state != gst.FOREIGN and state not in gst.STATES:
        errors.append(
            FieldError(
                "state_code", Message(QT_TRANSLATE_NOOP("messages", "Choose a state from the list"))
            )
        )
    known_state = state if state in gst.STATES else None
    errors.extend(gst.check_tax_identity(gstin or None, pan or None, known_state))
    if gstin and not any(e.field == "gstin" for e in errors):
        state = _state_of_gstin(gstin, state, errors)
    if gstin and not pan and not any(e.field == "gstin" for e in errors):
        pan = gst.gstin_pan(gstin)  # the PAN is part of the GSTIN
    if details.is_sez and not gstin:
        errors.append(
            FieldError(
                "is_sez",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "An SEZ unit is registered for GST: enter its GSTIN"
                    )
                ),
            )
        )
    if details.is_composition and not gstin:
        errors.append(
            FieldError(
                "is_composition",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "A composition dealer is registered for GST: enter its GSTIN"
                    )
                ),
            )
        )
    values.update(
        gstin=gstin, pan=pan, state_code=state, category=" ".join(details.category.split())
    )
    country = " ".join(details.country.split())
    if country and state != gst.FOREIGN:
        errors.append(
            FieldError(
                "country",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "A country is for a buyer outside India (state {foreign})"
                    ),
                    foreign=gst.FOREIGN,
                ),
            )
        )
    values["country"] = country
    if not 0 <= details.credit_limit <= MAX_PAISE:
        errors.append(
            FieldError(
                "credit_limit",
                Message(QT_TRANSLATE_NOOP("messages", "The credit limit cannot be negative")),
            )
        )
    if not 0 <= details.payment_terms_days <= MAX_TERMS_DAYS:
        errors.append(
            FieldError(
                "payment_terms_days",
                Message(
                    QT_TRANSLATE_NOOP("messages", "Payment terms are 0 to {max_terms_days} days"),
                    max_terms_days=MAX_TERMS_DAYS,
                ),
            )
        )
    if is_cash and (
        details.credit_limit or details.check_credit_limit or details.payment_terms_days
    ):
        errors.append(
            FieldError(
                "credit_limit",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "The CASH customer is for walk-in sales paid in full: no credit"
                    )
                ),
            )
        )
    raise_if_any(errors)
    if details.shipping_same_as_billing:
        values["shipping_address"] = values["billing_address"]
    return replace(details, **values)  # type: ignore[arg-type]


def _state_of_gstin(gstin: str, state: str, errors: list[FieldError]) -> str:
    """The GSTIN decides the state: its first two digits are the state where the holder is
    registered, which is the place of supply for goods billed to them (s.10(1)(a) IGST Act, the
    recipient's location) and what GSTR-1 reports as `pos`. A blank state is filled from it; a
    GSTIN holder cannot be outside India (a mismatch with an Indian state is refused by
    `gst.check_tax_identity`)."""
    registered, _ = gst.fill_from_gstin(gstin)
    if not state:
        return registered
    if state == gst.FOREIGN:
        errors.append(
            FieldError(
                "gstin",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "GSTIN {gstin} is registered in {state} "
                        "({registered}); a customer with "
                        "a GSTIN is not outside India",
                    ),
                    gstin=gstin,
                    state=gst.state_name(registered),
                    registered=registered,
                ),
            )
        )
    return state


def clean_opening(amount: int, kind: str, as_of: date | None) -> OpeningBalance | None:
    """An opening balance, or None when the amount is zero."""
    errors: list[FieldError] = []
    if amount == 0:
        return None
    if not 0 < amount <= MAX_PAISE:
        errors.append(
            FieldError(
                "opening_amount",
                Message(QT_TRANSLATE_NOOP("messages", "The opening balance cannot be negative")),
            )
        )
    try:
        opening_kind = OpeningKind(kind)
    except ValueError:
        errors.append(
            FieldError(
                "opening_kind",
                Message(
                    QT_TRANSLATE_NOOP("messages", "Choose Receivable (they owe you) or Advance")
                ),
            )
        )
        opening_kind = OpeningKind.RECEIVABLE
    if as_of is None:
        errors.append(
            FieldError(
                "opening_date",
                Message(QT_TRANSLATE_NOOP("messages", "Enter the date of the opening balance")),
            )
        )
    raise_if_any(errors)
    assert as_of is not None
    return OpeningBalance(amount, opening_kind, as_of)


def format_code(prefix: str, number: int, width: int) -> str:
    """`C` + 1 + width 4 -> `C0001`."""
    return f"{prefix}{number:0{width}d}"
