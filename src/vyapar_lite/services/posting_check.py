"""Posted documents agree with the audit rows written when they were posted.

An invoice's total raised together with its line and its ledger entry, or a receipt cut together
with its ledger credit, keeps the books consistent with themselves (`books_check` passes), but not
with the audit trail: the `post` row written in the posting's own transaction recorded the
document's date, party and amounts. Each posted document is compared with it, field by field, and
a document whose `post` row exists while the document is gone (a whole invoice deleted) is named
too. Only fields the audit row holds are compared, so documents posted by earlier versions, whose
rows recorded less, are held to what they recorded. The counter that posted a document
(migration 26) is held to its `post` row's counter, which the audit hash covers.
"""

from __future__ import annotations

import json
from typing import Any

from vyapar_lite.db import database
from vyapar_lite.db.dialect import Variants, statement_for
from vyapar_lite.domain.money import format_money

LIMIT = 20
POSTING_ACTIONS = ("post", "import")

# record type -> (SQL giving id, number and the compared values, the values' audit keys)
_DOCUMENTS: dict[str, tuple[str | Variants, tuple[str, ...]]] = {
    "sales_doc": (
        Variants(
            sqlite="""SELECT d.id, d.number, d.kind, d.doc_date, c.code, d.grand_total,
                  d.taxable_total, d.cgst_total + d.sgst_total + d.igst_total,
                  (SELECT COUNT(*) FROM sales_doc_line l WHERE l.doc_id = d.id),
                  d.shipping_bill_number, d.shipping_bill_date, d.port_code, d.counter
           FROM sales_doc d JOIN customer c ON c.id = d.customer_id""",
            # the lines counted once, grouped: the server's lookup per document took 5.0 s
            # on the 1M-entry shop, this 3.0 s
            postgresql="""SELECT d.id, d.number, d.kind, d.doc_date, c.code, d.grand_total,
                  d.taxable_total, d.cgst_total + d.sgst_total + d.igst_total,
                  COALESCE(l.lines, 0),
                  d.shipping_bill_number, d.shipping_bill_date, d.port_code, d.counter
           FROM sales_doc d JOIN customer c ON c.id = d.customer_id
           LEFT JOIN (SELECT doc_id, COUNT(*) AS lines FROM sales_doc_line
                      GROUP BY doc_id) l ON l.doc_id = d.id""",
        ),
        (
            "kind",
            "date",
            "customer",
            "grand_total",
            "taxable",
            "tax",
            "lines",
            "shipping_bill_number",
            "shipping_bill_date",
            "port_code",
            "@counter",
        ),
    ),
    "receipt": (
        """SELECT r.id, r.number, r.receipt_date, r.amount, r.customer_id, r.counter
           FROM receipt r""",
        ("date", "amount", "@customer_id", "@counter"),
    ),
}
_MONEY_KEYS = frozenset({"grand_total", "taxable", "tax", "amount"})


Posting = tuple[dict[str, Any], dict[str, Any]]  # what its audit row recorded; its own columns


def _posting_rows(record_type: str) -> dict[int, Posting]:
    """record id -> (what its posting's audit row recorded, the row's customer id and counter)."""
    marks = ", ".join("?" * len(POSTING_ACTIONS))
    rows = database.execute_sql(
        "SELECT record_id, after_json, customer_id, counter FROM audit_entry "
        f"WHERE record_type = ? AND action IN ({marks}) AND record_id IS NOT NULL ORDER BY id",
        (record_type, *POSTING_ACTIONS),
    ).fetchall()
    found: dict[int, Posting] = {}
    for record_id, after, customer_id, counter in rows:
        try:
            values = json.loads(after or "{}")
        except ValueError:
            continue  # the chain check reports a damaged row
        if isinstance(values, dict):
            columns = {"customer_id": customer_id, "counter": counter}
            found.setdefault(int(record_id), (values, columns))
    return found


def _shown(key: str, value: Any) -> str:
    if key in _MONEY_KEYS and isinstance(value, int):
        return format_money(value)
    return str(value)


def _documents(record_type: str) -> list[str]:
    sql, keys = _DOCUMENTS[record_type]
    recorded = _posting_rows(record_type)
    if not recorded:  # nothing recorded to compare with (all posted before the audit trail)
        return []
    if isinstance(sql, Variants):
        sql = statement_for(database, sql)
    found: list[str] = []
    seen: set[int] = set()
    for row in database.execute_sql(sql).fetchall():
        doc_id, number, *values = row
        seen.add(int(doc_id))
        posting = recorded.get(int(doc_id))
        if posting is None:
            continue  # posted before the audit trail recorded postings
        after, columns = posting
        for key, value in zip(keys, values, strict=True):
            if key == "@customer_id":  # compared with the audit row's own column
                was = columns["customer_id"]
                differs = was is not None and value != was
            elif key.startswith("@"):  # the counter: both empty before migration 26
                was = columns[key[1:]]
                differs = value != was
            else:
                if key not in after:
                    continue
                was = after[key]
                differs = _normalised(value) != _normalised(was)
            if differs:
                found.append(
                    f"{number}: {key.lstrip('@')} is {_shown(key, value)} but its posting's audit "
                    f"row recorded {_shown(key, was)}: it was changed outside the app"
                )
        if len(found) >= LIMIT:
            return found
    for doc_id in sorted(set(recorded) - seen):
        after, _columns = recorded[doc_id]
        what = after.get("kind", record_type.replace("_", " "))
        found.append(
            f"{what} posted as record {doc_id} (audit trail) is missing: it was deleted outside "
            "the app"
        )
    return found[:LIMIT]


def _normalised(value: Any) -> int | str:
    return int(value) if isinstance(value, int) else str(value)


def problems() -> list[str]:
    """`check`'s lines: each posted document that differs from its posting's audit row."""
    found: list[str] = []
    for record_type in _DOCUMENTS:
        found += _documents(record_type)
    return found
