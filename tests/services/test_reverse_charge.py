"""Reverse charge (s.9(3)/9(4) CGST Act, Rule 46(p)): the tax on such a line is payable by the
recipient, so the shop shows it and does not collect it. The bill, the ledger, the receipts and
every output-tax figure leave it out; the register keeps it in its own column."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factories import make_customer, make_item
from payment_builders import ledger_balance, receive
from vyapar_lite.db.models import Customer, SalesDocLine
from vyapar_lite.domain.invoice import LineInput, line_amounts, totals
from vyapar_lite.services import document_check, health, sales, sales_register

DAY = date(2026, 5, 12)


@pytest.fixture
def rcm_shop(shop_file: Path) -> dict[str, str]:
    from sales_factories import stock_the_shop

    shop = stock_the_shop()
    # a goods transport agency's service: GST on it is paid by the business recipient
    make_item("Goods transport", code="GTA", sale_price=100000, gst_rate_bp=500,
              hsn_sac="996511", unit="trip", reverse_charge=True)  # fmt: skip
    local = make_customer("Pune Mills", state_code="27", gstin="27AAACC1206D1ZG", city="Pune").code
    return {"local": local, "outstation": shop.outstation}


def _line(code: str, rate: int, gst: int, qty: int = 1000) -> LineInput:
    return LineInput(code, qty, rate, gst, item_code=code)


def test_domain_a_reverse_charge_line_keeps_its_tax_apart() -> None:
    rcm = line_amounts(LineInput("GTA", 1000, 100000, 500, reverse_charge=True), "intra")
    assert (rcm.taxable, rcm.cgst, rcm.sgst, rcm.igst) == (100000, 0, 0, 0)
    assert (rcm.rcm_cgst, rcm.rcm_sgst, rcm.rcm_igst, rcm.total) == (2500, 2500, 0, 100000)
    # a price marked "includes tax" cannot include a tax the supplier does not charge
    incl = line_amounts(
        LineInput("GTA", 1000, 100000, 500, price_includes_tax=True, reverse_charge=True), "inter"
    )
    assert (incl.taxable, incl.tax, incl.rcm_igst, incl.total) == (100000, 0, 5000, 100000)
    normal = line_amounts(LineInput("Box", 2000, 42000, 1800), "inter")
    t = totals([rcm, normal], round_to_rupee=False)
    assert (t.taxable, t.tax, t.rcm_tax) == (184000, 15120, 5000)
    assert t.grand_total == 184000 + 15120  # the recipient's tax is not in the bill
    assert {r.gst_rate_bp: r.rcm_tax for r in t.by_rate} == {500: 5000, 1800: 0}


def test_an_intra_state_rcm_invoice_collects_no_tax(rcm_shop: dict[str, str]) -> None:
    draft = sales.InvoiceDraft(rcm_shop["local"], DAY, [_line("GTA", 100000, 500)])
    doc = sales.post_invoice(draft)
    line = doc.lines[0]
    assert (line.taxable, line.cgst, line.sgst, line.total) == (100000, 0, 0, 100000)
    assert (line.rcm_cgst, line.rcm_sgst, line.rcm_igst) == (2500, 2500, 0)
    assert (doc.totals.tax, doc.totals.rcm_tax, doc.totals.grand_total) == (0, 5000, 100000)
    stored = SalesDocLine.get()  # the only line in the books
    assert (stored.rcm_cgst, stored.rcm_sgst, stored.cgst, stored.total) == (2500, 2500, 0, 100000)
    assert sales.get_document(doc.number).outstanding == 100000
    cust = Customer.get(Customer.code == rcm_shop["local"])
    assert ledger_balance(cust.id) == 100000  # the debit is what the shop collects
    # the receipt of the bill's total settles it
    receive(rcm_shop["local"], 100000, DAY, allocations={doc.number: 100000})
    assert sales.get_document(doc.number).outstanding == 0
    assert document_check.totals_not_lines() == []


def test_a_mixed_inter_state_invoice_adds_up(rcm_shop: dict[str, str]) -> None:
    doc = sales.post_invoice(
        sales.InvoiceDraft(
            rcm_shop["outstation"],
            DAY,
            [_line("GTA", 100000, 500), _line("TIFFIN", 42000, 1800, qty=2000)],
        )
    )
    t = doc.totals
    assert (t.taxable, t.igst, t.rcm_igst, t.round_off) == (184000, 15120, 5000, -20)
    assert t.grand_total == 199100 == sum(line.total for line in doc.lines) + t.round_off
    rows = list(sales_register.iter_register(DAY, DAY))
    by_rate = {r.rate_bp: r for r in rows}
    assert (by_rate[500].igst, by_rate[500].rcm_tax, by_rate[500].taxable) == (0, 5000, 100000)
    assert (by_rate[1800].igst, by_rate[1800].rcm_tax) == (15120, 0)
    assert rows[0].value == 199100  # the document's value leaves the recipient's tax out
    summary = sales_register.register_summary(DAY, DAY)
    assert (summary.net.igst, summary.net.rcm_tax, summary.net.value) == (15120, 5000, 199100)
    assert summary.by_rate[500].rcm_tax == 5000
    assert document_check.totals_not_lines() == []


def test_credit_notes_on_rcm_lines_return_tax_free_amounts(rcm_shop: dict[str, str]) -> None:
    doc = sales.post_invoice(
        sales.InvoiceDraft(
            rcm_shop["local"],
            DAY,
            [_line("GTA", 100000, 500, qty=3000), _line("TIFFIN", 42000, 1800)],
        )
    )
    assert doc.totals.grand_total == 300000 + 42000 + 7560 + 40  # rounded to the rupee
    note = sales.post_credit_note(doc.number, doc_date=DAY, returns={1: 1000}, reason="One trip")
    line = note.lines[0]
    assert (line.taxable, line.cgst, line.sgst, line.total) == (100000, 0, 0, 100000)
    assert (line.rcm_cgst, line.rcm_sgst) == (2500, 2500)
    assert note.totals.grand_total == 100000
    price = sales.post_credit_note(
        doc.number, doc_date=DAY, price_corrections={1: 10000}, reason="Rate agreed lower"
    )
    assert (price.totals.grand_total, price.totals.tax, price.totals.rcm_tax) == (10000, 0, 500)
    rest = sales.post_credit_note(doc.number, doc_date=DAY, returns={1: 2000}, reason="The rest")
    # everything credited on the line: exactly its taxable value, and all its recipient's tax
    assert rest.totals.grand_total == 300000 - 100000 - 10000
    assert note.totals.rcm_tax + price.totals.rcm_tax + rest.totals.rcm_tax == 15000
    summary = sales_register.register_summary(DAY, DAY)
    assert summary.net.rcm_tax == 0 and summary.net.cgst == 3780
    assert sales.get_document(doc.number).outstanding == 42000 + 7560 + 40
    assert document_check.totals_not_lines() == []
    assert health.check().problems == []  # postings, audit rows and the schema agree


def test_domain_points_redeemed_on_an_rcm_line_lower_its_value_and_the_recipient_s_tax() -> None:
    """s.15(3)(a): points come off before tax; on an RCM line the share comes off the taxable
    value and the recipient's tax is worked out again on what is left."""
    from vyapar_lite.domain.redemption import redeem_on_lines

    rcm = line_amounts(LineInput("GTA", 1000, 100000, 500, reverse_charge=True), "intra")
    box = line_amounts(LineInput("Box", 1000, 42000, 1800), "intra")
    lines, shares = redeem_on_lines([rcm, box], 14956, "intra")
    assert sum(shares) == 14956
    assert sum(a.total for a in lines) == rcm.total + box.total - 14956
    cut = lines[0]
    assert (cut.tax, cut.taxable) == (0, 100000 - shares[0])
    assert cut.rcm_cgst == cut.rcm_sgst == (cut.taxable * 500 + 10000) // 20000


def test_gstr1_reports_the_recipient_s_tax_with_the_rcm_invoice(
    rcm_shop: dict[str, str],
) -> None:
    """GSTR-1 table 4B: the invoice is listed with `rchrg` Y and the tax the recipient pays."""
    from vyapar_lite.services.returns import gstr1, period

    doc = sales.post_invoice(
        sales.InvoiceDraft(rcm_shop["local"], DAY, [_line("GTA", 100000, 500)])
    )
    g = gstr1.gstr1(period.of_month(DAY.year, DAY.month))
    (listed,) = [d for d in g.b2b if d.number == doc.number]
    assert listed.reverse_charge and listed.value == 100000
    a = listed.amounts
    assert (a.taxable, a.cgst, a.sgst, a.igst) == (100000, 2500, 2500, 0)
