"""The sales register: one row per document and rate, totals equal to the posted documents."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from report_builders import ReportShop, build_report_shop, invoice, line
from vyapar_lite.db.models import SalesDoc
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import sales, sales_register

APRIL, JUNE_END = date(2026, 4, 1), date(2026, 6, 30)


@pytest.fixture
def shop(shop_file: Path) -> ReportShop:
    return build_report_shop()


def test_one_row_per_document_and_rate(shop: ReportShop) -> None:
    n = shop.numbers
    rows = list(sales_register.iter_register(APRIL, JUNE_END))
    assert [
        (r.doc_date, r.kind, r.number, r.status, r.customer_code, r.place_of_supply, r.against,
         r.rate_bp, r.taxable, r.cgst, r.sgst, r.igst, r.other, r.value)
        for r in rows
    ] == [
        (date(2026, 4, 5), "invoice", n["inv1"], "posted", shop.asha, "27-Maharashtra", "",
         1800, 20000, 1800, 1800, 0, 0, 23600),
        (date(2026, 4, 20), "invoice", n["inv2"], "posted", shop.dealer, "27-Maharashtra", "",
         500, 450000, 11250, 11250, 0, 0, 472500),
        (date(2026, 5, 2), "invoice", n["inv3"], "posted", shop.kaveri, "29-Karnataka", "",
         1800, 1000000, 0, 0, 180000, 0, 1180000),
        (date(2026, 5, 10), "invoice", n["inv4"], "posted", shop.asha, "27-Maharashtra", "",
         1200, 100000, 6000, 6000, 0, 0, 112000),
        # a credit note reduces sales: negative
        (date(2026, 5, 12), "credit_note", n["cn1"], "posted", shop.dealer, "27-Maharashtra",
         n["inv2"], 500, -90000, -2250, -2250, 0, 0, -94500),
        # the cancelled invoice keeps its number in the register, with nothing counted
        (date(2026, 5, 15), "invoice", n["inv5"], "cancelled", shop.asha, "27-Maharashtra", "",
         0, 0, 0, 0, 0, 0, 0),
        (date(2026, 6, 1), "debit_note", n["dn1"], "posted", shop.kaveri, "29-Karnataka",
         n["inv3"], 1800, 100000, 0, 0, 18000, 0, 118000),
        (date(2026, 6, 10), "invoice", n["cash1"], "posted", "CASH", "27-Maharashtra", "",
         500, 30000, 750, 750, 0, 0, 31500),
    ]  # fmt: skip
    assert rows[2].customer_gstin == "29AAGCB7383J1Z4"
    assert rows[2].tax_kind == "inter"


def test_a_document_with_two_rates_and_a_round_off(shop: ReportShop) -> None:
    # 2 x ₹100 at 18% = ₹236 and 3 x ₹50 at 5% = ₹157.50: ₹393.50, rounded to ₹394
    doc = invoice(
        shop.asha,
        date(2026, 6, 15),
        line("Soap", 10000, 1800, 2000),
        line("Rice", 5000, 500, 3000),
    )
    rows = [r for r in sales_register.iter_register(APRIL, JUNE_END) if r.number == doc.number]
    assert [(r.rate_bp, r.taxable, r.cgst, r.sgst, r.other, r.value) for r in rows] == [
        (500, 15000, 375, 375, 50, 39400),
        (1800, 20000, 1800, 1800, None, None),
    ]
    assert sum(r.taxable + r.cgst + r.sgst + r.igst for r in rows) + 50 == doc.totals.grand_total


def test_the_totals_are_the_posted_documents_totals(shop: ReportShop) -> None:
    invoice(
        shop.asha, date(2026, 6, 15), line("Soap", 10000, 1800, 2000), line("Rice", 5000, 500, 3000)
    )
    summary = sales_register.register_summary(APRIL, JUNE_END)
    docs = [
        sales.get_document(number)
        for (number,) in SalesDoc.select(SalesDoc.number)
        .where(SalesDoc.status == "posted")
        .tuples()
    ]
    for kind, sign in (("invoice", 1), ("credit_note", -1), ("debit_note", 1)):
        mine = [d for d in docs if d.kind == kind]
        totals = summary.by_kind[kind]
        assert totals.value == sign * sum(d.totals.grand_total for d in mine)
        assert totals.taxable == sign * sum(d.totals.taxable for d in mine)
        assert (totals.cgst, totals.sgst, totals.igst) == (
            sign * sum(d.totals.cgst for d in mine),
            sign * sum(d.totals.sgst for d in mine),
            sign * sum(d.totals.igst for d in mine),
        )
        assert totals.documents == len(mine)
    assert summary.by_kind["invoice"].value == 1819600 + 39400  # ₹236+4,725+11,800+1,120+315+394
    for rate, totals in summary.by_rate.items():
        signed = [
            (1 if d.kind != "credit_note" else -1, r)
            for d in docs for r in d.totals.by_rate if r.gst_rate_bp == rate
        ]  # fmt: skip
        assert totals.taxable == sum(s * r.taxable for s, r in signed)
        assert totals.igst == sum(s * r.igst for s, r in signed)
    rows = list(sales_register.iter_register(APRIL, JUNE_END))
    assert summary.net.value == sum(r.value or 0 for r in rows)
    assert summary.net.taxable == sum(r.taxable for r in rows)
    assert (summary.rows, summary.cancelled, summary.net.documents) == (10, 1, 8)


def test_pages_and_periods(shop: ReportShop) -> None:
    everything = list(sales_register.iter_register(APRIL, JUNE_END))
    assert sales_register.register_page(APRIL, JUNE_END, offset=3, limit=3) == everything[3:6]
    may = list(sales_register.iter_register(date(2026, 5, 1), date(2026, 5, 31)))
    assert [r.number for r in may] == [r.number for r in everything[2:6]]
    with pytest.raises(ValidationError) as exc:
        sales_register.register_summary(JUNE_END, APRIL)
    assert exc.value.for_field("period") is not None
