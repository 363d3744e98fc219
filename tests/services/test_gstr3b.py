"""GSTR-3B's outward tables: 3.1 (a), (b), (c), (e) equal the sales register's rows of each supply
kind and invoice type; 3.2 equals the register's inter-state rows to unregistered buyers by place
of supply; the portal's JSON keys, and the workbook's SUMs."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from factories import make_customer
from report_sheets import read_table
from return_builders import MAY, ReturnShop, build_return_shop, total_recipients_tax
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.exports.gstr3b import export_gstr3b, write_gstr3b_json
from vyapar_lite.services import customers, sales, sales_register
from vyapar_lite.services.returns import gstr3b
from vyapar_lite.services.returns.gstr1 import Amounts
from vyapar_lite.services.returns.period import parse_month
from vyapar_lite.services.sales_register import RegisterRow


@pytest.fixture
def shop(data_file: Path) -> ReturnShop:
    return build_return_shop()


def _sum(rows: list[RegisterRow]) -> Amounts:
    return Amounts(
        sum(r.taxable for r in rows),
        sum(r.igst for r in rows),
        sum(r.cgst for r in rows),
        sum(r.sgst for r in rows),
    )


def test_table_3_1_is_the_register_by_supply_kind(shop: ReturnShop) -> None:
    rows = [r for r in sales_register.iter_register(*MAY) if r.status == "posted"]
    zero_rated = {"Export", "SEZ"}
    domestic = [r for r in rows if r.invoice_type not in zero_rated]
    taxable = [r for r in domestic if r.supply_type == "taxable"]
    r = gstr3b.gstr3b(parse_month("2026-05"))
    assert r.outward == _sum([x for x in taxable if not x.reverse_charge])
    # the recipient's tax on them is reported beside them (the register keeps it apart)
    rcm = total_recipients_tax(*MAY)
    assert rcm.tax > 0
    assert r.reverse_charge == _sum([x for x in taxable if x.reverse_charge]) + rcm
    assert r.zero_rated == _sum([x for x in rows if x.invoice_type in zero_rated])
    assert r.nil_exempt == _sum([x for x in domestic if x.supply_type in ("nil", "exempt")])
    assert r.non_gst == _sum([x for x in domestic if x.supply_type == "non_gst"])
    # nothing counted twice or left out: the register's net taxable value and tax
    net = sales_register.register_summary(*MAY).net
    assert r.taxable_total == net.taxable
    everything = sum(r.table_31.values(), r.reverse_charge)
    assert (everything.igst, everything.cgst, everything.sgst) == (
        net.igst + rcm.igst,
        net.cgst + rcm.cgst,
        net.sgst + rcm.sgst,
    )
    # the figures themselves, paise
    assert (r.outward.taxable, r.zero_rated.taxable) == (12596000, 1724000)
    assert (r.nil_exempt.taxable, r.non_gst.taxable) == (243000, 45000)


def test_table_3_2_is_the_register_s_inter_state_b2c_rows_by_place(shop: ReturnShop) -> None:
    rows = [
        x
        for x in sales_register.iter_register(*MAY)
        if x.status == "posted"
        and x.invoice_type in ("B2CL", "B2CS")
        and x.tax_kind == "inter"
        and x.supply_type == "taxable"
    ]
    by_place: dict[str, tuple[int, int]] = {}
    for x in rows:
        taxable, igst = by_place.get(x.place_of_supply[:2], (0, 0))
        by_place[x.place_of_supply[:2]] = (taxable + x.taxable, igst + x.igst)
    r = gstr3b.gstr3b(parse_month("2026-05"))
    assert {p.place: (p.taxable, p.igst) for p in r.unregistered} == by_place
    # Karnataka: the large invoice less its credit note, the small one and its debit note
    assert by_place == {"29": (12600000 - 420000 + 65000 + 10000, 2268000 - 75600 + 3250 + 500)}
    assert r.composition == () and r.uin_holders == ()


def test_the_portal_json(shop: ReturnShop, tmp_path: Path) -> None:
    path = tmp_path / "3b.json"
    r = gstr3b.gstr3b(parse_month("2026-05"))
    write_gstr3b_json(path, r, "27AAPFU0939F1ZV")
    text = path.read_text(encoding="utf-8")
    data = json.loads(text, parse_float=Decimal)
    assert data["gstin"] == "27AAPFU0939F1ZV" and data["ret_period"] == "052026"
    sup = data["sup_details"]
    assert list(sup) == ["osup_det", "osup_zero", "osup_nil_exmp", "osup_nongst"]
    for heads in sup.values():
        assert list(heads) == ["txval", "iamt", "camt", "samt", "csamt"]
    assert sup["osup_det"]["txval"] == Decimal("125960.00")
    assert sup["osup_det"]["camt"] == Decimal("162.15")
    assert sup["osup_zero"]["iamt"] == Decimal("529.20")
    assert sup["osup_nil_exmp"]["txval"] == Decimal("2430.00")
    assert sup["osup_nongst"]["txval"] == Decimal("450.00")
    assert '"txval": 125960.00' in text  # two decimals, as numbers
    assert data["inter_sup"] == {
        "unreg_details": [
            {"pos": "29", "txval": Decimal("122550.00"), "iamt": Decimal("21961.50")}
        ],
        "comp_details": [],
        "uin_details": [],
    }


def test_the_workbook(shop: ReturnShop, tmp_path: Path) -> None:
    path = tmp_path / "3b.xlsx"
    r = gstr3b.gstr3b(parse_month("2026-05"))
    assert export_gstr3b(path, r) == 5
    t = read_table(path, "3.1 Outward supplies")
    assert [row[0].value for row in t.rows] == ["3.1 (a)", "3.1 (b)", "3.1 (c)", "3.1 (e)"]
    assert [Decimal(row[2].value) for row in t.rows] == [
        Decimal("125960"),
        Decimal("17240"),
        Decimal("2430"),
        Decimal("450"),
    ]
    assert t.total[2].value == f"=SUM(C{t.header_row + 1}:C{t.header_row + 4})"
    assert "reverse charge" in str(t.after[0][1].value)
    assert Decimal(t.after[0][2].value) == Decimal("1475")
    assert any("Inward supplies are not covered" in str(v) for row in t.title_rows for v in row)
    places = read_table(path, "3.2 Inter-state")
    assert [c.value for c in places.rows[0][:2]] == ["Unregistered persons", "29-Karnataka"]
    assert Decimal(places.rows[0][2].value) == Decimal("122550")


def test_table_3_2_lists_composition_dealers_as_they_were_when_invoiced(
    shop: ReturnShop,
) -> None:
    with pytest.raises(ValidationError, match="composition dealer is registered"):
        make_customer("No GSTIN Dealer", state_code="24", is_composition=True)
    dealer = make_customer(
        "Patel Traders", state_code="24", gstin="24AAACC1206D1ZM", is_composition=True
    )
    local = make_customer("Pune Composition Co", gstin="27AAGFM4821K1Z4", is_composition=True)
    soap = LineInput("Soap", 10000, 100000, 1800, hsn_sac="3401")
    for code in (dealer.code, local.code):
        sales.post_invoice(sales.InvoiceDraft(code, date(2026, 5, 25), [soap]))
    # the dealer leaves the scheme later: May's return still lists the May invoice
    customers.update_customer(dealer.code, replace(dealer.details, is_composition=False))
    r = gstr3b.gstr3b(parse_month("2026-05"))
    assert [(p.place, p.taxable, p.igst) for p in r.composition] == [("24", 1000000, 180000)]
    assert r.unregistered[0].place == "29"  # the unregistered list is as before
    # still in 3.1 (a): 3.2 is "of the supplies shown in 3.1 (a)"
    assert r.outward.taxable == 12596000 + 2 * 1000000
