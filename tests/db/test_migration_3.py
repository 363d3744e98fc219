"""Migration 3: the customer file table and the customer search index, on a file with customers."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest

from vyapar_lite.db import close_data_file, database, migrations, open_data_file, sqlite_features
from vyapar_lite.domain.customer import CustomerDetails
from vyapar_lite.services import customer_list, customers
from vyapar_lite.services.customer_list import CustomerFilter

NOW = "2026-04-01 10:00:00"


@pytest.fixture
def old_file(tmp_path: Path) -> Iterator[Path]:
    """A version-2 shop file with three customers (and CASH), as an older app left it."""
    path = tmp_path / "old.vyapar"
    db = peewee.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    migrations.migrate(db, target=2)
    db.execute_sql("INSERT INTO customer_category (name) VALUES ('Kirana')")
    for code, name, phone, city, gstin, active in [
        ("C0001", "Asha Sharma", "9822012345", "Pune", "", 1),
        ("C0002", "Mahesh Traders", "9422012307", "Mumbai", "27AAPFU0939F1ZV", 1),
        ("WS/001", "Old Wholesale Account", "", "Nashik", "", 0),
    ]:
        db.execute_sql(
            "INSERT INTO customer (code, name, phone, city, gstin, is_active, category_id, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)",
            (code, name, phone, city, gstin, active, NOW, NOW),
        )
    db.execute_sql(
        "INSERT INTO ledger_entry (customer_id, entry_date, kind, debit, credit, created_at) "
        "SELECT id, '2026-04-01', 'opening', 150000, 0, ? FROM customer WHERE code = 'C0001'",
        (NOW,),
    )
    db.close()
    yield path
    close_data_file()


def _search(text: str, status: str = "all") -> list[str]:
    return sorted(r.code for r in customer_list.page(CustomerFilter(search=text, status=status)))


def test_existing_customers_are_searchable_after_the_upgrade(old_file: Path) -> None:
    opened = open_data_file(old_file, create=False)

    assert (opened.migrated_from, opened.schema_version) == (2, migrations.LATEST)
    assert _search("sha") == ["C0001"]
    assert _search("trad mum") == ["C0002"]
    assert _search("98220") == ["C0001"]
    assert _search("27aap") == ["C0002"]
    assert _search("c000") == ["C0001", "C0002"]
    assert _search("ws/0") == ["WS/001"]  # a hand-typed code stays one word
    assert _search("nashik", status="active") == []
    [asha] = customer_list.page(CustomerFilter(search="asha"))
    assert (asha.balance, asha.category) == (150000, "Kirana")


def test_the_index_follows_changes_after_the_upgrade(old_file: Path) -> None:
    open_data_file(old_file, create=False)

    new = customers.create_customer(CustomerDetails(name="Kavita Joshi"))
    customers.set_active("WS/001", True)

    assert _search("kavi") == [new.code]
    assert _search("old", status="active") == ["WS/001"]


def test_the_index_agrees_with_the_customer_table(old_file: Path) -> None:
    open_data_file(old_file, create=False)

    database.execute_sql(
        "INSERT INTO customer_search (customer_search, rank) VALUES ('integrity-check', 1)"
    )  # rank 1: also compare with the customer table; raises if they disagree
    rows = database.execute_sql("SELECT COUNT(*) FROM customer_search").fetchone()
    assert rows[0] == 4


def test_customer_note_table_refuses_unknown_kinds_and_statuses(tmp_path: Path) -> None:
    db = peewee.SqliteDatabase(str(tmp_path / "x.vyapar"), pragmas={"foreign_keys": 1})
    migrations.migrate(db)
    insert = (
        "INSERT INTO customer_note (customer_id, entry_date, kind, feedback_type, status, text, "
        "created_at, updated_at) VALUES (1, '2026-04-01', ?, ?, ?, 'x', ?, ?)"
    )
    db.execute_sql(insert, ("feedback", "complaint", "open", NOW, NOW))
    for kind, feedback_type, status in [
        ("memo", "", ""),
        ("feedback", "praise", ""),
        ("follow_up", "", "closed"),
    ]:
        with pytest.raises(peewee.IntegrityError, match="CHECK"):
            db.execute_sql(insert, (kind, feedback_type, status, NOW, NOW))
    with pytest.raises(peewee.IntegrityError, match="FOREIGN KEY"):
        db.execute_sql(insert.replace("VALUES (1,", "VALUES (99,"), ("note", "", "", NOW, NOW))
    db.close()


def test_a_failing_python_step_rolls_the_whole_migration_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = peewee.SqliteDatabase(str(tmp_path / "x.vyapar"))
    migrations.migrate(db, target=2)

    def create_then_fail(database: peewee.Database) -> None:
        sqlite_features.create_customer_search(database)
        raise RuntimeError("disk full")

    broken = tuple(
        dataclasses.replace(m, python_steps=(create_then_fail,)) if m.version == 3 else m
        for m in migrations.MIGRATIONS
    )
    monkeypatch.setattr(migrations, "MIGRATIONS", broken)

    with pytest.raises(RuntimeError, match="disk full"):
        migrations.migrate(db)

    assert migrations.current_version(db) == 2
    names = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master").fetchall()}
    assert not {"customer_note", "customer_search", "customer_search_insert"} & names
    db.close()
