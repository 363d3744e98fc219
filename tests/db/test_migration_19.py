"""Migration 19: a version-18 file's receipts stay as they were (no tax on them), and a new
advance for services stores its GST with its receipt."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import peewee

from vyapar_lite.db import close_data_file, migrations, open_data_file
from vyapar_lite.db.models import ReceiptAdvanceTax
from vyapar_lite.services import advance_tax, payments

NOW = "2026-05-01 10:00:00"


def test_a_version_18_file_gains_tax_on_advances_for_services(tmp_path: Path) -> None:
    path = tmp_path / "old.vyapar"
    db = peewee.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    migrations.migrate(db, target=9)  # rows written at 9; 10 takes their snapshots
    sql = db.execute_sql
    sql(
        "INSERT INTO shop (id, name, state_code, gstin, created_at, updated_at) "
        "VALUES (1, 'Old Shop', '27', '27AAPFU0939F1ZV', ?, ?)",
        (NOW, NOW),
    )
    sql(
        "INSERT INTO customer (id, code, name, state_code, created_at, updated_at) "
        "VALUES (5, 'C0001', 'Asha', '27', ?, ?)",
        (NOW, NOW),
    )
    sql(
        "INSERT INTO receipt (id, number, fin_year, receipt_date, customer_id, amount, mode, "
        "created_at) VALUES (1, 'RCT/2026-27/0001', '2026-27', '2026-05-01', 5, 50000, 'cash', ?)",
        (NOW,),
    )
    migrations.migrate(db, target=18)
    db.close()

    opened = open_data_file(path, create=False)
    try:
        assert (opened.migrated_from, opened.schema_version) == (18, migrations.LATEST)
        assert ReceiptAdvanceTax.select().count() == 0  # the old advance stays untaxed
        assert advance_tax.received(date(2026, 5, 1), date(2026, 5, 31)) == []
        new = payments.record_receipt(
            payments.ReceiptDraft(
                "C0001", date(2026, 6, 1), 11800, allocations={}, services_rate_bp=1800
            )
        )
        [row] = advance_tax.received(date(2026, 6, 1), date(2026, 6, 30))
        assert (row.receipt_number, row.taxable, row.cgst, row.sgst) == (
            new.number,
            10000,
            900,
            900,
        )
    finally:
        close_data_file()
