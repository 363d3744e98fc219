"""Customer accounts: create, edit, deactivate and reactivate, each one audited transaction.

Screens and the CLI name customers by their code; the database id never leaves this layer.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

import peewee as pw

from vyapar_lite.db import database, locks
from vyapar_lite.db.models import Customer, CustomerCategory, LedgerEntry, Sequence
from vyapar_lite.domain.customer import (
    CASH_CODE,
    CustomerDetails,
    OpeningBalance,
    clean_customer,
    format_code,
)
from vyapar_lite.domain.customer_codes import clean_code_prefix
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.services import audit, edits_meanwhile, opening_bills, sequences
from vyapar_lite.services.categories import category_id_for

_DETAIL_FIELDS = [f.name for f in fields(CustomerDetails)]


@dataclass(frozen=True)
class CustomerAccount:
    """A customer as screens see it: details, status and balance (paise; > 0 = they owe us)."""

    code: str
    details: CustomerDetails
    is_active: bool
    is_cash: bool
    loyalty_points: int
    balance: int
    version: str = ""  # as opened: an edit saved over a later change is refused


@dataclass(frozen=True)
class PossibleDuplicate:
    code: str
    name: str
    field: str  # "phone", "email" or "gstin"


class DuplicateCustomer(Exception):
    """Another customer has the same phone, e-mail or GSTIN; save again with `confirmed=True`."""

    def __init__(self, matches: list[PossibleDuplicate]) -> None:
        self.matches = matches
        super().__init__(
            "; ".join(f"{m.code} {m.name} has the same {_LABELS[m.field]}" for m in matches)
        )


_LABELS = {"phone": "phone number", "email": "e-mail", "gstin": "GSTIN"}


def create_customer(
    details: CustomerDetails,
    *,
    opening: OpeningBalance | None = None,
    confirmed: bool = False,
) -> CustomerAccount:
    """Create a customer (code from the series when blank) with an optional opening balance."""
    clean = clean_customer(details)
    if clean.code == CASH_CODE:
        raise ValidationError(
            FieldError(
                "code",
                Message(QT_TRANSLATE_NOOP("messages", "CASH is the walk-in customer's code")),
            )
        )
    with database.atomic():
        if clean.code and Customer.select().where(Customer.code == clean.code).exists():
            raise ValidationError(
                FieldError(
                    "code",
                    Message(
                        QT_TRANSLATE_NOOP("messages", "Code {code} is already used"),
                        code=clean.code,
                    ),
                )
            )
        if not confirmed:
            _refuse_duplicates(clean, exclude_id=None)
        code = clean.code or _next_free_code()
        values = new_customer_values(
            clean, code, category_id=_category_id(clean.category), now=datetime.now()
        )
        row = Customer.create(**values)
        audit.record_change(creation_change(row.id, clean, code))
        if opening is not None:
            post_opening(row, opening)
    return get_customer(code)


def update_customer(
    code: str, details: CustomerDetails, *, confirmed: bool = False, opened: str | None = None
) -> CustomerAccount:
    """Save edited details. The code never changes; CASH can't be given credit. `opened` is the
    `version` the form was opened at: when the customer was changed since (another counter),
    `edits_meanwhile.ChangedMeanwhile` says what changed and nothing is saved."""
    with database.atomic():
        row = _row(code, lock=True)
        edits_meanwhile.check_unchanged(row, "customer", opened)
        clean = clean_customer(details, is_cash=row.is_cash)
        if clean.code and clean.code != row.code:
            raise ValidationError(
                FieldError(
                    "code",
                    Message(QT_TRANSLATE_NOOP("messages", "A customer's code cannot be changed")),
                )
            )
        if not confirmed:
            _refuse_duplicates(clean, exclude_id=row.id)
        before = _audit_values(_details(row), row.code)
        after = _audit_values(clean, row.code)
        if before != after:
            Customer.update(
                **_row_values(clean, _category_id(clean.category)), updated_at=datetime.now()
            ).where(Customer.id == row.id).execute()
            audit.record(
                "update",
                "customer",
                row.id,
                label=row.code,
                before=before,
                after=after,
                customer_id=row.id,
            )
    return get_customer(code)


def set_active(code: str, active: bool, *, reason: str = "") -> CustomerAccount:
    """Deactivate (hide from pickers, keep in reports) or reactivate. Never deletes."""
    with database.atomic():
        row = _row(code)
        if row.is_cash and not active:
            raise ValidationError(
                FieldError(
                    "is_active",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "The CASH customer is needed for walk-in sales and stays active",
                        )
                    ),
                )
            )
        if row.is_active != active:
            Customer.update(is_active=active, updated_at=datetime.now()).where(
                Customer.id == row.id
            ).execute()
            audit.record(
                "reactivate" if active else "deactivate",
                "customer",
                row.id,
                label=row.code,
                before={"is_active": row.is_active},
                after={"is_active": active},
                customer_id=row.id,
                note=reason,
            )
    return get_customer(code)


def post_opening(row: Customer, opening: OpeningBalance) -> None:
    """Post the opening balance as one opening bill or credit (inside the caller's transaction)."""
    if row.is_cash:
        raise ValidationError(
            FieldError(
                "opening_amount",
                Message(QT_TRANSLATE_NOOP("messages", "The CASH customer has no opening balance")),
            )
        )
    opening_bills.post_openings([opening_item(row.id, row.code, opening, row)])


def opening_item(
    customer_id: int, code: str, opening: OpeningBalance, terms: Any
) -> opening_bills.OpeningItem:
    """The single opening bill (or credit) for an opening balance known as a total: dated on the
    opening date, due after the customer's payment terms (`terms`: anything with
    `payment_terms_days` and `state_code`, a customer row or details)."""
    return opening_bills.from_total(
        customer_id,
        code,
        opening,
        terms_days=int(terms.payment_terms_days or 0),
        state_code=str(terms.state_code or ""),
    )


# --- row and audit values, shared by the one-customer functions above and the bulk import --------


def new_customer_values(
    details: CustomerDetails, code: str, *, category_id: int | None, now: datetime
) -> dict[str, Any]:
    """The `customer` row for new, cleaned details (columns not given take their defaults)."""
    return {**_row_values(details, category_id), "code": code, "created_at": now, "updated_at": now}


def creation_change(
    customer_id: int, details: CustomerDetails, code: str, *, note: str = ""
) -> audit.PendingChange:
    """The audit row for a new customer."""
    return audit.PendingChange(
        "create",
        "customer",
        customer_id,
        label=code,
        after=_audit_values(details, code),
        customer_id=customer_id,
        note=note,
    )


def category_ids(names: Iterable[str]) -> dict[str, int | None]:
    """The category id for each distinct name, created when new (as a single save would)."""
    return {name: _category_id(name) for name in set(names)}


def get_customer(code: str) -> CustomerAccount:
    row = _row(code)
    return CustomerAccount(
        code=row.code,
        details=_details(row),
        is_active=row.is_active,
        is_cash=row.is_cash,
        loyalty_points=row.loyalty_points,
        balance=balance(code),
        version=edits_meanwhile.version_of(row, "customer"),
    )


def balance(code: str, *, as_of: date | None = None) -> int:
    """Debits minus credits on the customer's ledger, in paise (> 0: they owe us)."""
    query = (
        LedgerEntry.select(pw.fn.COALESCE(pw.fn.SUM(LedgerEntry.debit - LedgerEntry.credit), 0))
        .join(Customer)
        .where(Customer.code == code)
    )
    if as_of is not None:
        query = query.where(LedgerEntry.entry_date <= as_of)
    return int(query.scalar())


def categories() -> list[str]:
    return [
        c.name
        for c in CustomerCategory.select()
        .where(CustomerCategory.is_active)
        .order_by(CustomerCategory.name)
    ]


def find_duplicates(details: CustomerDetails, *, exclude_code: str = "") -> list[PossibleDuplicate]:
    """Other customers with the same phone, e-mail or GSTIN (for the form's warning)."""
    exclude = Customer.get_or_none(Customer.code == exclude_code) if exclude_code else None
    # "98220 12345" finds 9822012345; with other problems in the form, compare as typed
    with contextlib.suppress(ValidationError):
        details = clean_customer(details)
    return _duplicates(details, exclude.id if exclude else None)


def code_series() -> tuple[str, int, int]:
    """(prefix, next number, width) of the customer code series."""
    return sequences.peek("customer")


def set_code_prefix(prefix: str) -> tuple[str, int, int]:
    """Set the prefix of new codes (1-5 letters or digits). Existing codes and the running number
    stay: after C0041, with the prefix set to PUN, the next customer is PUN0042."""
    clean = clean_code_prefix(prefix)
    with database.atomic():
        old, _, _ = sequences.peek("customer")
        if clean != old:
            Sequence.update(prefix=clean).where(Sequence.name == "customer").execute()
            audit.record(
                "update",
                "sequence",
                None,
                label="customer codes",
                before={"prefix": old},
                after={"prefix": clean},
            )
    return code_series()


def next_code_preview() -> str:
    """The code a new customer saved now would get (skipping codes typed by hand); takes nothing."""
    prefix, number, width = sequences.peek("customer")
    while Customer.select().where(Customer.code == format_code(prefix, number, width)).exists():
        number += 1
    return format_code(prefix, number, width)


def _refuse_duplicates(details: CustomerDetails, *, exclude_id: int | None) -> None:
    matches = _duplicates(details, exclude_id)
    if matches:
        raise DuplicateCustomer(matches)


def _duplicates(details: CustomerDetails, exclude_id: int | None) -> list[PossibleDuplicate]:
    matches = []
    for field in ("phone", "email", "gstin"):
        value = getattr(details, field)
        if not value:
            continue
        column = getattr(Customer, field)
        if field == "email":  # e-mail addresses are compared without regard to case
            column, value = pw.fn.LOWER(column), value.lower()
        query = Customer.select(Customer.code, Customer.name).where(column == value)
        if exclude_id is not None:
            query = query.where(Customer.id != exclude_id)
        matches += [PossibleDuplicate(c.code, c.name, field) for c in query.limit(3)]
    return matches


def _next_free_code() -> str:
    """The series' next code, skipping any typed by hand that already exist."""
    while True:
        prefix, number, width = sequences.next_number("customer")
        code = format_code(prefix, number, width)
        if not Customer.select().where(Customer.code == code).exists():
            return code


def _row(code: str, *, lock: bool = False) -> Customer:
    query = Customer.select().where(Customer.code == code.strip().upper())
    row = (locks.for_update(query) if lock else query).get_or_none()
    if row is None:
        raise ValidationError(
            FieldError(
                "code",
                Message(
                    QT_TRANSLATE_NOOP("messages", "There is no customer with code {code}"),
                    code=code,
                ),
            )
        )
    return row


def _category_id(name: str) -> int | None:
    if not name:
        return None
    return category_id_for(name)  # the same name in any case; a new one is audited


def _row_values(details: CustomerDetails, category_id: int | None) -> dict[str, Any]:
    values = {
        name: getattr(details, name) for name in _DETAIL_FIELDS if name not in ("code", "category")
    }
    values["category"] = category_id
    return values


def _details(row: Customer) -> CustomerDetails:
    values = {name: getattr(row, name) for name in _DETAIL_FIELDS if name != "category"}
    values["category"] = row.category.name if row.category is not None else ""
    return CustomerDetails(**values)


def audited_values(row: Customer) -> dict[str, Any]:
    """What the audit trail records of the customer `row` as it is now (for `check`)."""
    return {**_audit_values(_details(row), row.code), "is_active": row.is_active}


def _audit_values(details: CustomerDetails, code: str) -> dict[str, Any]:
    values = {name: getattr(details, name) for name in _DETAIL_FIELDS}  # a flat asdict()
    values["code"] = code
    return values
