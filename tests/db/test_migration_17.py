"""Migration 17: a version-16 shop file with an audit trail gains the (empty) `audit_anchor`
table; its first backup afterwards carries its own anchor there, and `check` passes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee

from factories import make_customer
from vyapar_lite.db import close_data_file, migrations, open_data_file
from vyapar_lite.services import backups, health, shop
from vyapar_lite.services.sample_shop import SHOP


def test_a_version_16_file_gains_the_anchor_table_its_backups_fill(tmp_path: Path) -> None:
    path = tmp_path / "old.vyapar"
    db = peewee.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    migrations.migrate(db, target=16)
    db.close()
    opened = open_data_file(path, create=False)
    try:
        assert (opened.migrated_from, opened.schema_version) == (16, migrations.LATEST)
        shop.save_profile(SHOP)
        make_customer("Asha Verma")
        backup = backups.back_up().info.path
        assert health.check().problems == []
    finally:
        close_data_file()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT COUNT(*) FROM audit_anchor").fetchone() == (0,)
    last = conn.execute("SELECT id, row_hash FROM audit_entry ORDER BY id DESC").fetchone()
    conn.close()
    conn = sqlite3.connect(backup)
    carried = conn.execute("SELECT entry, hash, why, backup FROM audit_anchor").fetchall()
    conn.close()
    assert carried == [(last[0], last[1], "backup", backup.name)]
