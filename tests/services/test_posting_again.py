"""A posting the server rolled back to break a deadlock runs again (`locks.run_again_on_conflict`),
on both stores: the first try leaves nothing (its number is given back), the second posts once.
Any other error, a third deadlock in a row, or a deadlock inside a caller's own transaction goes
up to the caller with nothing saved.

The deadlock is the server's own error (psycopg's `DeadlockDetected`, SQLSTATE 40P01, which
peewee does not wrap), raised in the middle of the posting, after its rows are written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import TEST_SHOP
from payment_builders import customer, invoice, receive
from vyapar_lite.db import database
from vyapar_lite.db.models import AuditEntry, LedgerEntry, Receipt, SalesDoc
from vyapar_lite.services import allocations, audit_chain, health, sales, shop

psycopg = pytest.importorskip("psycopg")  # the server's driver: its errors are what is raised


@pytest.fixture
def shop_open(data_file: Path) -> None:
    shop.save_profile(TEST_SHOP)


def _deadlocks(monkeypatch: pytest.MonkeyPatch, module: Any, name: str, times: int) -> list[int]:
    """`module.name` raises the server's deadlock error its first `times` calls."""
    real, calls = getattr(module, name), []

    def then_deadlock(*args: Any, **kwargs: Any) -> Any:
        done = real(*args, **kwargs)
        calls.append(1)
        if len(calls) <= times:
            raise psycopg.errors.DeadlockDetected("deadlock detected")
        return done

    monkeypatch.setattr(module, name, then_deadlock)
    return calls


def test_an_invoice_rolled_back_for_a_deadlock_is_posted_once(
    shop_open: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    asha = customer("Asha Stores")
    calls = _deadlocks(monkeypatch, sales, "ledger", times=1)
    number = invoice(asha, 700_00)
    assert len(calls) == 2  # tried twice
    assert number == "INV/26-27/00001"  # the first try gave its number back
    assert SalesDoc.select().count() == 1
    assert LedgerEntry.select().count() == 1
    assert audit_chain.verify() is None
    assert health.check().problems == []


def test_a_receipt_rolled_back_for_a_deadlock_is_posted_once(
    shop_open: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    asha = customer("Asha Stores")
    invoice(asha, 700_00)
    calls = _deadlocks(monkeypatch, allocations, "insert_allocations", times=1)
    receive(asha, 700_00)
    assert len(calls) == 2
    assert [r.number for r in Receipt.select()] == ["RCT/26-27/00001"]
    assert health.check().problems == []


def test_three_deadlocks_in_a_row_go_up_with_nothing_saved(
    shop_open: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    asha = customer("Asha Stores")
    audits = AuditEntry.select().count()
    calls = _deadlocks(monkeypatch, sales, "ledger", times=3)
    with pytest.raises(psycopg.errors.DeadlockDetected):
        invoice(asha, 700_00)
    assert len(calls) == 3
    assert SalesDoc.select().count() == 0
    assert AuditEntry.select().count() == audits


def test_inside_the_callers_transaction_it_is_not_run_again(
    shop_open: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    asha = customer("Asha Stores")
    calls = _deadlocks(monkeypatch, sales, "ledger", times=1)
    with pytest.raises(psycopg.errors.DeadlockDetected), database.atomic():
        invoice(asha, 700_00)  # the caller's transaction is rolled back as a whole
    assert len(calls) == 1
    assert SalesDoc.select().count() == 0


def test_other_errors_are_not_run_again(shop_open: None, monkeypatch: pytest.MonkeyPatch) -> None:
    asha = customer("Asha Stores")
    calls: list[int] = []

    def refused(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        raise psycopg.errors.UniqueViolation("duplicate key")

    monkeypatch.setattr(sales, "ledger", refused)
    with pytest.raises(psycopg.errors.UniqueViolation):
        invoice(asha, 700_00)
    assert len(calls) == 1
    assert SalesDoc.select().count() == 0
