"""Frozen at issue (issue 13): post one of every document type, then change every field of the
customer and the shop masters; every print (PDF text), view and export (register, statements,
the accountant's pack, GSTR-1 and GSTR-3B as tables, JSON and workbooks) reads exactly as before.
The second test does the same for bills of supply (an exempt sale, a composition shop, an
unregistered shop), an export under LUT, a supply to an SEZ unit and opening bills and credits."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication

from factories import ISSUING_SHOP, make_customer
from pdf_pages import pdf_text
from vyapar_lite.db.models import PaymentOut, PurchaseBill, Receipt, SaleOrder, SalesDoc
from vyapar_lite.domain.customer import CustomerDetails
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.domain.shipping_bill import ShippingBill
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.exports.gstr1_json import write_gstr1_json
from vyapar_lite.exports.gstr1_workbook import write_gstr1_workbook
from vyapar_lite.exports.gstr3b import export_gstr3b, write_gstr3b_json
from vyapar_lite.exports.pack import export_pack
from vyapar_lite.exports.sales_register import export_sales_register
from vyapar_lite.exports.statement import export_statement
from vyapar_lite.services import (
    composition_return,
    customers,
    export_settings,
    gst_settings,
    opening_bills,
    orders,
    payments,
    sales,
    sales_register,
    shop,
    statement,
    supplier_side,
)
from vyapar_lite.services.returns import gstr1, gstr3b, period
from vyapar_lite.ui.payments import receipt_print
from vyapar_lite.ui.sales import invoice_print

DAY = date(2026, 5, 10)
YEAR = (date(2026, 4, 1), date(2027, 3, 31))
SHOP = ISSUING_SHOP
GOODS = LineInput("Steel Tiffin Box", 2000, 42000, 1800, hsn_sac="7323", unit="pcs")


@pytest.fixture(autouse=True)
def _statements_as_the_app_makes_them() -> None:
    """The app and the CLI both register the payable side with customer statements at start-up
    (`supplier_side.install`); so does each test here (tests/conftest.py takes it away after)."""
    supplier_side.install()


def _post_one_of_everything() -> str:
    """Every document type, to one walk-up customer who is unregistered and also a supplier."""
    shop.save_profile(SHOP)
    code = make_customer(
        "Sharma Traders",
        state_code="27",
        billing_address="Shop 4, Market Yard",
        city="Pune",
        pin_code="411037",
        shipping_address="Godown 2, Hadapsar",
        shipping_same_as_billing=False,
        also_supplier=True,
    ).code
    draft = sales.InvoiceDraft
    sales.post_invoice(draft(code, DAY, [GOODS], received=10000, mode="upi", reference="U1"))
    shipped = sales.post_invoice(
        draft(code, DAY, [GOODS], delivery_address="Plot 9, Peenya, Bengaluru", delivery_state="29")
    )
    sales.post_credit_note(shipped.number, doc_date=DAY, returns={1: 1000}, reason="Damaged")
    sales.post_debit_note(
        shipped.number,
        doc_date=DAY,
        lines=[LineInput("Freight", 1000, 5000, 1800)],
        reason="Freight",
    )
    orders.create_order(orders.OrderDraft(code, DAY, [GOODS], advance=20000, mode="cash"))
    payments.record_receipt(payments.ReceiptDraft(code, DAY, 30000, allocations=None))
    payments.write_off(shipped.number, 100, on=DAY, reason="round off")
    cheque = payments.ChequeDetails("123456", "HDFC Bank", DAY)
    bounced = payments.record_receipt(
        payments.ReceiptDraft(code, DAY, 20000, mode="cheque", cheque=cheque)
    )
    payments.mark_bounced(bounced.number, date(2026, 5, 14), reason="funds", charge=30000)
    payments.record_receipt(payments.ReceiptDraft(code, DAY, 10000, allocations={}))
    payments.record_refund(payments.RefundDraft(code, date(2026, 5, 16), 5000))
    payments.record_bill(
        payments.BillDraft(code, "GE/7", DAY, taxable=100000, gst=18000, total=118000)
    )
    payments.record_supplier_payment(payments.SupplierPaymentDraft(code, date(2026, 5, 17), 10000))
    payments.post_contra(code, date(2026, 5, 31))
    return code


def _change_every_master_field(code: str) -> None:
    customers.update_customer(
        code,
        CustomerDetails(
            name="Sharma Enterprises Pvt Ltd",
            phone="9000099999",
            billing_address="Unit 7, Tech Park",
            shipping_address="Dock 3, Whitefield",
            shipping_same_as_billing=False,
            city="Bengaluru",
            pin_code="560066",
            state_code="29",
            gstin="29AAGCB7383J1Z4",
            also_supplier=True,
        ),
        confirmed=True,
    )
    shop.save_profile(
        ShopProfile(
            name="Test Traders LLP",
            state_code="24",
            address="5 Ring Road",
            city="Surat",
            pin_code="395002",
            phone="9800000001",
            email="llp@example.com",
            gstin="24AAACC1206D1ZM",
        )
    )


def _cells(path: Path) -> list[tuple[str, int, int, Any]]:
    """Every cell's value, leaving out only the "Generated at" timestamp."""
    out = []
    for ws in load_workbook(path).worksheets:
        for row in ws.iter_rows():
            if row and row[0].value == "Generated at":
                continue
            out += [(ws.title, c.row, c.column, c.value) for c in row if c.value is not None]
    return out


def _everything(code: str, folder: Path, *others: str) -> dict[str, Any]:
    """Each document's print (A4 and 80 mm text), view and each export (the statements of `code`
    and `others`, and May's returns), keyed by what it is."""
    folder.mkdir()
    seen: dict[str, Any] = {}
    for (number,) in SalesDoc.select(SalesDoc.number).tuples():
        doc = sales.get_document(number)
        for layout in ("a4", "thermal"):
            path = invoice_print.save_pdf(
                doc, folder / f"{doc.number.replace('/', '_')}{layout}.pdf", layout
            )
            seen[f"{number} {layout}"] = pdf_text(path)
    for (number,) in Receipt.select(Receipt.number).tuples():
        receipt = payments.get_receipt(number)
        for layout in ("a4", "thermal"):
            path = receipt_print.save_pdf(
                receipt, folder / f"{number.replace('/', '_')}{layout}.pdf", layout
            )  # type: ignore[arg-type]
            seen[f"{number} {layout}"] = pdf_text(path)
    for (number,) in SaleOrder.select(SaleOrder.number).tuples():
        seen[number] = orders.get_order(number).customer_name
    for number, purpose in PaymentOut.select(PaymentOut.number, PaymentOut.purpose).tuples():
        if purpose != "contra":
            seen[number] = payments.get_payment(number).customer_name
        else:
            seen[number] = payments.get_contra(number).customer_name
    for (number,) in PurchaseBill.select(PurchaseBill.number).tuples():
        seen[number] = payments.get_bill(number).customer_name
    register = sales_register.register_summary(*YEAR)
    export_sales_register(folder / "register.xlsx", register)
    seen["register"] = _cells(folder / "register.xlsx")
    seen["register rows"] = list(sales_register.iter_register(*YEAR))
    st = statement.open_statement(code, *YEAR)
    export_statement(folder / "statement.xlsx", st)
    seen["statement"] = _cells(folder / "statement.xlsx")
    for other in others:
        export_statement(folder / f"{other}.xlsx", statement.open_statement(other, *YEAR))
        seen[f"statement {other}"] = _cells(folder / f"{other}.xlsx")
    seen |= _returns(folder)
    # The accountant's pack: its register and statement sheets (its Summary lists balances by
    # customer as they are now, like the balances and ageing reports, so it is left out).
    export_pack(folder / "pack.xlsx", *YEAR)
    seen["pack"] = [cell for cell in _cells(folder / "pack.xlsx") if cell[0] != "Summary"]
    return seen


def _returns(folder: Path) -> dict[str, Any]:
    """May's GSTR-1 and GSTR-3B: the services' tables, the portal's JSON files and the workbooks.

    The JSON's top-level "gstin" is the filer's, the shop's GSTIN as it is now (the callers pass
    `shop.get_profile().gstin`); it is set apart so the documents inside are compared whole."""
    may = period.of_month(2026, 5)
    tables, three_b = gstr1.gstr1(may), gstr3b.gstr3b(may)
    profile = shop.get_profile()
    assert profile is not None
    write_gstr1_json(folder / "gstr1.json", tables, profile.gstin)
    write_gstr3b_json(folder / "gstr3b.json", three_b, profile.gstin)
    seen: dict[str, Any] = {"gstr1": tables, "gstr3b": three_b}
    for name in ("gstr1.json", "gstr3b.json"):
        text = (folder / name).read_text(encoding="utf-8")
        assert json.loads(text)["gstin"] == profile.gstin
        seen[name] = text.replace(f'"gstin": "{profile.gstin}"', '"gstin": "(the filer)"', 1)
    write_gstr1_workbook(folder / "gstr1.xlsx", tables)
    export_gstr3b(folder / "gstr3b.xlsx", three_b)
    seen["gstr1.xlsx"] = _cells(folder / "gstr1.xlsx")
    seen["gstr3b.xlsx"] = _cells(folder / "gstr3b.xlsx")
    return seen


def test_prints_views_and_exports_stay_as_issued_when_every_master_changes(
    qapp: QApplication, shop_file: Path, tmp_path: Path
) -> None:
    code = _post_one_of_everything()
    kinds = {k for (k,) in SalesDoc.select(SalesDoc.kind).tuples()}
    origins = {o for (o,) in Receipt.select(Receipt.origin).tuples()}
    purposes = {p for (p,) in PaymentOut.select(PaymentOut.purpose).tuples()}
    assert kinds == {"invoice", "credit_note", "debit_note"}
    assert origins == {"invoice", "order", "receipt", "write_off", "contra"}
    assert purposes == {"refund", "supplier", "contra"}

    before = _everything(code, tmp_path / "before")
    _change_every_master_field(code)
    after = _everything(code, tmp_path / "after")

    assert after.keys() == before.keys()
    assert {sheet for sheet, *_cell in before["pack"]} == {
        "Sales register",
        "HSN summary",
        "Cash book - Cash",
        "Bank book - Bank (not yet set)",
        "Day book",
        "Expenses",
        code,
    }
    for key in before:
        assert after[key] == before[key], key
    first = before[f"{sales.get_document('INV/26-27/00001').number} a4"]
    for issued in ("Test Traders", "12 Laxmi Road", "27AAPFU0939F1ZV", "Sharma Traders"):
        assert issued in first
    assert "Sharma Enterprises" not in first and "Test Traders LLP" not in first
    # An invoice to a buyer unregistered then stays B2C in the register.
    assert not any(row.is_b2b for row in after["register rows"])
    # GSTR-3B 3.2 keeps the goods delivered to Karnataka to an unregistered buyer (the buyer is
    # registered in Karnataka now): ₹840 less the ₹420 returned plus ₹50 freight; GSTR-1 keeps
    # the invoices in B2C.
    assert [(p.place, p.taxable) for p in after["gstr3b"].unregistered] == [("29", 47000)]
    assert not after["gstr1"].b2b and '"b2cs"' in after["gstr1.json"]
    # A new document takes the masters as they are now.
    new = sales.post_invoice(sales.InvoiceDraft(code, DAY, [GOODS]))
    assert (new.customer_name, new.customer_gstin) == (
        "Sharma Enterprises Pvt Ltd",
        "29AAGCB7383J1Z4",
    )
    assert new.shop is not None and new.shop.name == "Test Traders LLP"


# --- bills of supply, exports, SEZ supplies and opening bills --------------------------------

LOCAL_DETAILS = dict(
    state_code="27", billing_address="Shop 9, Mandai", city="Pune", pin_code="411002"
)
EXEMPT = LineInput("School Book", 2000, 25000, 0, hsn_sac="4901", unit="pcs", supply_type="exempt")
SEZ_GSTIN = "27AAPFU0939F2ZU"


def _post_the_rest(scheme: str) -> list[str]:
    """Under `scheme` ("regular", "composition", "unregistered"): a bill of supply (all exempt
    for a regular shop) and opening bills and an opening credit to a local buyer; a regular shop
    also an export under LUT with its shipping bill and an SEZ supply without IGST, each with a
    credit note."""
    profile = {
        "regular": SHOP,
        "composition": replace(SHOP, composition=True, composition_rate_bp=100),
        "unregistered": replace(SHOP, gstin=""),
    }[scheme]
    shop.save_profile(profile)
    local = make_customer("Verma Kirana", **LOCAL_DETAILS).code  # type: ignore[arg-type]
    line = EXEMPT if scheme == "regular" else GOODS
    bill = sales.post_invoice(sales.InvoiceDraft(local, DAY, [line], received=5000))
    assert bill.document_type == "bill_of_supply"
    sales.post_credit_note(bill.number, doc_date=DAY, returns={1: 1000}, reason="Returned")
    opening_bills.record_openings(
        local,
        [
            opening_bills.OpeningEntry("OLD/101", date(2026, 4, 1), 2340000),
            opening_bills.OpeningEntry("OLD/102", date(2026, 4, 1), 193500, date(2026, 6, 30)),
            opening_bills.OpeningEntry("ADV/7", date(2026, 4, 1), 50000, is_credit=True),
        ],
    )
    payments.record_receipt(payments.ReceiptDraft(local, DAY, 500000, allocations=None))
    if scheme != "regular":
        return [local]
    export_settings.save_lut_reference("AD2704260001234 dated 01-04-2026")
    gst_settings.save(gst_settings.GstSettings(lut_for_zero_rated=True))
    abroad = make_customer(
        "Gulf Spices LLC", state_code="96", country="United Arab Emirates", billing_address="Dubai"
    ).code
    sez = make_customer("Pune SEZ Unit", gstin=SEZ_GSTIN, is_sez=True, city="Pune").code
    exported = sales.post_invoice(
        sales.InvoiceDraft(
            abroad, DAY, [GOODS], export=True, shipping_bill=ShippingBill("7654321", DAY, "INNSA1")
        )
    )
    zero_rated = sales.post_invoice(sales.InvoiceDraft(sez, DAY, [GOODS]))
    assert (exported.tax_kind, zero_rated.sez_supply) == ("export", "SEWOP")
    for doc in (exported, zero_rated):
        sales.post_credit_note(doc.number, doc_date=DAY, returns={1: 1000}, reason="Short")
    return [local, abroad, sez]


def _change_every_field_again(codes: list[str]) -> None:
    """Every customer field, the shop (now a regular shop in Gujarat), its LUT and GST settings."""
    new_gstins = ("29AAGCB7383J1Z4", "", "29AABCT1332L1ZA")  # the foreign buyer: none
    for n, code in enumerate(codes):
        customers.update_customer(
            code,
            CustomerDetails(
                name=f"Renamed Buyer {n} Pvt Ltd",
                phone=f"900009999{n}",
                email=f"b{n}@example.com",
                billing_address=f"Unit {n}, Tech Park",
                shipping_address=f"Dock {n}, Whitefield",
                shipping_same_as_billing=False,
                city="Bengaluru",
                pin_code="560066",
                state_code="29",
                gstin=new_gstins[n],
                pan=new_gstins[n][2:12],
                alt_phone=f"980009999{n}",
                preferred_contact="WhatsApp",
                customer_type="Dealer",
                category="Moved",
                credit_limit=5000000,
                check_credit_limit=True,
                payment_terms_days=45,
                # as it was: a buyer who becomes a supplier has a supplier side on their live
                # statement (a report, not an issued document); the first test's buyer is one
                # throughout
                also_supplier=False,
                transporter="VRL Logistics",
                notes="moved to Bengaluru",
                is_composition=n == 0,
                is_sez=False,  # the SEZ unit is one no more
                country="",  # the foreign buyer is in Karnataka now
            ),
            confirmed=True,
        )
    export_settings.save_lut_reference("AD2404270009999 dated 01-04-2027")
    gst_settings.save(gst_settings.GstSettings(turnover_above_5_crore=True))
    shop.save_profile(
        ShopProfile(
            name="Test Traders LLP",
            state_code="24",
            address="5 Ring Road",
            city="Surat",
            pin_code="395002",
            phone="9800000001",
            email="llp@example.com",
            gstin="24AAACC1206D1ZM",
        )
    )


def _cmp08_turnover() -> list[tuple[int, int]]:
    rows = composition_return.composition_report("2026-27").rows
    return [(r.documents, r.taxable_turnover + r.exempt_turnover) for r in rows]


@pytest.mark.parametrize("scheme", ["regular", "composition", "unregistered"])
def test_bills_of_supply_exports_sez_and_opening_bills_stay_as_issued(
    qapp: QApplication, shop_file: Path, tmp_path: Path, scheme: str
) -> None:
    codes = _post_the_rest(scheme)
    kinds = {k for (k,) in SalesDoc.select(SalesDoc.kind).tuples()}
    assert kinds == {"invoice", "credit_note", "opening_bill"}

    before = _everything(codes[0], tmp_path / "before", *codes[1:])
    turnover_before = _cmp08_turnover()
    _change_every_field_again(codes)
    after = _everything(codes[0], tmp_path / "after", *codes[1:])
    turnover_after = _cmp08_turnover()

    assert after.keys() == before.keys()
    for key in before:
        assert after[key] == before[key], key
    # CMP-08's turnover: the bills issued under the composition scheme, whatever the shop is now
    # (its tax is at the profile's rate now, `composition_return`, so it is not compared)
    assert turnover_after == turnover_before
    assert turnover_before[0] == ((2, 42000) if scheme == "composition" else (0, 0))
    bill = " ".join(before[f"{sales.get_document('OLD/101').number} a4"].split())
    first = " ".join(before[f"{SalesDoc.get(SalesDoc.kind == 'invoice').number} a4"].split())
    assert "BILL OF SUPPLY" in first and "Verma Kirana" in first and "Test Traders" in first
    assert "Renamed Buyer" not in first + bill and "LLP" not in first + bill
    assert any("OLD/101" in row for row in map(str, before["statement"]))
    if scheme == "regular":
        exported = " ".join(before["INV/26-27/00002 a4"].split())
        assert "LUT: AD2704260001234 dated 01-04-2026" in exported
        assert "Country of destination: United Arab Emirates" in exported
        assert len(after["gstr1"].exp) == 1 and len(after["gstr1"].b2b) == 1  # the SEZ supply
        # two zero-rated supplies of ₹840 less ₹420 returned on each; the exempt books ₹500 - ₹250
        assert after["gstr3b"].table_31["osup_zero"].taxable == 2 * (84000 - 42000)
        assert after["gstr3b"].table_31["osup_nil_exmp"].taxable == 25000
