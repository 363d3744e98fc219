"""Slow payers: customers who, on average, settle their invoices well after the due date.

For each open item (`services.open_items`: invoice, debit note, opening bill) dated in the
period (CASH left out):

- settled (receipts allocated to it plus credit notes against it cover its total, as of `as_of`):
  it was settled on the day the last of those counted (a receipt's date, or the day a
  post-dated cheque was counted; a credit note's date). Days to pay = settled - invoice date,
  days late = settled - due date (0 when paid on time);
- still owing and past its due date: it is counted as if paid on `as_of` (the lateness so far),
  so a customer who simply never pays is the slowest of all;
- still owing but not yet due: not counted (nothing to judge yet).

A receipt counts only while posted (a bounced cheque or a cancelled receipt does not settle).
Money paid on account and never allocated settles no particular invoice, so its invoices stay
"owing" here (the receipt screen allocates automatically, oldest first, so this is rare).

The customer's average days late is the mean over the invoices counted, rounded half up to a
whole day (integer arithmetic); listed when it is at least `min_days_late` (default: the shop's
setting, 15 at first). Most days late first, then code.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from vyapar_lite.db import database
from vyapar_lite.db.dialect import days_between, indexed_by
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.services import segment_settings
from vyapar_lite.services.open_items import OPEN_KINDS_SQL
from vyapar_lite.services.segments import check_period


class SlowPayer(NamedTuple):
    customer_id: int
    code: str
    name: str
    phone: str
    terms_days: int  # the customer's payment terms
    invoices: int  # invoices counted (settled, or owing and past due)
    avg_days_to_pay: int  # invoice date to settlement, on average
    avg_days_late: int  # due date to settlement, on average (0: on time)
    overdue: int  # invoices still owing and past due
    owed: int  # what those overdue invoices still owe (paise)


def rounded_mean(total: int, count: int) -> int:
    """total / count rounded half up, in integers (0 for no items)."""
    return (2 * total + count) // (2 * count) if count else 0


# Only the period's allocations and credit notes are summed (a credit note is never dated before
# its invoice), through the date index: about 0.6 s for a year of a 1,000,000-entry shop.
def _sql() -> str:
    """The query, portable but for the index hint and the day count (`db.dialect`)."""
    return f"""
WITH docs AS (
    SELECT d.customer_id, d.doc_date, COALESCE(d.due_date, d.doc_date) AS due, d.grand_total,
           COALESCE(p.paid, 0) + COALESCE(n.credited, 0) AS settled,
           CASE WHEN n.last_credit IS NULL OR p.last_paid >= n.last_credit THEN p.last_paid
                ELSE n.last_credit END AS settled_on
    FROM sales_doc d {indexed_by("sales_doc_date")}  -- the period's rows (SQLite: a full scan)
    JOIN customer c ON c.id = d.customer_id
    LEFT JOIN (SELECT a.doc_id, SUM(a.amount) AS paid,
                      MAX(COALESCE(r.counted_on, r.receipt_date)) AS last_paid
               FROM sales_doc x JOIN allocation a ON a.doc_id = x.id
               JOIN receipt r ON r.id = a.receipt_id
               WHERE x.doc_date BETWEEN :start AND :end
                 AND r.status = 'posted' AND COALESCE(r.counted_on, r.receipt_date) <= :as_of
               GROUP BY a.doc_id) p ON p.doc_id = d.id
    LEFT JOIN (SELECT against_id, SUM(grand_total) AS credited, MAX(doc_date) AS last_credit
               FROM sales_doc
               WHERE kind = 'credit_note' AND status = 'posted'
                 AND doc_date BETWEEN :start AND :as_of
               GROUP BY against_id) n ON n.against_id = d.id
    WHERE d.status = 'posted' AND d.kind IN {OPEN_KINDS_SQL} AND d.grand_total > 0
      AND d.doc_date BETWEEN :start AND :end AND NOT c.is_cash
),
judged AS (
    SELECT customer_id, grand_total - settled AS owed, settled >= grand_total AS paid,
           {
        days_between("CASE WHEN settled >= grand_total THEN settled_on ELSE :as_of END", "doc_date")
    } AS to_pay,
           {
        days_between("CASE WHEN settled >= grand_total THEN settled_on ELSE :as_of END", "due")
    } AS late
    FROM docs
    WHERE settled >= grand_total OR due < :as_of
)
SELECT c.id, c.code, c.name, c.phone, c.payment_terms_days, COUNT(*),
       SUM(CASE WHEN to_pay > 0 THEN to_pay ELSE 0 END),
       SUM(CASE WHEN late > 0 THEN late ELSE 0 END),
       SUM(CASE WHEN paid THEN 0 ELSE 1 END), SUM(CASE WHEN paid THEN 0 ELSE owed END)
FROM judged j JOIN customer c ON c.id = j.customer_id
GROUP BY c.id
"""


def slow_payers(
    start: date, end: date, *, as_of: date | None = None, min_days_late: int | None = None
) -> list[SlowPayer]:
    """Customers whose invoices dated `start .. end` were paid (or are still owed) on average
    at least `min_days_late` days after their due dates, judged as of `as_of` (default: end)."""
    check_period(start, end)
    as_of = end if as_of is None else as_of
    if as_of < start:
        raise ValidationError(FieldError("as_of", "Judge the payments on or after the start"))
    threshold = segment_settings.get().slow_days_late if min_days_late is None else min_days_late
    if threshold < 0:
        raise ValidationError(FieldError("min_days_late", "Enter 0 days or more"))
    params = {"start": start.isoformat(), "end": end.isoformat(), "as_of": as_of.isoformat()}
    result = []
    for row in database.execute_sql(_sql(), params):
        customer_id, code, name, phone, terms, count, to_pay, late, overdue, owed = row
        average_late = rounded_mean(int(late), int(count))
        if average_late < threshold:
            continue
        result.append(
            SlowPayer(
                int(customer_id),
                code,
                name,
                phone,
                int(terms),
                int(count),
                rounded_mean(int(to_pay), int(count)),
                average_late,
                int(overdue),
                int(owed),
            )
        )
    result.sort(key=lambda p: (-p.avg_days_late, p.code))
    return result
