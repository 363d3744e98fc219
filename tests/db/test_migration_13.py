"""Migration 13: GST unit codes for items (from their unit words), SEZ flags, loyalty shares on
lines; customers are left as they were (their changes are audited), and `check` names a state
that disagrees with its GSTIN. A version-12 file with real rows."""

from __future__ import annotations

from pathlib import Path

import peewee

from vyapar_lite.db import close_data_file, migrations, open_data_file
from vyapar_lite.db.models import Customer, Item, SalesDoc, SalesDocLine
from vyapar_lite.services import gstin_states

NOW = "2026-04-01 10:00:00"


def _version_12_file(path: Path) -> None:
    db = peewee.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    migrations.migrate(db, target=12)
    for n, (code, gstin, state) in enumerate(
        (
            ("C0001", "29AAGCB7383J1Z4", ""),  # blank state: left (a sale reads the GSTIN's)
            ("C0002", "27AAPFU0939F1ZV", "29"),  # disagrees: left for check to report
            ("C0003", "", ""),  # no GSTIN: stays blank
            ("C0004", "25AAACC1206D1ZK", "26"),  # old Daman and Diu code: its successor agrees
        ),
        start=1,
    ):
        db.execute_sql(
            "INSERT INTO customer (id, code, name, phone, gstin, state_code, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (10 + n, code, f"Customer {n}", f"982200000{n}", gstin, state, NOW, NOW),
        )
    for n, unit in enumerate(("kg", " Pcs ", "dabba", "bottle", "l"), start=1):
        db.execute_sql(
            "INSERT INTO item (id, code, name, unit, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (n, f"I000{n}", f"Item {n}", unit, NOW, NOW),
        )
    db.execute_sql(
        "INSERT INTO sales_doc (id, kind, number, fin_year, doc_date, customer_id, "
        "place_of_supply, tax_kind, taxable_total, loyalty_discount, grand_total, created_at) "
        "VALUES (1, 'invoice', 'INV/2026-27/0001', '2026-27', '2026-05-01', 13, '27', 'intra', "
        "10000, 500, 11300, ?)",
        (NOW,),
    )
    db.execute_sql(
        "INSERT INTO sales_doc_line (doc_id, line_no, item_id, description, unit, qty_milli, "
        "rate, taxable, gst_rate_bp, cgst, sgst, total) "
        "VALUES (1, 1, 1, 'Item 1', 'kg', 1000, 10000, 10000, 1800, 900, 900, 11800)"
    )
    db.close()


def test_a_version_12_file_gets_unit_codes_and_keeps_customers_and_documents(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.vyapar"
    _version_12_file(path)

    opened = open_data_file(path, create=False)
    try:
        assert (opened.migrated_from, opened.schema_version) == (12, migrations.LATEST)
        units = {i.code: (i.unit, i.uqc) for i in Item.select().order_by(Item.id)}
        assert units == {
            "I0001": ("kg", "KGS"),
            "I0002": (" Pcs ", "PCS"),
            "I0003": ("dabba", "OTH"),
            "I0004": ("bottle", "BTL"),
            "I0005": ("l", "LTR"),
        }
        states = {c.code: c.state_code for c in Customer.select().where(~Customer.is_cash)}
        assert states == {"C0001": "", "C0002": "29", "C0003": "", "C0004": "26"}
        assert not Customer.select().where(Customer.is_sez).exists()
        assert gstin_states.problems() == [
            "customer C0002: GSTIN 27AAPFU0939F1ZV is registered in state 27 but the customer's "
            "state is 29; correct the one that is wrong"
        ]
        doc = SalesDoc.get_by_id(1)
        assert (doc.sez_supply, doc.loyalty_discount, doc.grand_total) == ("", 500, 11300)
        line = SalesDocLine.get(SalesDocLine.doc == 1)
        assert (line.uqc, line.loyalty_share, line.total) == ("", 0, 11800)  # not known at issue
    finally:
        close_data_file()
