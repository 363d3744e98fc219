"""The HSN summary report: GSTR-1 table 12's rows, B2B and B2C apart, its totals the register's;
its workbook, and its sheet in the accountant's pack."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from report_sheets import read_table
from return_builders import MAY, ReturnShop, build_return_shop, total_recipients_tax
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.exports.hsn_summary import export_hsn_summary
from vyapar_lite.exports.pack import export_pack
from vyapar_lite.services import sales_register
from vyapar_lite.services.returns.hsn_summary import hsn_summary


@pytest.fixture
def shop(data_file: Path) -> ReturnShop:
    return build_return_shop()


def test_rows_by_hsn_unit_and_rate_b2b_apart_from_b2c(shop: ReturnShop) -> None:
    s = hsn_summary(*MAY)
    b2b = [(r.hsn, r.uqc, r.rate_bp, r.qty_milli, r.amounts.taxable) for r in s.b2b]
    assert b2b == [
        ("0401", "LTR", 0, 8000, 48000),  # 10 l of milk less 2 l returned
        ("1006", "BAG", 500, 7500, 487500),  # 2 + 1.5 bags, and 4 to the SEZ unit
        ("1006", "OTH", 500, 1000, 20000),  # the debit note's freight line
        ("7323", "PCS", 1800, 4000, 168000),  # 3 less 1 returned, and 2 to the SEZ unit
        ("998719", "NA", 1800, 0, 50000),  # a service: no quantity
    ]
    b2c = {(r.hsn, r.uqc, r.rate_bp): (r.qty_milli, r.amounts.taxable) for r in s.b2c}
    # the export's 20 bags less 2 returned, the cash sale's 1 bag, the small sale's 1 bag
    assert b2c[("1006", "BAG", 500)] == (20000, 1300000)
    assert b2c[("2710", "LTR", 0)] == (5000, 45000)  # non-GST diesel is listed too
    assert [line.tab_label for line in s.lines] == ["B2B"] * 5 + ["B2C"] * 6


def test_its_totals_are_the_sales_register_s(shop: ReturnShop) -> None:
    s = hsn_summary(*MAY)
    n = sales_register.register_summary(*MAY).net
    rcm = total_recipients_tax(*MAY)  # reported with its invoice; the register keeps it apart
    t = s.total
    assert (t.taxable, t.cgst, t.sgst, t.igst) == (
        n.taxable,
        n.cgst + rcm.cgst,
        n.sgst + rcm.sgst,
        n.igst + rcm.igst,
    )
    assert s.value == n.taxable + n.cgst + n.sgst + n.igst + rcm.tax


def test_a_period_the_wrong_way_round_is_refused(shop: ReturnShop) -> None:
    with pytest.raises(ValidationError, match="starts"):
        hsn_summary(date(2026, 5, 31), date(2026, 5, 1))


def test_the_workbook_and_the_pack_sheet(shop: ReturnShop, tmp_path: Path) -> None:
    s = hsn_summary(*MAY)
    path = tmp_path / "hsn.xlsx"
    assert export_hsn_summary(path, s) == 11
    pack = tmp_path / "pack.xlsx"
    export_pack(pack, *MAY)
    for t in (read_table(path), read_table(pack, "HSN summary")):
        assert t.headers == ["Tab", "HSN/SAC", "Description", "UQC", "Total quantity", "Rate %",
                             "Taxable value", "IGST", "CGST", "SGST/UTGST", "Cess",
                             "Total value"]  # fmt: skip
        first = [c.value for c in t.rows[0]]
        assert first[:4] == ["B2B", "0401", "Milk", "LTR"]
        assert first[4] == Decimal("8.000") and t.rows[0][4].number_format == "#,##0.000"
        rice = [c.value for c in t.rows[1]]
        assert rice[6:10] == [Decimal("4875"), Decimal("48.75"), Decimal("32.5"), Decimal("32.5")]
        assert t.rows[-1][0].value == "B2C"
        first_row, last_row = t.header_row + 1, t.header_row + 11
        assert t.total[6].value == f"=SUM(G{first_row}:G{last_row})"
        taxable = sum(Decimal(row[6].value) for row in t.rows)
        assert taxable * 100 == sales_register.register_summary(*MAY).net.taxable
