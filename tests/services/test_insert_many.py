"""`sqlite_features.insert_many`: rows written in one go, an INSERT per row on a file and COPY
on a server (the kept month-end balances and open items are written through it)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import peewee
import pytest

from factories import make_customer
from vyapar_lite.db import database, sqlite_features
from vyapar_lite.db.models import Customer

COLUMNS = ("month_end", "customer_id", "balance")


def _rows() -> list[tuple[str, int, int]]:
    found = database.execute_sql(
        "SELECT month_end, customer_id, balance FROM month_end_balance ORDER BY month_end"
    ).fetchall()
    return [(str(end), int(c), int(b)) for end, c, b in found]


def test_rows_arrive_as_given_and_a_refused_row_leaves_none_of_them(shop_file: Path) -> None:
    asha = Customer.get(Customer.code == make_customer("Asha Verma").code).id
    big = 9_000_000_000_000_000  # paise beyond 32 bits
    with database.atomic():
        sqlite_features.insert_many(
            database,
            "month_end_balance",
            COLUMNS,
            [(date(2026, 1, 31), asha, big), (date(2026, 2, 28), asha, -5)],
        )
    assert _rows() == [("2026-01-31", asha, big), ("2026-02-28", asha, -5)]
    # the second row repeats a key: the server refuses the whole write as peewee's error
    with pytest.raises(peewee.IntegrityError), database.atomic():
        sqlite_features.insert_many(
            database,
            "month_end_balance",
            COLUMNS,
            [(date(2026, 3, 31), asha, 1), (date(2026, 1, 31), asha, 2)],
        )
    assert _rows() == [("2026-01-31", asha, big), ("2026-02-28", asha, -5)]
    sqlite_features.insert_many(database, "month_end_balance", COLUMNS, [])  # nothing to write
    assert len(_rows()) == 2
