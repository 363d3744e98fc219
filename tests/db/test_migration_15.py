"""Migration 15 (shipping bills): a version-14 file's export invoice keeps its amounts and gains
an empty shipping bill (number, date, port code), which a new export invoice can carry."""

from __future__ import annotations

from pathlib import Path

import peewee

from vyapar_lite.db import close_data_file, migrations, open_data_file
from vyapar_lite.db.models import SalesDoc

NOW = "2026-05-01 10:00:00"


def test_a_version_14_export_invoice_gains_an_empty_shipping_bill(tmp_path: Path) -> None:
    path = tmp_path / "old.vyapar"
    db = peewee.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    migrations.migrate(db, target=14)
    sql = db.execute_sql
    sql(
        "INSERT INTO shop (id, name, state_code, gstin, created_at, updated_at) "
        "VALUES (1, 'Old Shop', '27', '27AAPFU0939F1ZV', ?, ?)",
        (NOW, NOW),
    )
    sql(
        "INSERT INTO customer (id, code, name, state_code, country, created_at, updated_at) "
        "VALUES (5, 'C0001', 'Gulf Spices', '96', 'UAE', ?, ?)",
        (NOW, NOW),
    )
    sql(
        "INSERT INTO sales_doc (id, kind, number, fin_year, doc_date, customer_id, "
        "place_of_supply, tax_kind, taxable_total, grand_total, country, created_at) "
        "VALUES (1, 'invoice', 'INV/26-27/00001', '2026-27', '2026-05-01', 5, '96', 'export', "
        "65000, 65000, 'UAE', ?)",
        (NOW,),
    )
    db.close()

    opened = open_data_file(path, create=False)
    try:
        assert (opened.migrated_from, opened.schema_version) == (14, migrations.LATEST)
        doc = SalesDoc.get_by_id(1)
        assert (doc.grand_total, doc.tax_kind, doc.country) == (65000, "export", "UAE")
        assert (doc.shipping_bill_number, doc.shipping_bill_date, doc.port_code) == ("", None, "")
    finally:
        close_data_file()
