"""Part of `check` (`books_check.problems`): every document still is what was issued.

- every document (invoice, credit/debit note, order, receipt, write-off, payment out, purchase
  bill, contra) has its parties' snapshot (`document_parties`), taken when it was posted;
- every sales document's totals equal its lines: taxable value and each tax head (CGST, SGST or
  UTGST, IGST) are the sums of its lines, each line's total is its taxable value plus its tax,
  and the grand total is the lines' total less the loyalty redemption plus the round-off
  (Rule 46(i)-(l): the invoice states the taxable value, the rate and amount of each tax and the
  total, so the figures printed must be the figures of the lines). Two kinds of document carry
  no lines: an opening bill (a debt from before the app) and a document brought in by the
  history import (`transaction_import`); for them taxable value + tax must be the total (an
  opening bill's own amount stands), and their import/post audit row holds their figures
  (`posting_check`).

A document posted before and since changed behind the app's back (a line edited in the file, a
snapshot deleted) is reported by its number. Plain SQL, one grouped pass per rule.
"""

from __future__ import annotations

from vyapar_lite.db import database, sqlite_features
from vyapar_lite.db.party_backfill import DOCUMENT_TABLES
from vyapar_lite.domain.money import format_money

LIMIT = 20

_LABELS = {
    "sales_doc": "document",
    "sale_order": "order",
    "receipt": "receipt",
    "payment_out": "payment",
    "purchase_bill": "purchase bill",
    "contra": "contra",
}

_TOTALS_SQL = """
SELECT d.number, d.taxable_total, d.cgst_total, d.sgst_total, d.igst_total,
       d.loyalty_discount, d.round_off, d.grand_total,
       COALESCE(SUM(l.taxable), 0), COALESCE(SUM(l.cgst), 0), COALESCE(SUM(l.sgst), 0),
       COALESCE(SUM(l.igst), 0), COALESCE(SUM(l.total), 0),
       COALESCE(SUM(CASE WHEN l.total <> l.taxable + l.cgst + l.sgst + l.igst
                         THEN 1 ELSE 0 END), 0)
FROM sales_doc d
LEFT JOIN sales_doc_line l ON l.doc_id = d.id
GROUP BY d.id, d.number, d.kind, d.taxable_total, d.cgst_total, d.sgst_total, d.igst_total,
         d.loyalty_discount, d.round_off, d.grand_total
HAVING NOT (COUNT(l.id) = 0 AND (d.kind = 'opening_bill'
            OR d.taxable_total + d.cgst_total + d.sgst_total + d.igst_total = d.grand_total))
  AND (d.taxable_total <> COALESCE(SUM(l.taxable), 0)
    OR d.cgst_total <> COALESCE(SUM(l.cgst), 0)
    OR d.sgst_total <> COALESCE(SUM(l.sgst), 0)
    OR d.igst_total <> COALESCE(SUM(l.igst), 0)
    OR d.grand_total <> COALESCE(SUM(l.total), 0) - d.loyalty_discount + d.round_off
    OR COALESCE(SUM(CASE WHEN l.total <> l.taxable + l.cgst + l.sgst + l.igst
                         THEN 1 ELSE 0 END), 0) > 0)
ORDER BY d.id
"""


def problems() -> list[str]:
    return missing_snapshots() + totals_not_lines()


def missing_snapshots() -> list[str]:
    """'INV/26-27/00003: its parties as issued (name, address, GSTIN, state) are missing'."""
    found: list[str] = []
    for doc_type, table, _place in DOCUMENT_TABLES:
        sql = f"""SELECT d.number FROM {table} d
                  WHERE NOT EXISTS (SELECT 1 FROM document_party p
                                    WHERE p.doc_type = ? AND p.doc_id = d.id)
                  ORDER BY d.id"""
        rows = database.execute_sql(
            sqlite_features.first_found(database, sql, LIMIT), (doc_type,)
        ).fetchall()
        found += [
            f"{number}: the {_LABELS[doc_type]}'s parties as issued (names, addresses, GSTINs, "
            "states) are missing"
            for (number,) in rows
        ]
    return found


def totals_not_lines() -> list[str]:
    """One message per figure of a sales document that its lines do not add up to."""
    found: list[str] = []
    for row in database.execute_sql(
        sqlite_features.first_found(database, _TOTALS_SQL, LIMIT)
    ).fetchall():
        number, taxable, cgst, sgst, igst, loyalty, round_off, grand = row[:8]
        l_taxable, l_cgst, l_sgst, l_igst, l_total, bad_lines = row[8:]
        heads = (
            ("taxable value", taxable, l_taxable),
            ("CGST", cgst, l_cgst),
            ("SGST/UTGST", sgst, l_sgst),
            ("IGST", igst, l_igst),
            ("grand total", grand, l_total - loyalty + round_off),
        )
        for head, says, lines in heads:
            if says != lines:
                found.append(
                    f"{number}: its {head} says {format_money(says)} but its lines add up to "
                    f"{format_money(lines)}"
                )
        if bad_lines:
            found.append(f"{number}: {bad_lines} line(s) whose total is not taxable value + tax")
    return found
