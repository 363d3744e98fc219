"""Items: create, edit, deactivate (all audited), prices per customer type, stock and low stock."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from factories import make_item
from vyapar_lite.db import database
from vyapar_lite.db.models import AuditEntry, Item, ItemTypePrice, StockMove
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.item import ItemDetails, TypePrice
from vyapar_lite.services import gst_rates, items, sequences


def _audits(record_type: str) -> list[AuditEntry]:
    return list(
        AuditEntry.select().where(AuditEntry.record_type == record_type).order_by(AuditEntry.id)
    )


def test_create_takes_the_next_code_and_is_audited(shop_file: Path) -> None:
    first = make_item("Basmati Rice 5 kg", hsn_sac="10063020", unit="bag", sale_price=67500)
    second = make_item("Toor Dal 1 kg")

    assert (first.code, second.code) == ("I0001", "I0002")
    assert first.details.sale_price == 67500
    assert first.is_active and first.stock_milli is None and not first.low
    (created, _) = _audits("item")
    assert created.action == "create"
    assert created.record_label == "I0001"
    after = json.loads(created.after_json)
    assert after["name"] == "Basmati Rice 5 kg"
    assert after["sale_price"] == 67500
    assert after["type_prices"] == {}


def test_a_typed_code_is_kept_and_the_series_skips_it(shop_file: Path) -> None:
    make_item("Soap", code="i0001")
    assert make_item("Oil").code == "I0002"
    assert items.next_code_preview() == "I0003"

    with pytest.raises(ValidationError) as caught:
        make_item("Soap again", code="I0001")
    assert caught.value.for_field("code") == "Code I0001 is already used"
    assert sequences.peek("item")[1] == 3


def test_the_gst_rate_must_be_an_active_rate(shop_file: Path) -> None:
    gst_rates.set_rate_active(1200, False)

    with pytest.raises(ValidationError) as caught:
        make_item("Namkeen", gst_rate_bp=1200)

    assert caught.value.for_field("gst_rate_bp") == (
        "12% is not one of the shop's GST rates (0%, 0.25%, 3%, 5%, 18%, 28%, 40%)"
    )
    assert Item.select().count() == 0
    assert sequences.peek("item")[1] == 1  # nothing taken from the series


def test_an_item_keeps_a_rate_deactivated_after_it_was_given(shop_file: Path) -> None:
    made = make_item("Namkeen", gst_rate_bp=1200)
    gst_rates.set_rate_active(1200, False)

    edited = items.update_item(made.code, replace(made.details, name="Namkeen 200 g"))

    assert edited.details.gst_rate_bp == 1200
    with pytest.raises(ValidationError):
        items.update_item(made.code, replace(made.details, gst_rate_bp=1300))


def test_update_keeps_the_code_and_audits_only_changes(shop_file: Path) -> None:
    made = make_item("Sugar", sale_price=4600, unit="kg")

    changed = replace(
        made.details,
        sale_price=4800,
        type_prices={"Dealer": TypePrice(4400, None), "General": TypePrice(None, 100)},
    )
    record = items.update_item(made.code, changed)

    assert record.details.sale_price == 4800
    assert record.details.type_prices == {
        "General": TypePrice(None, 100),
        "Dealer": TypePrice(4400, None),
    }
    update = _audits("item")[-1]
    assert update.action == "update"
    assert json.loads(update.before_json) == {"sale_price": 4600, "type_prices": {}}
    assert json.loads(update.after_json) == {
        "sale_price": 4800,
        "type_prices": {
            "General": {"price": None, "discount_bp": 100},
            "Dealer": {"price": 4400, "discount_bp": None},
        },
    }

    items.update_item(made.code, changed)  # nothing changed: no audit row
    assert len(_audits("item")) == 2

    with pytest.raises(ValidationError) as caught:
        items.update_item(made.code, replace(changed, code="I0099"))
    assert caught.value.for_field("code") == "An item's code cannot be changed"


def test_removing_type_prices_deletes_their_rows(shop_file: Path) -> None:
    made = make_item("Sugar", type_prices={"Dealer": TypePrice(4400, None)})
    assert ItemTypePrice.select().count() == 1

    items.update_item(made.code, replace(made.details, type_prices={}))

    assert ItemTypePrice.select().count() == 0


def test_deactivate_and_reactivate_never_delete(shop_file: Path) -> None:
    made = make_item("Old Soap")

    off = items.set_active(made.code, False, reason="discontinued")
    assert not off.is_active
    assert items.set_active(made.code, False).is_active is False  # no second audit row
    on = items.set_active(made.code, True)

    assert on.is_active
    assert Item.select().count() == 1
    actions = [(a.action, a.note) for a in _audits("item")]
    assert actions == [("create", ""), ("deactivate", "discontinued"), ("reactivate", "")]


def test_an_unknown_code_is_named(shop_file: Path) -> None:
    with pytest.raises(ValidationError, match="There is no item with code X1"):
        items.get_item("X1")


def test_price_for_each_customer_type(shop_file: Path) -> None:
    made = make_item(
        "Glucose Biscuits",
        sale_price=3000,
        type_prices={
            "General": TypePrice(None, 200),
            "Dealer": TypePrice(2600, None),
            "Wholesaler": TypePrice(None, 750),
        },
    )

    assert items.price_for(made.code, "General") == (3000, 200)
    assert items.price_for(made.code, "Dealer") == (2600, 0)
    assert items.price_for(made.code, "Wholesaler") == (3000, 750)
    assert items.price_for(made.code, "Distributor") == (3000, 0)


# --- stock -------------------------------------------------------------------------------------


def test_opening_stock_and_corrections_sum_to_the_stock(shop_file: Path) -> None:
    made = make_item("Atta 10 kg", opening_stock=25000, low_stock_milli=5000)
    assert made.stock_milli == 25000

    items.adjust_stock(made.code, -2500, "correction", date(2026, 4, 10), note="torn bags")
    record = items.adjust_stock(made.code, 1000, "correction", date(2026, 4, 11))

    assert record.stock_milli == 23500
    moves = StockMove.select().where(StockMove.item == Item.get(Item.code == made.code).id)
    assert sum(m.qty_milli for m in moves) == 23500
    history = items.stock_history(made.code)
    assert [(h.move_date, h.qty_milli, h.reason) for h in history] == [
        (date(2026, 4, 11), 1000, "correction"),
        (date(2026, 4, 10), -2500, "correction"),
        (date(2026, 4, 1), 25000, "opening"),
    ]
    posts = _audits("stock_move")
    assert [p.record_label for p in posts] == [
        "I0001 opening stock",
        "I0001 stock correction",
        "I0001 stock correction",
    ]
    assert posts[1].note == "torn bags"
    assert json.loads(posts[1].after_json) == {
        "date": "2026-04-10",
        "qty_milli": -2500,
        "reason": "correction",
    }


def test_stock_needs_tracking_and_a_real_quantity(shop_file: Path) -> None:
    untracked = make_item("Delivery", unit="service")

    with pytest.raises(ValidationError) as caught:
        items.adjust_stock(untracked.code, 1000, "opening", date(2026, 4, 1))
    assert (
        caught.value.for_field("qty") == "Turn on stock tracking for Delivery before adding stock"
    )

    tracked = make_item("Salt", track_stock=True)
    for qty, reason, field, message in (
        (0, "correction", "qty", "Enter a quantity other than 0"),
        (10**9 + 1, "correction", "qty", "At most 10,00,000 units in one move"),
        (1000, "theft", "reason", "Choose opening stock or a stock correction"),
    ):
        with pytest.raises(ValidationError) as caught:
            items.adjust_stock(tracked.code, qty, reason, date(2026, 4, 1))
        assert caught.value.for_field(field) == message
    assert StockMove.select().count() == 0

    with pytest.raises(ValidationError) as caught:
        items.create_item(ItemDetails(name="Oil", gst_rate_bp=500), opening_stock_milli=1000)
    assert caught.value.for_field("opening_stock") == (
        "Turn on stock tracking for Oil before adding stock"
    )
    assert Item.select().where(Item.name == "Oil").count() == 0  # the whole save rolled back


def test_record_stock_move_for_a_document(shop_file: Path) -> None:
    tracked = make_item("Soap", opening_stock=10000)
    untracked = make_item("Delivery")
    tracked_id = Item.get(Item.code == tracked.code).id
    untracked_id = Item.get(Item.code == untracked.code).id

    with pytest.raises(RuntimeError, match="inside the document's transaction"):
        items.record_stock_move(tracked_id, -1000, "sale", "sales_doc", 7, date(2026, 4, 2))

    with database.atomic():
        sold = items.record_stock_move(tracked_id, -3000, "sale", "sales_doc", 7, date(2026, 4, 2))
        returned = items.record_stock_move(
            tracked_id, 1000, "return", "sales_doc", 8, date(2026, 4, 3)
        )
        skipped = items.record_stock_move(
            untracked_id, -1000, "sale", "sales_doc", 7, date(2026, 4, 2)
        )

    assert isinstance(sold, int) and isinstance(returned, int)
    assert skipped is None
    assert items.get_item(tracked.code).stock_milli == 8000
    move = StockMove.get_by_id(sold)
    assert (move.doc_type, move.doc_id, move.reason) == ("sales_doc", 7, "sale")
    assert StockMove.select().where(StockMove.item == untracked_id).count() == 0


def test_low_stock(shop_file: Path) -> None:
    make_item("Plenty", opening_stock=50000, low_stock_milli=10000)
    ghee = make_item("Cow Ghee", opening_stock=4000, low_stock_milli=5000)
    empty = make_item("Matches", track_stock=True)  # level 0: low once it runs out
    gone = make_item("Old Ghee", opening_stock=1000, low_stock_milli=5000)
    items.set_active(gone.code, False)
    make_item("Not tracked")

    assert ghee.low and empty.low
    assert [row.code for row in items.low_stock_items()] == [ghee.code, empty.code]
    assert [row.stock_milli for row in items.low_stock_items()] == [4000, 0]

    items.adjust_stock(ghee.code, 2000, "correction", date(2026, 4, 5))
    assert [row.name for row in items.low_stock_items()] == ["Matches"]
