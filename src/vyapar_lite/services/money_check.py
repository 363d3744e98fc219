"""`check` for the money accounts: every document's money entries match the document.

- a posted expense moved its amount out, a posted contra voucher its amount out of one account
  and into the other; cancelled, they net to nothing;
- a posted receipt paid by any mode but cheque moved its amount in; a posted refund or payment
  to a supplier its amount out; cancelled, they net to nothing (cheques move when they clear,
  which the cheque's own dates say, so they are left to the day book and the bank
  reconciliation);
- a daily closing moved its count's difference (counted - expected) in or out of its cash.

Plain SQL with GROUP BY over the indexed (doc_type, doc_id); at most `LIMIT` problems a rule.
"""

from __future__ import annotations

from vyapar_lite.db import database, sqlite_features
from vyapar_lite.db.dialect import Variants, statement_for
from vyapar_lite.domain.money import format_money
from vyapar_lite.services.report_rows import day

LIMIT = 20

_MOVED = """(SELECT COALESCE(SUM(m.amount), 0) FROM money_entry m
              WHERE m.doc_type = '{doc_type}' AND m.doc_id = d.id)"""

_CHECKS: tuple[str | Variants, ...] = (
    f"""SELECT d.number, {_MOVED.format(doc_type="expense")} AS moved,
               CASE WHEN d.status = 'posted' THEN -d.amount ELSE 0 END AS expected
          FROM expense d""",
    """SELECT d.number,
               (SELECT COALESCE(SUM(m.amount), 0) FROM money_entry m
                 WHERE m.doc_type = 'contra_voucher' AND m.doc_id = d.id
                   AND m.account_id = d.to_account_id) AS moved,
               CASE WHEN d.status = 'posted' THEN d.amount ELSE 0 END AS expected
          FROM contra_voucher d""",
    f"""SELECT d.number, {_MOVED.format(doc_type="contra_voucher")} AS moved, 0 AS expected
          FROM contra_voucher d""",
    Variants(
        sqlite=f"""SELECT d.number, {_MOVED.format(doc_type="receipt")} AS moved,
               CASE WHEN d.status = 'posted' THEN d.amount ELSE 0 END AS expected
          FROM receipt d
         WHERE d.origin IN ('receipt', 'invoice', 'order') AND d.mode <> 'cheque'""",
        # the receipts' money entries summed once, grouped (the server's lookup per receipt:
        # 2.1 s on the 1M-entry shop, this 1.4 s); the shop's most numerous money documents
        postgresql="""SELECT d.number, COALESCE(m.moved, 0) AS moved,
               CASE WHEN d.status = 'posted' THEN d.amount ELSE 0 END AS expected
          FROM receipt d
          LEFT JOIN (SELECT doc_id, SUM(amount) AS moved FROM money_entry
                     WHERE doc_type = 'receipt' GROUP BY doc_id) m ON m.doc_id = d.id
         WHERE d.origin IN ('receipt', 'invoice', 'order') AND d.mode <> 'cheque'""",
    ),
    f"""SELECT d.number, {_MOVED.format(doc_type="payment_out")} AS moved,
               CASE WHEN d.status = 'posted' THEN -d.amount ELSE 0 END AS expected
          FROM payment_out d
         WHERE d.purpose IN ('refund', 'supplier')""",
    # a daily closing posted its count's difference (counted - expected) as short or excess
    # (the closing's date is read as it is and named in Python: no SQLite-only strftime)
    f"""SELECT d.closing_date, {_MOVED.format(doc_type="daily_closing")} AS moved,
               d.difference AS expected
          FROM daily_closing d""",
)
_CLOSING = len(_CHECKS) - 1  # the check whose first column is a closing's date


def problems() -> list[str]:
    """Each document whose money entries do not match it (empty when sound)."""
    found: list[str] = []
    for index, sql in enumerate(_CHECKS):
        text = statement_for(database, sql) if isinstance(sql, Variants) else sql
        checked = f"SELECT * FROM ({text}) AS checked WHERE moved <> expected"
        rows = database.execute_sql(
            sqlite_features.first_found(database, checked, LIMIT)
        ).fetchall()
        for first, moved, expected in rows:
            number = f"cash closing of {day(first):%d-%m-%Y}" if index == _CLOSING else first
            found.append(
                f"{number}: its money entries net {format_money(moved)} "
                f"but the document says {format_money(expected)}"
            )
    return found
