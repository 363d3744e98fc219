"""Migration 18: a version-17 file's reverse-charge lines stay as issued (their tax was charged
then), and new reverse-charge lines keep the recipient's tax apart."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import peewee

from vyapar_lite.db import close_data_file, migrations, open_data_file
from vyapar_lite.db.models import SalesDocLine
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import sales

NOW = "2026-05-01 10:00:00"


def test_a_version_17_file_keeps_its_rcm_lines_as_issued(tmp_path: Path) -> None:
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
        "INSERT INTO customer (id, code, name, state_code, created_at, updated_at) "
        "VALUES (5, 'C0001', 'Asha', '27', ?, ?)",
        (NOW, NOW),
    )
    sql(
        "INSERT INTO sales_doc (id, kind, number, fin_year, doc_date, customer_id, "
        "place_of_supply, tax_kind, taxable_total, cgst_total, sgst_total, grand_total, "
        "created_at) VALUES (1, 'invoice', 'INV/2026-27/0001', '2026-27', '2026-05-01', 5, "
        "'27', 'intra', 10000, 250, 250, 10500, ?)",
        (NOW,),
    )
    sql(
        "INSERT INTO sales_doc_line (doc_id, line_no, description, hsn_sac, qty_milli, rate, "
        "taxable, gst_rate_bp, cgst, sgst, total) "
        "VALUES (1, 1, 'Transport', '9965', 1000, 10000, 10000, 500, 250, 250, 10500)"
    )
    sql(
        "INSERT INTO sequence (name, prefix, next_number, width) "
        "VALUES ('invoice/2026-27', 'INV', 2, 4)"
    )
    migrations.migrate(db, target=11)
    sql("UPDATE sales_doc_line SET reverse_charge = TRUE")  # marked so at issue (migration 11)
    migrations.migrate(db, target=17)
    db.close()

    opened = open_data_file(path, create=False)
    try:
        assert (opened.migrated_from, opened.schema_version) == (17, migrations.LATEST)
        old = sales.get_document("INV/2026-27/0001")
        line = old.lines[0]
        assert line.reverse_charge and (line.cgst, line.rcm_cgst, line.rcm_tax) == (250, 0, 0)
        assert old.totals.grand_total == 10500  # as issued, never re-worked

        new = sales.post_invoice(
            sales.InvoiceDraft(
                "C0001",
                date(2026, 6, 1),
                [LineInput("Transport", 1000, 10000, 500, hsn_sac="9965", reverse_charge=True)],
            )
        )
        assert (new.totals.tax, new.totals.rcm_tax, new.totals.grand_total) == (0, 500, 10000)
        stored = SalesDocLine.get(SalesDocLine.doc == 2)
        assert (stored.rcm_cgst, stored.rcm_sgst, stored.cgst) == (250, 250, 0)
    finally:
        close_data_file()
