"""Items for the items sheet: every item, active or not, with its customer-type prices and stock
on hand, as the sheet's cell values (see `domain.item_sheet.sheet_row`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from vyapar_lite.db.models import Item, ItemTypePrice
from vyapar_lite.domain.item_sheet import sheet_row
from vyapar_lite.services import item_list
from vyapar_lite.services.items import item_details

_BATCH = 500


def item_count() -> int:
    """How many rows `item_rows()` yields (for a progress bar)."""
    return int(Item.select().count())


def item_rows() -> Iterator[tuple[object, ...]]:
    """One tuple of cell values per item, in the order they were created; read in batches."""
    last_id = 0
    while True:
        rows = list(
            Item.select(Item, item_list.stock_sum(Item.id).alias("stock"))
            .where(Item.id > last_id)
            .order_by(Item.id)
            .limit(_BATCH)
        )
        if not rows:
            return
        prices: dict[int, list[ItemTypePrice]] = defaultdict(list)
        for price in ItemTypePrice.select().where(ItemTypePrice.item.in_([row.id for row in rows])):
            prices[price.item_id].append(price)
        for row in rows:
            details = item_details(row, prices[row.id])
            stock = int(getattr(row, "stock", 0)) if row.track_stock else None
            yield sheet_row(row.code, details, stock, row.is_active)
        last_id = rows[-1].id
