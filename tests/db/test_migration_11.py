"""Migration 11: bounced cheques' charges, posted as debit notes before it, become debit memos."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import peewee

from vyapar_lite.db import close_data_file, migrations, open_data_file
from vyapar_lite.db.models import AuditEntry, LedgerEntry, SalesDoc, Sequence
from vyapar_lite.services import audit_chain, doc_series, sales_register

NOW = "2026-04-01 10:00:00"


def _doc(
    db: peewee.Database, doc_id: int, number: str, day: str, *, reason: str, total: int
) -> None:
    db.execute_sql(
        "INSERT INTO sales_doc (id, kind, number, fin_year, doc_date, customer_id, "
        "place_of_supply, tax_kind, note_reason, taxable_total, grand_total, created_at) "
        "VALUES (?, ?, ?, '2026-27', ?, 5, '27', 'intra', ?, ?, ?, ?)",
        (doc_id, "invoice" if number.startswith("INV") else "debit_note", number, day, reason,
         total, total, NOW),
    )  # fmt: skip
    db.execute_sql(
        "INSERT INTO ledger_entry (customer_id, entry_date, kind, doc_number, description, "
        "debit, created_at, doc_type, doc_id) VALUES (5, ?, ?, ?, 'x', ?, ?, 'sales_doc', ?)",
        (day, "invoice" if number.startswith("INV") else "debit_note", number, total, NOW,
         doc_id),
    )  # fmt: skip


def test_a_version_10_file_moves_its_bounce_charges_to_debit_memos(tmp_path: Path) -> None:
    path = tmp_path / "old.vyapar"
    db = peewee.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    migrations.migrate(db, target=10)
    db.execute_sql(
        "INSERT INTO customer (id, code, name, created_at, updated_at) "
        "VALUES (5, 'C0001', 'Asha', ?, ?)",
        (NOW, NOW),
    )
    _doc(db, 1, "INV/2026-27/0001", "2026-05-01", reason="", total=100000)
    _doc(db, 2, "DN/2026-27/0001", "2026-05-03", reason="debit", total=5000)  # stays
    _doc(db, 3, "DN/2026-27/0002", "2026-05-09", reason="bounce", total=35400)
    _doc(db, 4, "DN/2026-27/0003", "2026-06-02", reason="bounce", total=59000)
    db.execute_sql(
        "INSERT INTO sequence (name, prefix, next_number, width) "
        "VALUES ('debit_note/2026-27', 'DN', 4, 4)"
    )
    db.close()

    opened = open_data_file(path, create=False)
    try:
        assert (opened.migrated_from, opened.schema_version) == (10, migrations.LATEST)
        numbers = dict(SalesDoc.select(SalesDoc.id, SalesDoc.number).tuples())
        assert numbers == {
            1: "INV/2026-27/0001",
            2: "DN/2026-27/0001",
            3: "DM/2026-27/0001",
            4: "DM/2026-27/0002",
        }
        ledger = list(
            LedgerEntry.select(LedgerEntry.doc_id, LedgerEntry.kind, LedgerEntry.doc_number)
            .order_by(LedgerEntry.doc_id)
            .tuples()
        )
        assert ledger == [
            (1, "invoice", "INV/2026-27/0001"),
            (2, "debit_note", "DN/2026-27/0001"),
            (3, "debit_memo", "DM/2026-27/0001"),
            (4, "debit_memo", "DM/2026-27/0002"),
        ]
        moved = list(AuditEntry.select().where(AuditEntry.action == "renumber"))
        assert [
            (a.record_id, json.loads(a.before_json)["number"], json.loads(a.after_json)["number"])
            for a in moved
        ] == [(3, "DN/2026-27/0002", "DM/2026-27/0001"), (4, "DN/2026-27/0003", "DM/2026-27/0002")]
        assert audit_chain.verify() is None
        assert Sequence.get_by_id("debit_memo/2026-27").next_number == 3
        assert doc_series.preview("debit_memo", SalesDoc.get_by_id(3).doc_date) == (
            "DM/2026-27/0003"
        )
        # the register kept the invoice and the real debit note only
        year = (date(2026, 4, 1), date(2027, 3, 31))
        register = {r.number for r in sales_register.iter_register(*year)}
        assert register == {"INV/2026-27/0001", "DN/2026-27/0001"}
        # the DN numbers the charges gave up are accounted for by their renumber rows
        from vyapar_lite.services import series_check

        assert series_check.problems() == []
    finally:
        close_data_file()
