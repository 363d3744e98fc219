"""Customer accounts: create, edit, deactivate and reactivate, each one audited transaction.

Screens and the CLI name customers by their code; the database id never leaves this layer.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date, datetime
from typing import Any

import peewee as pw

from vyapar_lite.db import database
from vyapar_lite.db.models import Customer, CustomerCategory, LedgerEntry
from vyapar_lite.domain.customer import (
    CASH_CODE,
    CustomerDetails,
    OpeningBalance,
    clean_customer,
    format_code,
)
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.services import audit, sequences

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
        raise ValidationError(FieldError("code", "CASH is the walk-in customer's code"))
    with database.atomic():
        if clean.code and Customer.select().where(Customer.code == clean.code).exists():
            raise ValidationError(FieldError("code", f"Code {clean.code} is already used"))
        if not confirmed:
            _refuse_duplicates(clean, exclude_id=None)
        code = clean.code or _next_free_code()
        now = datetime.now()
        row = Customer.create(**_row_values(clean), code=code, created_at=now, updated_at=now)
        values = _audit_values(clean, code)
        audit.record("create", "customer", row.id, label=code, after=values, customer_id=row.id)
        if opening is not None:
            post_opening(row, opening)
    return get_customer(code)


def update_customer(
    code: str, details: CustomerDetails, *, confirmed: bool = False
) -> CustomerAccount:
    """Save edited details. The code never changes; CASH can't be given credit."""
    with database.atomic():
        row = _row(code)
        clean = clean_customer(details, is_cash=row.is_cash)
        if clean.code and clean.code != row.code:
            raise ValidationError(FieldError("code", "A customer's code cannot be changed"))
        if not confirmed:
            _refuse_duplicates(clean, exclude_id=row.id)
        before = _audit_values(_details(row), row.code)
        after = _audit_values(clean, row.code)
        if before != after:
            Customer.update(**_row_values(clean), updated_at=datetime.now()).where(
                Customer.id == row.id
            ).execute()
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
                    "is_active", "The CASH customer is needed for walk-in sales and stays active"
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
    """Post the opening balance as a ledger entry (inside the caller's transaction)."""
    if row.is_cash:
        raise ValidationError(
            FieldError("opening_amount", "The CASH customer has no opening balance")
        )
    entry = LedgerEntry.create(
        customer=row,
        entry_date=opening.as_of,
        kind="opening",
        doc_number="",
        description=f"Opening balance ({opening.kind.value.lower()})",
        debit=opening.debit,
        credit=opening.credit,
        created_at=datetime.now(),
    )
    audit.record(
        "post",
        "ledger_entry",
        entry.id,
        label=f"{row.code} opening balance",
        after={"date": opening.as_of, "debit": opening.debit, "credit": opening.credit},
        customer_id=row.id,
    )


def get_customer(code: str) -> CustomerAccount:
    row = _row(code)
    return CustomerAccount(
        code=row.code,
        details=_details(row),
        is_active=row.is_active,
        is_cash=row.is_cash,
        loyalty_points=row.loyalty_points,
        balance=balance(code),
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
    return _duplicates(details, exclude.id if exclude else None)


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


def _row(code: str) -> Customer:
    row = Customer.get_or_none(Customer.code == code.strip().upper())
    if row is None:
        raise ValidationError(FieldError("code", f"There is no customer with code {code}"))
    return row


def _category_id(name: str) -> int | None:
    if not name:
        return None
    category, _ = CustomerCategory.get_or_create(name=name)
    return int(category.id)


def _row_values(details: CustomerDetails) -> dict[str, Any]:
    values = {
        name: getattr(details, name) for name in _DETAIL_FIELDS if name not in ("code", "category")
    }
    values["category"] = _category_id(details.category)
    return values


def _details(row: Customer) -> CustomerDetails:
    values = {name: getattr(row, name) for name in _DETAIL_FIELDS if name != "category"}
    values["category"] = row.category.name if row.category is not None else ""
    return CustomerDetails(**values)


def _audit_values(details: CustomerDetails, code: str) -> dict[str, Any]:
    values = asdict(details)
    values["code"] = code
    return values
