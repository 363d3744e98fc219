"""The cities the shop's customers live in, for the reports' city filter."""

from __future__ import annotations

import peewee as pw

from vyapar_lite.db.models import Customer
from vyapar_lite.services.report_rows import rows_of


def cities() -> list[str]:
    """Each city once (ignoring case: "pune" and "Pune" are one city), alphabetically."""
    city = Customer.city.collate("NOCASE")
    query = (
        Customer.select(pw.fn.MIN(Customer.city))
        .where(pw.fn.TRIM(Customer.city) != "")
        .group_by(city)
        .order_by(city)
    )
    return [str(name).strip() for (name,) in rows_of(query)]
