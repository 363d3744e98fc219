"""Frozen at issue (issue 13): post one of every document type, then change every field of the
customer and the shop masters; every print (PDF text), view and export reads exactly as before."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication

from factories import ISSUING_SHOP, make_customer
from pdf_pages import pdf_text
from vyapar_lite.db.models import PaymentOut, PurchaseBill, Receipt, SaleOrder, SalesDoc
from vyapar_lite.domain.customer import CustomerDetails
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.exports.pack import export_pack
from vyapar_lite.exports.sales_register import export_sales_register
from vyapar_lite.exports.statement import export_statement
from vyapar_lite.services import customers, orders, payments, sales, sales_register, shop, statement
from vyapar_lite.ui.payments import receipt_print
from vyapar_lite.ui.sales import invoice_print

DAY = date(2026, 5, 10)
YEAR = (date(2026, 4, 1), date(2027, 3, 31))
SHOP = ISSUING_SHOP
GOODS = LineInput("Steel Tiffin Box", 2000, 42000, 1800, hsn_sac="7323", unit="pcs")


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


def _everything(code: str, folder: Path) -> dict[str, Any]:
    """Each document's print (A4 and 80 mm text), view and each export, keyed by what it is."""
    folder.mkdir()
    seen: dict[str, Any] = {}
    for (number,) in SalesDoc.select(SalesDoc.number).tuples():
        doc = sales.get_document(number)
        for layout in ("a4", "thermal"):
            path = invoice_print.save_pdf(
                doc, folder / f"{doc.kind}{doc.number[-4:]}{layout}.pdf", layout
            )
            seen[f"{number} {layout}"] = pdf_text(path)
    for (number,) in Receipt.select(Receipt.number).tuples():
        receipt = payments.get_receipt(number)
        for layout in ("a4", "thermal"):
            path = receipt_print.save_pdf(receipt, folder / f"r{number[-4:]}{layout}.pdf", layout)  # type: ignore[arg-type]
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
    # The accountant's pack: its register and statement sheets (its Summary lists balances by
    # customer as they are now, like the balances and ageing reports, so it is left out).
    export_pack(folder / "pack.xlsx", *YEAR)
    seen["pack"] = [cell for cell in _cells(folder / "pack.xlsx") if cell[0] != "Summary"]
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
    # A new document takes the masters as they are now.
    new = sales.post_invoice(sales.InvoiceDraft(code, DAY, [GOODS]))
    assert (new.customer_name, new.customer_gstin) == (
        "Sharma Enterprises Pvt Ltd",
        "29AAGCB7383J1Z4",
    )
    assert new.shop is not None and new.shop.name == "Test Traders LLP"
