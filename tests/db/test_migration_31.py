"""Migration 31: a version-30 file gains the tables of the kept open items, empty; the first
ageing report works them out from its documents (on each kept day: since migration 33 every
4th day of the month, each month-end and the last day) and marks them with the audit log's
last row, and the report is what the walk over the documents says."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from unittest import mock

from old_files import add_invoices, old_file
from vyapar_lite.db import close_data_file, database, migrations, open_data_file
from vyapar_lite.services import ageing, books_changes, month_end_items

BEFORE = migrations.MIGRATIONS[migrations.MIGRATIONS.index(migrations.KEPT_OPEN_ITEMS) - 1]


def test_a_version_30_file_gains_the_kept_open_items_worked_out_at_the_first_report(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.vyapar"
    db = old_file(path, BEFORE.version)
    add_invoices(
        db,
        (
            (1, "2026-01-10", "2026-02-09", 100000),
            (2, "2026-01-20", "2026-01-20", 50000),
            (3, "2026-02-15", "2026-03-17", 30000),
        ),
    )
    db.close()

    opened = open_data_file(path, create=False)
    try:
        assert (opened.migrated_from, opened.schema_version) == (BEFORE.version, migrations.LATEST)
        count = "SELECT COUNT(*) FROM kept_item"
        assert database.execute_sql(count).fetchone() == (0,)
        assert database.execute_sql("SELECT COUNT(*) FROM kept_items").fetchone() == (0,)
        report = ageing.ageing(date(2026, 2, 28))
        with mock.patch.object(month_end_items, "known_as_of", lambda as_of, balances, **_: {}):
            assert report == ageing.ageing(date(2026, 2, 28))
        assert report.total_receivable == 180000
        rows = database.execute_sql(
            "SELECT kept_on, doc_id, place, due, owed FROM kept_item ORDER BY kept_on, place"
        ).fetchall()
        one = [(1, 0, "2026-02-09", 100000)]
        two = [(1, 0, "2026-02-09", 100000), (2, 1, "2026-01-20", 50000)]
        three = [(3, 0, "2026-03-17", 30000), (1, 1, "2026-02-09", 100000)]
        three.append((2, 2, "2026-01-20", 50000))
        # the kept days (migration 33's: every 4th day of the month and the month-end), then
        # the last day with entries
        expected = {"2026-01-12": one, "2026-01-16": one}
        for day in ("01-20", "01-24", "01-28", "01-31", "02-04", "02-08", "02-12"):
            expected[f"2026-{day}"] = two
        expected["2026-02-15"] = three
        assert [(str(e), d, p, str(due), o) for e, d, p, due, o in rows] == [
            (day, *row) for day, kept in expected.items() for row in kept
        ]
        assert month_end_items.brought_up_to_date().mark == books_changes.mark()
    finally:
        close_data_file()
