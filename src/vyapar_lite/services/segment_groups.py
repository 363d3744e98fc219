"""Customers by type (General, Dealer, Wholesaler, Distributor) or by category: per group how
many customers, how many bought in the period, their net sales in the period and what they owe
today; and the customers of one group with their own figures.

Net sales as in `segments` (invoices + debit notes - credit notes, cancelled documents left out).
The walk-in CASH customer belongs to no group (it is not a customer the shop can group or
remind). Inactive customers are counted (their sales and dues are real) and shown as inactive.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from vyapar_lite.db import database
from vyapar_lite.domain.customer import CUSTOMER_TYPES
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.services.segments import NET_SALE, check_period

BY = ("type", "category")
NO_CATEGORY = "(no category)"
_GROUP = {"type": "c.customer_type", "category": "COALESCE(k.name, '')"}


class CustomerGroup(NamedTuple):
    name: str  # the type, the category, or NO_CATEGORY
    customers: int
    active: int
    buyers: int  # customers with net sales above 0 in the period
    sales: int  # net sales in the period (paise)
    balance: int  # what they owe today, net of advances (paise)


class GroupMember(NamedTuple):
    customer_id: int
    code: str
    name: str
    city: str
    phone: str
    is_active: bool
    sales: int
    balance: int


def _check(by: str, start: date, end: date) -> None:
    if by not in BY:
        raise ValidationError(FieldError("by", f"Group by one of {', '.join(BY)}"))
    check_period(start, end)


def _per_customer(by: str) -> str:
    """One row per customer (not CASH): group, sales in the period, balance today."""
    return f"""
        SELECT c.id AS id, c.code AS code, c.name AS name, c.city AS city, c.phone AS phone,
               c.is_active AS is_active, {_GROUP[by]} AS grp,
               COALESCE(s.sales, 0) AS sales, COALESCE(b.balance, 0) AS balance
        FROM customer c
        LEFT JOIN customer_category k ON k.id = c.category_id
        LEFT JOIN (SELECT d.customer_id, SUM({NET_SALE}) AS sales FROM sales_doc d
                   WHERE d.status = 'posted' AND d.doc_date BETWEEN :start AND :end
                   GROUP BY d.customer_id) s ON s.customer_id = c.id
        LEFT JOIN (SELECT customer_id, SUM(debit) - SUM(credit) AS balance FROM ledger_entry
                   GROUP BY customer_id) b ON b.customer_id = c.id
        WHERE NOT c.is_cash"""


def customer_groups(by: str, start: date, end: date) -> list[CustomerGroup]:
    """Every type (all four, even when empty) or every category (those in use or active, and
    customers with no category last), with its figures; types in their usual order, categories
    by name."""
    _check(by, start, end)
    sql = f"""
        SELECT grp, COUNT(*), SUM(CASE WHEN is_active THEN 1 ELSE 0 END),
               SUM(CASE WHEN sales > 0 THEN 1 ELSE 0 END), SUM(sales), SUM(balance)
        FROM ({_per_customer(by)}) AS per_customer GROUP BY grp"""
    params = {"start": start.isoformat(), "end": end.isoformat()}
    found = {
        str(grp): (int(n), int(active), int(buyers), int(sales), int(balance))
        for grp, n, active, buyers, sales, balance in database.execute_sql(sql, params)
    }
    if by == "type":
        names = list(CUSTOMER_TYPES) + sorted(set(found) - set(CUSTOMER_TYPES))
    else:
        active = database.execute_sql("SELECT name FROM customer_category WHERE is_active")
        in_use = {name for name in found if name}
        names = sorted(in_use | {str(row[0]) for row in active}, key=str.casefold)
        if "" in found:
            names.append("")
    return [CustomerGroup(name or NO_CATEGORY, *found.get(name, (0, 0, 0, 0, 0))) for name in names]


def group_members(by: str, group: str, start: date, end: date) -> list[GroupMember]:
    """The customers of one group (`NO_CATEGORY` for those without a category): highest net
    sales in the period first, then code."""
    _check(by, start, end)
    value = "" if by == "category" and group == NO_CATEGORY else group
    sql = f"""
        SELECT id, code, name, city, phone, is_active, sales, balance
        FROM ({_per_customer(by)}) AS per_customer WHERE grp = :grp ORDER BY sales DESC, code"""
    params = {"start": start.isoformat(), "end": end.isoformat(), "grp": value}
    return [
        GroupMember(int(i), code, name, city, phone, bool(active), int(sales), int(balance))
        for i, code, name, city, phone, active, sales, balance in database.execute_sql(sql, params)
    ]
