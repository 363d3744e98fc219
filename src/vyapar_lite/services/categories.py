"""Customer categories, managed by the shopkeeper: list, add, rename, deactivate/reactivate.

Names are unique whatever their case ("kirana" is "Kirana"). Categories are never deleted; a
deactivated one is hidden from the customer form's list but stays on its customers. Each write is
one audited transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import peewee as pw

from vyapar_lite.db import database
from vyapar_lite.db.models import Customer, CustomerCategory
from vyapar_lite.domain.category import clean_category_name, find_name
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.services import audit


@dataclass(frozen=True)
class Category:
    name: str
    is_active: bool
    customers: int  # customers in the category, active or not


def list_categories(include_inactive: bool = False) -> list[Category]:
    """Categories by name, each with how many customers are in it."""
    query: Any = (
        CustomerCategory.select(
            CustomerCategory.name, CustomerCategory.is_active, pw.fn.COUNT(Customer.id)
        )
        .join(Customer, pw.JOIN.LEFT_OUTER)
        .group_by(CustomerCategory.id)
        .order_by(CustomerCategory.name.collate("NOCASE"), CustomerCategory.name)
    )
    if not include_inactive:
        query = query.where(CustomerCategory.is_active)
    return [Category(name, bool(active), int(n)) for name, active, n in query.tuples()]


def add_category(name: str) -> Category:
    clean = clean_category_name(name)
    with database.atomic():
        _refuse_taken(clean, exclude_id=None)
        row = CustomerCategory.create(name=clean, is_active=True)
        audit.record("create", "customer_category", row.id, label=clean, after={"name": clean})
    return _category(row.id)


def rename_category(old: str, new: str) -> Category:
    """Rename a category; its customers keep it (they point at it, not at its name)."""
    clean = clean_category_name(new)
    with database.atomic():
        row = _row(old)
        if clean != row.name:
            _refuse_taken(clean, exclude_id=row.id)
            CustomerCategory.update(name=clean).where(CustomerCategory.id == row.id).execute()
            audit.record(
                "update",
                "customer_category",
                row.id,
                label=clean,
                before={"name": row.name},
                after={"name": clean},
            )
    return _category(row.id)


def set_category_active(name: str, active: bool) -> Category:
    """Deactivate (hide from the customer form) or reactivate a category."""
    with database.atomic():
        row = _row(name)
        if row.is_active != active:
            CustomerCategory.update(is_active=active).where(CustomerCategory.id == row.id).execute()
            audit.record(
                "reactivate" if active else "deactivate",
                "customer_category",
                row.id,
                label=row.name,
                before={"is_active": row.is_active},
                after={"is_active": active},
            )
    return _category(row.id)


def category_id_for(name: str) -> int:
    """The id of the category called `name` (any case), created (and audited) if there is none.

    For the customer form, where a new category can be typed in; call inside its transaction.
    """
    clean = clean_category_name(name, field="category")
    existing = _find(clean)
    if existing is not None:
        return int(existing.id)
    row = CustomerCategory.create(name=clean, is_active=True)
    audit.record(
        "create",
        "customer_category",
        row.id,
        label=clean,
        after={"name": clean},
        note="typed in on a customer's form",
    )
    return int(row.id)


def _find(name: str) -> CustomerCategory | None:
    """The category with this name in any case. Categories are few: compare in Python, where
    casefold() knows every alphabet (SQLite's LOWER() knows only A-Z)."""
    rows = {r.name: r for r in CustomerCategory.select()}
    match = find_name(name, rows)
    return rows[match] if match is not None else None


def _row(name: str) -> CustomerCategory:
    row = _find(" ".join(name.split()))
    if row is None:
        raise ValidationError(FieldError("name", f"There is no category called {name}"))
    return row


def _refuse_taken(name: str, *, exclude_id: int | None) -> None:
    existing = _find(name)
    if existing is not None and existing.id != exclude_id:
        raise ValidationError(
            FieldError("name", f"There is already a category called {existing.name}")
        )


def _category(category_id: int) -> Category:
    row = CustomerCategory.get_by_id(category_id)
    customers = Customer.select().where(Customer.category == category_id).count()
    return Category(row.name, bool(row.is_active), customers)
