"""Migration 21: a version-20 file gains money accounts; what its documents moved is posted
(cash to Cash, every other mode to "Bank (not yet set)"), customers' balances stay as they were,
and the shopkeeper can move the placeholder's entries to a real bank in bulk."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import peewee

from vyapar_lite.db import close_data_file, database, migrations, open_data_file
from vyapar_lite.db.money_models import MoneyEntry
from vyapar_lite.services import money_accounts, money_setup

NOW = "2026-05-01 10:00:00"


def _receipt(  # noqa: PLR0917
    sql: object, rid: int, day: str, amount: int, mode: str, status: str = "posted", **cheque: str
) -> None:
    columns = ["id", "number", "fin_year", "receipt_date", "customer_id", "amount", "mode"]
    values: list[object] = [rid, f"RCT/26-27/{rid:04d}", "2026-27", day, 5, amount, mode]
    columns += ["status", "cancel_reason", "created_at", *cheque]
    values += [status, "wrong" if status == "cancelled" else "", NOW, *cheque.values()]
    marks = ", ".join("?" for _ in values)
    sql(f"INSERT INTO receipt ({', '.join(columns)}) VALUES ({marks})", values)  # type: ignore[operator]


def _payment(  # noqa: PLR0917
    sql: object, pid: int, purpose: str, amount: int, mode: str, status: str
) -> None:
    sql(  # type: ignore[operator]
        "INSERT INTO payment_out (id, number, fin_year, pay_date, customer_id, purpose, amount, "
        "mode, status, cancel_reason, created_at) VALUES (?, ?, '2026-27', '2026-05-06', 5, ?, ?, "
        "?, ?, ?, ?)",
        (pid, f"PAY/26-27/{pid:04d}", purpose, amount, mode, status, "x", NOW),
    )


def _balances(db: peewee.Database) -> list[tuple[int, int]]:
    return list(
        db.execute_sql(
            "SELECT customer_id, SUM(debit) - SUM(credit) FROM ledger_entry GROUP BY customer_id"
        ).fetchall()
    )


def test_a_version_20_file_gains_money_accounts_with_its_documents_money(tmp_path: Path) -> None:
    path = tmp_path / "old.vyapar"
    db = peewee.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    migrations.migrate(db, target=20)
    sql = db.execute_sql
    sql(
        "INSERT INTO shop (id, name, state_code, gstin, created_at, updated_at) "
        "VALUES (1, 'Old Shop', '27', '27AAPFU0939F1ZV', ?, ?)",
        (NOW, NOW),
    )
    sql(
        "INSERT INTO customer (id, code, name, state_code, created_at, updated_at) "
        "VALUES (5, 'C0001', 'Asha', '27', ?, ?)",
        (NOW, NOW),
    )
    _receipt(sql, 1, "2026-05-01", 50000, "cash")
    _receipt(sql, 2, "2026-05-02", 30000, "upi")
    _receipt(sql, 3, "2026-05-03", 7000, "cash", "cancelled")
    _receipt(
        sql, 4, "2026-05-03", 90000, "cheque", cheque_status="cleared", cleared_on="2026-05-05"
    )
    _receipt(
        sql,
        5,
        "2026-05-03",
        40000,
        "cheque",
        "bounced",
        cheque_status="bounced",
        cleared_on="2026-05-05",
        bounced_on="2026-05-07",
    )
    _receipt(sql, 6, "2026-05-04", 11000, "cheque", cheque_status="deposited")
    sql(  # a write-off moves no money
        "INSERT INTO receipt (id, number, fin_year, receipt_date, customer_id, amount, mode, "
        "origin, created_at) VALUES (7, 'WO/26-27/0001', '2026-27', '2026-05-04', 5, 100, '', "
        "'write_off', ?)",
        (NOW,),
    )
    _payment(sql, 1, "refund", 2000, "cash", "posted")
    _payment(sql, 2, "supplier", 15000, "bank", "cancelled")
    _payment(sql, 3, "contra", 500, "", "posted")
    sql(
        "INSERT INTO ledger_entry (customer_id, entry_date, kind, debit, credit, created_at) "
        "VALUES (5, '2026-05-01', 'invoice', 200000, 0, ?), (5, '2026-05-01', 'receipt', 0, "
        "50000, ?)",
        (NOW, NOW),
    )
    before = _balances(db)
    db.close()

    opened = open_data_file(path, create=False)
    try:
        assert (opened.migrated_from, opened.schema_version) == (20, migrations.LATEST)
        assert _balances(database) == before
        names = {a.name: a for a in money_accounts.accounts()}
        assert set(names) == {"Cash", "Bank (not yet set)"}
        cash, unset = names["Cash"], names["Bank (not yet set)"]
        assert unset.placeholder and not cash.placeholder
        # cash: +500 receipt, +70 -70 the cancelled one, -20 the refund
        assert money_accounts.balance(cash.id) == 50000 - 2000
        # bank: +300 UPI, +900 cleared cheque, +400 -400 the bounced one, -150 +150 cancelled
        assert money_accounts.balance(unset.id) == 30000 + 90000
        assert money_accounts.balance(unset.id, on=date(2026, 5, 6)) == 30000 + 90000 + 40000
        assert money_accounts.entries_for("receipt", 6) == []  # deposited, never cleared
        assert money_accounts.entries_for("receipt", 7) == []
        assert money_accounts.entries_for("payment_out", 3) == []
        assert money_accounts.account_for_mode("upi") == unset.id
        assert money_accounts.account_for_mode("cash") == cash.id

        sbi = money_setup.add_account(
            money_setup.NewAccount(
                "SBI current",
                "bank",
                account_digits="4321",
                ifsc="SBIN0001234",
                opening_balance=100000,
                opening_date=date(2026, 4, 1),
            )
        )
        ids = [e.id for e in money_setup.unset_entries()]
        assert money_setup.reassign(ids, sbi.id) == len(ids) == 6
        assert money_accounts.balance(unset.id) == 0
        assert money_accounts.balance(sbi.id) == 100000 + 30000 + 90000
        assert MoneyEntry.select().where(MoneyEntry.account_id == unset.id).count() == 0
        assert _balances(database) == before
    finally:
        close_data_file()
