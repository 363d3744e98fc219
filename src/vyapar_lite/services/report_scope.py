"""Which customers a report covers: the filters every customer report shares.

Reports (balances, ageing, outstanding invoices) filter by customer type, category and city, and
by active/inactive. Inactive customers are included by default: a customer who stopped buying
may still owe money, and an accountant's report must add up to the whole ledger.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

import peewee as pw

from vyapar_lite.db.models import Customer, CustomerCategory
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.services.report_rows import rows_of

STATUSES = ("all", "active", "inactive")


@dataclass(frozen=True)
class CustomerScope:
    """Empty strings mean "any". `customer_code` narrows a report to one customer."""

    customer_type: str = ""
    category: str = ""
    city: str = ""  # matched whole, ignoring case ("pune" finds "Pune")
    status: str = "all"  # "all" | "active" | "inactive"
    customer_code: str = ""


EVERYONE = CustomerScope()


class CustomerInfo(NamedTuple):
    """What a report row shows about its customer."""

    id: int
    code: str
    name: str
    city: str
    phone: str
    customer_type: str
    category: str
    payment_terms_days: int
    is_active: bool


def customers_in(scope: CustomerScope) -> dict[int, CustomerInfo]:
    """The customers the scope covers, by id, in code order."""
    return _infos(scoped(_info_query(), scope))


def customer_rows(scope: CustomerScope) -> list[tuple[Any, ...]]:
    """The customers the scope covers as plain tuples in code order, `CustomerInfo`'s columns
    (is_active as the store hands it back): for a report that makes thousands of rows of its
    own, without a `CustomerInfo` for each."""
    return rows_of(scoped(_info_query(), scope).order_by(Customer.code))


def customers_by_code(codes: Iterable[str]) -> dict[int, CustomerInfo]:
    """These customers (codes that do not exist are left out), by id, in code order."""
    return _infos(_info_query().where(Customer.code.in_(sorted(set(codes)))))


def _info_query() -> Any:
    return Customer.select(
        Customer.id,
        Customer.code,
        Customer.name,
        Customer.city,
        Customer.phone,
        Customer.customer_type,
        pw.fn.COALESCE(CustomerCategory.name, ""),
        Customer.payment_terms_days,
        Customer.is_active,
    ).join(CustomerCategory, pw.JOIN.LEFT_OUTER)


def _infos(query: Any) -> dict[int, CustomerInfo]:
    result: dict[int, CustomerInfo] = {}
    for row in rows_of(query.order_by(Customer.code)):
        customer_id, code, name, city, phone, customer_type, category, terms, active = row
        result[customer_id] = CustomerInfo(
            customer_id, code, name, city, phone, customer_type, category, terms, bool(active)
        )
    return result


def scoped(query: Any, scope: CustomerScope) -> Any:
    """Apply the scope to a query that selects from `customer` joined to its category."""
    if scope.status not in STATUSES:
        raise ValidationError(
            FieldError("status", f"Choose one of {', '.join(STATUSES)}, not {scope.status!r}")
        )
    if scope.customer_type:
        query = query.where(Customer.customer_type == scope.customer_type)
    if scope.category:
        query = query.where(CustomerCategory.name == scope.category)
    if scope.city.strip():
        query = query.where(Customer.city.collate("NOCASE") == scope.city.strip())
    if scope.status != "all":
        query = query.where(Customer.is_active == (scope.status == "active"))
    if scope.customer_code:
        code = scope.customer_code.strip().upper()
        query = query.where(Customer.code == code)
    return query


def customer_by_code(code: str, *, field: str = "customer") -> CustomerInfo:
    """One customer; raises ValidationError naming `field` when there is none."""
    found = customers_in(CustomerScope(customer_code=code))
    if not found:
        raise ValidationError(FieldError(field, f"There is no customer with code {code.strip()}"))
    return next(iter(found.values()))
