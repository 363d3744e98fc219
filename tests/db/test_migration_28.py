"""Migration 28: a version-27 file's kept month-end balances, marked by the ledger's last id,
gain the audit mark; the first read works them out again and marks them, and what they say is
what the ledger says (stale kept rows from before are not trusted)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import peewee

from vyapar_lite.db import close_data_file, database, migrations, open_data_file
from vyapar_lite.services import balances, books_changes, month_end_balances

NOW = "2026-05-01 10:00:00"


def test_a_version_27_files_kept_month_ends_are_worked_out_again_and_marked(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.vyapar"
    db = peewee.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    migrations.migrate(db, target=27)
    sql = db.execute_sql
    sql(
        "INSERT INTO customer (id, code, name, state_code, created_at, updated_at) "
        "VALUES (5, 'C0001', 'Asha', '27', ?, ?)",
        (NOW, NOW),
    )
    for day, debit, credit in (
        ("2026-01-10", 300000, 0),
        ("2026-02-20", 200000, 0),
        ("2026-03-15", 0, 50000),
        ("2026-04-05", 100000, 0),
    ):
        sql(
            "INSERT INTO ledger_entry (customer_id, entry_date, kind, doc_number, debit, credit, "
            "created_at) VALUES (5, ?, 'invoice', 'X', ?, ?, ?)",
            (day, debit, credit, NOW),
        )
    # kept as version 27 did, marked by the ledger's last id, but wrong for February
    last_id = sql("SELECT MAX(id) FROM ledger_entry").fetchone()[0]
    sql(
        "INSERT INTO month_end_kept (id, ledger_id, first_month_end, last_month_end) "
        "VALUES (1, ?, '2026-01-31', '2026-03-31')",
        (last_id,),
    )
    for end, balance in (("2026-01-31", 300000), ("2026-02-28", 1), ("2026-03-31", 450000)):
        sql(
            "INSERT INTO month_end_balance (month_end, customer_id, balance) VALUES (?, 5, ?)",
            (end, balance),
        )
    db.close()

    opened = open_data_file(path, create=False)
    try:
        assert (opened.migrated_from, opened.schema_version) == (27, migrations.LATEST)
        row = database.execute_sql("SELECT audit_id, audit_hash FROM month_end_kept").fetchone()
        assert row == (None, None)
        assert balances.balances_as_of(date(2026, 2, 28)) == {5: 500000}
        kept = database.execute_sql(
            "SELECT month_end, balance FROM month_end_balance ORDER BY month_end"
        ).fetchall()
        assert [(str(end), int(b)) for end, b in kept] == [
            ("2026-01-31", 300000),
            ("2026-02-28", 500000),
            ("2026-03-31", 450000),
        ]
        assert month_end_balances.brought_up_to_date().mark == books_changes.mark()
    finally:
        close_data_file()
