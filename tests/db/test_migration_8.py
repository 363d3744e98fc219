"""Migration 8: the dashboard's period indexes; the sums it reads come from the indexes alone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import peewee

from vyapar_lite.db import close_data_file, database, migrations, open_data_file
from vyapar_lite.db.models import Receipt, SalesDoc
from vyapar_lite.services import dashboard, sales_register

NOW = "2026-04-01 10:00:00"


def plan(db: peewee.Database, query: peewee.Query) -> str:
    sql, params = query.sql()
    return " ".join(str(step) for step in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params))


def test_a_version_7_file_gets_the_indexes_and_keeps_its_figures(tmp_path: Path) -> None:
    path = tmp_path / "old.vyapar"
    db = peewee.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    migrations.migrate(db, target=7)
    db.execute_sql(
        "INSERT INTO customer (id, code, name, created_at, updated_at) "
        "VALUES (5, 'C0001', 'Asha', ?, ?)",
        (NOW, NOW),
    )
    for number, kind, total in (("INV/1", "invoice", 10000), ("CN/1", "credit_note", 2500)):
        db.execute_sql(
            "INSERT INTO sales_doc (kind, number, fin_year, doc_date, customer_id, "
            "place_of_supply, tax_kind, grand_total, created_at) "
            "VALUES (?, ?, '2026-27', '2026-05-01', 5, '27', 'intra', ?, ?)",
            (kind, number, total, NOW),
        )
    db.execute_sql(
        "INSERT INTO receipt (number, fin_year, receipt_date, customer_id, amount, mode, "
        "created_at) VALUES ('RCT/1', '2026-27', '2026-05-02', 5, 4000, 'upi', ?)",
        (NOW,),
    )
    db.close()

    opened = open_data_file(path, create=False)  # migrates 7 -> 8 as the app does
    try:
        assert (opened.migrated_from, opened.schema_version) == (7, migrations.LATEST)
        may = (date(2026, 5, 1), date(2026, 5, 31))
        assert sales_register.net_sales(*may) == 7500
        assert dashboard.received(*may) == 4000
        # migration 10 replaced the index by sales_doc_day_sales (with note_reason)
        assert "COVERING INDEX sales_doc_day_" in plan(
            database, sales_register.posted_value().where(SalesDoc.doc_date.between(*may))
        )
        receipts = Receipt.select(peewee.fn.SUM(Receipt.amount)).where(
            (Receipt.status == "posted")
            & Receipt.counted_on.is_null()
            & Receipt.receipt_date.between(*may)
        )
        assert "COVERING INDEX receipt_day_amount" in plan(database, receipts)
        cleared = Receipt.select(peewee.fn.SUM(Receipt.amount)).where(
            (Receipt.status == "posted") & Receipt.counted_on.between(*may)
        )
        assert "COVERING INDEX receipt_counted_amount" in plan(database, cleared)
    finally:
        close_data_file()
