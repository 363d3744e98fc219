"""The sample shop's sales: a few invoices, a cancelled one, a credit note and an open order."""

from __future__ import annotations

from pathlib import Path

from vyapar_lite.db.models import SalesDoc
from vyapar_lite.services import customers, health, orders, sales, sample_shop


def test_the_sample_shop_has_sales_in_2026_27(data_file: Path) -> None:
    sample_shop.fill_sample_shop()

    docs = {d.number: d for d in sales.recent_documents()}
    assert sorted(docs) == [
        "CN/2026-27/0001",
        *(f"INV/2026-27/{n:04d}" for n in range(1, 6)),
    ]
    assert {d.status for d in docs.values()} == {"posted", "cancelled"}
    assert [n for n, d in docs.items() if d.status == "cancelled"] == ["INV/2026-27/0005"]
    assert {row.fin_year for row in SalesDoc.select()} == {"2026-27"}
    note = sales.get_document("CN/2026-27/0001")
    assert (note.against_number, note.lines[0].qty_milli) == ("INV/2026-27/0001", 2000)
    assert sales.get_document("INV/2026-27/0003").tax_kind == "inter"  # Kaveri Stores, Karnataka
    assert customers.balance("CASH") == 0
    (order,) = orders.open_orders()
    assert (order.customer_name, order.status, order.advance) == ("Om Sai Caterers", "open", 500000)
    assert health.check().ok
