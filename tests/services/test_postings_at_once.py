"""Postings at two counters at the same moment on a server (issue 18): the writers' turn is
shared by postings (`db/locks.py`, `services/posting_turn.py`), so what keeps the books right
is the row locks, and these tests catch each one doing its job.

Counter A is a thread with its own connection, stopped in the middle of its posting (after its
rows are written, before its commit); counter B posts meanwhile from another thread. Where the
books need B to wait (the same customer: an allocation, a credit limit), B must still be waiting
while A is stopped, and must then see A's committed rows; where they do not (another customer's
receipt), B must finish while A is still open. Without the customer's row lock
(`locks.customer_as_locked` / `hold_customer`) both would allocate the same invoice, or sell
past the stop together.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from conftest import TEST_SHOP
from payment_builders import customer, invoice, outstanding, receive
from vyapar_lite.db import close_data_file, database, open_data_file
from vyapar_lite.db.models import Allocation, Customer, Receipt, SalesDoc
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import (
    allocations,
    audit_chain,
    balances,
    customers,
    health,
    sales,
    shop,
)

WAIT = 30  # seconds: a step that takes longer has deadlocked; the test fails instead of hanging
STILL = 0.5  # seconds counter B is given to finish when it should not
DAY = date(2026, 5, 10)


@pytest.fixture
def server_shop(shop_server: Any) -> Iterator[None]:
    address = shop_server.new_shop()
    open_data_file(address)
    shop.save_profile(TEST_SHOP)
    try:
        yield
    finally:
        close_data_file()
        shop_server.drop(address)


class Counter(threading.Thread):
    """`post()` on a thread of its own (its own connection to the server)."""

    def __init__(self, name: str, post: Callable[[], Any]) -> None:
        super().__init__(name=name, daemon=True)
        self.post, self.result, self.failed = post, None, None

    def run(self) -> None:
        try:
            self.result = self.post()
        except BaseException as exc:  # handed to the test
            self.failed = exc
        finally:
            database.close()


@pytest.fixture
def stop_a(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, threading.Event]:
    """(A has written its rows, let A go on): counter A stops after writing its ledger entry
    (an invoice) or its allocations (a receipt), inside its transaction."""
    wrote, go_on = threading.Event(), threading.Event()

    def stopping(real: Callable[..., Any]) -> Callable[..., Any]:
        def then_wait(*args: Any, **kwargs: Any) -> Any:
            done = real(*args, **kwargs)
            if threading.current_thread().name == "counter A":
                wrote.set()
                assert go_on.wait(WAIT)
            return done

        return then_wait

    monkeypatch.setattr(sales, "ledger", stopping(sales.ledger))
    monkeypatch.setattr(allocations, "insert_allocations", stopping(allocations.insert_allocations))
    return wrote, go_on


def _both(a: Counter, b: Counter, wrote: threading.Event, go_on: threading.Event) -> bool:
    """Start A, then B once A has written; whether B finished while A was stopped."""
    a.start()
    try:
        assert wrote.wait(WAIT)
        b.start()
        b.join(STILL)
        finished_meanwhile = not b.is_alive()
    finally:
        go_on.set()
        a.join(WAIT)
        b.join(WAIT)
    assert not a.is_alive() and not b.is_alive()
    assert a.failed is None, a.failed
    return finished_meanwhile


def _books_right() -> None:
    assert audit_chain.verify() is None
    assert health.check().problems == []


def test_two_counters_never_allocate_the_same_invoice(
    server_shop: None, stop_a: tuple[threading.Event, threading.Event]
) -> None:
    asha = customer("Asha Stores")
    bill = invoice(asha, 1000_00)
    a = Counter("counter A", lambda: receive(asha, 1000_00))  # settles the bill, auto
    b = Counter("counter B", lambda: receive(asha, 1000_00))  # would settle it again
    assert not _both(a, b, *stop_a)  # B waited for A's customer lock
    assert b.failed is None, b.failed
    paid = sum(x.amount for x in Allocation.select().where(Allocation.doc == _doc_id(bill)))
    assert paid == 1000_00  # once, not twice
    assert outstanding(bill) == 0
    assert [r.amount for r in Receipt.select().order_by(Receipt.id)] == [1000_00, 1000_00]
    assert balances.balance_of(_customer_id(asha)) == -1000_00  # B's money is an advance
    _books_right()


def test_two_counters_never_sell_past_a_stop_together(
    server_shop: None, stop_a: tuple[threading.Event, threading.Event]
) -> None:
    stopped = customer(
        "Bala Traders", credit_limit=5000_00, check_credit_limit=True, stop_sales=True
    )
    a = Counter("counter A", lambda: invoice(stopped, 3000_00))
    b = Counter("counter B", lambda: invoice(stopped, 3000_00))  # 6,000 together: over
    assert not _both(a, b, *stop_a)
    assert isinstance(b.failed, sales.CreditLimitStop), b.failed
    assert balances.balance_of(_customer_id(stopped)) == 3000_00
    _books_right()


def test_another_customers_receipt_is_not_held_up_by_an_invoice(
    server_shop: None, stop_a: tuple[threading.Event, threading.Event]
) -> None:
    asha, bala = customer("Asha Stores"), customer("Bala Traders")
    a = Counter("counter A", lambda: invoice(asha, 700_00))
    b = Counter("counter B", lambda: receive(bala, 300_00))
    assert _both(a, b, *stop_a)  # the writers' turn is shared by postings
    assert b.failed is None, b.failed
    assert balances.balance_of(_customer_id(asha)) == 700_00
    assert balances.balance_of(_customer_id(bala)) == -300_00
    _books_right()


def test_an_edit_waits_for_the_postings_under_way(
    server_shop: None, stop_a: tuple[threading.Event, threading.Event]
) -> None:
    asha = customer("Asha Stores")
    details = replace(customers.get_customer(asha).details, city="Nashik")
    a = Counter("counter A", lambda: invoice(asha, 700_00))
    b = Counter("counter B", lambda: customers.update_customer(asha, details))
    assert not _both(a, b, *stop_a)  # any other write takes the whole turn, after A
    assert b.failed is None, b.failed
    assert Customer.get(Customer.code == asha).city == "Nashik"
    _books_right()


def test_a_walk_in_sale_and_a_customers_invoice_both_get_numbers_in_turn(
    server_shop: None, stop_a: tuple[threading.Event, threading.Event]
) -> None:
    asha = customer("Asha Stores")
    cash = sales.InvoiceDraft(
        "CASH",
        DAY,
        [LineInput("Goods", 1000, 500_00, 0, hsn_sac="8516")],
        received=500_00,
    )
    a = Counter("counter A", lambda: invoice(asha, 700_00))
    b = Counter("counter B", lambda: sales.post_invoice(cash).number)
    assert not _both(a, b, *stop_a)  # the invoice series is A's until it commits
    assert b.failed is None, b.failed
    assert [a.result, b.result] == ["INV/26-27/00001", "INV/26-27/00002"]
    _books_right()


def _doc_id(number: str) -> int:
    return int(SalesDoc.get(SalesDoc.number == number).id)


def _customer_id(code: str) -> int:
    return int(Customer.get(Customer.code == code).id)
