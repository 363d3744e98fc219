"""The sales register's return columns: invoice type, reverse charge and the supply kind, with
nil-rated, exempt and non-GST rows apart from one another and from a taxable line at 0%."""

from __future__ import annotations

from pathlib import Path

import pytest

from report_sheets import read_table
from returns_builders import APRIL, ReturnsShop, build_returns_shop
from vyapar_lite.exports.sales_register import export_sales_register
from vyapar_lite.services import sales_register


@pytest.fixture
def shop(shop_file: Path) -> ReturnsShop:
    return build_returns_shop()


def test_each_row_says_its_invoice_type_reverse_charge_and_supply(shop: ReturnsShop) -> None:
    n = shop.numbers
    rows = {
        (r.number, r.supply_type, r.rate_bp): (r.invoice_type, r.reverse_charge, r.taxable)
        for r in sales_register.iter_register(*APRIL)
    }
    assert rows == {
        (n["b2b_local"], "taxable", 500): ("B2B", False, 100000),
        (n["b2b_local"], "taxable", 1800): ("B2B", False, 10000),
        (n["b2b_away"], "nil", 0): ("B2B", False, 2000),
        (n["b2b_away"], "taxable", 1800): ("B2B", False, 1000000),
        (n["b2c_local"], "taxable", 500): ("B2CS", False, 30000),
        (n["b2c_local"], "exempt", 0): ("B2CS", False, 25000),
        (n["b2c_local"], "non_gst", 0): ("B2CS", False, 10000),
        (n["b2cl"], "taxable", 1800): ("B2CL", False, 15000000),
        (n["b2cs_away"], "taxable", 1800): ("B2CS", False, 200000),
        (n["b2cs_gujarat"], "taxable", 500): ("B2CS", False, 50000),
        (n["export"], "taxable", 500): ("Export", False, 1000000),
        (n["sez_wp"], "taxable", 1800): ("SEZ", False, 500000),
        (n["sez_wop"], "taxable", 1800): ("SEZ", False, 300000),
        (n["rcm"], "taxable", 500): ("B2B", True, 100000),
        # a credit note follows its invoice's type
        (n["cn"], "taxable", 500): ("B2B", False, -20000),
        # cancelled: one row, nothing counted
        (n["cancelled"], "taxable", 0): ("B2CS", False, 0),
    }


def test_nil_exempt_and_non_gst_rows_show_their_kind_and_no_rate(shop: ReturnsShop) -> None:
    rows = [
        r for r in sales_register.iter_register(*APRIL) if r.number == shop.numbers["b2c_local"]
    ]
    assert [(r.supply_label, r.rated, r.taxable, r.cgst + r.sgst + r.igst) for r in rows] == [
        ("Exempt", False, 25000, 0),
        ("Non-GST", False, 10000, 0),
        ("Taxable", True, 30000, 1500),
    ]
    # the document's value still adds up over its rows
    assert rows[0].value == sum(r.taxable + r.cgst + r.sgst + r.igst for r in rows) + (
        rows[0].other or 0
    )


def test_the_workbook_carries_the_columns(shop: ReturnsShop, tmp_path: Path) -> None:
    summary = sales_register.register_summary(*APRIL)
    path = tmp_path / "register.xlsx"
    export_sales_register(path, summary)
    t = read_table(path)
    assert t.headers[8:13] == ["Against", "Invoice type", "Reverse charge", "Supply", "Rate %"]
    cells = {
        (row[2].value, row[11].value): (row[9].value, row[10].value, row[12].value)
        for row in t.rows
    }
    n = shop.numbers
    assert cells[(n["b2c_local"], "Exempt")] == ("B2C small", "N", None)
    assert cells[(n["b2c_local"], "Non-GST")] == ("B2C small", "N", None)
    assert cells[(n["b2b_away"], "Nil-rated")] == ("B2B", "N", None)
    assert cells[(n["b2b_away"], "Taxable")][:2] == ("B2B", "N")
    assert cells[(n["rcm"], "Taxable")][:2] == ("B2B", "Y")
    assert cells[(n["b2cl"], "Taxable")][0] == "B2C large"
    assert cells[(n["export"], "Taxable")][0] == "Export"
    assert cells[(n["sez_wop"], "Taxable")][0] == "SEZ"
    # the cancelled invoice: no type, no supply, no rate
    assert cells[(n["cancelled"], None)] == (None, None, None)
