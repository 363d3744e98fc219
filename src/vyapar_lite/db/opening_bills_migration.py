"""Migration 12's python steps: each customer's opening entry becomes an opening bill (or an
opening credit), and money filed as an advance by a customer who owed an opening balance is
allocated to it.

Plain SQL over the tables as they were at version 11 (not the models), like every migration.
Balances do not change (no ledger amount moves): only the open items and the advance figure.
A migration is not a shopkeeper's change, so it writes no audit rows; the kept ageing
(`ageing_kept`, derived) is dropped so the next look works it out from the new open items.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import peewee

from vyapar_lite.db import sqlite_features


def allow_opening_bills(db: peewee.Database) -> None:
    sqlite_features.allow_value(db, "sales_doc", "kind", "opening_bill")


def convert_openings(db: peewee.Database) -> None:
    from vyapar_lite.domain.invoice import financial_year  # here: not on every start

    now = datetime.now().isoformat(sep=" ", timespec="seconds")
    rows = db.execute_sql(
        """SELECT e.id, e.customer_id, e.entry_date, e.debit, e.credit, c.code,
                  c.payment_terms_days, c.state_code
           FROM ledger_entry e JOIN customer c ON c.id = e.customer_id
           WHERE e.kind = 'opening' AND e.doc_type = '' ORDER BY e.id"""
    ).fetchall()
    for entry_id, customer_id, entry_date, debit, credit, code, terms, state in rows:
        on = date.fromisoformat(str(entry_date)[:10])
        if debit > 0:
            number = _free_number(db, "sales_doc", f"OB/{code}")
            cursor = db.execute_sql(
                """INSERT INTO sales_doc (kind, number, fin_year, doc_date, due_date, customer_id,
                       place_of_supply, tax_kind, grand_total, created_at)
                   VALUES ('opening_bill', ?, ?, ?, ?, ?, ?, 'intra', ?, ?)""",
                (
                    number,
                    financial_year(on),
                    on.isoformat(),
                    (on + timedelta(days=int(terms or 0))).isoformat(),
                    customer_id,
                    state or "",
                    debit,
                    now,
                ),
            )
            doc_type, doc_id = "sales_doc", int(cursor.lastrowid)
            _settle_with_advances(db, customer_id, doc_id, int(debit), now)
        else:
            number = _free_number(db, "receipt", f"OB/{code}")
            cursor = db.execute_sql(
                """INSERT INTO receipt (number, fin_year, receipt_date, customer_id, amount, mode,
                       origin, created_at)
                   VALUES (?, ?, ?, ?, ?, 'opening', 'opening', ?)""",
                (number, financial_year(on), on.isoformat(), customer_id, credit, now),
            )
            doc_type, doc_id = "receipt", int(cursor.lastrowid)
        db.execute_sql(
            "UPDATE ledger_entry SET doc_type = ?, doc_id = ?, doc_number = ? WHERE id = ?",
            (doc_type, doc_id, number, entry_id),
        )
    db.execute_sql("DELETE FROM ageing_kept_item")
    db.execute_sql("DELETE FROM ageing_kept")


def _free_number(db: peewee.Database, table: str, wanted: str) -> str:
    number, n = wanted, 1
    while db.execute_sql(f"SELECT 1 FROM {table} WHERE number = ?", (number,)).fetchone():
        n += 1
        number = f"{wanted}/{n}"
    return number


def _settle_with_advances(
    db: peewee.Database, customer_id: int, doc_id: int, owed: int, now: str
) -> None:
    """Allocate the customer's receipts' unallocated money (what the app called their advance:
    posted receipts, order advances and counter receipts, less allocations to posted documents
    and refunds of it), oldest receipt first, to the new opening bill."""
    receipts = db.execute_sql(
        """SELECT r.id, r.amount
             - (SELECT COALESCE(SUM(a.amount), 0) FROM allocation a
                JOIN sales_doc d ON d.id = a.doc_id
                WHERE a.receipt_id = r.id AND d.status = 'posted')
             - (SELECT COALESCE(SUM(u.amount), 0) FROM refund_use u
                JOIN payment_out p ON p.id = u.payment_id
                WHERE u.receipt_id = r.id AND p.status = 'posted')
           FROM receipt r
           WHERE r.customer_id = ? AND r.status = 'posted'
             AND r.origin IN ('receipt', 'invoice', 'order')
           ORDER BY r.receipt_date, r.id""",
        (customer_id,),
    ).fetchall()
    for receipt_id, left in receipts:
        take = min(int(left), owed)
        if take <= 0:
            continue
        db.execute_sql(
            "INSERT INTO allocation (receipt_id, doc_id, amount, created_at) VALUES (?, ?, ?, ?)",
            (receipt_id, doc_id, take, now),
        )
        owed -= take
        if owed == 0:
            return
