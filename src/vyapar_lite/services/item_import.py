"""Importing items from the items sheet: a preview first, then all rows or none.

The file is read by `exports.workbook.read_first_sheet()`; these functions take the SheetData it
returns. Every row is checked before anything is written: the sheet's own rules with the shop's
active GST rates (`domain.item_sheet`), then against the shop (codes already used; a name the shop
already has is a warning). Any error rejects the whole file.

The import is one transaction writing the rows `items.create_item()` would (built by the same
functions there): items, their customer-type prices, opening stock moves and audit rows, one
prepared statement per table (`db.bulk`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import peewee as pw

from vyapar_lite.db import bulk
from vyapar_lite.db.models import Item, ItemTypePrice, Sequence, StockMove
from vyapar_lite.domain.item import ItemDetails
from vyapar_lite.domain.item_sheet import read_sheet, sort_errors
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.domain.sheet import RowError, SheetData
from vyapar_lite.services import audit, gst_rates, items
from vyapar_lite.services.sheet_import import ImportPreview as GenericPreview
from vyapar_lite.services.sheet_import import (
    ImportResult,
    assign_codes,
    file_problem,
    import_all,
    tuples,
)


@dataclass(frozen=True)
class ImportRow:
    """An item the import would create, with the code it gets."""

    row_number: int
    code: str
    details: ItemDetails
    opening_stock_milli: int
    is_active: bool


ImportPreview = GenericPreview[ImportRow]


def preview(sheet: SheetData) -> ImportPreview:
    """Check every row against the sheet's rules and the shop; writes nothing."""
    return _check(sheet, _ShopIndex.load())[0]


def import_items(sheet: SheetData, *, on: date | None = None) -> ImportResult:
    """Create every item in the sheet in one transaction (opening stock dated `on`, default
    today), or raise `sheet_import.ImportRejected` and write nothing. Audit rows say "imported
    from <file>"."""
    return import_all(
        sheet,
        "item",
        lambda checked: _check(checked, _ShopIndex.load()),
        lambda rows, note: _write(rows, on=on or date.today(), note=note),
    )


@dataclass(frozen=True)
class _ShopIndex:
    """The shop's items as lookups (code -> name, name -> code), its series and GST rates."""

    codes: dict[str, str]
    names: dict[str, str]
    series: tuple[str, int, int]
    rates: list[int]

    @classmethod
    def load(cls) -> _ShopIndex:
        codes: dict[str, str] = {}
        names: dict[str, str] = {}
        for code, name in tuples(Item.select(Item.code, Item.name).order_by(Item.id)):
            codes[code] = name
            names.setdefault(name.casefold(), code)
        seq = Sequence.get(Sequence.name == "item")
        return cls(codes, names, (seq.prefix, seq.next_number, seq.width), gst_rates.active_rates())


def _check(sheet: SheetData, shop: _ShopIndex) -> tuple[ImportPreview, int]:
    """The preview, and the item series' next number once the rows have their codes."""
    if sheet.problem:
        return file_problem(sheet.file_name, sheet.problem), shop.series[1]
    reading = read_sheet(sheet.rows, rates=shop.rates)
    errors = list(reading.errors)
    warnings = list(reading.warnings)
    for item in reading.records:
        d, row = item.details, item.row_number
        if d.code in shop.codes:
            errors.append(
                RowError(
                    row,
                    "Code",
                    Message(
                        QT_TRANSLATE_NOOP("messages", "Code {code} is already used by {value}"),
                        code=d.code,
                        value=shop.codes[d.code],
                    ),
                )
            )
        same_name = shop.names.get(d.name.casefold())
        if same_name:
            warnings.append(
                RowError(
                    row,
                    "Name",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "{same_name} already has this name (imported anyway)"
                        ),
                        same_name=same_name,
                    ),
                )
            )
    codes, next_number = assign_codes(
        [i.details.code for i in reading.records], set(shop.codes), shop.series
    )
    rows = [
        ImportRow(i.row_number, code, i.details, i.opening_stock_milli, i.is_active)
        for i, code in zip(reading.records, codes, strict=True)
    ]
    preview = ImportPreview(
        sheet.file_name, rows, sort_errors(errors), sort_errors(warnings), reading.rows_read
    )
    return preview, next_number


def _write(rows: list[ImportRow], *, on: date, note: str) -> None:
    now = datetime.now()
    last_id = Item.select(pw.fn.MAX(Item.id)).scalar() or 0
    bulk.insert_rows(
        Item,
        [items.new_item_values(r.details, r.code, now=now, is_active=r.is_active) for r in rows],
    )
    ids: dict[str, int] = dict(tuples(Item.select(Item.code, Item.id).where(Item.id > last_id)))
    bulk.insert_rows(
        ItemTypePrice,
        [values for r in rows for values in items.type_price_values(ids[r.code], r.details)],
    )
    audit.record_many(
        items.creation_change(ids[r.code], r.details, r.code, note=note) for r in rows
    )

    openings = [(ids[r.code], r.code, r.opening_stock_milli) for r in rows if r.opening_stock_milli]
    if not openings:
        return
    last_move = StockMove.select(pw.fn.MAX(StockMove.id)).scalar() or 0
    bulk.insert_rows(
        StockMove, [items.move_values(i, qty, "opening", on, now=now) for i, _, qty in openings]
    )
    move_ids: dict[int, int] = dict(
        tuples(StockMove.select(StockMove.item, StockMove.id).where(StockMove.id > last_move))
    )
    audit.record_many(
        items.adjustment_change(move_ids[i], code, qty, "opening", on, note=note)
        for i, code, qty in openings
    )
