"""The sample shop's sales: a few invoices, a cancelled one, a credit note and an open order."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from vyapar_lite.db.models import SalesDoc
from vyapar_lite.services import customers, document_dates, health, orders, sales, sample_shop


def test_the_sample_shop_has_sales_in_2026_27(data_file: Path) -> None:
    sample_shop.fill_sample_shop()

    docs = {d.number: d for d in sales.recent_documents()}
    assert sorted(docs) == [
        "CN/26-27/00001",
        *(f"INV/26-27/{n:05d}" for n in range(1, 6)),
    ]
    assert {d.status for d in docs.values()} == {"posted", "cancelled"}
    assert [n for n, d in docs.items() if d.status == "cancelled"] == ["INV/26-27/00005"]
    assert {row.fin_year for row in SalesDoc.select()} == {"2026-27"}
    note = sales.get_document("CN/26-27/00001")
    assert (note.against_number, note.lines[0].qty_milli) == ("INV/26-27/00001", 2000)
    assert sales.get_document("INV/26-27/00003").tax_kind == "inter"  # Kaveri Stores, Karnataka
    assert customers.balance("CASH") == 0
    (order,) = orders.open_orders()
    assert (order.customer_name, order.status, order.advance) == ("Om Sai Caterers", "open", 500000)
    assert health.check().ok


def test_the_sample_shop_builds_whatever_today_is(
    data_file: Path, date_check: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its fixed 2026-27 dates are posted as confirmed, so `--demo` still works in 2030."""
    monkeypatch.setattr(document_dates, "today", lambda: date(2030, 6, 1))
    sample_shop.fill_sample_shop()
    assert SalesDoc.select().where(SalesDoc.fin_year == "2026-27").count() >= 6
