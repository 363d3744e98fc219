"""Migration 25: a version-24 file's cash can be closed day by day and its bank reconciled."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from old_files import add_money_entries, old_file
from vyapar_lite.db import close_data_file, migrations, open_data_file
from vyapar_lite.db.closing_models import BankReconciled, DailyClosing
from vyapar_lite.domain.cash_count import CashCount
from vyapar_lite.services import bank_reconciliation, daily_closing, money_accounts

NOW = "2026-05-01 10:00:00"


def test_a_version_24_file_gains_closings_and_reconciliation_marks(tmp_path: Path) -> None:
    path = tmp_path / "old.vyapar"
    db = old_file(path, 24)
    sql = db.execute_sql
    sql(
        "INSERT INTO shop (id, name, state_code, created_at, updated_at) "
        "VALUES (1, 'Old Shop', '27', ?, ?)",
        (NOW, NOW),
    )
    add_money_entries(
        db, ((1, "2026-05-01", 50000), (1, "2026-05-02", 12000), (2, "2026-05-02", 30000)), at=NOW
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
