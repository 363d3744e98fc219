"""Migration 24's step: the money accounts every shop starts with, and the money that documents
posted before this version moved.

Plain SQL over the tables as migration 24 finds them, so it does not move with the models:

- accounts: Cash (id 1) and "Bank (not yet set)" (id 2, `placeholder`); cash reaches Cash and
  every other mode the placeholder, which the shopkeeper re-assigns to a real bank in bulk
  (`services.money_setup.reassign`);
- a receipt paid by any mode but cheque (its own, with an invoice, an order's advance): money in
  on its date; cancelled, money out again on the same date (its ledger's reversal is dated alike);
- a cheque: money in on the day it cleared; bounced or cancelled after clearing, out again on
  the bounce day (or its clearance day when cancelled); a cheque never cleared moved no money;
- a refund or a payment to a supplier: money out on its date; cancelled, back in on that date;
- write-offs, opening credits and contra settlements move no money and get no entry.

Customers' balances (ledger_entry) are not touched.
"""

from __future__ import annotations

from datetime import datetime

import peewee

from vyapar_lite.db import dialect

CASH_ID = 1
UNSET_BANK_ID = 2
UNSET_BANK_NAME = "Bank (not yet set)"
CASH_NAME = "Cash"  # the names the app gives its own accounts (shown translated: ui/money)
MODES = ("cash", "upi", "card", "bank", "cheque")
HEADS = ("Rent", "Wages", "Electricity", "Transport", "Tea & snacks")
MONEY_ORIGINS = "('receipt', 'invoice', 'order')"

_ENTRY = """INSERT INTO money_entry
    (account_id, entry_date, amount, kind, doc_type, doc_id, doc_number, description, created_at)
    """


def backfill(db: peewee.Database) -> None:
    _accounts(db)
    backfill_entries(db)


def _accounts(db: peewee.Database) -> None:
    now = datetime.now().isoformat(sep=" ", timespec="seconds")
    db.execute_sql(
        "INSERT INTO money_account (id, name, kind, placeholder, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (CASH_ID, CASH_NAME, "cash", False, now),
    )
    db.execute_sql(
        "INSERT INTO money_account (id, name, kind, placeholder, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (UNSET_BANK_ID, UNSET_BANK_NAME, "bank", True, now),
    )
    if dialect.is_server(db):  # the identity column numbers on after the two ids given here
        db.execute_sql(
            "SELECT setval(pg_get_serial_sequence('money_account', 'id'), "
            "(SELECT MAX(id) FROM money_account))"
        )
    for mode in MODES:
        db.execute_sql(
            "INSERT INTO mode_account (mode, account_id) VALUES (?, ?)",
            (mode, CASH_ID if mode == "cash" else UNSET_BANK_ID),
        )
    for head in HEADS:
        db.execute_sql("INSERT INTO expense_head (name) VALUES (?)", (head,))


def backfill_entries(db: peewee.Database) -> None:
    """The money entries of every document already posted (also the benchmark generator's step
    after its bulk load, on a shop whose accounts exist)."""
    now = datetime.now().isoformat(sep=" ", timespec="seconds")
    account = f"CASE WHEN r.mode = 'cash' THEN {CASH_ID} ELSE {UNSET_BANK_ID} END"
    db.execute_sql(
        _ENTRY
        + f"""SELECT {account}, r.receipt_date, r.amount, 'receipt', 'receipt', r.id, r.number,
                 'Receipt (' || r.mode || ')', ?
          FROM receipt r
          WHERE r.origin IN {MONEY_ORIGINS} AND r.mode <> 'cheque'
            AND r.status IN ('posted', 'cancelled')""",
        (now,),
    )
    db.execute_sql(
        _ENTRY
        + f"""SELECT {account}, r.receipt_date, -r.amount, 'cancel', 'receipt', r.id, r.number,
                 r.number || ' cancelled: ' || r.cancel_reason, ?
          FROM receipt r
          WHERE r.origin IN {MONEY_ORIGINS} AND r.mode <> 'cheque' AND r.status = 'cancelled'""",
        (now,),
    )
    db.execute_sql(
        _ENTRY
        + f"""SELECT {UNSET_BANK_ID}, r.cleared_on, r.amount, 'cheque_cleared', 'receipt', r.id,
                 r.number, 'Cheque ' || r.cheque_number || ' cleared', ?
          FROM receipt r
          WHERE r.origin IN {MONEY_ORIGINS} AND r.mode = 'cheque' AND r.cleared_on IS NOT NULL""",
        (now,),
    )
    db.execute_sql(
        _ENTRY
        + f"""SELECT {UNSET_BANK_ID},
                 CASE WHEN r.bounced_on IS NOT NULL AND r.bounced_on > r.cleared_on
                      THEN r.bounced_on ELSE r.cleared_on END,
                 -r.amount, CASE WHEN r.status = 'bounced' THEN 'bounce' ELSE 'cancel' END,
                 'receipt', r.id, r.number, 'Cheque ' || r.cheque_number || ' ' || r.status, ?
          FROM receipt r
          WHERE r.origin IN {MONEY_ORIGINS} AND r.mode = 'cheque' AND r.cleared_on IS NOT NULL
            AND r.status IN ('bounced', 'cancelled')""",
        (now,),
    )
    account = f"CASE WHEN p.mode = 'cash' THEN {CASH_ID} ELSE {UNSET_BANK_ID} END"
    db.execute_sql(
        _ENTRY
        + f"""SELECT {account}, p.pay_date, -p.amount, p.purpose, 'payment_out', p.id, p.number,
                 CASE WHEN p.purpose = 'refund' THEN 'Refund' ELSE 'Payment to supplier' END
                 || ' (' || p.mode || ')', ?
          FROM payment_out p WHERE p.purpose IN ('refund', 'supplier')""",
        (now,),
    )
    db.execute_sql(
        _ENTRY
        + f"""SELECT {account}, p.pay_date, p.amount, 'cancel', 'payment_out', p.id, p.number,
                 p.number || ' cancelled: ' || p.cancel_reason, ?
          FROM payment_out p
          WHERE p.purpose IN ('refund', 'supplier') AND p.status = 'cancelled'""",
        (now,),
    )
