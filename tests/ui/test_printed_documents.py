"""The printed documents say what the GST rules ask, read back from the PDFs themselves."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton
from pytestqt.qtbot import QtBot

from factories import make_customer, make_item
from payment_builders import cheque, receive
from pdf_pages import pdf_pages, pdf_text
from sales_factories import SalesShop, stock_the_shop
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.domain.item import ItemDetails
from vyapar_lite.domain.shipping_bill import ShippingBill
from vyapar_lite.services import customers, export_settings, items, opening_bills, payments, sales
from vyapar_lite.services.sales import DocumentView, InvoiceDraft
from vyapar_lite.ui import printing
from vyapar_lite.ui.sales import gst_marks, invoice_print
from vyapar_lite.ui.sales.document_dialog import DocumentDialog

DAY = date(2026, 5, 10)
pytestmark = pytest.mark.usefixtures("qapp")  # Qt lays the PDFs out


@pytest.fixture
def stocked(shop_file: Path) -> SalesShop:
    shop = stock_the_shop()
    make_item("Mobile phone", code="PHONE", sale_price=1_000_000, gst_rate_bp=1800,
              hsn_sac="85171300")  # fmt: skip
    return shop


def _line(code: str, qty_milli: int = 1000, **kw: object) -> LineInput:
    d = items.get_item(code).details
    return LineInput(d.name, qty_milli, d.sale_price, d.gst_rate_bp, item_code=code, **kw)  # type: ignore[arg-type]


def _post(customer: str, *lines: LineInput, **kw: object) -> DocumentView:
    return sales.post_invoice(InvoiceDraft(customer, DAY, list(lines), **kw))  # type: ignore[arg-type]


def _pdf(doc: DocumentView, path: Path, copies: tuple[str, ...] = ()) -> str:
    return pdf_text(invoice_print.save_pdf(doc, path, "a4", copies))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def test_a_b2b_tax_invoice_says_reverse_charge_no_and_keeps_hsn_whole(
    stocked: SalesShop, tmp_path: Path
) -> None:
    doc = _post(stocked.outstation, _line("PHONE"), _line("RICE5", 2000))
    text = _pdf(doc, tmp_path / "b2b.pdf")
    flat = _one_line(text)
    assert "TAX INVOICE" in text
    assert "Whether tax is payable on reverse charge No" in flat
    assert "85171300" in text  # never broken over two lines
    assert "Rate" in text and "Rate incl. tax" not in text
    assert "This is a computer generated invoice." in flat


def test_reverse_charge_yes_is_stored_at_issue(stocked: SalesShop, tmp_path: Path) -> None:
    details = items.get_item("TIFFIN").details
    items.update_item("TIFFIN", _with(details, reverse_charge=True))
    doc = _post(stocked.outstation, _line("TIFFIN"))
    assert doc.lines[0].reverse_charge
    items.update_item("TIFFIN", _with(details, reverse_charge=False))  # the master changes
    again = sales.get_document(doc.number)
    assert gst_marks.reverse_charge(again) == "Yes"
    assert "Whether tax is payable on reverse charge Yes" in _one_line(
        _pdf(again, tmp_path / "rcm.pdf")
    )


def _with(details: ItemDetails, **changes: object) -> ItemDetails:
    return replace(details, **changes)  # type: ignore[arg-type]


def test_three_copies_in_one_pdf(stocked: SalesShop, tmp_path: Path) -> None:
    doc = _post(stocked.outstation, _line("RICE5"))
    path = invoice_print.save_pdf(doc, tmp_path / "three.pdf", "a4", gst_marks.COPIES)
    pages = pdf_pages(path)
    assert len(pages) == 3
    for page, label in zip(pages, gst_marks.COPIES, strict=True):
        assert label in page and doc.number in page
    assert "ORIGINAL FOR RECIPIENT" not in pages[1]
    single = _pdf(doc, tmp_path / "one.pdf", gst_marks.COPIES[:1])
    assert "ORIGINAL FOR RECIPIENT" in single and "DUPLICATE" not in single


def test_a_tax_inclusive_rate_says_so_and_shows_the_taxable_rate(
    stocked: SalesShop, tmp_path: Path
) -> None:
    # ₹118 incl. 18%: taxable ₹100.00 a unit, 2 units ₹200.00 taxable
    line = LineInput("Water filter", 2000, 11800, 1800, price_includes_tax=True)
    doc = _post(stocked.dealer, line)
    assert gst_marks.prices_include_tax(doc)
    text = _one_line(_pdf(doc, tmp_path / "incl.pdf"))
    assert "Rate Rate incl. tax Disc. Taxable" in text
    assert "Water filter 2 100.00 118.00 200.00" in text  # 2 x 100.00 = 200.00 taxable


def test_an_export_under_lut_carries_the_prescribed_words(
    stocked: SalesShop, tmp_path: Path
) -> None:
    export_settings.save_lut_reference("AD2704260001234 dated 01-04-2026")
    buyer = make_customer("Gulf Spices LLC", state_code="96", country="United Arab Emirates")
    doc = _post(buyer.code, _line("RICE5", 10000), export=True)
    text = _one_line(_pdf(doc, tmp_path / "export.pdf"))
    assert gst_marks.EXPORT_UNDER_LUT in text
    assert "LUT: AD2704260001234 dated 01-04-2026" in text
    assert "Country of destination: United Arab Emirates" in text
    assert "Unregistered" not in text

    # a reprint shows what was issued, whatever the LUT and the customer say later
    export_settings.save_lut_reference("AD2704270009999 dated 01-04-2027")
    customers.update_customer(buyer.code, replace(buyer.details, country="Oman"))
    again = _one_line(_pdf(sales.get_document(doc.number), tmp_path / "again.pdf"))
    assert "LUT: AD2704260001234 dated 01-04-2026" in again
    assert "Country of destination: United Arab Emirates" in again

    with_tax = _post(buyer.code, _line("RICE5", 1000))  # not zero-rated: IGST paid
    text = _one_line(_pdf(with_tax, tmp_path / "export-igst.pdf"))
    assert gst_marks.EXPORT_WITH_IGST in text and "Unregistered" not in text
    assert "Shipping bill" not in text


def test_an_export_prints_its_shipping_bill(stocked: SalesShop, tmp_path: Path) -> None:
    buyer = make_customer("Gulf Spices LLC", state_code="96", country="United Arab Emirates")
    bill = ShippingBill("7654321", date(2026, 5, 12), "INMAA1")
    doc = _post(buyer.code, _line("RICE5", 10000), export=True, shipping_bill=bill)
    text = _one_line(_pdf(doc, tmp_path / "export-bill.pdf"))
    assert "Shipping bill: 7654321 dated 12-05-2026, port code INMAA1" in text


def test_credit_and_debit_notes_name_the_invoice_its_date_and_the_reason(
    stocked: SalesShop, tmp_path: Path
) -> None:
    invoice = _post(stocked.outstation, _line("RICE5", 2000))
    credit = sales.post_credit_note(
        invoice.number, doc_date=date(2026, 5, 20), returns={1: 1000}, reason="Torn bag"
    )
    text = _one_line(_pdf(credit, tmp_path / "cn.pdf"))
    assert "CREDIT NOTE" in text and credit.number in text
    assert f"Against invoice {invoice.number}" in text
    assert "Invoice date 10-05-2026" in text
    assert "Reason: Torn bag" in text
    assert "This is a computer generated credit note." in text
    assert "computer generated invoice" not in text and "TAX INVOICE" not in text

    debit = sales.post_debit_note(
        invoice.number,
        doc_date=date(2026, 5, 21),
        lines=[LineInput("Freight", 1000, 20000, 1800)],
        reason="Freight charged later",
    )
    text = _one_line(_pdf(debit, tmp_path / "dn.pdf"))
    assert "DEBIT NOTE" in text and "Invoice date 10-05-2026" in text
    assert "Reason: Freight charged later" in text
    assert "This is a computer generated debit note." in text


def test_a_debit_memo_is_printed_as_one(stocked: SalesShop, tmp_path: Path) -> None:
    receipt = receive(stocked.dealer, 50000, DAY, mode="cheque", cheque=cheque(on=DAY))
    memo = payments.mark_bounced(receipt, date(2026, 5, 12), reason="No funds", charge=30000)
    memo_doc = sales.get_document(memo.charge_note)
    text = _one_line(_pdf(memo_doc, tmp_path / "dm.pdf"))
    assert "DEBIT MEMO" in text and "Circular 178/10/2022" in text
    assert "reverse charge" not in text and "DEBIT NOTE" not in text
    slip = _one_line(
        pdf_text(invoice_print.save_pdf(memo_doc, tmp_path / "dm-slip.pdf", "thermal"))
    )
    assert "DEBIT MEMO" in slip and "Circular 178/10/2022" in slip and "GST breakup" not in slip


def test_a_walk_in_buyer_of_50000_is_printed(stocked: SalesShop, tmp_path: Path) -> None:
    doc = _post(
        "CASH",
        LineInput("Refrigerator", 1000, 5_000_000, 0),
        received=5_000_000,
        buyer_name="Ravi Kulkarni",
        buyer_address="7 Station Road, Pune",
        buyer_state="27",
    )
    text = _one_line(_pdf(doc, tmp_path / "walkin.pdf"))
    assert "Ravi Kulkarni" in text and "7 Station Road, Pune" in text
    assert "State: 27 Maharashtra" in text


def test_an_rcm_line_prints_the_recipients_tax_outside_the_total(
    stocked: SalesShop, tmp_path: Path
) -> None:
    """s.9(3) CGST Act, Rule 46(p): the tax on an RCM line is shown, payable by the recipient,
    and the bill's total is without it."""
    make_item("Goods transport", code="GTA", sale_price=100000, gst_rate_bp=500,
              hsn_sac="996511", unit="trip", reverse_charge=True)  # fmt: skip
    doc = _post(stocked.outstation, _line("GTA"), _line("TIFFIN"))
    flat = _one_line(_pdf(doc, tmp_path / "rcm-mixed.pdf"))
    assert "Whether tax is payable on reverse charge Yes" in flat
    assert "RCM 5,000.00" not in flat and "RCM 50.00" in flat  # the line's IGST cell
    assert "Tax payable by recipient (RCM) 50.00" in flat
    # 1,000.00 + 420.00 + 75.60 IGST on the tiffin, rounded: the ₹50 is not in it
    assert "Grand total ₹1,496.00" in flat
    assert "Tax of ₹50.00 on the lines marked RCM is payable by the recipient" in flat


def test_bill_to_ship_to_prints_both_addresses_and_the_buyer_s_place(
    stocked: SalesShop, tmp_path: Path
) -> None:
    """s.10(1)(b) IGST Act: delivered to a third party in Maharashtra on the Karnataka buyer's
    direction, the place of supply is Karnataka; both addresses are printed."""
    doc = _post(
        stocked.outstation,
        _line("TIFFIN"),
        delivery_address="Contractor's site, Plot 9, Chakan MIDC",
        delivery_state="27",
        bill_to_ship_to=True,
    )
    flat = _one_line(_pdf(doc, tmp_path / "bill-to-ship-to.pdf"))
    assert "Bill to Bengaluru Stores" in flat
    assert "Ship to (third party) Contractor's site, Plot 9, Chakan MIDC State: 27 Maharashtra" in (
        flat
    )
    assert "Place of supply Karnataka (29)" in flat
    assert "on the buyer's direction (bill to / ship to)" in flat and "s.10(1)(b) IGST Act" in flat
    assert "IGST" in flat and "CGST" not in flat


def test_the_copies_chosen_on_screen_are_the_pages_of_the_pdf(
    qtbot: QtBot, stocked: SalesShop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The document window's copies combo, chosen with the keyboard, then "Save PDF…": each
    choice gives its pages, each titled with its copy (Rule 48)."""
    doc = _post(stocked.outstation, _line("RICE5"))
    dialog = DocumentDialog(doc.number)
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QComboBox, "document.copies")
    save = dialog.findChild(QPushButton, "document.pdf")
    assert combo is not None and save is not None
    assert combo.currentText() == "Original for recipient"  # the usual
    chosen: list[str] = []
    monkeypatch.setattr(
        printing.QFileDialog,
        "getSaveFileName",
        lambda *_args: (str(tmp_path / f"{len(chosen)}.pdf"), "PDF (*.pdf)"),
    )
    for _ in range(combo.count()):
        chosen.append(combo.currentText())
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert chosen == [
        "Original for recipient",
        "Original and duplicate",
        "All three copies",
        "Without a copy mark",
    ]
    pages = [pdf_pages(tmp_path / f"{n}.pdf") for n in range(1, len(chosen) + 1)]
    titles = [[_copy_title(page) for page in pdf] for pdf in pages]
    assert titles == [
        ["ORIGINAL FOR RECIPIENT"],
        ["ORIGINAL FOR RECIPIENT", "DUPLICATE FOR TRANSPORTER"],
        ["ORIGINAL FOR RECIPIENT", "DUPLICATE FOR TRANSPORTER", "TRIPLICATE FOR SUPPLIER"],
        [""],
    ]
    assert all(doc.number in page and "TAX INVOICE" in page for pdf in pages for page in pdf)


def _copy_title(page: str) -> str:
    """The one copy title a page carries ("" for none)."""
    titles = [title for title in gst_marks.COPIES if title in page]
    assert len(titles) <= 1, titles
    return titles[0] if titles else ""


def test_an_opening_bill_prints_the_amount_owed_without_gst(
    stocked: SalesShop, tmp_path: Path
) -> None:
    """An opening bill records a debt from before the app, not a supply: no tax, no place of
    supply, no reverse-charge line, its due date, and words that say why."""
    opening_bills.record_opening(
        stocked.dealer, "OLD/101", date(2026, 4, 1), 2340000, due=date(2026, 4, 16)
    )
    doc = sales.get_document("OLD/101")
    text = _one_line(_pdf(doc, tmp_path / "opening.pdf"))
    assert "OPENING BILL" in text and "Number OLD/101" in text
    assert "Date 01-04-2026 Due date 16-04-2026" in text
    assert "Grand total ₹23,400.00" in text
    assert gst_marks.OPENING_NOTE in text
    for gst_word in ("Taxable", "CGST", "SGST", "GST %", "Place of supply", "reverse charge"):
        assert gst_word not in text, gst_word
    slip = _one_line(pdf_text(invoice_print.save_pdf(doc, tmp_path / "slip.pdf", "thermal")))
    assert "₹23,400.00" in slip and gst_marks.OPENING_NOTE in slip
    assert "GST breakup" not in slip and "Taxable" not in slip and "Place of supply" not in slip
