"""The sales register's return columns: invoice type, reverse charge and the supply kind, with
nil-rated, exempt and non-GST rows apart from one another and from a taxable line at 0%."""

from __future__ import annotations

from pathlib import Path

import pytest

from report_sheets import read_table
from return_builders import MAY, ReturnShop, build_return_shop
from vyapar_lite.exports.sales_register import export_sales_register
from vyapar_lite.services import sales_register


@pytest.fixture
def shop(data_file: Path) -> ReturnShop:
    return build_return_shop()


def test_each_row_says_its_invoice_type_reverse_charge_and_supply(shop: ReturnShop) -> None:
    what = {number: name for name, number in shop.numbers.items()}
    rows = [
        (what[r.number], r.supply_type, r.rate_bp, r.invoice_type, r.reverse_charge, r.taxable)
        for r in sales_register.iter_register(*MAY)
    ]
    assert rows == [
        ("b2b_intra", "nil", 0, "B2B", False, 60000),
        ("b2b_intra", "taxable", 500, "B2B", False, 130000),
        ("b2b_intra", "taxable", 1800, "B2B", False, 126000),
        ("b2b_inter_rcm", "taxable", 500, "B2B", True, 97500),
        ("b2b_inter_rcm", "taxable", 1800, "B2B", True, 50000),
        ("b2c_small_intra", "exempt", 0, "B2CS", False, 50000),
        ("b2c_small_intra", "taxable", 1800, "B2CS", False, 84000),
        ("b2c_small_inter", "taxable", 500, "B2CS", False, 65000),
        ("b2c_large_inter", "taxable", 1800, "B2CL", False, 12600000),
        ("b2c_cash", "non_gst", 0, "B2CS", False, 45000),
        ("b2c_cash", "taxable", 500, "B2CS", False, 65000),
        ("sez_igst", "taxable", 1800, "SEZ", False, 84000),
        ("sez_lut", "taxable", 500, "SEZ", False, 260000),
        ("nil_only", "exempt", 0, "B2CS", False, 25000),
        ("nil_only", "nil", 0, "B2CS", False, 120000),
        ("export_lut", "taxable", 500, "Export", False, 1300000),
        ("export_igst", "taxable", 1800, "Export", False, 210000),  # IGST paid: still an export
        ("cancelled", "taxable", 0, "B2B", False, 0),  # one row, nothing counted
        # notes follow the invoice they correct
        ("cn_b2b", "nil", 0, "B2B", False, -12000),
        ("cn_b2b", "taxable", 1800, "B2B", False, -42000),
        ("cn_b2cl", "taxable", 1800, "B2CL", False, -420000),
        ("cn_b2cs", "taxable", 1800, "B2CS", False, -42000),
        ("cn_export", "taxable", 500, "Export", False, -130000),
        ("dn_b2b", "taxable", 500, "B2B", False, 20000),
        ("dn_b2cs", "taxable", 500, "B2CS", False, 10000),
    ]


def test_nil_exempt_and_non_gst_rows_show_their_kind_and_no_rate(shop: ReturnShop) -> None:
    rows = [r for r in sales_register.iter_register(*MAY) if r.number == shop.numbers["b2c_cash"]]
    assert [(r.supply_label, r.rated, r.taxable, r.cgst + r.sgst + r.igst) for r in rows] == [
        ("Non-GST", False, 45000, 0),
        ("Taxable", True, 65000, 3250),
    ]
    # the document's value still adds up over its rows
    assert rows[0].value == sum(r.taxable + r.cgst + r.sgst + r.igst for r in rows) + (
        rows[0].other or 0
    )


def test_the_workbook_carries_the_columns(shop: ReturnShop, tmp_path: Path) -> None:
    summary = sales_register.register_summary(*MAY)
    path = tmp_path / "register.xlsx"
    export_sales_register(path, summary)
    t = read_table(path)
    assert t.headers[8:13] == ["Against", "Invoice type", "Reverse charge", "Supply", "Rate %"]
    cells = {
        (row[2].value, row[11].value): (row[9].value, row[10].value, row[12].value)
        for row in t.rows
    }
    n = shop.numbers
    assert cells[(n["b2c_small_intra"], "Exempt")] == ("B2C small", "N", None)
    assert cells[(n["b2c_cash"], "Non-GST")] == ("B2C small", "N", None)
    assert cells[(n["nil_only"], "Nil-rated")] == ("B2C small", "N", None)
    assert cells[(n["b2b_inter_rcm"], "Taxable")][:2] == ("B2B", "Y")
    assert cells[(n["b2c_large_inter"], "Taxable")][0] == "B2C large"
    assert cells[(n["export_igst"], "Taxable")][0] == "Export"
    assert cells[(n["sez_lut"], "Taxable")] == ("SEZ", "N", 5)
    # the cancelled invoice: no type, no supply, no rate
    assert cells[(n["cancelled"], None)] == (None, None, None)


def test_the_summary_keeps_nil_exempt_and_non_gst_apart(shop: ReturnShop) -> None:
    summary = sales_register.register_summary(*MAY)
    by_supply = {kind: t.taxable for kind, t in summary.by_supply.items()}
    # nil: 10 l milk (B2B) less 2 l returned, 20 l (B2C); exempt: 2 + 1 books; non-GST: diesel
    assert by_supply == {"nil": 60000 - 12000 + 120000, "exempt": 75000, "non_gst": 45000}
    # all at 0%: the 0% row of the rates is exactly them (no taxable line at 0% here)
    assert summary.by_rate[0].taxable == sum(by_supply.values())


def test_the_screen_says_the_kind_where_the_rate_would_read_0(shop: ReturnShop) -> None:
    from vyapar_lite.ui.reports.register_page import COLUMNS

    rows = [r for r in sales_register.iter_register(*MAY) if r.number == shop.numbers["b2c_cash"]]
    shown = [[c.text(r) for c in COLUMNS if c.header in ("Type", "Rate")] for r in rows]
    assert shown == [["Non-GST: Invoice · B2C small", ""], ["Invoice · B2C small", "5%"]]
