"""CMP-08: the quarterly turnover billed under the composition scheme and the tax at its rate."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from factories import make_customer, make_item
from invoice_builders import SOAP_2, draft, item_line, stock_items
from report_sheets import read_table
from vyapar_lite.exports.composition_return import export_composition_return
from vyapar_lite.services import composition_return, sales, shop


@pytest.fixture
def asha(shop_file: Path) -> str:
    stock_items()
    make_item("School Book", code="BOOK", sale_price=25000, gst_rate_bp=0, supply_type="exempt")
    return make_customer("Asha Verma", state_code="27").code


def _composition(on: bool) -> None:
    profile = shop.get_profile()
    assert profile is not None
    shop.save_profile(dataclasses.replace(profile, composition=on, composition_rate_bp=100))


def test_the_quarters_turnover_and_tax_at_the_composition_rate(asha: str, tmp_path: Path) -> None:
    sales.post_invoice(draft(asha, SOAP_2, on=date(2026, 5, 10)))  # regular: not counted
    _composition(True)
    may = sales.post_invoice(draft(asha, SOAP_2, on=date(2026, 5, 20)))  # ₹200
    sales.post_invoice(
        draft(asha, SOAP_2, item_line("BOOK", 1000, 25000, 0), on=date(2026, 6, 30))
    )  # ₹200 taxable + ₹250 exempt
    sales.post_credit_note(may.number, doc_date=date(2026, 6, 1), returns={1: 1000}, reason="x")
    cancelled = sales.post_invoice(draft(asha, SOAP_2, on=date(2026, 8, 1)))
    sales.cancel_invoice(cancelled.number, "typed twice")
    sales.post_invoice(draft(asha, SOAP_2, SOAP_2, on=date(2027, 1, 15)))  # ₹400, last quarter

    report = composition_return.composition_report("2026-27")

    q1, q2, q3, q4 = report.rows
    assert (q1.quarter, q1.start, q1.end) == ("April-June", date(2026, 4, 1), date(2026, 6, 30))
    # ₹200 + ₹200 - ₹100 returned = ₹300 taxable; ₹250 exempt; 1%: ₹1.50 central + ₹1.50 state
    assert (q1.documents, q1.taxable_turnover, q1.exempt_turnover) == (3, 30000, 25000)
    assert (q1.rate_bp, q1.central_tax, q1.state_tax, q1.tax) == (100, 150, 150, 300)
    assert (q2.taxable_turnover, q2.tax) == (0, 0)  # the cancelled bill counts nothing
    assert (q3.taxable_turnover, q4.taxable_turnover, q4.tax) == (0, 40000, 400)
    assert (report.taxable_turnover, report.tax) == (70000, 700)

    path = tmp_path / "cmp08.xlsx"
    assert export_composition_return(path, report) == 4
    table = read_table(path)
    assert table.headers[:5] == ["Quarter", "From", "To", "Bills and notes", "Taxable turnover"]
    assert [row[0].value for row in table.rows] == [
        "April-June",
        "July-September",
        "October-December",
        "January-March",
    ]
    assert table.rows[0][4].value == 300 and table.rows[0][9].value == 3
    assert str(table.total[4].value).startswith("=SUM(")
