"""Migration 21: a version-20 file's invoices stay ordinary sales (none was a deemed export),
the column refuses a kind Notification 48/2017-Central Tax does not have, and a new invoice
keeps its deemed export's kind."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import peewee
import pytest

from vyapar_lite.db import close_data_file, database, migrations, open_data_file
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import sales

NOW = "2026-05-01 10:00:00"


def test_a_version_20_file_gains_deemed_exports(tmp_path: Path) -> None:
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
    migrations.migrate(db, target=20)
    db.close()

    opened = open_data_file(path, create=False)
    try:
        assert (opened.migrated_from, opened.schema_version) == (20, migrations.LATEST)
        assert sales.get_document("INV/2026-27/0001").deemed_export == ""
        with pytest.raises(peewee.IntegrityError), database.atomic():
            database.execute_sql("UPDATE sales_doc SET deemed_export = 'SEZ' WHERE id = 1")
        assert database.execute_sql("SELECT deemed_export FROM sales_doc").fetchall() == [("",)]
        new = sales.post_invoice(
            sales.InvoiceDraft(
                "C0001",
                date(2026, 6, 1),
                [LineInput("Soap", 1000, 10000, 1800, hsn_sac="3401")],
                deemed_export="EOU",
            )
        )
        assert (new.deemed_export, new.tax_kind, new.totals.igst) == ("EOU", "inter", 1800)
    finally:
        close_data_file()
