"""Importing items from an .xlsx file: preview, all-or-nothing, the same rows as a single save."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from factories import make_item
from sheet_files import item_row, write_item_sheet, write_sheet
from vyapar_lite.db.models import AuditEntry, Item, ItemTypePrice, StockMove
from vyapar_lite.domain.item import TypePrice
from vyapar_lite.domain.item_sheet import read_sheet
from vyapar_lite.exports.workbook import read_first_sheet
from vyapar_lite.services import gst_rates, item_import, items, sequences
from vyapar_lite.services.sheet_import import ImportRejected, ImportResult


def _counts() -> tuple[int, ...]:
    return (
        Item.select().count(),
        ItemTypePrice.select().count(),
        StockMove.select().count(),
        AuditEntry.select().count(),
        sequences.peek("item")[1],
    )


def _import(path: Path) -> ImportResult:
    return item_import.import_items(read_first_sheet(path), on=date(2026, 4, 1))


def _rejected(path: Path) -> list[str]:
    before = _counts()
    with pytest.raises(ImportRejected) as caught:
        _import(path)
    assert _counts() == before
    return [str(e) for e in caught.value.errors]


def test_a_clean_file_imports_every_column(shop_file: Path, tmp_path: Path) -> None:
    path = write_item_sheet(
        tmp_path / "items.xlsx",
        [
            item_row(
                "Glucose Biscuits",
                hsn_sac=19053100,
                unit="pack",
                sale_price=30,
                price_includes_tax="Yes",
                gst_rate=5,
                track_stock="Yes",
                opening_stock=120,
                low_stock_level=24,
                dealer_price=26.5,
                general_discount=2,
            ),
            item_row("Delivery", code="DEL", hsn_sac="996813", unit="service", gst_rate=18),
            item_row("Old Pen", gst_rate=18, active="No"),
        ],
    )

    result = _import(path)

    assert (result.created, result.first_code, result.last_code) == (3, "I0001", "I0002")
    read = read_sheet(read_first_sheet(path).rows).records  # every column: see test_item_sheet
    codes = ("I0001", "DEL", "I0002")
    saved = [items.get_item(code) for code in codes]
    assert [r.details for r in saved] == [
        replace(row.details, code=code) for row, code in zip(read, codes, strict=True)
    ]
    biscuits = saved[0]
    assert biscuits.details.type_prices == {
        "General": TypePrice(None, 200),
        "Dealer": TypePrice(2650, None),
    }
    assert biscuits.stock_milli == 120000
    assert items.get_item("DEL").details.unit == "service"
    assert not items.get_item("I0002").is_active
    assert sequences.peek("item")[1] == 3
    move = StockMove.get()
    assert (move.move_date, move.reason, move.qty_milli) == (date(2026, 4, 1), "opening", 120000)


def test_import_writes_the_same_audit_rows_as_a_single_save(
    shop_file: Path, tmp_path: Path
) -> None:
    path = write_item_sheet(
        tmp_path / "items.xlsx",
        [item_row("Sugar", unit="kg", sale_price=46, track_stock="Yes", opening_stock=50.5)],
    )
    _import(path)
    imported = [
        (a.action, a.record_type, a.record_label, json.loads(a.after_json), a.note)
        for a in AuditEntry.select().where(AuditEntry.record_type.in_(["item", "stock_move"]))
    ]
    make_item("Sugar", unit="kg", sale_price=4600, gst_rate_bp=500, opening_stock=50500)
    single = [
        (a.action, a.record_type, a.record_label, json.loads(a.after_json))
        for a in AuditEntry.select()
        .where(AuditEntry.record_type.in_(["item", "stock_move"]))
        .order_by(AuditEntry.id)
    ][2:]

    assert [entry[:2] for entry in imported] == [("create", "item"), ("post", "stock_move")]
    assert all(entry[4] == "imported from items.xlsx" for entry in imported)
    assert imported[0][3] == {**single[0][3], "code": "I0001"}
    assert imported[1][3] == single[1][3]
    assert imported[1][2] == "I0001 opening stock"


def test_one_bad_row_means_nothing_is_written(shop_file: Path, tmp_path: Path) -> None:
    make_item("Existing", code="OIL1")
    path = write_item_sheet(
        tmp_path / "items.xlsx",
        [
            item_row("Fine", track_stock="Yes", opening_stock=10),
            item_row("Clash", code="oil1"),
            item_row("Bad rate", gst_rate=7),
            item_row("Existing", gst_rate=18),
        ],
    )

    errors = _rejected(path)

    assert errors == [
        "row 3, Code: Code OIL1 is already used by Existing",
        "row 4, GST rate: 7% is not one of the shop's GST rates "
        "(0%, 0.25%, 3%, 5%, 12%, 18%, 28%, 40%)",
    ]
    preview = item_import.preview(read_first_sheet(path))
    assert not preview.ok and preview.bad_rows == 2
    assert [str(w) for w in preview.warnings] == [
        "row 5, Name: OIL1 already has this name (imported anyway)"
    ]


def test_a_deactivated_rate_is_refused(shop_file: Path, tmp_path: Path) -> None:
    gst_rates.set_rate_active(1200, False)
    path = write_item_sheet(tmp_path / "items.xlsx", [item_row("Namkeen", gst_rate=12)])

    assert _rejected(path) == [
        "row 2, GST rate: 12% is not one of the shop's GST rates (0%, 0.25%, 3%, 5%, 18%, 28%, 40%)"
    ]


def test_the_preview_shows_codes_without_writing(shop_file: Path, tmp_path: Path) -> None:
    make_item("Typed", code="I0002")
    path = write_item_sheet(
        tmp_path / "items.xlsx", [item_row("A"), item_row("B", code="X9"), item_row("C")]
    )
    before = _counts()

    preview = item_import.preview(read_first_sheet(path))

    assert preview.ok and preview.rows_read == 3
    assert [(r.row_number, r.code) for r in preview.rows] == [(2, "I0001"), (3, "X9"), (4, "I0003")]
    assert _counts() == before
    assert _import(path).last_code == "I0003"
    assert items.next_code_preview() == "I0004"


def test_a_file_that_cannot_be_read(shop_file: Path, tmp_path: Path) -> None:
    junk = tmp_path / "items.xlsx"
    junk.write_text("not a workbook")
    assert _rejected(junk) == [
        "items.xlsx is not an Excel workbook (.xlsx). Open it in Excel or LibreOffice and "
        "save it as 'Excel Workbook (.xlsx)'"
    ]
    customers_sheet = write_sheet(tmp_path / "customers.xlsx", [["Asha"]])
    assert _rejected(customers_sheet)[0] == (
        "row 1, HSN/SAC: The column 'HSN/SAC' is missing from row 1 (the headers)"
    )
