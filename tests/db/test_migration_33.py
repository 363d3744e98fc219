"""Migration 33: the open items kept for the old days (every 8th, 15th and 23rd and each
month-end) are dropped, and the first ageing report keeps them again for every 4th day of the
month and each month-end; its figures are what the walk over the documents says."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from unittest import mock

from old_files import add_invoices, old_file
from vyapar_lite.db import close_data_file, database, migrations, open_data_file
from vyapar_lite.services import ageing, month_end_items

BEFORE = migrations.MIGRATIONS[
    migrations.MIGRATIONS.index(migrations.KEPT_ITEMS_EVERY_FOURTH_DAY) - 1
]


def test_items_kept_for_the_old_days_are_kept_again_for_every_fourth_day(tmp_path: Path) -> None:
    path = tmp_path / "old.vyapar"
    db = old_file(path, BEFORE.version)
    sql = db.execute_sql
    add_invoices(
        db, ((1, "2026-01-10", "2026-01-10", 100000), (2, "2026-01-26", "2026-01-26", 50000))
    )
    # kept as version 32 kept them: the 15th and 23rd (and a mark saying they are up to date)
    for kept_on in ("2026-01-15", "2026-01-23"):
        sql(
            "INSERT INTO kept_item (kept_on, customer_id, place, doc_id, due, owed) "
            "VALUES (?, 5, 0, 1, '2026-01-10', 100000)",
            (kept_on,),
        )
    sql(
        "INSERT INTO kept_items (id, audit_id, audit_hash, first_day, last_day) "
        "VALUES (1, 0, '', '2026-01-10', '2026-01-26')"
    )
    db.close()

    opened = open_data_file(path, create=False)
    try:
        assert (opened.migrated_from, opened.schema_version) == (BEFORE.version, migrations.LATEST)
        assert database.execute_sql("SELECT COUNT(*) FROM kept_item").fetchone() == (0,)
        assert database.execute_sql("SELECT COUNT(*) FROM kept_items").fetchone() == (0,)
        on = date(2026, 1, 25)  # 1 day after a kept day (the 24th); 2 after the old 23rd
        report = ageing.ageing(on)
        with mock.patch.object(month_end_items, "known_as_of", lambda as_of, balances, **_: {}):
            assert report == ageing.ageing(on)  # the walk's own figures
        assert report.total_receivable == 100000
        kept_on = [
            str(d)
            for (d,) in database.execute_sql("SELECT DISTINCT kept_on FROM kept_item ORDER BY 1")
        ]
        assert kept_on == ["2026-01-12", "2026-01-16", "2026-01-20", "2026-01-24", "2026-01-26"]
        assert month_end_items.problems() == []
    finally:
        close_data_file()
