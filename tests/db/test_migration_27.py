"""Migration 27: on a server, the customer search index reads a `+` as a space, as SQLite's FTS5
does, so a phone stored as +971501234567 is found by "+971 50" (its first digits); a shop file
is left as it was (FTS5 already reads it so)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import peewee

from vyapar_lite.db import close_data_file, database, migrations, open_data_file, server
from vyapar_lite.services import customer_list
from vyapar_lite.services.customer_list import CustomerFilter

NOW = "2026-05-01 10:00:00"


def _old_shop(db: peewee.Database) -> None:
    migrations.migrate(db, target=26)
    db.execute_sql(
        "INSERT INTO customer (id, code, name, phone, state_code, created_at, updated_at) "
        "VALUES (5, 'C0001', 'Meera Nair', '+971501234567', '27', ?, ?)",
        (NOW, NOW),
    )
    db.close()


def _found(text: str) -> list[str]:
    return [row.code for row in customer_list.page(CustomerFilter(search=text))]


def test_a_version_26_server_shop_finds_a_phone_by_its_first_digits(shop_server: Any) -> None:
    address = shop_server.address("shop_at_26")
    shop_server.admin("CREATE DATABASE shop_at_26")
    try:
        _old_shop(server.new_database(address))
        opened = open_data_file(address, create=False)
        try:
            assert (opened.migrated_from, opened.schema_version) == (26, migrations.LATEST)
            definition = database.execute_sql(
                "SELECT pg_get_indexdef(to_regclass('customer_search'))"
            ).fetchone()[0]
            assert "replace(" in definition
            assert _found("+971 50") == ["C0001"]
            assert _found("meera") == ["C0001"]
        finally:
            close_data_file()
    finally:
        shop_server.drop(address)


def test_a_version_26_file_finds_it_as_before(tmp_path: Path) -> None:
    path = tmp_path / "old.vyapar"
    _old_shop(peewee.SqliteDatabase(str(path), pragmas={"foreign_keys": 1}))
    opened = open_data_file(path, create=False)
    try:
        assert (opened.migrated_from, opened.schema_version) == (26, migrations.LATEST)
        assert _found("+971 50") == ["C0001"]
    finally:
        close_data_file()
