"""Migration 14: a version-13 file with invoices keeps them as issued (tax invoices, their numbers'
long year form for the rest of the year) and gains supply types and the composition setting."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import peewee

from vyapar_lite.db import close_data_file, migrations, open_data_file
from vyapar_lite.db.models import Item, SalesDocLine
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import sales, shop

NOW = "2026-05-01 10:00:00"


def test_a_version_13_file_keeps_its_invoices_as_issued(tmp_path: Path) -> None:
    path = tmp_path / "old.vyapar"
    db = peewee.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    migrations.migrate(db, target=9)  # rows written at 9; 10 takes their snapshots
    sql = db.execute_sql
    # an unregistered shop (no GSTIN) that charged GST before this version
    sql(
        "INSERT INTO shop (id, name, state_code, created_at, updated_at) "
        "VALUES (1, 'Old Shop', '27', ?, ?)",
        (NOW, NOW),
    )
    sql(
        "INSERT INTO customer (id, code, name, state_code, created_at, updated_at) "
        "VALUES (5, 'C0001', 'Asha', '27', ?, ?)",
        (NOW, NOW),
    )
    sql(
        "INSERT INTO item (id, code, name, gst_rate_bp, sale_price, created_at, updated_at) "
        "VALUES (3, 'SOAP', 'Soap', 1800, 10000, ?, ?)",
        (NOW, NOW),
    )
    sql(
        "INSERT INTO sales_doc (id, kind, number, fin_year, doc_date, customer_id, "
        "place_of_supply, tax_kind, taxable_total, cgst_total, sgst_total, grand_total, "
        "created_at) VALUES (1, 'invoice', 'INV/2026-27/0001', '2026-27', '2026-05-01', 5, "
        "'27', 'intra', 10000, 900, 900, 11800, ?)",
        (NOW,),
    )
    sql(
        "INSERT INTO sales_doc_line (doc_id, line_no, item_id, description, qty_milli, rate, "
        "taxable, gst_rate_bp, cgst, sgst, total) "
        "VALUES (1, 1, 3, 'Soap', 1000, 10000, 10000, 1800, 900, 900, 11800)"
    )
    sql(
        "INSERT INTO sequence (name, prefix, next_number, width) "
        "VALUES ('invoice/2026-27', 'INV', 2, 4)"
    )
    migrations.migrate(db, target=13)
    db.close()

    opened = open_data_file(path, create=False)
    try:
        assert (opened.migrated_from, opened.schema_version) == (13, migrations.LATEST)
        old = sales.get_document("INV/2026-27/0001")
        assert (old.document_type, old.supplier_scheme) == ("tax_invoice", "regular")
        assert (old.totals.cgst, old.totals.sgst, old.lines[0].supply_type) == (900, 900, "taxable")
        assert Item.get_by_id(3).supply_type == "taxable"
        profile = shop.get_profile()
        assert profile is not None and (profile.composition, profile.composition_rate_bp) == (
            False,
            0,
        )

        new = sales.post_invoice(
            sales.InvoiceDraft(
                "C0001", date(2026, 6, 1), [LineInput("Soap", 1000, 10000, 1800, item_code="SOAP")]
            )
        )
        # the year's series keeps its form; the shop has no GSTIN, so now a bill of supply
        assert new.number == "INV/2026-27/0002"
        assert (new.document_type, new.supplier_scheme, new.totals.tax) == (
            "bill_of_supply",
            "unregistered",
            0,
        )
        assert SalesDocLine.select().count() == 2
    finally:
        close_data_file()
