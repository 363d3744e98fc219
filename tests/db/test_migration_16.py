"""Migration 16 (composition buyers): a version-15 file's customers are not composition dealers
and its documents' snapshots say their buyer was not one; a customer can then be marked one."""

from __future__ import annotations

from pathlib import Path

import peewee

from vyapar_lite.db import close_data_file, migrations, open_data_file
from vyapar_lite.db.models import Customer, DocumentParty

NOW = "2026-05-01 10:00:00"


def test_a_version_15_file_gains_the_composition_flags(tmp_path: Path) -> None:
    path = tmp_path / "old.vyapar"
    db = peewee.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    migrations.migrate(db, target=15)
    sql = db.execute_sql
    sql(
        "INSERT INTO shop (id, name, state_code, gstin, created_at, updated_at) "
        "VALUES (1, 'Old Shop', '27', '27AAPFU0939F1ZV', ?, ?)",
        (NOW, NOW),
    )
    sql(
        "INSERT INTO customer (id, code, name, state_code, gstin, created_at, updated_at) "
        "VALUES (5, 'C0001', 'Patel Traders', '24', '24AAACC1206D1ZM', ?, ?)",
        (NOW, NOW),
    )
    sql(
        "INSERT INTO document_party (doc_type, doc_id, party_name, gstin, state_code, "
        "shop_name, taken_at) VALUES ('sales_doc', 1, 'Patel Traders', '24AAACC1206D1ZM', '24', "
        "'Old Shop', ?)",
        (NOW,),
    )
    db.close()

    opened = open_data_file(path, create=False)
    try:
        assert (opened.migrated_from, opened.schema_version) == (15, migrations.LATEST)
        customer = Customer.get_by_id(5)
        assert (customer.name, customer.gstin, customer.is_composition) == (
            "Patel Traders", "24AAACC1206D1ZM", False
        )  # fmt: skip
        party = DocumentParty.get(DocumentParty.doc_id == 1)
        assert (party.party_name, party.composition) == ("Patel Traders", False)
        Customer.update(is_composition=True).where(Customer.id == 5).execute()
        assert Customer.get_by_id(5).is_composition is True
    finally:
        close_data_file()
