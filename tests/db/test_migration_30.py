"""Migration 30: the file before it gets an index of each customer's receipts in id order that
carries what a statement line says of a receipt, so a statement reads its receipts' status, mode
and reference from the index alone instead of one look-up per line."""

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
    migrations.MIGRATIONS.index(migrations.STATEMENT_RECEIPT_FACTS) - 1
].version


def test_an_older_file_gets_the_receipt_index_the_statement_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.vyapar"
    db = peewee.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    migrations.migrate(db, target=BEFORE)
    for customer_id, code in ((5, "C0001"), (6, "C0002")):
        db.execute_sql(
            "INSERT INTO customer (id, code, name, created_at, updated_at) "
            "VALUES (?, ?, 'Asha', ?, ?)",
            (customer_id, code, NOW, NOW),
        )
    # receipts 1 and 3 are Asha's, 2 (between them) another customer's; 3 bounced
    for rid, customer_id, mode, reference, cheque, status in (
        (1, 5, "upi", "UPI-9", "", "posted"),
        (2, 6, "cash", "", "", "posted"),
        (3, 5, "cheque", "", "004512", "bounced"),
    ):
        db.execute_sql(
            "INSERT INTO receipt (id, number, fin_year, receipt_date, customer_id, amount, mode, "
            "reference, cheque_number, status, created_at) "
            "VALUES (?, ?, '2026-27', '2026-05-03', ?, 1000, ?, ?, ?, ?, ?)",
            (rid, f"RCT/{rid}", customer_id, mode, reference, cheque, status, NOW),
        )
    for day, kind, rid, debit, credit in (
        ("2026-05-03", "receipt", 1, 0, 1000),
        ("2026-05-03", "receipt", 3, 0, 1000),
        ("2026-05-09", "bounce", 3, 1000, 0),
    ):
        db.execute_sql(
            "INSERT INTO ledger_entry (customer_id, entry_date, kind, doc_number, debit, credit, "
            "created_at, doc_type, doc_id) VALUES (5, ?, ?, ?, ?, ?, ?, 'receipt', ?)",
            (day, kind, f"RCT/{rid}", debit, credit, NOW, rid),
        )
    db.close()

    seen: list[tuple[str, Any]] = []
    opened = open_data_file(path, create=False)
    try:
        assert (opened.migrated_from, opened.schema_version) == (BEFORE, migrations.LATEST)
        info = database.execute_sql("PRAGMA index_info(receipt_statement)")
        columns = [row[2] for row in info]
        assert columns == ["customer_id", "id", "status", "mode", "reference", "cheque_number"]
        may = statement.open_statement("C0001", date(2026, 5, 1), date(2026, 5, 31))

        real = database.execute_sql

        def spy(sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
            seen.append((sql, params))
            return real(sql, params, *args, **kwargs)

        monkeypatch.setattr(database, "execute_sql", spy)
        lines = statement.statement_lines(may)
        monkeypatch.undo()
        assert [(ln.type_label, ln.reference, ln.status) for ln in lines] == [
            ("Receipt", "UPI UPI-9", ""),
            ("Receipt (bounced)", "Cheque 004512", "cancelled"),
            ("Cheque bounced", "Cheque 004512", "reversal"),
        ]
        facts = [(sql, p) for sql, p in seen if 'FROM "receipt"' in sql]
        assert len(facts) == 1, "one read of the receipts for the lines"
        sql, params = facts[0]
        plan = " / ".join(
            str(row[3]) for row in database.execute_sql("EXPLAIN QUERY PLAN " + sql, params)
        )
        assert "COVERING INDEX receipt_statement" in plan, plan
    finally:
        close_data_file()
