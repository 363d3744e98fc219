"""Customer segments: best customers, loyal, dormant and slow payers, each a list of customers
with the figures that put them there, computed by aggregate SQL over the sales documents.

Net sales of a customer = posted invoices + posted debit notes - posted credit notes dated in the
period (grand totals, GST included: what the customer was billed). Cancelled documents count for
nothing. The walk-in `CASH` customer is left out of every segment: it stands for many unknown
people, so "best", "loyal" or "dormant" say nothing about a real customer, and nobody can be
reminded there. Inactive customers are kept in best customers, loyal and slow payers (the figures
are history, and they may still owe money); dormant lists only active customers (a deactivated
customer has already been let go).

Speed: every segment is one or two grouped queries; the covering index `sales_doc_sales`
(customer_id, status, kind, doc_date, grand_total; migration 7) lets them read the index alone.
Figures: `benchmarks/segments.py`.
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from vyapar_lite.db import database
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.services import segment_settings
from vyapar_lite.services.non_gst import SQL_GST_DOCUMENT
from vyapar_lite.services.report_rows import day

# Signed net sales of one sales_doc row (invoices and debit notes add, credit notes take off).
# Debit memos and financial credit notes (`non_gst`) are not sales, nor is an opening bill (a
# debt from before the app, `services.opening_bills`).
NET_SALE = (
    f"CASE WHEN NOT ({SQL_GST_DOCUMENT}) THEN 0 WHEN d.kind = 'opening_bill' THEN 0 "
    "WHEN d.kind = 'credit_note' THEN -d.grand_total ELSE d.grand_total END"
)
# Documents that count as a purchase (a credit note is not one).
BOUGHT = f"d.kind IN ('invoice', 'debit_note') AND {SQL_GST_DOCUMENT}"
# the customer's balance today (c: the customer row)
BALANCE = (
    "COALESCE((SELECT SUM(e.debit) - SUM(e.credit) FROM ledger_entry e "
    "WHERE e.customer_id = c.id), 0)"
)


class CustomerSales(NamedTuple):
    """A customer's net sales in a period (the dashboard reads the first four fields)."""

    customer_id: int
    code: str
    name: str
    sales: int  # net paise: invoices + debit notes - credit notes in the period
    invoices: int  # invoices dated in the period
    last_purchase: date | None  # the last invoice or debit note in the period
    balance: int  # the customer's balance today (> 0: owes the shop)


def check_period(start: date, end: date) -> None:
    if end < start:
        raise ValidationError(FieldError("end", "The period must end on or after its start"))


def best_customers(start: date, end: date, *, limit: int | None = 50) -> list[CustomerSales]:
    """Customers by net sales in `start .. end` (both included), highest first, ties by code.

    Customers with no net sales above 0 in the period are left out, and so is the walk-in CASH
    customer (see the module docstring); inactive customers are kept. `limit` None: everyone."""
    check_period(start, end)
    if limit is not None and limit < 1:
        raise ValidationError(FieldError("limit", "Show at least one customer"))
    sql = f"""
        SELECT c.id, c.code, c.name, s.sales, s.invoices, s.last_purchase,
               {BALANCE}
        FROM (SELECT d.customer_id AS customer_id, SUM({NET_SALE}) AS sales,
                     SUM(CASE WHEN d.kind = 'invoice' THEN 1 ELSE 0 END) AS invoices,
                     MAX(CASE WHEN {BOUGHT} THEN d.doc_date END) AS last_purchase
              FROM sales_doc d
              WHERE d.status = 'posted' AND d.doc_date BETWEEN ? AND ?
              GROUP BY d.customer_id) s
        JOIN customer c ON c.id = s.customer_id
        WHERE NOT c.is_cash AND s.sales > 0
        ORDER BY s.sales DESC, c.code
        {"LIMIT ?" if limit is not None else ""}"""
    params: list[Any] = [start, end]
    if limit is not None:
        params.append(limit)
    return [_sales_row(row) for row in database.execute_sql(sql, params).fetchall()]


def _sales_row(row: tuple[Any, ...]) -> CustomerSales:
    customer_id, code, name, sales, invoices, last, balance = row
    return CustomerSales(
        int(customer_id),
        str(code),
        str(name),
        int(sales),
        int(invoices or 0),
        day(last) if last else None,
        int(balance),
    )


# --- loyal -------------------------------------------------------------------------------------


class LoyalCustomer(NamedTuple):
    customer_id: int
    code: str
    name: str
    phone: str
    months_bought: int  # calendar months of the window with at least one purchase
    months: int  # the window's length (N)
    sales: int  # net sales in the window (paise)
    last_purchase: date


def month_window(as_of: date, months: int) -> tuple[date, date]:
    """The `months` calendar months ending with `as_of`'s month: (first day, as_of)."""
    if months < 1:
        raise ValidationError(FieldError("months", "Look back at least one month"))
    index = as_of.year * 12 + as_of.month - 1 - (months - 1)
    return date(index // 12, index % 12 + 1, 1), as_of


def loyal_customers(
    as_of: date, *, months: int | None = None, min_months: int | None = None
) -> list[LoyalCustomer]:
    """Customers who bought (an invoice or debit note) in at least `min_months` (K) of the last
    `months` (N) calendar months, the month of `as_of` included (defaults: the shop's settings,
    5 of 6 at first, so a loyal customer who has not come yet this month still counts).

    Most months first, then highest net sales in the window, then code."""
    settings = segment_settings.get()
    months = settings.loyal_months if months is None else months
    min_months = settings.loyal_min_months if min_months is None else min_months
    start, end = month_window(as_of, months)
    if not 1 <= min_months <= months:
        raise ValidationError(
            FieldError("min_months", f"Enter a number of months from 1 to {months}")
        )
    sql = f"""
        SELECT c.id, c.code, c.name, c.phone, s.months_bought, s.sales, s.last_purchase
        FROM (SELECT d.customer_id AS customer_id,
                     COUNT(DISTINCT CASE WHEN {BOUGHT}
                                         THEN substr(CAST(d.doc_date AS TEXT), 1, 7) END)
                         AS months_bought,
                     SUM({NET_SALE}) AS sales,
                     MAX(CASE WHEN {BOUGHT} THEN d.doc_date END) AS last_purchase
              FROM sales_doc d
              WHERE d.status = 'posted' AND d.doc_date BETWEEN ? AND ?
              GROUP BY d.customer_id) s
        JOIN customer c ON c.id = s.customer_id
        WHERE NOT c.is_cash AND s.months_bought >= ?
        ORDER BY s.months_bought DESC, s.sales DESC, c.code"""
    rows = database.execute_sql(sql, (start, end, min_months)).fetchall()
    return [
        LoyalCustomer(int(i), code, name, phone, int(bought), months, int(sales), day(last))
        for i, code, name, phone, bought, sales, last in rows
    ]


# --- dormant -----------------------------------------------------------------------------------


class DormantCustomer(NamedTuple):
    customer_id: int
    code: str
    name: str
    phone: str
    last_purchase: date
    days_since: int  # as_of - last purchase
    lifetime_sales: int  # net sales up to as_of (paise)
    balance: int  # balance today (> 0: owes the shop)


def dormant_customers(as_of: date, *, days: int | None = None) -> list[DormantCustomer]:
    """Active customers who once bought but bought nothing (no invoice or debit note) in the
    `days` days up to and including `as_of`: last purchase on or before as_of - days (default:
    the shop's setting, 90 at first). Customers who never bought are not dormant, just new.

    Highest lifetime sales first (the most worth winning back), then code."""
    days = segment_settings.get().dormant_days if days is None else days
    if days < 1:
        raise ValidationError(FieldError("days", "Enter a number of days of at least 1"))
    sql = f"""
        SELECT c.id, c.code, c.name, c.phone, s.last_purchase, s.sales,
               {BALANCE}
        FROM (SELECT d.customer_id AS customer_id, SUM({NET_SALE}) AS sales,
                     MAX(CASE WHEN {BOUGHT} THEN d.doc_date END) AS last_purchase
              FROM sales_doc d
              WHERE d.status = 'posted' AND d.doc_date <= ?
              GROUP BY d.customer_id) s
        JOIN customer c ON c.id = s.customer_id
        WHERE NOT c.is_cash AND c.is_active AND s.last_purchase <= ?
        ORDER BY s.sales DESC, c.code"""
    cutoff = date.fromordinal(as_of.toordinal() - days)
    rows = database.execute_sql(sql, (as_of, cutoff)).fetchall()
    result = []
    for customer_id, code, name, phone, last, sales, balance in rows:
        last_day = day(last)
        result.append(
            DormantCustomer(
                int(customer_id),
                code,
                name,
                phone,
                last_day,
                (as_of - last_day).days,
                int(sales),
                int(balance),
            )
        )
    return result
