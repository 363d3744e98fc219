"""The items workbook: reopened with openpyxl, formula-safe, round-tripping into a new shop."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from openpyxl import load_workbook

from factories import make_item
from vyapar_lite.db import close_data_file, open_data_file
from vyapar_lite.domain.item import TypePrice
from vyapar_lite.domain.item_sheet import HEADERS
from vyapar_lite.exports.items import export_items, write_template
from vyapar_lite.exports.workbook import MONEY_FORMAT, read_first_sheet
from vyapar_lite.services import item_export, item_import, item_list, items, shop
from vyapar_lite.services.item_list import ItemFilter
from vyapar_lite.services.sample_shop import SHOP, fill_sample_shop

TEMPLATE = Path(__file__).resolve().parents[2] / "resources" / "templates" / "items.xlsx"
COL = {header: index for index, header in enumerate(HEADERS)}


def test_the_exported_sheet_reopens_with_numbers_and_formats(
    shop_file: Path, tmp_path: Path
) -> None:
    make_item(
        "Cow Ghee 1 l",
        hsn_sac="04059020",
        unit="bottle",
        sale_price=65050,
        price_includes_tax=True,
        gst_rate_bp=25,
        opening_stock=4500,
        low_stock_milli=2000,
        type_prices={"Dealer": TypePrice(60000, None), "General": TypePrice(None, 150)},
    )
    path = tmp_path / "items.xlsx"

    assert export_items(path, item_export.item_rows()) == 1

    ws = load_workbook(path).worksheets[0]
    assert ws.title == "Items"
    assert [c.value for c in ws[1]] == list(HEADERS)
    row = ws[2]
    assert row[COL["HSN/SAC"]].value == "04059020"  # text: the leading 0 stays
    assert row[COL["Sale price"]].value == 650.5
    assert row[COL["Sale price"]].number_format == MONEY_FORMAT
    assert row[COL["GST rate"]].value == 0.25
    assert row[COL["Opening stock"]].value == 4.5
    assert row[COL["Dealer price"]].value == 600
    assert row[COL["General discount %"]].value == 1.5
    assert row[COL["Wholesaler price"]].value is None
    assert (row[COL["Track stock"]].value, row[COL["Active"]].value) == ("Yes", "Yes")
    assert row[COL["UQC"]].value == "BTL"  # from the unit "bottle"
    assert ws.auto_filter.ref == "A1:U2"


def test_text_that_looks_like_a_formula_stays_text(shop_file: Path, tmp_path: Path) -> None:
    make_item('=HYPERLINK("http://evil.example","Rice")', unit="pcs")
    path = tmp_path / "items.xlsx"
    export_items(path, item_export.item_rows())

    cell = load_workbook(path).worksheets[0].cell(2, COL["Name"] + 1)
    assert cell.data_type == "s"
    assert cell.value == '=HYPERLINK("http://evil.example","Rice")'
    assert cell.quotePrefix
    assert read_first_sheet(path).rows[1][COL["Name"]] == '=HYPERLINK("http://evil.example","Rice")'


def test_export_then_import_reproduces_the_sample_items(data_file: Path, tmp_path: Path) -> None:
    fill_sample_shop()
    one = items.low_stock_items()[0].code
    items.set_active(one, False)
    # the form's GST fields: reverse charge, supply type and the GST unit code
    make_item("Goods transport", code="GTA", gst_rate_bp=500, hsn_sac="996511", unit="trip",
              uqc="OTH", reverse_charge=True)  # fmt: skip
    make_item("School Book", code="BOOK", gst_rate_bp=0, supply_type="exempt", hsn_sac="4901",
              uqc="NOS")  # fmt: skip
    make_item("Fresh Milk 1 l", code="MILK", gst_rate_bp=0, supply_type="nil", unit="l")
    make_item("Petrol 1 l", code="PETROL", gst_rate_bp=0, supply_type="non_gst", unit="l")
    path = tmp_path / "items.xlsx"
    export_items(path, item_export.item_rows())
    every = ItemFilter(status="all")
    before = _rows_and_records(every)
    close_data_file()

    open_data_file(tmp_path / "new.vyapar")
    shop.save_profile(SHOP)
    result = item_import.import_items(read_first_sheet(path))

    assert result.created == len(before) >= 20
    after = _rows_and_records(every)
    assert after == before
    assert not items.get_item(one).is_active
    gta = items.get_item("GTA").details
    assert (gta.reverse_charge, gta.supply_type, gta.uqc) == (True, "taxable", "OTH")
    kinds = {code: items.get_item(code).details.supply_type for code in ("BOOK", "MILK", "PETROL")}
    assert kinds == {"BOOK": "exempt", "MILK": "nil", "PETROL": "non_gst"}
    close_data_file()


def test_the_committed_template_matches_the_import(tmp_path: Path) -> None:
    wb = load_workbook(TEMPLATE)
    assert [ws.title for ws in wb.worksheets] == ["Items", "How to fill"]
    assert [c.value for c in wb.worksheets[0][1]] == list(HEADERS)
    notes = [row[0] for row in wb.worksheets[1].iter_rows(values_only=True)]
    assert notes[1 : 1 + len(HEADERS)] == list(HEADERS)
    fresh = tmp_path / "items.xlsx"
    write_template(fresh)
    assert read_first_sheet(fresh).rows == read_first_sheet(TEMPLATE).rows
    assert list(load_workbook(fresh).worksheets[1].values) == list(wb.worksheets[1].values)


def _rows_and_records(every: ItemFilter) -> list[tuple[object, object]]:
    """Each item's list row and record, without the record's `version` (when it was last saved,
    for the edit-meanwhile check): an imported item is saved anew."""
    return [
        (r, replace(items.get_item(r.code), version=""))
        for r in item_list.page(every, sort="code", limit=500)
    ]
