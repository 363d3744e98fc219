"""Migration 23: a version-22 file with a ledger over several months gains the kept month-end
balances (empty until the first report as of a date builds them from the ledger) and the
due-date index ageing walks; its balances and ageing as of any date are what its ledger says."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import peewee

from vyapar_lite.db import close_data_file, database, migrations, open_data_file
from vyapar_lite.services import ageing, balances

NOW = "2026-05-01 10:00:00"


def test_a_version_22_file_gains_month_end_balances_built_from_its_ledger(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.vyapar"
    db = peewee.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    migrations.migrate(db, target=22)
    sql = db.execute_sql
    sql(
        "INSERT INTO shop (id, name, state_code, created_at, updated_at) "
        "VALUES (1, 'Old Shop', '27', ?, ?)",
        (NOW, NOW),
    )
    sql(
        "INSERT INTO customer (id, code, name, state_code, created_at, updated_at) "
        "VALUES (5, 'C0001', 'Asha', '27', ?, ?)",
        (NOW, NOW),
    )
    for number, day, total, due in (
        ("INV/25-26/00001", "2026-01-10", 300000, "2026-01-25"),
        ("INV/25-26/00002", "2026-02-20", 200000, "2026-03-07"),
        ("INV/26-27/00001", "2026-04-05", 100000, "2026-04-20"),
    ):
        sql(
            "INSERT INTO sales_doc (kind, number, fin_year, doc_date, due_date, customer_id, "
            "place_of_supply, tax_kind, taxable_total, grand_total, created_at) "
            "VALUES ('invoice', ?, ?, ?, ?, 5, '27', 'intra', ?, ?, ?)",
            (number, number[4:9], day, due, total, total, NOW),
        )
        doc_id = sql("SELECT id FROM sales_doc WHERE number = ?", (number,)).fetchone()[0]
        sql(
            "INSERT INTO ledger_entry (customer_id, entry_date, kind, doc_number, doc_type, "
            "doc_id, debit, created_at) VALUES (5, ?, 'invoice', ?, 'sales_doc', ?, ?, ?)",
            (day, number, doc_id, total, NOW),
        )
    sql(
        "INSERT INTO ledger_entry (customer_id, entry_date, kind, doc_number, credit, created_at) "
        "VALUES (5, '2026-03-15', 'receipt', 'RCT-OLD-1', 50000, ?)",
        (NOW,),
    )
    db.close()

    opened = open_data_file(path, create=False)
    try:
        assert (opened.migrated_from, opened.schema_version) == (22, migrations.LATEST)
        assert database.execute_sql("SELECT COUNT(*) FROM month_end_balance").fetchone() == (0,)
        indexes = {r[0] for r in database.execute_sql("SELECT name FROM sqlite_master")}
        assert {"sales_doc_due", "month_end_balance", "month_end_kept"} <= indexes
        # the first report builds the kept month-ends from the ledger
        assert balances.balances_as_of(date(2026, 2, 28)) == {5: 500000}
        kept = database.execute_sql(
            "SELECT month_end, balance FROM month_end_balance ORDER BY month_end"
        ).fetchall()
        assert kept == [("2026-01-31", 300000), ("2026-02-28", 500000), ("2026-03-31", 450000)]
        assert balances.balances_as_of(date(2026, 3, 20)) == {5: 450000}
        # ageing as of March 20 (the receipt settled no bill: it comes off the oldest): the
        # February invoice is 13 days overdue, what is left of January's 54 days
        row = ageing.ageing(date(2026, 3, 20)).rows[0]
        assert (row.code, row.balance, row.bands) == ("C0001", 450000, (0, 200000, 250000, 0, 0))
    finally:
        close_data_file()
