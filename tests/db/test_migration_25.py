"""Migration 25: a version-24 file's cash can be closed day by day and its bank reconciled."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import peewee

from vyapar_lite.db import close_data_file, migrations, open_data_file
from vyapar_lite.db.closing_models import BankReconciled, DailyClosing
from vyapar_lite.domain.cash_count import CashCount
from vyapar_lite.services import bank_reconciliation, daily_closing, money_accounts

NOW = "2026-05-01 10:00:00"


def test_a_version_24_file_gains_closings_and_reconciliation_marks(tmp_path: Path) -> None:
    path = tmp_path / "old.vyapar"
    db = peewee.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    migrations.migrate(db, target=24)
    sql = db.execute_sql
    sql(
        "INSERT INTO shop (id, name, state_code, created_at, updated_at) "
        "VALUES (1, 'Old Shop', '27', ?, ?)",
        (NOW, NOW),
    )
    for day, account, amount in (
        ("2026-05-01", 1, 50000),
        ("2026-05-02", 1, 12000),
        ("2026-05-02", 2, 30000),
    ):
        sql(
            "INSERT INTO money_entry (account_id, entry_date, amount, kind, doc_type, doc_id, "
            "doc_number, created_at) VALUES (?, ?, ?, 'receipt', 'receipt', NULL, 'RCT/1', ?)",
            (account, day, amount, NOW),
        )
    db.close()

    opened = open_data_file(path, create=False)
    try:
        assert (opened.migrated_from, opened.schema_version) == (24, migrations.LATEST)
        day = daily_closing.cash_day(date(2026, 5, 2))
        assert (day.opening, day.expected) == (50000, 62000)
        daily_closing.close_day(
            date(2026, 5, 2), CashCount({500: 1, 100: 1}), reason="short", today=date(2026, 5, 3)
        )
        assert DailyClosing.get().difference == -2000
        assert money_accounts.balance(1) == 60000
        (item,) = bank_reconciliation.items(2, reconciled=False)
        bank_reconciliation.tick(2, [(item.entry_id, date(2026, 5, 3), "NEFT")])
        assert BankReconciled.get().bank_date == date(2026, 5, 3)
    finally:
        close_data_file()
