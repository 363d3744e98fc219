"""Shop files made at an older data version with plain SQL, for the migrations' tests: the file
as that version left it, with the rows a test needs written as that version's schema takes them."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import peewee

NOW = "2026-04-01 10:00:00"


def old_file(path: Path, version: int) -> peewee.SqliteDatabase:
    """A new file at `path` migrated to `version` only, open (close it before the app opens it)."""
    db = peewee.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    from vyapar_lite.db import migrations

    migrations.migrate(db, target=version)
    return db


def add_invoices(db: peewee.Database, invoices: Iterable[tuple[int, str, str, int]]) -> None:
    """Customer 5 (C0001 Asha) and their invoices, each (id, date, due date, total in paise),
    with the ledger entry each posts."""
    db.execute_sql(
        "INSERT INTO customer (id, code, name, state_code, created_at, updated_at) "
        "VALUES (5, 'C0001', 'Asha', '27', ?, ?)",
        (NOW, NOW),
    )
    for doc_id, day, due, total in invoices:
        db.execute_sql(
            "INSERT INTO sales_doc (id, kind, number, fin_year, doc_date, due_date, customer_id, "
            "place_of_supply, tax_kind, taxable_total, grand_total, created_at) "
            "VALUES (?, 'invoice', ?, '2025-26', ?, ?, 5, '27', 'intra', ?, ?, ?)",
            (doc_id, f"INV/{doc_id}", day, due, total, total, NOW),
        )
        db.execute_sql(
            "INSERT INTO ledger_entry (customer_id, entry_date, kind, doc_number, debit, "
            "created_at, doc_type, doc_id) VALUES (5, ?, 'invoice', ?, ?, ?, 'sales_doc', ?)",
            (day, f"INV/{doc_id}", total, NOW, doc_id),
        )


def add_money_entries(
    db: peewee.Database, entries: Iterable[tuple[int, str, int]], *, at: str = NOW
) -> None:
    """Money received, each (account id, date, signed paise), as receipts' entries."""
    for account, day, amount in entries:
        db.execute_sql(
            "INSERT INTO money_entry (account_id, entry_date, amount, kind, doc_type, doc_id, "
            "doc_number, created_at) VALUES (?, ?, ?, 'receipt', 'receipt', NULL, 'RCT/1', ?)",
            (account, day, amount, at),
        )
