"""Migration 10: documents posted before it get their parties' snapshot from the masters as they
are at migration time; from then on the snapshot stays when the masters change."""

from __future__ import annotations

from pathlib import Path

import peewee

from vyapar_lite.db import close_data_file, migrations, open_data_file
from vyapar_lite.db.models import Customer, DocumentParty
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.services import document_check, payments, sales, shop

NOW = "2026-04-01 10:00:00"


def _version_9_file(path: Path) -> None:
    db = peewee.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    migrations.migrate(db, target=9)
    run = db.execute_sql
    run(
        "INSERT INTO shop (id, name, address, city, pin_code, state_code, gstin, created_at, "
        "updated_at) VALUES (1, 'Old Shop', '1 MG Road', 'Pune', '411001', '27', "
        "'27AAPFU0939F1ZV', ?, ?)",
        (NOW, NOW),
    )
    run(
        "INSERT INTO customer (id, code, name, billing_address, city, pin_code, shipping_address, "
        "shipping_same_as_billing, state_code, gstin, phone, also_supplier, created_at, "
        "updated_at) VALUES (5, 'C0001', 'Asha Verma', 'Flat 3', 'Bengaluru', '560001', "
        "'Godown 9', 0, '29', '29AAGCB7383J1Z4', '9000000001', 1, ?, ?)",
        (NOW, NOW),
    )
    run(
        "INSERT INTO sales_doc (id, kind, number, fin_year, doc_date, customer_id, "
        "place_of_supply, tax_kind, taxable_total, igst_total, grand_total, created_at) "
        "VALUES (1, 'invoice', 'INV/2026-27/0001', '2026-27', '2026-05-01', 5, '29', 'inter', "
        "10000, 1800, 11800, ?)",
        (NOW,),
    )
    run(
        "INSERT INTO sales_doc_line (doc_id, line_no, description, qty_milli, rate, taxable, "
        "gst_rate_bp, igst, total) VALUES (1, 1, 'Tiffin', 1000, 10000, 10000, 1800, 1800, 11800)"
    )
    run(
        "INSERT INTO receipt (id, number, fin_year, receipt_date, customer_id, amount, mode, "
        "created_at) SELECT 1, 'RCT/2026-27/0001', '2026-27', '2026-05-02', id, 4000, 'cash', ? "
        "FROM customer WHERE code = 'CASH'",
        (NOW,),
    )
    run(
        "INSERT INTO sale_order (number, fin_year, order_date, customer_id, created_at, "
        "updated_at) VALUES ('SO/2026-27/0001', '2026-27', '2026-05-03', 5, ?, ?)",
        (NOW, NOW),
    )
    run(
        "INSERT INTO purchase_bill (number, fin_year, customer_id, bill_number, bill_date, "
        "due_date, taxable, gst, total, created_at) VALUES ('PB/2026-27/0001', '2026-27', 5, "
        "'X/1', '2026-05-04', '2026-05-04', 1000, 0, 1000, ?)",
        (NOW,),
    )
    db.close()


def test_a_version_9_file_gets_a_snapshot_of_every_document_from_the_masters(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.vyapar"
    _version_9_file(path)

    opened = open_data_file(path, create=False)  # migrates 9 -> 10 as the app does
    try:
        assert opened.migrated_from == 9
        rows = {
            (r.doc_type, r.doc_id): r
            for r in DocumentParty.select().order_by(DocumentParty.doc_type, DocumentParty.doc_id)
        }
        assert set(rows) == {
            ("sales_doc", 1),
            ("receipt", 1),
            ("sale_order", 1),
            ("purchase_bill", 1),
        }
        invoice = rows[("sales_doc", 1)]
        assert (invoice.party_name, invoice.billing_address, invoice.shipping_address) == (
            "Asha Verma",
            "Flat 3\nBengaluru 560001",
            "Godown 9",
        )
        assert (invoice.gstin, invoice.state_code, invoice.state_name) == (
            "29AAGCB7383J1Z4",
            "29",
            "Karnataka",
        )
        assert (invoice.place_of_supply, invoice.place_name) == ("29", "Karnataka")
        assert (invoice.shop_name, invoice.shop_gstin, invoice.shop_state_name) == (
            "Old Shop",
            "27AAPFU0939F1ZV",
            "Maharashtra",
        )
        walk_in = rows[("receipt", 1)]  # no state of its own: the shop's
        cash = Customer.get(Customer.code == "CASH")
        assert (walk_in.party_name, walk_in.place_of_supply) == (cash.name, "27")
        assert rows[("sale_order", 1)].place_of_supply == "29"
        assert document_check.problems() == []  # snapshots present, totals equal lines

        shop.save_profile(ShopProfile(name="New Shop", state_code="24"))
        doc = sales.get_document("INV/2026-27/0001")
        assert doc.shop is not None and doc.shop.name == "Old Shop"
        assert (doc.customer_name, doc.customer_gstin) == ("Asha Verma", "29AAGCB7383J1Z4")
        assert payments.get_receipt("RCT/2026-27/0001").customer_name == cash.name
    finally:
        close_data_file()
