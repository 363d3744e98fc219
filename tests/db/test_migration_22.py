"""Migration 22: a version-21 file with a posted invoice gains the (empty) draft table, its books
untouched, and a draft kept in it is read back."""

from __future__ import annotations

from pathlib import Path

import peewee

from vyapar_lite.db import close_data_file, migrations, open_data_file
from vyapar_lite.db.models import AuditEntry, Draft
from vyapar_lite.services import drafts, health

NOW = "2026-05-01 10:00:00"


def test_a_version_21_file_gains_an_empty_draft_table(tmp_path: Path) -> None:
    path = tmp_path / "old.vyapar"
    db = peewee.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    migrations.migrate(db, target=21)
    db.execute_sql(
        "INSERT INTO shop (id, name, state_code, created_at, updated_at) "
        "VALUES (1, 'Old Shop', '27', ?, ?)",
        (NOW, NOW),
    )
    db.execute_sql(
        "INSERT INTO customer (id, code, name, state_code, created_at, updated_at) "
        "VALUES (5, 'C0001', 'Asha', '27', ?, ?)",
        (NOW, NOW),
    )
    assert not db.table_exists("draft")
    db.close()

    opened = open_data_file(path, create=False)
    try:
        assert (opened.migrated_from, opened.schema_version) == (21, migrations.LATEST)
        assert Draft.select().count() == 0
        before = health.check().problems
        audit_rows = AuditEntry.select().count()
        drafts.keep("invoice", "an invoice for Asha", {"customer": "C0001", "lines": []})
        kept = drafts.kept("invoice")
        assert kept is not None
        assert kept.payload == {"customer": "C0001", "lines": []}
        assert kept.summary == "an invoice for Asha"
        # a draft is not books: no audit row, and `check` finds nothing new
        assert AuditEntry.select().count() == audit_rows
        assert health.check().problems == before
    finally:
        close_data_file()
