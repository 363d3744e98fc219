"""A receipt that is (partly) an advance prints as a receipt voucher with what Rule 50 asks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from factories import make_customer, make_item
from payment_builders import invoice, receive
from pdf_pages import pdf_text
from sales_factories import SHOP_GSTIN, stock_the_shop
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import advance_voucher, orders, payments
from vyapar_lite.ui import language
from vyapar_lite.ui.payments import receipt_print

DAY = date(2026, 5, 10)
pytestmark = pytest.mark.usefixtures("qapp")  # Qt lays the PDFs out


@pytest.fixture
def customer_code(shop_file: Path) -> str:
    stock_the_shop()
    make_item("Tailoring", code="STITCH", sale_price=50000, gst_rate_bp=500, hsn_sac="998821")
    return make_customer(
        "Asha Verma", state_code="24", gstin="24AAACC1206D1ZM", billing_address="5 CG Road"
    ).code


def _text(number: str, path: Path) -> str:
    receipt = payments.get_receipt(number)
    return " ".join(pdf_text(receipt_print.save_pdf(receipt, path, "a4")).split())


def test_an_order_advance_prints_as_a_receipt_voucher(customer_code: str, tmp_path: Path) -> None:
    rice = LineInput("Basmati Rice 5 kg", 10000, 65000, 500, item_code="RICE5")
    order = orders.create_order(orders.OrderDraft(customer_code, DAY, [rice], advance=500000))
    text = _text(order.advance_receipt_number, tmp_path / "advance.pdf")
    for expected in (
        "RECEIPT VOUCHER (ADVANCE)",
        "Test Traders",  # the supplier, with address and GSTIN
        f"GSTIN: {SHOP_GSTIN}",
        order.advance_receipt_number,  # serial number
        "10-05-2026",
        "Asha Verma",  # the recipient, with address and GSTIN
        "5 CG Road",
        "GSTIN: 24AAACC1206D1ZM",
        "Amount of advance ₹5,000.00",
        f"Against order {order.number}",
        "Description Basmati Rice 5 kg",
        "Rate of tax 5%",
        "Tax on this advance Nil",
        "Notification 66/2017-Central Tax",
        "Place of supply 24 Gujarat",
        "Whether tax is payable on reverse charge No",
        "Authorised signatory",
    ):
        assert expected in text, expected
    assert "PAYMENT RECEIPT" not in text


def test_a_receipt_partly_an_advance_is_a_voucher_for_that_part(
    customer_code: str, tmp_path: Path
) -> None:
    invoice(customer_code, 1000000, DAY)
    number = receive(customer_code, 1500000, DAY)
    text = _text(number, tmp_path / "partly.pdf")
    assert "RECEIPT VOUCHER (ADVANCE)" in text
    assert "Amount of advance ₹5,000.00" in text
    assert f"Description {advance_voucher.GENERAL}" in text


def test_a_receipt_that_only_settles_invoices_is_a_plain_receipt(
    customer_code: str, tmp_path: Path
) -> None:
    invoice(customer_code, 1000000, DAY)
    text = _text(receive(customer_code, 1000000, DAY), tmp_path / "plain.pdf")
    assert "PAYMENT RECEIPT" in text and "VOUCHER" not in text


def test_an_advance_for_services_does_not_claim_nil_tax(customer_code: str) -> None:
    stitch = LineInput("Tailoring", 1000, 50000, 500, item_code="STITCH")
    order = orders.create_order(orders.OrderDraft(customer_code, DAY, [stitch], advance=20000))
    voucher = advance_voucher.advance_voucher(order.advance_receipt_number, 0)
    assert voucher is not None and voucher.tax_note == advance_voucher.SERVICES_NOTE


def test_an_order_advance_for_services_prints_its_igst(customer_code: str, tmp_path: Path) -> None:
    stitch = LineInput("Tailoring", 1000, 50000, 500, item_code="STITCH")
    order = orders.create_order(orders.OrderDraft(customer_code, DAY, [stitch], advance=20000))
    text = _text(order.advance_receipt_number, tmp_path / "services-order.pdf")
    # 200.00 at 5%, Gujarat from Maharashtra: 190.48 taxable + 9.52 IGST (s.13(2), Rule 50)
    for expected in (
        "RECEIPT VOUCHER (ADVANCE)",
        "Amount of advance ₹200.00",
        "Taxable value ₹190.48",
        "IGST 5% ₹9.52",
        "Tax on this advance ₹9.52",
        "Place of supply 24 Gujarat",
        "payable when it is received (s.13(2) CGST Act, Rule 50)",
    ):
        assert expected in text, expected


def test_a_receipt_marked_advance_for_services_prints_cgst_and_sgst(
    customer_code: str, tmp_path: Path
) -> None:
    local = make_customer("Pune Mills", state_code="27").code
    receipt = payments.record_receipt(
        payments.ReceiptDraft(local, DAY, 11800, allocations={}, services_rate_bp=1800)
    )
    text = _text(receipt.number, tmp_path / "services-advance.pdf")
    for expected in (
        "RECEIPT VOUCHER (ADVANCE)",
        "Amount of advance ₹118.00",
        f"Description {advance_voucher.SERVICES}",
        "Rate of tax 18%",
        "Taxable value ₹100.00",
        "CGST 9% ₹9.00",
        "SGST 9% ₹9.00",
        "Tax on this advance ₹18.00",
        "Place of supply 27 Maharashtra",
    ):
        assert expected in text, expected
    # set against an invoice later, its voucher still shows the advance as received
    number = invoice(local, 11800, DAY)
    payments.apply_advance(local, number, 11800)
    assert "Amount of advance ₹118.00" in _text(receipt.number, tmp_path / "again.pdf")


def test_in_hindi_the_rule_50_rows_keep_their_english_beside_the_hindi(
    customer_code: str, tmp_path: Path, qapp: QApplication
) -> None:
    """Rule 50's particulars print bilingual in Hindi (the Rule's English stays on the paper)."""
    rice = LineInput("Basmati Rice 5 kg", 10000, 65000, 500, item_code="RICE5")
    order = orders.create_order(orders.OrderDraft(customer_code, DAY, [rice], advance=500000))
    assert language.start(qapp, "hi") == "hi"
    try:
        text = _text(order.advance_receipt_number, tmp_path / "advance.pdf")
    finally:
        language.start(qapp, "en")
    # PDF text extraction splits some shaped Devanagari (the page is right, looked at as PNG):
    # the words checked are ones it reads back whole
    for expected in (
        "RECEIPT VOUCHER (ADVANCE) / रसीद वाउचर",
        "Amount of advance /",
        "रकम ₹5,000.00",
        "Description / ",
        "Tax on this advance / इस",
        "Place of supply /",
        "24 Gujarat",
        "Whether tax is payable on reverse charge /",
    ):
        assert expected in text, expected


def test_in_hindi_a_general_advance_says_its_description_and_tax_note_in_both(
    customer_code: str, tmp_path: Path, qapp: QApplication
) -> None:
    """An advance naming no goods, and the note on why its tax is nil, print as the Rule's
    English with the Hindi beside them (they printed in English only)."""
    invoice(customer_code, 1000000, DAY)
    number = receive(customer_code, 1500000, DAY)
    assert language.start(qapp, "hi") == "hi"
    try:
        text = _text(number, tmp_path / "partly-hi.pdf")
    finally:
        language.start(qapp, "en")
    # PDF text extraction splits some shaped Devanagari (the page is right, looked at as PNG):
    # the words checked are ones it reads back whole
    assert f"{advance_voucher.GENERAL} / भ" in text
    assert "tax is charged on the invoice. / म" in text
    assert "कर बीजक पर लगाया जाता है" in text
