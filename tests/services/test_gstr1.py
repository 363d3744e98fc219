"""GSTR-1's tables (services/returns/gstr1.py) on a shop with one of every kind of document:
each document in its table, the tables' totals equal to the sales register's for the same rows,
the HSN tables equal to the period's totals, documents issued counted, what is not a supply left
out, and everything read from the documents as issued."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from return_builders import (
    MAY,
    ReturnShop,
    build_return_shop,
    recipients_tax,
    total_recipients_tax,
)
from vyapar_lite.db.models import Customer
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import sales_register
from vyapar_lite.services.returns import gstr1, period
from vyapar_lite.services.returns.gstr1 import Amounts, Gstr1


@pytest.fixture
def built(data_file: Path) -> tuple[ReturnShop, Gstr1]:
    shop = build_return_shop()
    return shop, gstr1.gstr1(period.of_month(2026, 5))


def _numbers(docs: tuple[gstr1.ReturnDocument, ...]) -> dict[str, gstr1.ReturnDocument]:
    return {d.number: d for d in docs}


def test_each_document_is_in_its_table(built: tuple[ReturnShop, Gstr1]) -> None:
    shop, g = built
    n = shop.numbers
    b2b = _numbers(g.b2b)
    assert set(b2b) == {n["b2b_intra"], n["b2b_inter_rcm"], n["sez_igst"], n["sez_lut"]}
    assert b2b[n["b2b_intra"]].invoice_type == "R"
    assert (b2b[n["sez_igst"]].invoice_type, b2b[n["sez_lut"]].invoice_type) == ("SEWP", "SEWOP")
    assert b2b[n["sez_lut"]].amounts.tax == 0 and b2b[n["sez_igst"]].amounts.igst == 15120
    assert b2b[n["b2b_inter_rcm"]].reverse_charge and not b2b[n["b2b_intra"]].reverse_charge
    assert b2b[n["b2b_intra"]].value == 345200  # the whole invoice, its milk too
    # the milk (nil-rated) is in table 8, not among the invoice's rates
    assert [p.rate_bp for p in b2b[n["b2b_intra"]].parts] == [500, 1800]

    assert set(_numbers(g.b2cl)) == {n["b2c_large_inter"]}
    exports = _numbers(g.exp)
    assert set(exports) == {n["export_lut"], n["export_igst"]}
    assert exports[n["export_lut"]].export_type == "WOPAY"
    assert exports[n["export_igst"]].export_type == "WPAY"
    assert exports[n["export_igst"]].amounts.igst == 37800

    cdnr = _numbers(g.cdnr)
    assert {k: (v.note_type, v.invoice_number) for k, v in cdnr.items()} == {
        n["cn_b2b"]: ("C", n["b2b_intra"]),
        n["dn_b2b"]: ("D", n["b2b_inter_rcm"]),
    }
    cdnur = _numbers(g.cdnur)
    assert {k: v.ur_type for k, v in cdnur.items()} == {
        n["cn_b2cl"]: "B2CL",
        n["cn_export"]: "EXPWOP",
    }
    # small B2C supplies and the notes on them: summed by place and rate, net of the notes
    assert {(r.supply, r.place, r.rate_bp): r.amounts.taxable for r in g.b2cs} == {
        ("INTER", "29", 500): 65000 + 10000,  # small inter-state rice + the debit note's packing
        ("INTRA", "27", 500): 65000,  # the cash sale's rice
        ("INTRA", "27", 1800): 84000 - 42000,  # two tiffins less the one credited
    }
    nil = {r.supply: (r.nil, r.exempt, r.non_gst) for r in g.nil}
    assert nil == {
        "INTRB2B": (0, 0, 0),
        "INTRAB2B": (60000 - 12000, 0, 0),  # 10 l of milk, 2 l credited back
        "INTRB2C": (0, 0, 0),
        "INTRAB2C": (120000, 50000 + 25000, 45000),
    }


def test_what_is_not_in_the_month_or_not_a_supply_is_in_no_table(
    built: tuple[ReturnShop, Gstr1],
) -> None:
    shop, g = built
    listed = {d.number for t in (g.b2b, g.b2cl, g.cdnr, g.cdnur, g.exp) for d in t}
    for what in ("cancelled", "memo", "april", "june", "nil_only"):
        assert shop.numbers[what] not in listed
    assert all(not r.first.startswith("DM/") for r in g.doc_issue)


def _register_by_document() -> dict[str, dict[int, Amounts]]:
    """The sales register's rows for May: number -> rate -> signed amounts (posted only)."""
    found: dict[str, dict[int, Amounts]] = defaultdict(dict)
    for row in sales_register.iter_register(*MAY):
        if row.status == "posted":
            amounts = Amounts(row.taxable, row.igst, row.cgst, row.sgst)
            found[row.number][row.rate_bp] = found[row.number].get(row.rate_bp, Amounts()) + amounts
    for number, rates in recipients_tax(*MAY).items():  # reported with the invoice (4B)
        for rate, tax in rates.items():
            found[number][rate] += tax
    return found


def _register_total(
    register: dict[str, dict[int, Amounts]], numbers: set[str], *, zero_rated: set[str]
) -> Amounts:
    """The register's rows of `numbers`, less the 0% rows of domestic supplies (table 8's)."""
    total = Amounts()
    for number in numbers:
        for rate, amounts in register[number].items():
            if rate != 0 or number in zero_rated:
                total += amounts
    return total


def test_each_tables_totals_equal_the_registers_for_the_same_documents(
    built: tuple[ReturnShop, Gstr1],
) -> None:
    shop, g = built
    n = shop.numbers
    register = _register_by_document()
    zero = {n["export_lut"], n["export_igst"], n["sez_igst"], n["sez_lut"], n["cn_export"]}
    for table in ("b2b", "b2cl", "exp", "cdnr", "cdnur"):
        numbers = {d.number for d in getattr(g, table)}
        assert g.signed_totals(table) == _register_total(register, numbers, zero_rated=zero), table
    b2cs_numbers = {n[w] for w in ("b2c_small_intra", "b2c_small_inter", "b2c_cash", "nil_only",
                                   "cn_b2cs", "dn_b2cs")}  # fmt: skip
    assert g.totals("b2cs") == _register_total(register, b2cs_numbers, zero_rated=zero)
    # table 8 is the 0% rows of the domestic documents
    nil_rows = Amounts(
        sum(
            a.taxable
            for num, rates in register.items()
            if num not in zero
            for rate, a in rates.items()
            if rate == 0
        )
    )
    assert Amounts(g.nil_total().total) == nil_rows
    # and every document of the register is in exactly one of them
    every = Amounts()
    for table in ("b2b", "b2cl", "b2cs", "exp", "cdnr", "cdnur"):
        every += g.signed_totals(table)
    net = sales_register.register_summary(*MAY).net
    rcm = total_recipients_tax(*MAY)
    assert rcm.tax > 0  # the shop has a reverse-charge invoice: its tax is reported with it
    assert every.taxable + g.nil_total().total == net.taxable
    assert (every.igst, every.cgst, every.sgst) == (
        net.igst + rcm.igst,
        net.cgst + rcm.cgst,
        net.sgst + rcm.sgst,
    )


def test_the_hsn_tables_add_up_to_the_periods_totals(built: tuple[ReturnShop, Gstr1]) -> None:
    _, g = built
    net = sales_register.register_summary(*MAY).net
    rcm = total_recipients_tax(*MAY)
    hsn = g.totals("hsn_b2b") + g.totals("hsn_b2c")
    assert (hsn.taxable, hsn.igst, hsn.cgst, hsn.sgst) == (
        net.taxable,
        net.igst + rcm.igst,
        net.cgst + rcm.cgst,
        net.sgst + rcm.sgst,
    )
    rows = {(r.hsn, r.uqc, r.rate_bp): r for r in g.hsn_b2b}
    assert rows[("7323", "PCS", 1800)].qty_milli == 3000 - 1000 + 2000  # B2B, credit, SEZ
    assert rows[("998719", "NA", 1800)].qty_milli == 0  # a service has no quantity
    b2c = {(r.hsn, r.uqc, r.rate_bp): r for r in g.hsn_b2c}
    assert b2c[("1006", "BAG", 500)].qty_milli == 1000 + 1000 + 20000 - 2000  # exports are B2C
    assert all(r.value == r.amounts.taxable + r.amounts.tax for r in (*g.hsn_b2b, *g.hsn_b2c))


def test_documents_issued_count_every_number_cancelled_ones_too(
    built: tuple[ReturnShop, Gstr1],
) -> None:
    shop, g = built
    n = shop.numbers
    rows = {r.nature: r for r in g.doc_issue}
    assert set(rows) == {1, 4, 5}
    assert (rows[1].first, rows[1].last, rows[1].total, rows[1].cancelled) == (
        n["b2b_intra"], n["cancelled"], 12, 1
    )  # fmt: skip
    assert rows[1].net_issued == 11
    assert (rows[5].first, rows[5].last, rows[5].total, rows[5].cancelled) == (
        n["cn_b2b"], n["cn_export"], 4, 0
    )  # fmt: skip
    assert (rows[4].total, rows[4].label) == (2, "Debit Note")


def test_the_return_reads_the_documents_as_issued(built: tuple[ReturnShop, Gstr1]) -> None:
    shop, before = built
    # the walk-in buyer registers and moves; the Karnataka buyer's GSTIN is mistyped later
    Customer.update(gstin="27AAACR5055K1Z7", state_code="27").where(
        Customer.code == shop.codes["walkin29"]
    ).execute()
    Customer.update(gstin="").where(Customer.code == shop.codes["b2b29"]).execute()
    assert gstr1.gstr1(period.of_month(2026, 5)) == before


def test_the_b2cl_limit_follows_the_invoice_date() -> None:
    assert gstr1.b2cl_limit(date(2024, 7, 31)) == 2_50_000_00
    assert gstr1.b2cl_limit(date(2024, 8, 1)) == 1_00_000_00


def test_periods_by_month_and_by_quarter() -> None:
    may = period.parse_month("2026-05")
    assert (may.start, may.end, may.fp, may.label) == (
        date(2026, 5, 1), date(2026, 5, 31), "052026", "May 2026"
    )  # fmt: skip
    q4 = period.parse_quarter("2026-Q4")
    assert (q4.start, q4.end, q4.fp) == (date(2027, 1, 1), date(2027, 3, 31), "032027")
    assert q4.label == "Q4 2026-27 (January 2027 to March 2027)"
    assert period.parse_quarter("2026-q1").end == date(2026, 6, 30)
    bad_ones = [("2026-13", period.parse_month), ("May 2026", period.parse_month)]
    bad_ones += [("2026-Q5", period.parse_quarter), ("2026Q1", period.parse_quarter)]
    for bad, parse in bad_ones:
        with pytest.raises(ValidationError) as caught:
            parse(bad)
        assert "YYYY-" in str(caught.value)
