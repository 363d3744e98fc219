"""The customer list screen's read side: count, one page, quick find, all in SQL.

A lazily loaded table model asks for `count()` and then `page()`s of about a hundred rows; nothing
here loads every customer. Search is search-as-you-type over code, name, phone, alternate phone,
GSTIN and city: each word typed is a prefix, and every word must match (the full-text index in
`db.sqlite_features`). A row's balance is a correlated sum over the ledger's covering index, so a
page costs about a hundred index lookups; sorting by balance, or showing only customers with dues,
needs the balance of every customer the other filters let through (at 100,000 customers and a
million entries that is about 0.1 s; the same sum as one GROUP BY join measured slower).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import peewee as pw

from vyapar_lite.db import sqlite_features
from vyapar_lite.db.models import Customer, CustomerCategory, LedgerEntry
from vyapar_lite.domain.search import search_words

STATUSES = ("active", "inactive", "all")
SORT_KEYS = ("code", "name", "phone", "city", "customer_type", "category", "balance", "is_active")
# Case-insensitive name order, served by the index customer_list_name (name COLLATE NOCASE, code).
_NAME = Customer.name.collate("NOCASE")


@dataclass(frozen=True)
class CustomerFilter:
    """What the list shows. Empty strings mean "any"."""

    search: str = ""
    customer_type: str = ""
    category: str = ""
    status: str = "active"  # "active" | "inactive" | "all"
    has_dues: bool = False  # only customers who owe the shop (balance > 0)


@dataclass(frozen=True)
class CustomerRow:
    code: str
    name: str
    phone: str
    city: str
    customer_type: str
    category: str
    balance: int  # paise, > 0 = owes the shop
    is_active: bool


def count(f: CustomerFilter) -> int:
    """How many customers the filter shows."""
    query = _filtered(Customer.select(pw.fn.COUNT(Customer.id)), f, join_category=False)
    return int(query.scalar() or 0)


def page(
    f: CustomerFilter,
    *,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = 100,
) -> list[CustomerRow]:
    """Rows `offset .. offset+limit-1` of the filtered list in the given order (ties by code)."""
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}; expected one of {SORT_KEYS}")
    query = _filtered(_row_select(), f)
    key = _SORT_EXPRESSIONS[sort]
    code = Customer.code
    query = query.order_by(key.desc(), code.desc()) if descending else query.order_by(key, code)
    rows = query.offset(max(offset, 0)).limit(max(limit, 0)).tuples()
    return [_to_row(r) for r in rows]


def quick_find(text: str, *, limit: int = 20, include_inactive: bool = False) -> list[CustomerRow]:
    """Customers for a picker: an exact code first, then by name."""
    f = CustomerFilter(search=text, status="all" if include_inactive else "active")
    order = [_NAME, Customer.code]
    if search_words(text):  # with nothing typed, keep the plain name order (no sort step)
        order.insert(0, (Customer.code == text.strip().upper()).desc())
    rows = _filtered(_row_select(), f).order_by(*order).limit(max(limit, 0)).tuples()
    return [_to_row(r) for r in rows]


def _row_select() -> Any:
    return Customer.select(
        Customer.code,
        Customer.name,
        Customer.phone,
        Customer.city,
        Customer.customer_type,
        pw.fn.COALESCE(CustomerCategory.name, ""),
        _balance_of_row().alias("balance"),
        Customer.is_active,
    )


def _to_row(r: tuple[Any, ...]) -> CustomerRow:
    code, name, phone, city, customer_type, category, balance, is_active = r
    return CustomerRow(
        code, name, phone, city, customer_type, category, int(balance), bool(is_active)
    )


def _filtered(query: Any, f: CustomerFilter, *, join_category: bool = True) -> Any:
    """Apply every filter of `f` (search, type, category, status, dues) to a customer query."""
    if f.status not in STATUSES:
        raise ValueError(f"unknown status {f.status!r}; expected one of {STATUSES}")
    if join_category or f.category:
        query = query.join_from(Customer, CustomerCategory, pw.JOIN.LEFT_OUTER)
    words = search_words(f.search)
    if words:
        query = sqlite_features.match_customer_search(query, Customer.id, words)
    if f.customer_type:
        query = query.where(Customer.customer_type == f.customer_type)
    if f.category:
        query = query.where(CustomerCategory.name == f.category)
    if f.status != "all":
        query = query.where(Customer.is_active == (f.status == "active"))
    if f.has_dues:
        query = query.where(_balance_of_row() > 0)
    return query


def _balance_of_row() -> Any:
    """The row's balance: a sum over its ledger entries, read from the covering index."""
    return LedgerEntry.select(
        pw.fn.COALESCE(pw.fn.SUM(LedgerEntry.debit) - pw.fn.SUM(LedgerEntry.credit), 0)
    ).where(LedgerEntry.customer == Customer.id)


_SORT_EXPRESSIONS: dict[str, Any] = {
    "code": Customer.code,
    "name": _NAME,
    "phone": Customer.phone,
    "city": Customer.city.collate("NOCASE"),
    "customer_type": Customer.customer_type,
    "category": pw.fn.COALESCE(CustomerCategory.name, "").collate("NOCASE"),
    "balance": pw.SQL('"balance"'),  # the row's balance column, computed once per row
    "is_active": Customer.is_active,
}
