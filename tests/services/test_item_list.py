"""The item list in SQL: search by code, HSN or any word of the name; filters; sorting; pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import make_item
from vyapar_lite.services import item_list, items
from vyapar_lite.services.item_list import ItemFilter


@pytest.fixture
def shop_with_items(shop_file: Path) -> Path:
    make_item("India Gate Basmati Rice", code="RICE5", hsn_sac="10063020", sale_price=67500,
              opening_stock=40000, low_stock_milli=5000, gst_rate_bp=500)  # fmt: skip
    make_item("Aashirvaad Atta 10 kg", hsn_sac="11010000", sale_price=48500, gst_rate_bp=500,
              opening_stock=3000, low_stock_milli=5000)  # fmt: skip
    make_item("Parle-G Biscuits", hsn_sac="19053100", sale_price=1000, gst_rate_bp=500)
    make_item("50% off_coupon", sale_price=0, gst_rate_bp=0)
    old = make_item("Rin Bar Old", hsn_sac="34011190", sale_price=1200)
    items.set_active(old.code, False)
    return shop_file


def _names(f: ItemFilter, **kwargs: object) -> list[str]:
    return [row.name for row in item_list.page(f, **kwargs)]  # type: ignore[arg-type]


def test_search_matches_code_hsn_and_word_starts(shop_with_items: Path) -> None:
    assert _names(ItemFilter(search="rice5")) == ["India Gate Basmati Rice"]
    assert _names(ItemFilter(search="basm")) == ["India Gate Basmati Rice"]
    assert _names(ItemFilter(search="1101")) == ["Aashirvaad Atta 10 kg"]
    assert _names(ItemFilter(search="bis parle")) == ["Parle-G Biscuits"]
    assert _names(ItemFilter(search="ice")) == []  # inside a word is not a match
    assert _names(ItemFilter(search="rin")) == []  # inactive
    assert _names(ItemFilter(search="rin", status="inactive")) == ["Rin Bar Old"]
    assert item_list.count(ItemFilter(search="b")) == 2  # Basmati, Biscuits


def test_like_wildcards_are_plain_text(shop_with_items: Path) -> None:
    assert _names(ItemFilter(search="50%")) == ["50% off_coupon"]
    assert _names(ItemFilter(search="%0")) == []
    assert _names(ItemFilter(search="off_")) == ["50% off_coupon"]
    assert _names(ItemFilter(search="off%")) == []


def test_rows_carry_stock_and_low_flags(shop_with_items: Path) -> None:
    rows = {row.name: row for row in item_list.page(ItemFilter(status="all"))}

    rice = rows["India Gate Basmati Rice"]
    assert (rice.stock_milli, rice.low, rice.gst_rate_bp, rice.sale_price) == (
        40000,
        False,
        500,
        67500,
    )
    assert rows["Aashirvaad Atta 10 kg"].low
    assert rows["Parle-G Biscuits"].stock_milli is None
    assert not rows["Rin Bar Old"].is_active
    assert _names(ItemFilter(low_stock=True)) == ["Aashirvaad Atta 10 kg"]
    assert item_list.count(ItemFilter(low_stock=True)) == 1


def test_sorting_and_paging(shop_with_items: Path) -> None:
    f = ItemFilter(status="all")
    assert _names(f, sort="sale_price", descending=True)[:2] == [
        "India Gate Basmati Rice",
        "Aashirvaad Atta 10 kg",
    ]
    by_stock = [row.stock_milli for row in item_list.page(f, sort="stock")]
    assert by_stock == [None, None, None, 3000, 40000]
    # NULLs (stock not tracked) first going up, last going down, on both stores
    down = [row.stock_milli for row in item_list.page(f, sort="stock", descending=True)]
    assert down == [40000, 3000, None, None, None]
    assert _names(f, offset=1, limit=2) == ["Aashirvaad Atta 10 kg", "India Gate Basmati Rice"]
    with pytest.raises(ValueError, match="unknown sort key"):
        item_list.page(f, sort="price")
    with pytest.raises(ValueError, match="unknown status"):
        item_list.count(ItemFilter(status="gone"))


def test_quick_find_puts_an_exact_code_first(shop_with_items: Path) -> None:
    make_item("Rice Flour", code="RF1")
    found = item_list.quick_find("rice")
    assert [row.name for row in found] == ["India Gate Basmati Rice", "Rice Flour"]
    assert [row.code for row in item_list.quick_find("rf1")] == ["RF1"]
    make_item("RF1 holder", code="ZZ")  # a name starting with the code comes after the code
    assert [row.code for row in item_list.quick_find("rf1")] == ["RF1", "ZZ"]
    assert item_list.quick_find("rin") == []
    assert [row.name for row in item_list.quick_find("rin", include_inactive=True)] == [
        "Rin Bar Old"
    ]
    assert len(item_list.quick_find("", limit=2)) == 2
