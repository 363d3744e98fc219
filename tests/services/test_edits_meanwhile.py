"""Nothing overwritten silently (issue 18): an edit of a customer or an item that someone else
changed since the form was opened is refused, saying what changed and when; nothing is saved.
On both stores; on a server also with two counters saving at the same moment (the row lock)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import peewee
import pytest

from conftest import TEST_SHOP
from factories import make_customer, make_item
from vyapar_lite.db import close_data_file, database, open_data_file
from vyapar_lite.db.models import AuditEntry, Customer, Item
from vyapar_lite.db.server import ServerDatabase
from vyapar_lite.services import audit, counters, customers, items, shop
from vyapar_lite.services.edits_meanwhile import ChangedMeanwhile

WAIT = 30


def _audits() -> int:
    return AuditEntry.select().count()


def test_a_customer_changed_since_the_form_opened_is_not_overwritten(shop_file: Path) -> None:
    made = make_customer("Asha Stores", phone="9822012345")
    opened = customers.get_customer(made.code)  # this counter's form
    other = customers.get_customer(made.code)  # another counter's form, saved first
    customers.update_customer(
        made.code, replace(other.details, phone="9822099999"), opened=other.version
    )
    audits = _audits()

    with pytest.raises(ChangedMeanwhile) as refused:
        customers.update_customer(
            made.code, replace(opened.details, city="Pune"), opened=opened.version
        )
    message = refused.value.for_field("version")
    assert message is not None
    assert message.startswith("Changed at ")
    assert "since you opened it: Phone: 9822012345 → 9822099999. Reload it?" in message
    row = Customer.get(Customer.code == made.code)
    assert (row.phone, row.city) == ("9822099999", "")  # theirs kept, ours not saved
    assert _audits() == audits
    # reloaded: the form's new version saves
    again = customers.get_customer(made.code)
    saved = customers.update_customer(
        made.code, replace(again.details, city="Pune"), opened=again.version
    )
    assert (saved.details.phone, saved.details.city) == ("9822099999", "Pune")


def test_the_message_names_the_counter_that_changed_it(shop_file: Path) -> None:
    made = make_customer("Asha Stores", phone="9822012345")
    counters.set_current("Counter 1")
    opened = customers.get_customer(made.code)
    counters.set_current("Counter 2")  # the other counter saves first
    other = customers.get_customer(made.code)
    customers.update_customer(
        made.code, replace(other.details, phone="9822099999"), opened=other.version
    )
    counters.set_current("Counter 1")
    with pytest.raises(ChangedMeanwhile) as refused:
        customers.update_customer(
            made.code, replace(opened.details, city="Pune"), opened=opened.version
        )
    message = str(refused.value)
    assert message.startswith("Changed at Counter 2 at ")
    assert message.endswith("since you opened it: Phone: 9822012345 → 9822099999. Reload it?")
    assert refused.value.counter == "Counter 2"
    assert Customer.get(Customer.code == made.code).city == ""


def test_a_deactivation_meanwhile_is_a_change_too(shop_file: Path) -> None:
    made = make_customer("Bala Traders")
    opened = customers.get_customer(made.code)
    customers.set_active(made.code, False, reason="Closed shop")
    with pytest.raises(ChangedMeanwhile, match=r"since you opened it: Active: Yes → No"):
        customers.update_customer(
            made.code, replace(opened.details, notes="x"), opened=opened.version
        )
    assert Customer.get(Customer.code == made.code).notes == ""


def test_without_a_version_nothing_is_checked(shop_file: Path) -> None:
    """The CLI and imports edit what is there now: no form was opened."""
    made = make_customer("Chetan")
    customers.update_customer(made.code, replace(made.details, city="Nashik"))
    saved = customers.update_customer(made.code, replace(made.details, pin_code="422001"))
    assert saved.details.pin_code == "422001"


def test_an_item_changed_since_the_form_opened_is_not_overwritten(shop_file: Path) -> None:
    made = make_item("Sugar", sale_price=4600, unit="kg")
    opened = items.get_item(made.code)
    other = items.get_item(made.code)
    items.update_item(made.code, replace(other.details, sale_price=4800), opened=other.version)
    with pytest.raises(ChangedMeanwhile) as refused:
        items.update_item(made.code, replace(opened.details, hsn_sac="1701"), opened=opened.version)
    assert "since you opened it: Sale price: ₹46.00 → ₹48.00. Reload it?" in str(refused.value)
    row = Item.get(Item.code == made.code)
    assert (row.sale_price, row.hsn_sac) == (4800, "")
    fresh = items.get_item(made.code)
    saved = items.update_item(
        made.code, replace(fresh.details, hsn_sac="1701"), opened=fresh.version
    )
    assert (saved.details.sale_price, saved.details.hsn_sac) == (4800, "1701")


@pytest.fixture
def server_shop(shop_server: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    address = shop_server.new_shop()
    open_data_file(address)
    shop.save_profile(TEST_SHOP)
    # no writers' turn: the two saves overlap, and the customer's row lock alone decides
    monkeypatch.setattr(ServerDatabase, "begin", peewee.PostgresqlDatabase.begin)
    try:
        yield
    finally:
        close_data_file()
        shop_server.drop(address)


def test_two_counters_saving_the_same_customer_at_once(
    server_shop: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both opened the same version; A's save holds the row until it commits, so B's save, made
    meanwhile, waits for it and then finds the customer changed."""
    made = make_customer("Deepa Kirana", phone="9822012345")
    opened = customers.get_customer(made.code)
    a_checked, a_go = threading.Event(), threading.Event()
    real_record = audit.record

    def record_then_wait(*args: Any, **kwargs: Any) -> None:
        real_record(*args, **kwargs)
        if threading.current_thread().name == "counter A":
            a_checked.set()
            assert a_go.wait(WAIT)

    monkeypatch.setattr(audit, "record", record_then_wait)
    outcome: dict[str, Any] = {}

    def save(counter: str, details: Any) -> None:
        try:
            outcome[counter] = customers.update_customer(made.code, details, opened=opened.version)
        except Exception as exc:
            outcome[counter] = exc
        finally:
            database.close()

    a = threading.Thread(
        target=save, args=("A", replace(opened.details, phone="9822011111")), name="counter A"
    )
    b = threading.Thread(
        target=save, args=("B", replace(opened.details, phone="9822022222")), name="counter B"
    )
    a.start()
    try:
        assert a_checked.wait(WAIT)
        b.start()
        b.join(1)
        assert b.is_alive()  # B waits on the customer's row, held by A
    finally:
        a_go.set()
        a.join(WAIT)
        b.join(WAIT)
    assert isinstance(outcome["A"], customers.CustomerAccount)
    assert isinstance(outcome["B"], ChangedMeanwhile)
    assert "Phone: 9822012345 → 9822011111" in str(outcome["B"])
    assert Customer.get(Customer.code == made.code).phone == "9822011111"
