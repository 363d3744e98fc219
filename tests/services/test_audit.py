"""The audit log: written in the change's transaction, only changed fields, only on a change."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from pathlib import Path

import peewee
import pytest

from vyapar_lite.db import database
from vyapar_lite.db.models import AuditEntry, Customer, Shop
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.services import audit, shop

TEST_SHOP = ShopProfile(name="Test Traders", state_code="27", city="Pune", phone="9822000000")


def test_record_outside_a_transaction_is_refused(data_file: Path) -> None:
    before = AuditEntry.select().count()

    with pytest.raises(RuntimeError, match="inside the change's transaction"):
        audit.record("update", "shop", 1, after={"name": "x"})

    assert AuditEntry.select().count() == before


def test_record_inside_a_transaction_writes_one_row(data_file: Path) -> None:
    with database.atomic():
        audit.record(
            "post",
            "ledger_entry",
            7,
            label="C0001 opening balance",
            after={"date": date(2026, 4, 1), "debit": 150000},
            customer_id=3,
            note="typed by hand",
        )

    row = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert (row.action, row.record_type, row.record_id, row.record_label) == (
        "post",
        "ledger_entry",
        7,
        "C0001 opening balance",
    )
    assert row.customer_id == 3
    assert row.note == "typed by hand"
    assert row.before_json is None
    assert json.loads(row.after_json) == {"date": "2026-04-01", "debit": 150000}
    assert isinstance(row.at, datetime)


def test_record_keeps_only_changed_fields(data_file: Path) -> None:
    with database.atomic():
        audit.record(
            "update",
            "customer",
            5,
            before={"name": "Asha", "city": "Pune", "phone": "9822000001"},
            after={"name": "Asha", "city": "Mumbai", "phone": "9822000002"},
        )

    (change,) = audit.history("customer", 5)
    assert change.before == {"city": "Pune", "phone": "9822000001"}
    assert change.after == {"city": "Mumbai", "phone": "9822000002"}


def test_shop_save_writes_create_then_update_with_only_changed_fields(data_file: Path) -> None:
    shop.save_profile(TEST_SHOP)
    shop.save_profile(dataclasses.replace(TEST_SHOP, city="Mumbai", email="test@example.in"))

    update, create = audit.history("shop", 1)
    assert create.action == "create"
    assert create.record_label == "Test Traders"
    assert create.before is None
    assert create.after == dataclasses.asdict(TEST_SHOP)
    assert update.action == "update"
    assert update.before == {"city": "Pune", "email": ""}
    assert update.after == {"city": "Mumbai", "email": "test@example.in"}


def test_saving_an_unchanged_profile_writes_no_audit_row(data_file: Path) -> None:
    shop.save_profile(TEST_SHOP)
    count = AuditEntry.select().count()
    updated_at = Shop.get_by_id(1).updated_at

    # Differs only in what cleaning removes: the saved profile is the same.
    shop.save_profile(dataclasses.replace(TEST_SHOP, name="  Test   Traders ", phone="98220 00000"))

    assert AuditEntry.select().count() == count
    assert Shop.get_by_id(1).updated_at == updated_at


def test_a_failing_write_rolls_back_the_change_and_its_audit_row(data_file: Path) -> None:
    shop.save_profile(TEST_SHOP)
    count = AuditEntry.select().count()

    with pytest.raises(peewee.IntegrityError), database.atomic():
        shop.save_profile(dataclasses.replace(TEST_SHOP, city="Nagpur"))
        assert AuditEntry.select().count() == count + 1  # written, not yet committed
        now = datetime.now()
        Customer.create(code="CASH", name="second cash", created_at=now, updated_at=now)

    assert shop.get_profile() == TEST_SHOP
    assert AuditEntry.select().count() == count
    assert [c.action for c in audit.history("shop", 1)] == ["create"]


def test_history_is_newest_first_and_per_record(data_file: Path) -> None:
    shop.save_profile(TEST_SHOP)
    for city in ("Nashik", "Satara", "Kolhapur"):
        shop.save_profile(dataclasses.replace(TEST_SHOP, city=city))

    changes = audit.history("shop", 1)

    assert [c.action for c in changes] == ["update", "update", "update", "create"]
    assert [c.after["city"] for c in changes[:3] if c.after] == ["Kolhapur", "Satara", "Nashik"]
    assert audit.history("shop", 2) == []
    assert len(audit.history("shop", 1, limit=2)) == 2
