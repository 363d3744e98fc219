"""Items: create, edit, deactivate and reactivate, prices per customer type, and stock.

Each write is one audited transaction. Screens and the CLI name items by their code, which never
changes; the database id stays in the services layer (the invoice service passes it to
`record_stock_move`). Stock on hand is the sum of the item's stock moves: opening stock and
corrections from here, sales and returns from the documents that cause them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from vyapar_lite.db import database, locks
from vyapar_lite.db.models import Item, ItemTypePrice, StockMove
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.item import (
    ADJUST_REASONS,
    MAX_QTY_MILLI,
    ItemDetails,
    TypePrice,
    clean_item,
    format_qty,
    is_low,
    price_for_type,
)
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.services import audit, edits_meanwhile, gst_rates, item_list, sequences

_ROW_FIELDS = [f.name for f in fields(ItemDetails) if f.name not in ("code", "type_prices")]
MAX_REASON = 20  # stock_move.reason is VARCHAR(20)


@dataclass(frozen=True)
class ItemRecord:
    """An item as screens see it: details, status, stock on hand (thousandths; None when stock
    is not tracked) and whether that stock is at or below the low-stock level."""

    code: str
    details: ItemDetails
    is_active: bool
    stock_milli: int | None
    low: bool
    version: str = ""  # as opened: an edit saved over a later change is refused


@dataclass(frozen=True)
class StockLine:
    """One stock move, for an item's stock history."""

    move_date: date
    qty_milli: int
    reason: str
    doc_type: str
    doc_id: int | None


def create_item(
    details: ItemDetails, *, opening_stock_milli: int = 0, opening_date: date | None = None
) -> ItemRecord:
    """Create an item (code from the series when blank) with optional opening stock."""
    clean = clean_item(details, rates=gst_rates.active_rates())
    with database.atomic():
        if clean.code and Item.select().where(Item.code == clean.code).exists():
            raise ValidationError(
                FieldError(
                    "code",
                    Message(
                        QT_TRANSLATE_NOOP("messages", "Code {code} is already used"),
                        code=clean.code,
                    ),
                )
            )
        code = clean.code or sequences.next_free_code("item", _code_taken)
        row = Item.create(**new_item_values(clean, code, now=datetime.now()))
        _write_type_prices(row.id, clean)
        audit.record_change(creation_change(row.id, clean, code))
        if opening_stock_milli:
            on = opening_date or date.today()
            _adjust(row, opening_stock_milli, "opening", on, note="", field="opening_stock")
    return get_item(code)


def update_item(code: str, details: ItemDetails, *, opened: str | None = None) -> ItemRecord:
    """Save edited details. The code never changes; a rate since deactivated may stay. `opened`
    is the `version` the form was opened at: when the item was changed since (another counter),
    `edits_meanwhile.ChangedMeanwhile` says what changed and nothing is saved."""
    with database.atomic():
        row = _row(code, lock=True)
        edits_meanwhile.check_unchanged(row, "item", opened)
        clean = clean_item(details, rates={*gst_rates.active_rates(), row.gst_rate_bp})
        if clean.code and clean.code != row.code:
            raise ValidationError(
                FieldError(
                    "code",
                    Message(QT_TRANSLATE_NOOP("messages", "An item's code cannot be changed")),
                )
            )
        before = _audit_values(_details(row), row.code)
        after = _audit_values(clean, row.code)
        if before != after:
            Item.update(**_row_values(clean), updated_at=datetime.now()).where(
                Item.id == row.id
            ).execute()
            ItemTypePrice.delete().where(ItemTypePrice.item == row.id).execute()
            _write_type_prices(row.id, clean)
            audit.record("update", "item", row.id, label=row.code, before=before, after=after)
    return get_item(code)


def set_active(code: str, active: bool, *, reason: str = "") -> ItemRecord:
    """Deactivate (hide from pickers, keep on old invoices and in reports) or reactivate."""
    with database.atomic():
        row = _row(code)
        if row.is_active != active:
            Item.update(is_active=active, updated_at=datetime.now()).where(
                Item.id == row.id
            ).execute()
            audit.record(
                "reactivate" if active else "deactivate",
                "item",
                row.id,
                label=row.code,
                before={"is_active": row.is_active},
                after={"is_active": active},
                note=reason,
            )
    return get_item(code)


def get_item(code: str) -> ItemRecord:
    row = _row(code)
    stock = stock_milli(row.id) if row.track_stock else None
    return ItemRecord(
        code=row.code,
        details=_details(row),
        is_active=row.is_active,
        stock_milli=stock,
        low=is_low(stock, row.low_stock_milli),
        version=edits_meanwhile.version_of(row, "item"),
    )


def price_for(code: str, customer_type: str) -> tuple[int, int]:
    """(rate in paise, discount in basis points) for a customer of this type: the type's own
    price if the item has one, else the sale price with the type's discount (0 without one)."""
    return price_for_type(_details(_row(code)), customer_type)


def stock_milli(item_id: int) -> int:
    """Stock on hand in thousandths: the sum of the item's stock moves."""
    return int(item_list.stock_sum(item_id).scalar())


def adjust_stock(code: str, qty_milli: int, reason: str, on: date, *, note: str = "") -> ItemRecord:
    """Opening stock or a correction after counting: `qty_milli` in (+) or out (-), audited."""
    if reason not in ADJUST_REASONS:
        raise ValidationError(
            FieldError(
                "reason",
                Message(
                    QT_TRANSLATE_NOOP("messages", "Choose opening stock or a stock correction")
                ),
            )
        )
    with database.atomic():
        _adjust(_row(code), qty_milli, reason, on, note=note)
    return get_item(code)


def record_stock_move(  # noqa: PLR0917 - the invoice service's agreed call
    item_id: int, qty_milli: int, reason: str, doc_type: str, doc_id: int | None, on: date
) -> int | None:
    """A document's stock move (a sale out, a return in) inside the document's transaction.

    Returns the move's id, or None when the item does not track stock (nothing is written). The
    document itself is audited by its own service.
    """
    if not database.in_transaction():
        raise RuntimeError("items.record_stock_move() must run inside the document's transaction")
    _check_move(qty_milli, reason)
    row = Item.get_by_id(item_id)
    if not row.track_stock:
        return None
    return _insert_move(row.id, qty_milli, reason, on, doc_type=doc_type, doc_id=doc_id)


def stock_history(code: str, *, limit: int = 200) -> list[StockLine]:
    """An item's stock moves, newest first."""
    row = _row(code)
    query = (
        StockMove.select(
            StockMove.move_date,
            StockMove.qty_milli,
            StockMove.reason,
            StockMove.doc_type,
            StockMove.doc_id,
        )
        .where(StockMove.item == row.id)
        .order_by(StockMove.move_date.desc(), StockMove.id.desc())
        .limit(limit)
    )
    return [
        StockLine(row.move_date, int(row.qty_milli), row.reason, row.doc_type, row.doc_id)
        for row in query
    ]


def low_stock_items() -> list[item_list.ItemRow]:
    """Active items that track stock and are at or below their low-stock level, by name."""
    f = item_list.ItemFilter(status="active", low_stock=True)
    return item_list.page(f, limit=item_list.count(f))


def next_code_preview() -> str:
    """The code a new item saved now would get (skipping codes typed by hand); takes nothing."""
    return sequences.preview_free_code("item", _code_taken)


# --- row and audit values, shared by the one-item functions above and the bulk import ----------


def new_item_values(
    details: ItemDetails, code: str, *, now: datetime, is_active: bool = True
) -> dict[str, Any]:
    """The `item` row for new, cleaned details."""
    return {
        **_row_values(details),
        "code": code,
        "is_active": is_active,
        "created_at": now,
        "updated_at": now,
    }


def type_price_values(item_id: int, details: ItemDetails) -> list[dict[str, Any]]:
    """The `item_type_price` rows for cleaned details."""
    return [
        {"item": item_id, "customer_type": t, "price": p.price, "discount_bp": p.discount_bp}
        for t, p in details.type_prices.items()
    ]


def creation_change(
    item_id: int, details: ItemDetails, code: str, *, note: str = ""
) -> audit.PendingChange:
    """The audit row for a new item."""
    return audit.PendingChange(
        "create", "item", item_id, label=code, after=_audit_values(details, code), note=note
    )


def move_values(
    item_id: int,
    qty_milli: int,
    reason: str,
    on: date,
    *,
    now: datetime,
    doc_type: str = "",
    doc_id: int | None = None,
) -> dict[str, Any]:
    """The `stock_move` row."""
    return {
        "item": item_id,
        "move_date": on,
        "qty_milli": qty_milli,
        "reason": reason,
        "doc_type": doc_type,
        "doc_id": doc_id,
        "created_at": now,
    }


def adjustment_change(
    move_id: int, code: str, qty_milli: int, reason: str, on: date, *, note: str = ""
) -> audit.PendingChange:
    """The audit row for opening stock or a correction."""
    return audit.PendingChange(
        "post",
        "stock_move",
        move_id,
        label=f"{code} {ADJUST_REASONS.get(reason, reason).lower()}",
        after={"date": on, "qty_milli": qty_milli, "reason": reason},
        note=note,
    )


# --- private -------------------------------------------------------------------------------------


def _adjust(
    row: Item, qty_milli: int, reason: str, on: date, *, note: str, field: str = "qty"
) -> None:
    _check_move(qty_milli, reason, field=field)
    if not row.track_stock:
        raise ValidationError(
            FieldError(
                field,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Turn on stock tracking for {name} before adding stock"
                    ),
                    name=row.name,
                ),
            )
        )
    move_id = _insert_move(row.id, qty_milli, reason, on)
    audit.record_change(adjustment_change(move_id, row.code, qty_milli, reason, on, note=note))


def _check_move(qty_milli: int, reason: str, *, field: str = "qty") -> None:
    if not qty_milli:
        raise ValidationError(
            FieldError(
                field, Message(QT_TRANSLATE_NOOP("messages", "Enter a quantity other than 0"))
            )
        )
    if abs(qty_milli) > MAX_QTY_MILLI:
        raise ValidationError(
            FieldError(
                field,
                Message(
                    QT_TRANSLATE_NOOP("messages", "At most {MAX_QTY_MILLI} units in one move"),
                    MAX_QTY_MILLI=format_qty(MAX_QTY_MILLI),
                ),
            )
        )
    if not 0 < len(reason) <= MAX_REASON:
        raise ValueError(f"a stock move's reason is 1-{MAX_REASON} characters, got {reason!r}")


def _insert_move(
    item_id: int,
    qty_milli: int,
    reason: str,
    on: date,
    *,
    doc_type: str = "",
    doc_id: int | None = None,
) -> int:
    values = move_values(
        item_id, qty_milli, reason, on, now=datetime.now(), doc_type=doc_type, doc_id=doc_id
    )
    return int(StockMove.create(**values).id)


def _write_type_prices(item_id: int, details: ItemDetails) -> None:
    for values in type_price_values(item_id, details):
        ItemTypePrice.insert(**values).execute()


def _code_taken(code: str) -> bool:
    return bool(Item.select().where(Item.code == code).exists())


def _row(code: str, *, lock: bool = False) -> Item:
    query = Item.select().where(Item.code == code.strip().upper())
    row = (locks.for_update(query) if lock else query).get_or_none()
    if row is None:
        raise ValidationError(
            FieldError(
                "code",
                Message(
                    QT_TRANSLATE_NOOP("messages", "There is no item with code {code}"), code=code
                ),
            )
        )
    return row


def _row_values(details: ItemDetails) -> dict[str, Any]:
    return {name: getattr(details, name) for name in _ROW_FIELDS}


def _details(row: Item) -> ItemDetails:
    return item_details(row, ItemTypePrice.select().where(ItemTypePrice.item == row.id))


def item_details(row: Item, prices: Iterable[ItemTypePrice]) -> ItemDetails:
    """ItemDetails from an `item` row and its `item_type_price` rows."""
    type_prices = {
        p.customer_type: TypePrice(
            None if p.price is None else int(p.price),
            None if p.discount_bp is None else int(p.discount_bp),
        )
        for p in prices
    }
    return ItemDetails(
        code=row.code,
        type_prices=type_prices,
        **{name: getattr(row, name) for name in _ROW_FIELDS},
    )


def audited_values(row: Item) -> dict[str, Any]:
    """What the audit trail records of the item `row` as it is now (for `check`)."""
    return {**_audit_values(_details(row), row.code), "is_active": row.is_active}


def _audit_values(details: ItemDetails, code: str) -> dict[str, Any]:
    values: dict[str, Any] = {name: getattr(details, name) for name in _ROW_FIELDS}
    values["code"] = code
    values["type_prices"] = {
        t: {"price": p.price, "discount_bp": p.discount_bp} for t, p in details.type_prices.items()
    }
    return values
