"""Migration 20: a version-19 file's invoices keep their parties as issued (none was a bill to /
ship to supply), and a new invoice keeps the bill to / ship to choice with its parties."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import peewee

from vyapar_lite.db import close_data_file, migrations, open_data_file
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import sales

NOW = "2026-05-01 10:00:00"


def test_a_version_19_file_gains_the_bill_to_ship_to_choice(tmp_path: Path) -> None:
    path = tmp_path / "old.vyapar"
    db = peewee.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    migrations.migrate(db, target=9)  # rows written at 9; 10 takes their snapshots
    sql = db.execute_sql
    sql(
        "INSERT INTO shop (id, name, state_code, gstin, created_at, updated_at) "
        "VALUES (1, 'Old Shop', '27', '27AAPFU0939F1ZV', ?, ?)",
        (NOW, NOW),
    )
    sql(
        "INSERT INTO customer (id, code, name, state_code, gstin, created_at, updated_at) "
        "VALUES (5, 'C0001', 'Bengaluru Stores', '29', '29AAGCB7383J1Z4', ?, ?)",
        (NOW, NOW),
    )
    sql(
        "INSERT INTO sales_doc (id, kind, number, fin_year, doc_date, customer_id, "
        "place_of_supply, tax_kind, taxable_total, igst_total, grand_total, created_at) "
        "VALUES (1, 'invoice', 'INV/2026-27/0001', '2026-27', '2026-05-01', 5, '29', 'inter', "
        "10000, 1800, 11800, ?)",
        (NOW,),
    )
    sql(
        "INSERT INTO sales_doc_line (doc_id, line_no, description, hsn_sac, qty_milli, rate, "
        "taxable, gst_rate_bp, igst, total) "
        "VALUES (1, 1, 'Soap', '3401', 1000, 10000, 10000, 1800, 1800, 11800)"
    )
    sql(
        "INSERT INTO sequence (name, prefix, next_number, width) "
        "VALUES ('invoice/2026-27', 'INV', 2, 4)"
    )
    migrations.migrate(db, target=19)
    db.close()

    opened = open_data_file(path, create=False)
    try:
        assert (opened.migrated_from, opened.schema_version) == (19, migrations.LATEST)
        old = sales.get_document("INV/2026-27/0001")
        assert (old.place_of_supply, old.third_party_delivery) == ("29", False)
        new = sales.post_invoice(
            sales.InvoiceDraft(
                "C0001",
                date(2026, 6, 1),
                [LineInput("Soap", 1000, 10000, 1800, hsn_sac="3401")],
                delivery_address="Site, Pune",
                delivery_state="27",
                bill_to_ship_to=True,
            )
        )
        assert (new.place_of_supply, new.tax_kind, new.third_party_delivery) == (
            "29",
            "inter",
            True,
        )
    finally:
        close_data_file()
