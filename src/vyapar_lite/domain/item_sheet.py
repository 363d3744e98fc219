"""The items sheet: its columns, reading a row into an item, and writing one out.

The same columns serve the template, the import and the export, so an exported file imports back
unchanged. Reading checks every cell and every item rule (through `clean_item`, with the shop's
active GST rates when given) and collects every problem as a RowError naming the row and the
column's header. Checks against the shop's items (codes already used) belong to the import service.

Every field of the item form is a column: the GST unit code (UQC), the supply type (taxable,
nil-rated, exempt or non-GST: Rule 49 and s.2(47)/2(78) CGST Act decide how it is billed) and
whether GST on it is payable by the buyer (reverse charge, s.9(3)/9(4) CGST Act). Goods or
services is told by the code itself: a SAC starts with 99 (`services.supply_rules.moves_goods`).
Columns added after the first template (`ADDED_LATER`) may be missing from a file made with an
older template: their cells read as blank (the form's defaults).

On export, "Opening stock" holds the stock on hand that day, so the file can start another shop
file with the same stock.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from vyapar_lite.domain import money
from vyapar_lite.domain.customer import CUSTOMER_TYPES
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.item import (
    GENERAL,
    ItemDetails,
    TypePrice,
    clean_item,
    discount_field,
    parse_qty,
    parse_rate_percent,
    percent_from_decimal,
    price_field,
    qty_decimal,
    qty_from_decimal,
    rate_decimal,
)
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.domain.sheet import (
    Column,
    Kind,
    Reading,
    Row,
    RowError,
    RowReader,
    excel_decimal,
    is_blank,
    is_number,
    number_text,
    read_money,
    read_rows,
    read_text,
    read_yes_no,
    repeats_within,
    sort_row_errors,
    yes_no,
)
from vyapar_lite.domain.supply import SUPPLY_TYPES

PRICED_TYPES = tuple(t for t in CUSTOMER_TYPES if t != GENERAL)  # General pays the sale price

COLUMNS: tuple[Column, ...] = (
    Column("Code", Kind.TEXT, 10, "Leave blank for the next code in the series (I0001, I0002 …). "
           "Or type your own: 1-30 letters, digits, '-', '/', '.' or '_' (a barcode works)."),
    Column("Name", Kind.TEXT, 30, "Required. The item's name as it should appear on invoices."),
    Column("HSN/SAC", Kind.TEXT, 10, "Optional. HSN for goods: 4, 6 or 8 digits (1006 or "
           "10063020). SAC for services: 6 digits starting 99 (998714). Type it as text to keep "
           "a leading 0."),
    Column("Unit", Kind.TEXT, 8, "pcs, kg, g, l, ml, m, box, pack, dozen, pair, set, bag, bottle, "
           "strip, sheet, hour, service, or your own word of 1-10 letters (blank: pcs)."),
    Column("UQC", Kind.TEXT, 6, "The GST unit code returns use: NOS, PCS, KGS, GMS, LTR, MLT, "
           "MTR, BOX, BAG, PAC, DOZ, PRS, SET, BTL, OTH … (blank: the code for the Unit, or OTH)."),
    Column("Sale price", Kind.MONEY, 11, "Rupees per unit, for example 45 or 45.50 (blank: 0)."),
    Column("Price includes tax", Kind.YES_NO, 10, "Yes when the sale price already includes GST "
           "(as an MRP does); No when GST is added on top (blank: No)."),
    Column("GST rate", Kind.PERCENT, 8, "Required. The rate in percent: 0, 0.25, 3, 5, 12, 18, 28 "
           "or 40 — one of the rates switched on in Settings."),
    Column("Supply type", Kind.TEXT, 12, "Taxable, Nil-rated, Exempt or Non-GST (blank: "
           "Taxable). A nil-rated, exempt or non-GST item has GST rate 0."),
    Column("Reverse charge", Kind.YES_NO, 9, "Yes when GST on it is payable by the buyer "
           "(reverse charge, s.9(3)/9(4) CGST Act: the bill shows the tax and does not charge "
           "it); blank: No."),
    Column("Track stock", Kind.YES_NO, 8, "Yes to count this item's stock (sales reduce it, "
           "returns raise it); blank: No."),
    Column("Opening stock", Kind.QTY, 10, "The quantity on hand now, up to 3 decimals (1.5 kg). "
           "Needs Track stock = Yes. An export fills in the stock on hand on the day."),
    Column("Low stock level", Kind.QTY, 10, "Warn when the stock falls to this quantity or below "
           "(0: when it runs out). Needs Track stock = Yes."),
    *(
        Column(f"{t} price", Kind.MONEY, 11, f"Optional: the price {t}s pay per unit instead of "
               "the sale price. Leave blank to use the sale price.")
        for t in PRICED_TYPES
    ),
    *(
        Column(f"{t} discount %", Kind.PERCENT, 10, f"Optional: the discount {t} customers get "
               "off the sale price, in percent (5 for 5%). Not together with a price for the "
               "same type.")
        for t in CUSTOMER_TYPES
    ),
    Column("Active", Kind.YES_NO, 7, "No for an item you no longer sell (blank: Yes)."),
)  # fmt: skip
HEADERS: tuple[str, ...] = tuple(column.header for column in COLUMNS)
# columns the first template did not have: a file made with it still imports without them
ADDED_LATER = frozenset({"Supply type", "Reverse charge"})
# what the Supply type column accepts (any case, spaces or hyphens) -> the stored value
_SUPPLY_WORDS = {
    "taxable": "taxable",
    "nil": "nil",
    "nilrated": "nil",
    "nilrated(0%)": "nil",
    "exempt": "exempt",
    "exempted": "exempt",
    "nongst": "non_gst",
}

# clean_item's field names -> the sheet's headers
FIELD_HEADERS: dict[str, str] = {
    "code": "Code",
    "name": "Name",
    "hsn_sac": "HSN/SAC",
    "unit": "Unit",
    "uqc": "UQC",
    "sale_price": "Sale price",
    "price_includes_tax": "Price includes tax",
    "gst_rate_bp": "GST rate",
    "supply_type": "Supply type",
    "reverse_charge": "Reverse charge",
    "track_stock": "Track stock",
    "opening_stock": "Opening stock",
    "low_stock_milli": "Low stock level",
    **{price_field(t): f"{t} price" for t in CUSTOMER_TYPES},
    **{discount_field(t): f"{t} discount %" for t in CUSTOMER_TYPES},
}
FIELD_HEADERS[price_field(GENERAL)] = "Sale price"


@dataclass(frozen=True)
class SheetItem:
    """A valid row: the item's cleaned details (blank code = next in series), opening stock in
    thousandths (0: none) and whether it is active."""

    row_number: int
    details: ItemDetails
    opening_stock_milli: int
    is_active: bool


ItemSheetReading = Reading[SheetItem]


def sort_errors(errors: list[RowError]) -> list[RowError]:
    """Row order, then the sheet's column order."""
    return sort_row_errors(errors, HEADERS)


def read_sheet(rows: Iterable[Row], *, rates: Collection[int] | None = None) -> ItemSheetReading:
    """Read every row after the header row; codes used twice are errors, names a warning."""
    items, errors, found = read_rows(
        rows,
        HEADERS,
        "items",
        lambda n, cells: read_row(n, cells, rates=rates),
        optional=ADDED_LATER,
    )
    errors += repeats_within(
        [(i.row_number, "Code", i.details.code, i.details.code) for i in items]
    )
    warnings = repeats_within(
        [(i.row_number, "Name", i.details.name.casefold(), i.details.name) for i in items]
    )
    return ItemSheetReading(items, sort_errors(errors), sort_errors(warnings), found)


def read_row(
    row_number: int, cells: Mapping[str, object], *, rates: Collection[int] | None = None
) -> tuple[SheetItem | None, list[RowError]]:
    """One row's cells (by header) -> the item, or None and every problem in the row."""
    reader = RowReader(row_number, cells)
    cell, text = reader.cell, reader.text
    if is_blank(cells.get("GST rate")):
        reader.errors.append(
            RowError(
                row_number,
                "GST rate",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Enter the GST rate in percent (0 for exempt goods)"
                    )
                ),
            )
        )
        reader.unreadable.add("GST rate")
    type_prices = {
        t: TypePrice(
            cell(f"{t} price", _read_optional_money, None) if t != GENERAL else None,
            cell(f"{t} discount %", read_percent, None),
        )
        for t in CUSTOMER_TYPES
    }
    track = cell("Track stock", read_yes_no, False)
    details = ItemDetails(
        code=text("Code"),
        name=text("Name"),
        hsn_sac=cell("HSN/SAC", _read_hsn, ""),
        unit=cell("Unit", _read_unit, "pcs"),
        uqc=text("UQC"),
        sale_price=cell("Sale price", read_money, 0),
        price_includes_tax=cell("Price includes tax", read_yes_no, False),
        gst_rate_bp=cell("GST rate", read_percent, None) or 0,
        track_stock=track,
        low_stock_milli=cell("Low stock level", read_qty, 0),
        type_prices=type_prices,
        reverse_charge=cell("Reverse charge", read_yes_no, False),
        supply_type=cell("Supply type", _read_supply_type, "taxable"),
    )
    opening = cell("Opening stock", read_qty, 0)
    active = cell("Active", _read_active, True)
    if opening and not track:
        reader.errors.append(
            RowError(
                row_number,
                "Opening stock",
                Message(
                    QT_TRANSLATE_NOOP("messages", "Set Track stock to Yes to give an opening stock")
                ),
            )
        )
    clean: ItemDetails | None = None
    try:
        clean = clean_item(details, rates=rates)
    except ValidationError as exc:
        reader.rule_errors(exc, FIELD_HEADERS)
    if reader.errors or clean is None:
        return None, sort_errors(reader.errors)
    return SheetItem(row_number, clean, opening, active), []


def sheet_row(
    code: str, details: ItemDetails, stock_milli: int | None, is_active: bool
) -> tuple[object, ...]:
    """An item as the sheet's cell values, in column order (for the export).

    Money is Decimal rupees, quantities and percentages Decimals, yes/no columns "Yes"/"No";
    `stock_milli` (None when not tracked) goes in "Opening stock".
    """

    def rupees(paise: int | None) -> object:
        return None if paise is None else money.to_decimal_rupees(paise)

    def percent(bp: int | None) -> object:
        return None if bp is None else rate_decimal(bp)

    prices = details.type_prices
    return (
        code,
        details.name,
        details.hsn_sac,
        details.unit,
        details.uqc,
        money.to_decimal_rupees(details.sale_price),
        yes_no(details.price_includes_tax),
        rate_decimal(details.gst_rate_bp),
        SUPPLY_TYPES.get(details.supply_type, details.supply_type),
        yes_no(details.reverse_charge),
        yes_no(details.track_stock),
        qty_decimal(stock_milli) if stock_milli else None,
        qty_decimal(details.low_stock_milli) if details.low_stock_milli else None,
        *(rupees(prices[t].price if t in prices else None) for t in PRICED_TYPES),
        *(percent(prices[t].discount_bp if t in prices else None) for t in CUSTOMER_TYPES),
        yes_no(is_active),
    )


def read_qty(value: object, *, column: str) -> int:
    """Thousandths from a number cell or typed text ("1.5"); blank is 0; negatives are returned
    as they are (the field's rule decides)."""
    if is_blank(value):
        return 0
    if is_number(value):
        return qty_from_decimal(excel_decimal(value), field=column)
    if isinstance(value, str):
        return parse_qty(value, field=column, allow_zero=True, allow_negative=True)
    raise ValidationError(
        FieldError(
            column,
            Message(QT_TRANSLATE_NOOP("messages", "Enter a quantity, for example 12 or 1.5")),
        )
    )


def read_percent(value: object, *, column: str) -> int | None:
    """Basis points from a number cell (18 is 18%) or text ("18%", "0.25"); blank is None."""
    if is_blank(value):
        return None
    if is_number(value):
        return percent_from_decimal(excel_decimal(value), field=column)
    if isinstance(value, str):
        return parse_rate_percent(value, field=column)
    raise ValidationError(
        FieldError(
            column, Message(QT_TRANSLATE_NOOP("messages", "Enter a percentage, for example 18"))
        )
    )


def _read_optional_money(value: object, *, column: str) -> int | None:
    return None if is_blank(value) else read_money(value, column=column)


def _read_hsn(value: object, *, column: str) -> str:
    """HSN codes are 4, 6 or 8 digits: a number cell that lost its leading 0 (402 for 0402) gets
    it back."""
    if is_number(value):
        digits = number_text(value)
        return "0" + digits if digits.isdigit() and len(digits) in (3, 5, 7) else digits
    return read_text(value, column=column)


def _read_supply_type(value: object, *, column: str) -> str:
    """Taxable, Nil-rated (as exported: "Nil-rated (0%)"), Exempt or Non-GST; blank: taxable."""
    text = read_text(value, column=column)
    if not text.strip():
        return "taxable"
    key = "".join(text.lower().replace("-", " ").split())
    if key not in _SUPPLY_WORDS:
        raise ValidationError(
            FieldError(
                column,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "'{text}' is not a supply type: Taxable, Nil-rated, Exempt or Non-GST",
                    ),
                    text=text.strip(),
                ),
            )
        )
    return _SUPPLY_WORDS[key]


def _read_unit(value: object, *, column: str) -> str:
    return read_text(value, column=column).strip() or "pcs"


def _read_active(value: object, *, column: str) -> bool:
    return True if is_blank(value) else read_yes_no(value, column=column)
