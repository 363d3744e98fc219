"""Deemed exports (s.147 CGST Act, Notification 48/2017-Central Tax): posted to a registered buyer
with tax charged as usual and the kind kept on the invoice; refused for anyone else; GSTR-1 b2b /
cdnr with invoice type DE, GSTR-3B Table 3.1 (a), the register's "Deemed export", and Tally's
ordinary sale."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from factories import make_customer
from vyapar_lite.db.models import AuditEntry, DocumentParty, SalesDoc
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.exports.gstr1_workbook import write_gstr1_workbook
from vyapar_lite.services import sales, sales_register, shop
from vyapar_lite.services.returns import gstr1, gstr3b
from vyapar_lite.services.returns.gstr1 import Amounts
from vyapar_lite.services.returns.period import of_month
from vyapar_lite.services.tally.books import tally_books

DAY = date(2026, 5, 5)
MAY = of_month(2026, 5)
GSTIN_27 = "27AAACR5055K1Z7"  # a unit in Maharashtra, the shop's state
GSTIN_29 = "29AAGCB7383J1Z4"  # a unit in Karnataka
SEZ_27 = "27AAPFU0939F2ZU"
ALMIRAH = LineInput("Steel almirah", 1000, 100000, 1800, hsn_sac="9403")


def post(code: str, *lines: LineInput, **kw: object) -> sales.DocumentView:
    draft = sales.InvoiceDraft(code, DAY, list(lines or (ALMIRAH,)), **kw)  # type: ignore[arg-type]
    return sales.post_invoice(draft)


def refusal(code: str, *lines: LineInput, **kw: object) -> str:
    with pytest.raises(ValidationError) as caught:
        post(code, *lines, **kw)
    assert [e.field for e in caught.value.errors] == ["deemed_export"]
    assert SalesDoc.select().count() == 0  # nothing half-saved
    return caught.value.errors[0].message


def test_a_deemed_export_is_taxed_as_usual_and_keeps_its_kind(shop_file: Path) -> None:
    eou = make_customer("Pune EOU", gstin=GSTIN_27).code
    holder = make_customer("Bengaluru Exporter", gstin=GSTIN_29).code

    intra = post(eou, deemed_export="EOU")
    inter = post(holder, deemed_export="AA")

    assert (intra.tax_kind, intra.totals.cgst, intra.totals.sgst, intra.totals.igst) == (
        "intra", 9000, 9000, 0,
    )  # fmt: skip
    assert (inter.tax_kind, inter.totals.igst, inter.totals.grand_total) == ("inter", 18000, 118000)
    stored = {d.number: d.deemed_export for d in SalesDoc.select()}
    assert stored == {intra.number: "EOU", inter.number: "AA"}
    assert (intra.deemed_export, inter.deemed_export) == ("EOU", "AA")
    posted = AuditEntry.get(
        (AuditEntry.action == "post") & (AuditEntry.record_label == intra.number)
    )
    assert json.loads(posted.after_json)["deemed_export"] == "EOU"
    inter_id = SalesDoc.get(SalesDoc.number == inter.number).id
    party = DocumentParty.get(
        (DocumentParty.doc_type == "sales_doc") & (DocumentParty.doc_id == inter_id)
    )
    assert party.gstin == GSTIN_29
    # an ordinary invoice to the same buyer is not one
    assert post(eou).deemed_export == ""


def test_the_preview_says_it_too(shop_file: Path) -> None:
    eou = make_customer("Pune EOU", gstin=GSTIN_27).code
    draft = sales.InvoiceDraft(eou, DAY, [ALMIRAH], deemed_export="EPCG")
    preview = sales.preview_invoice(draft)
    assert (preview.deemed_export, preview.totals.tax) == ("EPCG", 18000)


def test_only_a_registered_buyer_in_india_that_is_no_sez_unit(shop_file: Path) -> None:
    unregistered = make_customer("Asha Verma", state_code="27").code
    foreign = make_customer("Gulf Spices LLC", state_code="96", country="UAE").code
    sez = make_customer("Pune SEZ Unit", gstin=SEZ_27, is_sez=True).code

    assert refusal(unregistered, deemed_export="EOU") == (
        "A deemed export is a supply to a registered buyer: Asha Verma has no GSTIN "
        "(add it on the customer's form)"
    )
    assert "CASH" not in refusal("CASH", deemed_export="EOU", received=118000)
    assert refusal(foreign, deemed_export="AA", export=True) == (
        "A buyer outside India gets an export invoice, not a deemed export (s.147)"
    )
    assert refusal(sez, deemed_export="EOU", sez_with_tax=True).startswith(
        "A supply to an SEZ unit is zero-rated (SEWP / SEWOP), not a deemed export"
    )


def test_goods_only_and_a_known_kind(shop_file: Path) -> None:
    eou = make_customer("Pune EOU", gstin=GSTIN_27).code
    repair = LineInput("Repair", 1000, 50000, 1800, hsn_sac="998719")
    assert refusal(eou, ALMIRAH, repair, deemed_export="EOU") == (
        "Deemed exports are supplies of goods (s.147): line 2 is a service (its SAC starts with 99)"
    )
    assert refusal(eou, deemed_export="SEZ") == (
        "Choose which deemed export it is (AA, EPCG, EOU, GOLD), not 'SEZ'"
    )


def test_a_composition_shop_cannot_make_one(shop_file: Path) -> None:
    profile = shop.get_profile()
    assert profile is not None
    shop.save_profile(
        ShopProfile(**{**profile.__dict__, "composition": True, "composition_rate_bp": 100})
    )
    eou = make_customer("Pune EOU", gstin=GSTIN_27).code
    assert refusal(eou, deemed_export="EOU") == (
        "Only a regular taxpayer's tax invoice can be a deemed export"
    )


def _returns_shop() -> tuple[str, str, str]:
    eou = make_customer("Pune EOU", gstin=GSTIN_27).code
    holder = make_customer("Bengaluru Exporter", gstin=GSTIN_29).code
    de = post(holder, deemed_export="AA").number
    plain = post(eou).number
    note = sales.post_credit_note(
        de, doc_date=date(2026, 5, 20), returns={1: 250}, reason="One returned"
    ).number
    return de, plain, note


def test_gstr1_reports_it_in_b2b_and_its_note_in_cdnr_as_de(shop_file: Path) -> None:
    de, plain, note = _returns_shop()
    g = gstr1.gstr1(MAY)
    assert {d.number: d.invoice_type for d in g.b2b} == {de: "DE", plain: "R"}
    assert [(d.number, d.invoice_type, d.note_type) for d in g.cdnr] == [(note, "DE", "C")]
    (deemed,) = (d for d in g.b2b if d.number == de)
    assert deemed.amounts == Amounts(100000, 18000, 0, 0)  # taxed as usual: IGST to Karnataka
    assert g.exp == () and g.totals("b2cs") == Amounts()


def test_gstr3b_counts_it_with_the_taxable_supplies(shop_file: Path) -> None:
    _returns_shop()
    b = gstr3b.gstr3b(MAY)
    # 3.1 (a): both invoices less the credit note (a quarter of an almirah, IGST)
    assert b.outward == Amounts(200000 - 25000, 18000 - 4500, 9000, 9000)
    assert b.zero_rated == Amounts()


def test_the_register_names_it_deemed_export(shop_file: Path) -> None:
    de, plain, note = _returns_shop()
    rows = {r.number: r for r in sales_register.iter_register(date(2026, 5, 1), date(2026, 5, 31))}
    types = {n: sales_register.INVOICE_TYPES[r.invoice_type] for n, r in rows.items()}
    assert types == {de: "Deemed export", plain: "B2B", note: "Deemed export"}
    assert (rows[de].taxable, rows[de].igst, rows[note].taxable) == (100000, 18000, -25000)


def test_tally_takes_it_as_an_ordinary_sale(shop_file: Path) -> None:
    holder = make_customer("Bengaluru Exporter", gstin=GSTIN_29).code
    de = post(holder, deemed_export="GOLD").number
    plain = post(holder).number
    books = tally_books(DAY, DAY)
    by_number = {v.number: v for v in books.vouchers}
    same = [(e.ledger, e.amount) for e in by_number[de].entries]
    assert by_number[de].kind == by_number[plain].kind == "Sales"
    assert same == [(e.ledger, e.amount) for e in by_number[plain].entries]
    assert sum(amount for _, amount in same) == 0


def test_the_offline_tools_workbook_says_deemed_exp(shop_file: Path, tmp_path: Path) -> None:
    de, plain, note = _returns_shop()
    path = tmp_path / "gstr1.xlsx"
    write_gstr1_workbook(path, gstr1.gstr1(MAY))
    wb = load_workbook(path, read_only=True)

    def typed(sheet: str, column: str) -> dict[str, str]:
        rows = list(wb[sheet].iter_rows(min_row=4, values_only=True))
        at, number = rows[0].index(column), 2  # invoice / note number: the third column
        return {str(r[number]): str(r[at]) for r in rows[1:] if r[number]}

    assert typed("b2b,sez,de", "Invoice Type") == {de: "Deemed Exp", plain: "Regular B2B"}
    assert typed("cdnr", "Note Supply Type") == {note: "Deemed Exp"}
