"""The sample shop's items: realistic HSN codes and GST rates, opening stock, some running low."""

from __future__ import annotations

from pathlib import Path

from vyapar_lite.db.models import AuditEntry, Item, StockMove
from vyapar_lite.domain.item import DEFAULT_GST_RATES_BP, clean_hsn_sac
from vyapar_lite.services import items, sample_shop

ITEMS = sample_shop._ITEMS


def test_the_sample_items_are_made_with_their_stock(data_file: Path) -> None:
    sample_shop.fill_sample_shop()

    assert Item.select().count() == len(ITEMS) == 20
    for n, (name, hsn, unit, price, _tax, rate, opening, _low, by_type) in enumerate(ITEMS, 1):
        record = items.get_item(f"I{n:04d}")
        d = record.details
        assert (d.name, d.hsn_sac, d.unit, d.sale_price, d.gst_rate_bp) == (
            name, hsn, unit, price, rate,
        )  # fmt: skip
        openings = StockMove.select().where(
            (StockMove.item == Item.get(Item.code == record.code).id)
            & (StockMove.reason == "opening")
        )  # the sample sales move stock too
        assert [m.qty_milli for m in openings] == ([opening] if opening else [])
        assert (record.stock_milli is None) == (opening is None)
        assert clean_hsn_sac(hsn) == hsn
        assert rate in DEFAULT_GST_RATES_BP
        assert set(d.type_prices) == set(by_type)
    assert StockMove.select().where(StockMove.reason == "opening").count() == sum(
        1 for item in ITEMS if item[6]
    )


def test_some_sample_items_run_low_and_services_use_sac(data_file: Path) -> None:
    sample_shop.fill_sample_shop()

    assert [row.name for row in items.low_stock_items()] == [
        "Cow Ghee 1 l",
        "Detergent Powder 1 kg",
    ]
    delivery = next(item for item in ITEMS if item[2] == "service")
    assert delivery[1].startswith("99")
    assert items.price_for("I0008", "Dealer") == (2650, 0)
    assert items.price_for("I0008", "Wholesaler") == (3000, 1000)


def test_every_sample_item_is_audited(data_file: Path) -> None:
    sample_shop.fill_sample_shop()

    created = AuditEntry.select().where(
        (AuditEntry.record_type == "item") & (AuditEntry.action == "create")
    )
    assert created.count() == len(ITEMS)
    assert AuditEntry.select().where(AuditEntry.record_type == "stock_move").count() == sum(
        1 for item in ITEMS if item[6]
    )
