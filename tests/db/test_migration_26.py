"""Migration 26: a version-25 file gains the counter columns; its audit chain, hashed without a
counter, stays valid, and rows written afterwards carry the counter and chain on."""

from __future__ import annotations

from pathlib import Path

import peewee

from factories import make_customer
from vyapar_lite.db import audit_seal, close_data_file, database, migrations, open_data_file
from vyapar_lite.db.models import AuditEntry, Receipt
from vyapar_lite.services import audit_chain, counters, health

NOW = "2026-05-01 10:00:00"


def test_a_version_25_file_keeps_its_chain_and_gains_counters(tmp_path: Path) -> None:
    path = tmp_path / "old.vyapar"
    db = peewee.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    migrations.migrate(db, target=25)
    for n in range(3):
        audit_seal.append_row(
            db,
            {
                "at": NOW,
                "action": "create",
                "record_type": "note",
                "record_id": n,
                "record_label": f"old {n}",
                "customer_id": None,
                "before_json": None,
                "after_json": f'{{"n": {n}}}',
                "note": "",
            },
        )
    db.execute_sql(
        "INSERT INTO receipt (number, fin_year, receipt_date, customer_id, amount, mode, "
        "created_at) VALUES ('RCT/26-27/0001', '2026-27', '2026-05-01', 1, 5000, 'cash', ?)",
        (NOW,),
    )
    old_hashes = [r[0] for r in db.execute_sql("SELECT row_hash FROM audit_entry ORDER BY id")]
    db.close()

    opened = open_data_file(path, create=False)
    try:
        assert (opened.migrated_from, opened.schema_version) == (25, migrations.LATEST)
        columns = {c.name for c in database.get_columns("audit_entry")}
        assert "counter" in columns
        assert [e.row_hash for e in AuditEntry.select().order_by(AuditEntry.id)] == old_hashes
        assert all(e.counter is None for e in AuditEntry.select())
        assert Receipt.get().counter is None
        assert audit_chain.verify() is None

        counters.set_current("Counter 1")
        make_customer("First After Upgrade")
        newest = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
        assert newest.counter == "Counter 1"
        assert audit_chain.verify() is None
        # the raw receipt above has no postings; the audit trail itself is whole
        assert not [p for p in health.check().problems if "audit" in p]
    finally:
        close_data_file()
