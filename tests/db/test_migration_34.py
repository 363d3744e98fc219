"""Migration 34: the money entries' duplicate index (account, date, amount) is dropped; the one
left serves the sums and books it served, from the index alone, and the figures are unchanged."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import peewee

from old_files import add_money_entries, old_file
from vyapar_lite.db import close_data_file, database, migrations, open_data_file
from vyapar_lite.services import money_accounts, money_books

BEFORE = migrations.MIGRATIONS[migrations.MIGRATIONS.index(migrations.ONE_MONEY_BALANCE_INDEX) - 1]


def _indexes(db: peewee.Database) -> set[str]:
    rows = db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'money_entry'"
    ).fetchall()
    return {str(r[0]) for r in rows}


def test_the_second_index_goes_and_the_first_serves_the_same_figures(tmp_path: Path) -> None:
    path = tmp_path / "old.vyapar"
    db = old_file(path, BEFORE.version)
    assert {"money_entry_balance", "money_entry_day_amount"} <= _indexes(db)
    cash = int(db.execute_sql("SELECT id FROM money_account WHERE kind = 'cash'").fetchone()[0])
    add_money_entries(
        db, ((cash, "2026-04-02", 150000), (cash, "2026-04-05", -20000), (cash, "2026-04-09", 7550))
    )
    db.close()

    opened = open_data_file(path, create=False)
    try:
        assert (opened.migrated_from, opened.schema_version) == (BEFORE.version, migrations.LATEST)
        left = _indexes(database)
        assert "money_entry_day_amount" not in left
        assert {"money_entry_balance", "money_entry_book"} <= left
        assert money_accounts.balance(cash, on=date(2026, 4, 5)) == 130000
        assert money_accounts.balance(cash) == 137550
        book = money_books.account_book(cash, date(2026, 4, 3), date(2026, 4, 30))
        assert book.opening == 150000
        plan = " ".join(
            str(row[-1])
            for row in database.execute_sql(
                "EXPLAIN QUERY PLAN SELECT COALESCE(SUM(amount), 0) FROM money_entry "
                "WHERE account_id = ? AND entry_date < ?",
                (cash, "2026-04-03"),
            ).fetchall()
        )
        assert "COVERING INDEX money_entry_balance" in plan
    finally:
        close_data_file()
