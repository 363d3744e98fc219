"""Migration 7: the reminder log and the segments' sales index, on a version-6 file with sales."""

from __future__ import annotations

from pathlib import Path

import peewee
import pytest

from vyapar_lite.db import migrations

NOW = "2026-04-01 10:00:00"


def test_a_version_6_file_gets_the_reminder_table_and_keeps_its_sales(tmp_path: Path) -> None:
    db = peewee.SqliteDatabase(str(tmp_path / "old.vyapar"), pragmas={"foreign_keys": 1})
    migrations.migrate(db, target=6)
    db.execute_sql(
        "INSERT INTO customer (id, code, name, created_at, updated_at) "
        "VALUES (5, 'C0001', 'Asha', ?, ?)",
        (NOW, NOW),
    )
    db.execute_sql(
        "INSERT INTO sales_doc (kind, number, fin_year, doc_date, customer_id, place_of_supply, "
        "tax_kind, grand_total, created_at) VALUES ('invoice', 'INV/1', '2026-27', '2026-05-01', "
        "5, '27', 'intra', 10000, ?)",
        (NOW,),
    )

    assert migrations.migrate(db, target=7) == [7]

    indexes = {row[1] for row in db.execute_sql("PRAGMA index_list(sales_doc)").fetchall()}
    assert "sales_doc_sales" in indexes
    plan = db.execute_sql(
        "EXPLAIN QUERY PLAN SELECT customer_id, SUM(grand_total) FROM sales_doc "
        "WHERE status = 'posted' GROUP BY customer_id"
    ).fetchall()
    assert "COVERING INDEX sales_doc_sales" in " ".join(str(step) for step in plan)
    db.execute_sql(
        "INSERT INTO reminder (customer_id, sent_on, kind, channel, language, amount_due, "
        "message, created_at) VALUES (5, '2026-11-23', 'payment', 'whatsapp', 'hi', 10000, "
        "'नमस्ते', ?)",
        (NOW,),
    )
    assert db.execute_sql("SELECT kind, message FROM reminder").fetchall() == [("payment", "नमस्ते")]
    for column, bad in (("kind", "thanks"), ("channel", "sms"), ("language", "fr")):
        values = {"kind": "payment", "channel": "copy", "language": "en", column: bad}
        with pytest.raises(peewee.IntegrityError):
            db.execute_sql(
                "INSERT INTO reminder (customer_id, sent_on, kind, channel, language, message, "
                "created_at) VALUES (5, '2026-11-23', ?, ?, ?, 'x', ?)",
                (values["kind"], values["channel"], values["language"], NOW),
            )
    with pytest.raises(peewee.IntegrityError):  # no reminder for a customer who is not there
        db.execute_sql(
            "INSERT INTO reminder (customer_id, sent_on, kind, channel, language, message, "
            "created_at) VALUES (99, '2026-11-23', 'payment', 'copy', 'en', 'x', ?)",
            (NOW,),
        )
    db.close()
