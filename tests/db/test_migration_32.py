"""Migration 32: the statement index carries every column a statement line shows, so a file's
statement reads its lines from the index alone, in the same order with the same balances."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import peewee
import pytest

from vyapar_lite.db import close_data_file, database, migrations, open_data_file
from vyapar_lite.services import statement

NOW = "2026-04-01 10:00:00"
BEFORE = migrations.MIGRATIONS[
    migrations.MIGRATIONS.index(migrations.STATEMENT_LINES_INDEX) - 1
].version


def test_an_older_file_reads_its_statement_lines_from_the_index_alone(
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
    for day, kind, number, description, debit, credit in (
        ("2026-04-20", "opening", "", "Opening balance", 50000, 0),
        ("2026-05-03", "invoice", "INV/2", "Sales invoice INV/2", 9000, 0),
        ("2026-05-03", "receipt", "RCT/1", "Payment received", 0, 20000),
        ("2026-05-09", "invoice", "INV/3", "Sales invoice INV/3", 1000, 0),
        ("2026-06-01", "invoice", "INV/4", "Sales invoice INV/4", 7000, 0),
    ):
        db.execute_sql(
            "INSERT INTO ledger_entry (customer_id, entry_date, kind, doc_number, description, "
            "debit, credit, created_at) VALUES (5, ?, ?, ?, ?, ?, ?, ?)",
            (day, kind, number, description, debit, credit, NOW),
        )
    db.close()

    seen: list[tuple[str, Any]] = []
    opened = open_data_file(path, create=False)
    try:
        assert (opened.migrated_from, opened.schema_version) == (BEFORE, migrations.LATEST)
        columns = [
            row[2] for row in database.execute_sql("PRAGMA index_info(ledger_entry_statement)")
        ]
        assert columns == [
            "customer_id", "entry_date", "id", "debit", "credit",
            "kind", "doc_type", "doc_id", "doc_number", "description",
        ]  # fmt: skip
        may = statement.open_statement("C0001", date(2026, 5, 1), date(2026, 5, 31))
        real = database.execute_sql

        def spy(sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
            seen.append((sql, params))
            return real(sql, params, *args, **kwargs)

        monkeypatch.setattr(database, "execute_sql", spy)
        lines = statement.statement_lines(may)
        monkeypatch.undo()
        assert [(ln.doc_number, ln.description, ln.balance) for ln in lines] == [
            ("INV/2", "Sales invoice INV/2", 59000),
            ("RCT/1", "Payment received", 39000),
            ("INV/3", "Sales invoice INV/3", 40000),
        ]
        reads = [(sql, p) for sql, p in seen if "description" in sql and "ORDER BY" in sql]
        assert len(reads) == 1, seen
        plan = " / ".join(
            str(row[3])
            for row in database.execute_sql("EXPLAIN QUERY PLAN " + reads[0][0], reads[0][1])
        )
        assert "COVERING INDEX ledger_entry_statement" in plan, plan
    finally:
        close_data_file()
