"""Migration 11's step: bounced cheques' bank charges move from debit notes to debit memos.

Before migration 11 a bounced cheque's charge was posted as a debit note (`DN/...`, note_reason
'bounce'). Cheque dishonour charges are not consideration for a supply (CBIC Circular
178/10/2022-GST), so such a document is not a GST debit note: each one is renumbered into the
debit memo series of its financial year (`DM/2026-27/0001`, in date order), its ledger entries
follow (kind 'debit_memo', the new number), the year's `debit_memo` series continues after them,
and an audit row per document names the old and the new number (the old number stays visible in
the audit trail; the gap it leaves in the DN series is explained there).
"""

from __future__ import annotations

import json
from datetime import datetime

import peewee

from vyapar_lite.db import audit_seal

PREFIX = "DM"
WIDTH = 4
NOTE = (
    "A bounced cheque's bank charge is not a supply (Circular 178/10/2022-GST): "
    "moved from the debit note series to the debit memo series"
)


def move_bounce_charges(db: peewee.Database) -> None:
    rows = db.execute_sql(
        "SELECT id, number, fin_year, customer_id FROM sales_doc "
        "WHERE kind = 'debit_note' AND note_reason = 'bounce' ORDER BY fin_year, doc_date, id"
    ).fetchall()
    taken: dict[str, int] = {}
    for doc_id, old, year, customer_id in rows:
        taken[year] = taken.get(year, 0) + 1
        new = _number_as_shipped(str(year), taken[year])
        db.execute_sql("UPDATE sales_doc SET number = ? WHERE id = ?", (new, doc_id))
        db.execute_sql(
            "UPDATE ledger_entry SET kind = 'debit_memo' "
            "WHERE doc_type = 'sales_doc' AND doc_id = ? AND kind = 'debit_note'",
            (doc_id,),
        )
        db.execute_sql(
            "UPDATE ledger_entry SET doc_number = ? WHERE doc_type = 'sales_doc' AND doc_id = ?",
            (new, doc_id),
        )
        audit_seal.append_row(
            db,
            {
                "at": str(datetime.now()),
                "action": "renumber",
                "record_type": "sales_doc",
                "record_id": int(doc_id),
                "record_label": new,
                "customer_id": int(customer_id),
                "before_json": _json({"number": old, "kind": "debit_note"}),
                "after_json": _json({"number": new, "kind": "debit_memo"}),
                "note": NOTE,
            },
        )
    for year, last in taken.items():
        db.execute_sql(
            "INSERT INTO sequence (name, prefix, next_number, width) VALUES (?, ?, ?, ?)",
            (f"debit_memo/{year}", PREFIX, last + 1, WIDTH),
        )


def _json(values: dict[str, str]) -> str:
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


def _number_as_shipped(year: str, number: int) -> str:
    """`DM/2026-27/0001`: the number form of migration 11, spelt out here so the migration gives
    the same numbers whatever `domain.doc_numbers` does later (its series keeps this long year
    form for the rest of its year, migration 14)."""
    return f"{PREFIX}/{year}/{number:0{WIDTH}d}"
