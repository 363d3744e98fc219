"""The kept figures (the dashboard's ageing, the month-end balances) stay right when another
counter posts on a server (issue 18).

On a server ids come from sequences when a row is inserted, not when its transaction commits: a
counter that took ledger id N can commit after one that took N + 1. Here that happens for real:
counter A (a thread with its own connection) posts a back-dated invoice and stops after its
ledger entry is written, uncommitted; counter B posts a receipt (a higher ledger id) and commits;
the kept figures are read (they see B, not A); then A commits. Afterwards the kept figures must
equal the slow path (the ledger summed, the ageing worked out afresh).

The writers' turn (`ServerDatabase.begin`) would make A and B take turns, so ids would commit in
order; the test takes it away so that the kept figures are shown not to depend on it (a write
that bypasses it, as `db/locks.py` allows for).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from typing import Any

import peewee
import pytest

from conftest import TEST_SHOP
from payment_builders import customer, invoice, receive
from vyapar_lite.db import close_data_file, database, open_data_file
from vyapar_lite.db.models import Customer, LedgerEntry
from vyapar_lite.db.server import ServerDatabase
from vyapar_lite.services import (
    ageing,
    ageing_today,
    balances,
    health,
    month_end_balances,
    sales,
    shop,
)

WAIT = 30  # seconds: a step that takes longer has deadlocked; the test fails instead of hanging


@pytest.fixture
def server_shop(shop_server: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    address = shop_server.new_shop()
    open_data_file(address)
    shop.save_profile(TEST_SHOP)
    ageing_today.forget()
    # no writers' turn: two counters' transactions overlap (see the module docstring)
    monkeypatch.setattr(ServerDatabase, "begin", peewee.PostgresqlDatabase.begin)
    try:
        yield
    finally:
        ageing_today.forget()
        close_data_file()
        shop_server.drop(address)


def _slow_month_ends() -> dict[tuple[str, int], int]:
    found = {}
    for end in month_end_balances.brought_up_to_date().month_ends:
        sums = database.execute_sql(
            "SELECT customer_id, SUM(debit - credit) FROM ledger_entry WHERE entry_date <= ? "
            "GROUP BY customer_id",
            (end,),
        ).fetchall()
        found.update({(str(end), int(c)): int(b) for c, b in sums if b})
    return found


def _kept_month_ends() -> dict[tuple[str, int], int]:
    month_end_balances.brought_up_to_date()
    rows = database.execute_sql(
        "SELECT month_end, customer_id, balance FROM month_end_balance"
    ).fetchall()
    return {(str(end), int(c)): int(b) for end, c, b in rows}


def test_a_counter_committing_a_lower_id_last_is_still_counted(
    server_shop: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    asha, bala = customer("Asha Stores"), customer("Bala Traders")
    invoice(asha, 1000_00, date(2026, 1, 10))
    invoice(bala, 800_00, date(2026, 3, 5))
    today = date(2026, 3, 31)
    assert _kept_month_ends() == _slow_month_ends()  # kept: January and February
    ageing_today.ageing_today(today)

    wrote_ledger, go_on = threading.Event(), threading.Event()
    real_ledger = sales.ledger

    def ledger_then_wait(*args: Any, **kwargs: Any) -> Any:
        written = real_ledger(*args, **kwargs)
        if threading.current_thread().name == "counter A":
            wrote_ledger.set()
            assert go_on.wait(WAIT)
        return written

    monkeypatch.setattr(sales, "ledger", ledger_then_wait)
    failed: list[BaseException] = []

    def counter_a() -> None:
        try:
            invoice(asha, 250_00, date(2026, 2, 2))  # back-dated into a kept month-end
        except BaseException as exc:
            failed.append(exc)
        finally:
            database.close()

    a = threading.Thread(target=counter_a, name="counter A")
    a.start()
    try:
        assert wrote_ledger.wait(WAIT)
        receive(bala, 300_00, date(2026, 3, 6))  # counter B: a higher ledger id, committed
        a_id, b_id = (
            LedgerEntry.select(peewee.fn.MAX(LedgerEntry.id))
            .where(LedgerEntry.customer == Customer.get(Customer.code == code).id)
            .scalar()
            for code in (asha, bala)
        )
        assert b_id > a_id + 1  # B's receipt is after an id not yet committed: A's invoice
        # the kept figures are read while A is still open: they see B, not A
        assert _kept_month_ends() == _slow_month_ends()
        ageing_today.ageing_today(today)
    finally:
        go_on.set()
        a.join(WAIT)
    assert not failed and not a.is_alive()

    asha_id = Customer.get(Customer.code == asha).id
    kept = _kept_month_ends()
    assert kept[("2026-02-28", asha_id)] == 1250_00  # A's invoice counted after all
    assert kept == _slow_month_ends()
    assert balances.balances_as_of(date(2026, 2, 28))[asha_id] == 1250_00
    assert ageing_today.ageing_today(today) == ageing.ageing(today, show="nonzero")
    assert ageing_today.save()
    ageing_today.forget()  # the next session reads what was saved
    assert ageing_today.ageing_today(today) == ageing.ageing(today, show="nonzero")
    assert health.check().problems == []
