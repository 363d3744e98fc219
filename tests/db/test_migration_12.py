"""Migration 12: each customer's opening entry becomes an opening bill (or credit), and money the
app had filed as an advance by a customer who owed an opening balance settles it.

The file is made at version 11 with the rows version 11 wrote for issue 14's example: Meena owes
₹23,400 from before, buys ₹1,935 and pays ₹5,000; the receipt settled the invoice and kept
₹3,065 as an "advance". Ravi paid ₹1,000 ahead before the shop started."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import peewee

from vyapar_lite.db import close_data_file, database, migrations, open_data_file, sqlite_features
from vyapar_lite.db.models import AgeingKeptItem, Allocation, LedgerEntry, Receipt, SalesDoc
from vyapar_lite.services import books_check, open_items, outstanding
from vyapar_lite.services.allocations import advance_of
from vyapar_lite.services.balances import balances_as_of
from vyapar_lite.services.report_scope import CustomerScope

NOW = "2026-04-01 10:00:00"


def _version_11_file(path: Path) -> None:
    db = peewee.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    migrations.migrate(db, target=11)
    run = db.execute_sql
    for cid, code, name, terms in ((5, "C0001", "Meena Stores", 15), (6, "C0002", "Ravi", 0)):
        run(
            "INSERT INTO customer (id, code, name, state_code, payment_terms_days, created_at, "
            "updated_at) VALUES (?, ?, ?, '27', ?, ?, ?)",
            (cid, code, name, terms, NOW, NOW),
        )
    run(
        "INSERT INTO ledger_entry (customer_id, entry_date, kind, description, debit, credit, "
        "created_at) VALUES (5, '2026-04-01', 'opening', 'Opening balance (receivable)', "
        "2340000, 0, ?), (6, '2026-04-01', 'opening', 'Opening balance (advance)', 0, 100000, ?)",
        (NOW, NOW),
    )
    run(
        "INSERT INTO sales_doc (id, kind, number, fin_year, doc_date, due_date, customer_id, "
        "place_of_supply, tax_kind, taxable_total, grand_total, created_at) VALUES (1, "
        "'invoice', 'INV/2026-27/0001', '2026-27', '2026-05-10', '2026-05-25', 5, '27', 'intra', "
        "193500, 193500, ?)",
        (NOW,),
    )
    run(
        "INSERT INTO sales_doc_line (doc_id, line_no, description, qty_milli, rate, taxable, "
        "gst_rate_bp, total) VALUES (1, 1, 'Goods', 1000, 193500, 193500, 0, 193500)"
    )
    run(
        "INSERT INTO receipt (id, number, fin_year, receipt_date, customer_id, amount, mode, "
        "created_at) VALUES (1, 'RCT/2026-27/0001', '2026-27', '2026-05-10', 5, 500000, 'cash', ?)",
        (NOW,),
    )
    run(
        "INSERT INTO allocation (receipt_id, doc_id, amount, created_at) VALUES (1, 1, 193500, ?)",
        (NOW,),
    )
    for kind, doc_type, debit, credit in (
        ("invoice", "sales_doc", 193500, 0),
        ("receipt", "receipt", 0, 500000),
    ):
        run(
            "INSERT INTO ledger_entry (customer_id, entry_date, kind, doc_number, debit, credit, "
            "created_at, doc_type, doc_id) VALUES (5, '2026-05-10', ?, '', ?, ?, ?, ?, 1)",
            (kind, debit, credit, NOW, doc_type),
        )
    run("INSERT INTO ageing_kept (id, audit_id, audit_hash, saved_at) VALUES (1, 0, '', ?)", (NOW,))
    run(
        "INSERT INTO ageing_kept_item (customer_id, balance, due_date, amount) "
        "VALUES (5, 2033500, '2026-05-25', 2033500)"
    )
    db.close()


def test_a_version_11_file_gets_opening_bills_and_the_advance_settles_them(tmp_path: Path) -> None:
    path = tmp_path / "old.vyapar"
    _version_11_file(path)

    opened = open_data_file(path, create=False)  # migrates as the app does
    try:
        assert (opened.migrated_from, opened.schema_version) == (11, migrations.LATEST)
        bill = SalesDoc.get(SalesDoc.kind == "opening_bill")
        assert (bill.number, bill.customer_id, bill.doc_date, bill.due_date, bill.grand_total) == (
            "OB/C0001",
            5,
            date(2026, 4, 1),
            date(2026, 4, 16),
            2340000,
        )
        entry = LedgerEntry.get((LedgerEntry.customer == 5) & (LedgerEntry.kind == "opening"))
        assert (entry.doc_type, entry.doc_id, entry.doc_number, entry.debit) == (
            "sales_doc",
            bill.id,
            "OB/C0001",
            2340000,
        )
        # the ₹3,065 "advance" now settles the opening bill; balances unchanged
        assert [(a.receipt_id, a.doc_id, a.amount) for a in Allocation.select()] == [
            (1, 1, 193500),
            (1, bill.id, 306500),
        ]
        assert balances_as_of() == {5: 2033500, 6: -100000}
        assert advance_of(5) == 0
        assert open_items.position(5) == open_items.Position(2033500, 2033500, 0)
        rows = outstanding.outstanding_page(date(2026, 6, 30), CustomerScope(customer_code="C0001"))
        assert [(r.number, r.outstanding) for r in rows] == [("OB/C0001", 2033500)]
        # Ravi's opening advance is an opening credit: a receipt that moved no money
        credit = Receipt.get(Receipt.origin == "opening")
        assert (credit.number, credit.customer_id, credit.amount, credit.mode) == (
            "OB/C0002",
            6,
            100000,
            "opening",
        )
        assert advance_of(6) == 100000
        assert open_items.position(6) == open_items.Position(-100000, 0, 100000)
        assert AgeingKeptItem.select().count() == 0  # worked out again from the new open items
        assert books_check.problems() == []
        assert sqlite_features.foreign_key_problems(database) == []
    finally:
        close_data_file()
