"""Month-end balances kept for reports as of any date: which month-ends are kept, that the kept
rows follow the ledger (the first read builds them, later reads add what was posted since),
and that `check` names a kept balance that differs from the ledger and works them out again."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from factories import make_customer
from payment_builders import invoice
from report_builders import ReportShop, build_report_shop
from vyapar_lite.db import database
from vyapar_lite.db.models import Customer
from vyapar_lite.services import balances, health, month_end_balances

FEB = date(2026, 2, 28)


@pytest.fixture
def shop(shop_file: Path) -> Iterator[ReportShop]:
    yield build_report_shop()


def kept_rows() -> dict[tuple[str, int], int]:
    rows = database.execute_sql(
        "SELECT month_end, customer_id, balance FROM month_end_balance"
    ).fetchall()
    return {(str(end), int(c)): int(b) for end, c, b in rows}


def test_month_ends_run_from_the_first_entrys_month_to_the_month_before_the_last() -> None:
    ends = month_end_balances.month_ends_between(date(2024, 1, 15), date(2024, 4, 1))
    assert ends == (date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31))
    assert month_end_balances.month_ends_between(date(2024, 1, 15), date(2024, 1, 31)) == ()
    assert month_end_balances.month_end(date(2023, 12, 5)) == date(2023, 12, 31)


def test_the_first_read_keeps_every_month_end_and_later_postings_move_them(
    shop_file: Path,
) -> None:
    made = make_customer("Asha Verma")
    asha = Customer.get(Customer.code == made.code)
    invoice(asha.code, 1000_00, date(2026, 1, 10))
    invoice(asha.code, 500_00, date(2026, 3, 5))
    kept = month_end_balances.brought_up_to_date()
    assert kept.month_ends == (date(2026, 1, 31), FEB)
    assert kept_rows() == {("2026-01-31", asha.id): 1000_00, ("2026-02-28", asha.id): 1000_00}
    # back-dated into a kept month: February's kept balance moves, January's does not
    invoice(asha.code, 250_00, date(2026, 2, 2))
    assert balances.balances_as_of(FEB) == {asha.id: 1250_00}
    assert kept_rows()[("2026-02-28", asha.id)] == 1250_00
    assert kept_rows()[("2026-01-31", asha.id)] == 1000_00
    # a new month begins: March and April come into range from February plus their entries
    invoice(asha.code, 100_00, date(2026, 5, 1))
    assert balances.balances_as_of(date(2026, 4, 30)) == {asha.id: 1750_00}
    assert month_end_balances.brought_up_to_date().month_ends[-1] == date(2026, 4, 30)
    assert kept_rows()[("2026-03-31", asha.id)] == 1750_00
    assert balances.balances_as_of(date(2026, 3, 4)) == {asha.id: 1250_00}
    assert balances.balances_as_of(None) == {asha.id: 1850_00}


def test_check_names_a_kept_balance_that_differs_and_works_them_out_again(
    shop: ReportShop,
) -> None:
    asha = make_customer("Asha Later").code
    invoice(asha, 1000_00, date(2026, 1, 10))
    invoice(asha, 500_00, date(2026, 3, 5))
    month_end_balances.brought_up_to_date()
    assert health.check().problems == []
    right = kept_rows()
    database.execute_sql(
        "UPDATE month_end_balance SET balance = balance + 7 WHERE month_end = ?", (FEB,)
    )
    problems = health.check().problems
    assert problems[-1] == "month-end balances: worked out again from the ledger"
    assert problems[0].startswith("month-end balances: customer id ")
    assert "on 28-02-2026 is kept as " in problems[0]
    assert kept_rows() == right
    assert health.check().problems == []
