"""Migration 29: the file before it gets a statement index that carries the amounts, so a
statement's period sums are read from the index alone and its lines keep their order and
running balance."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import peewee
import pytest

from vyapar_lite.db import close_data_file, database, migrations, open_data_file
from vyapar_lite.services import statement

NOW = "2026-04-01 10:00:00"
# the version just before this migration (whatever number the migrations before it end on)
BEFORE = migrations.MIGRATIONS[
    migrations.MIGRATIONS.index(migrations.STATEMENT_COVERING_INDEX) - 1
].version


def test_an_older_file_gets_the_covering_statement_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.vyapar"
    db = peewee.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    migrations.migrate(db, target=BEFORE)
    db.execute_sql(
        "INSERT INTO customer (id, code, name, created_at, updated_at) "
        "VALUES (5, 'C0001', 'Asha', ?, ?)",
        (NOW, NOW),
    )
    # Two entries on one day, the later id first in amount order: the lines keep id order.
    for day, kind, number, debit, credit in (
        ("2026-04-20", "opening", "", 50000, 0),
        ("2026-05-03", "invoice", "INV/2", 9000, 0),
        ("2026-05-03", "receipt", "RCT/1", 0, 20000),
        ("2026-05-09", "invoice", "INV/3", 1000, 0),
        ("2026-06-01", "invoice", "INV/4", 7000, 0),
    ):
        db.execute_sql(
            "INSERT INTO ledger_entry (customer_id, entry_date, kind, doc_number, debit, credit, "
            "created_at) VALUES (5, ?, ?, ?, ?, ?, ?)",
            (day, kind, number, debit, credit, NOW),
        )
    db.close()

    seen: list[tuple[str, Any]] = []
    opened = open_data_file(path, create=False)
    try:
        assert (opened.migrated_from, opened.schema_version) == (BEFORE, migrations.LATEST)
        info = database.execute_sql("PRAGMA index_info(ledger_entry_statement)")
        columns = [row[2] for row in info]
        # in this order (migration 32 adds the line's columns after them)
        assert columns[:5] == ["customer_id", "entry_date", "id", "debit", "credit"]

        real = database.execute_sql

        def spy(sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
            seen.append((sql, params))
            return real(sql, params, *args, **kwargs)

        monkeypatch.setattr(database, "execute_sql", spy)
        may = statement.open_statement("C0001", date(2026, 5, 1), date(2026, 5, 31))
        monkeypatch.undo()
        assert (may.opening, may.total_debit, may.total_credit, may.closing) == (
            50000,
            10000,
            20000,
            40000,
        )
        lines = statement.statement_lines(may)
        assert [(line.doc_number, line.balance) for line in lines] == [
            ("INV/2", 59000),
            ("RCT/1", 39000),
            ("INV/3", 40000),
        ]
        # the period's sums (the month-end balances kept meanwhile read all customers)
        sums = [(sql, p) for sql, p in seen if "SUM" in sql and "BETWEEN" in sql]
        assert sums, "the statement sums its period"
        for sql, params in sums:
            plan = " / ".join(
                str(row[3]) for row in database.execute_sql("EXPLAIN QUERY PLAN " + sql, params)
            )
            assert "COVERING INDEX ledger_entry_statement" in plan, plan
    finally:
        close_data_file()
