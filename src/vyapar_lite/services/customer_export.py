"""Customers for the customers sheet: every customer but CASH, active or not, with the opening
balance, as the sheet's cell values (see `domain.customer_sheet.sheet_row`)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from datetime import date
from typing import Any, cast

import peewee as pw

from vyapar_lite.db.models import Customer, CustomerCategory, LedgerEntry
from vyapar_lite.domain.customer import CustomerDetails, OpeningBalance, OpeningKind
from vyapar_lite.domain.customer_sheet import sheet_row

_DETAIL_FIELDS = [f.name for f in fields(CustomerDetails) if f.name != "category"]


def customer_count() -> int:
    """How many rows `customer_rows()` yields (for a progress bar)."""
    return int(Customer.select().where(~Customer.is_cash).count())


def customer_rows() -> Iterator[tuple[object, ...]]:
    """One tuple of cell values per customer, in the order they were created; read lazily."""
    opening = (
        LedgerEntry.select(
            LedgerEntry.customer.alias("customer_id"),
            pw.fn.SUM(LedgerEntry.debit).alias("opening_debit"),
            pw.fn.SUM(LedgerEntry.credit).alias("opening_credit"),
            pw.fn.MIN(LedgerEntry.entry_date).alias("opening_date"),
        )
        .where(LedgerEntry.kind == "opening")
        .group_by(LedgerEntry.customer)
        .alias("opening")
    )
    query = (
        Customer.select(
            *(getattr(Customer, name) for name in _DETAIL_FIELDS),
            CustomerCategory.name.alias("category_name"),
            opening.c.opening_debit,
            opening.c.opening_credit,
            opening.c.opening_date,
        )
        .join(CustomerCategory, pw.JOIN.LEFT_OUTER)
        .switch(Customer)
        .join(opening, pw.JOIN.LEFT_OUTER, on=opening.c.customer_id == Customer.id)
        .where(~Customer.is_cash)
        .order_by(Customer.id)
        .dicts()
    )
    for row in cast("Iterator[dict[str, Any]]", query.iterator()):
        details = CustomerDetails(
            **{name: row[name] for name in _DETAIL_FIELDS},
            category=row["category_name"] or "",
        )
        yield sheet_row(details.code, details, _opening(row))


def _opening(row: dict[str, Any]) -> OpeningBalance | None:
    net = int(row["opening_debit"] or 0) - int(row["opening_credit"] or 0)
    if not net:
        return None
    as_of = row["opening_date"]
    if not isinstance(as_of, date):
        as_of = date.fromisoformat(str(as_of)[:10])
    kind = OpeningKind.RECEIVABLE if net > 0 else OpeningKind.ADVANCE
    return OpeningBalance(abs(net), kind, as_of)
