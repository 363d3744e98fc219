"""Documents keep both parties as issued; ship-to per invoice decides the place of supply for goods;
`check` finds a document without its snapshot and totals that are not its lines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factories import ISSUING_SHOP, make_customer
from invoice_builders import counts
from vyapar_lite.db import database
from vyapar_lite.db.models import DocumentParty, SalesDoc
from vyapar_lite.domain.customer import CustomerDetails
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.services import (
    books_check,
    customers,
    document_parties,
    orders,
    payments,
    sales,
    sales_register,
    shop,
    statement,
)

DAY = date(2026, 5, 10)
YEAR = (date(2026, 4, 1), date(2027, 3, 31))
GOODS = LineInput("Steel Tiffin Box", 1000, 100000, 1800, hsn_sac="7323")
SERVICE = LineInput("Installation", 1000, 100000, 1800, hsn_sac="998719")
SHOP = ISSUING_SHOP


@pytest.fixture
def asha(shop_file: Path) -> str:
    shop.save_profile(SHOP)
    return make_customer(
        "Asha Verma",
        state_code="27",
        billing_address="Flat 3, Shanti Niwas",
        city="Pune",
        pin_code="411037",
        shipping_address="Godown 2, Hadapsar",
        shipping_same_as_billing=False,
    ).code


def _snapshot(number: str) -> DocumentParty:
    doc = SalesDoc.get(SalesDoc.number == number)
    row: DocumentParty = DocumentParty.get(
        (DocumentParty.doc_type == "sales_doc") & (DocumentParty.doc_id == doc.id)
    )
    return row


def test_an_invoice_stores_both_parties_as_issued(asha: str) -> None:
    doc = sales.post_invoice(sales.InvoiceDraft(asha, DAY, [GOODS]))

    row = _snapshot(doc.number)
    assert (row.party_name, row.billing_address, row.shipping_address) == (
        "Asha Verma",
        "Flat 3, Shanti Niwas\nPune 411037",
        "Godown 2, Hadapsar",
    )
    assert (row.gstin, row.state_code, row.state_name) == ("", "27", "Maharashtra")
    assert (row.place_of_supply, row.place_name) == ("27", "Maharashtra")
    assert (row.shop_name, row.shop_address, row.shop_city, row.shop_gstin) == (
        "Test Traders",
        "12 Laxmi Road",
        "Pune",
        "27AAPFU0939F1ZV",
    )
    assert (row.shop_state_code, row.shop_state_name) == ("27", "Maharashtra")


def test_a_reprint_and_the_register_keep_what_was_issued(asha: str) -> None:
    number = sales.post_invoice(sales.InvoiceDraft(asha, DAY, [GOODS])).number
    details = customers.get_customer(asha).details
    customers.update_customer(
        asha,
        CustomerDetails(
            **{
                **details.__dict__,
                "name": "Asha Verma & Sons",
                "billing_address": "New Road",
                "state_code": "29",
                "gstin": "29AAGCB7383J1Z4",
            }
        ),
        confirmed=True,
    )
    shop.save_profile(ShopProfile(name="Other Name", state_code="24", gstin="24AAACC1206D1ZM"))

    doc = sales.get_document(number)
    assert (doc.customer_name, doc.customer_gstin, doc.customer_state) == ("Asha Verma", "", "27")
    assert doc.customer_address == "Flat 3, Shanti Niwas\nPune 411037"
    assert doc.shop == SHOP
    assert doc.state_tax_label == "SGST" and doc.tax_kind == "intra"
    [row] = sales_register.iter_register(*YEAR)
    assert (row.customer_name, row.customer_gstin, row.is_b2b) == ("Asha Verma", "", False)
    header = statement.open_statement(asha, *YEAR)
    assert (header.name, header.gstin) == ("Asha Verma", "")


def test_goods_delivered_to_another_state_are_taxed_where_they_go(asha: str) -> None:
    """IGST Act s.10(1)(a): the place of supply of goods is where their movement ends."""
    draft = sales.InvoiceDraft(
        asha, DAY, [GOODS], delivery_address="Plot 9, Peenya, Bengaluru", delivery_state="29"
    )

    preview = sales.preview_invoice(draft)
    doc = sales.post_invoice(draft)

    assert (preview.place_of_supply, preview.tax_kind) == ("29", "inter")
    assert (doc.place_of_supply, doc.tax_kind) == ("29", "inter")
    assert (doc.totals.igst, doc.totals.cgst) == (18000, 0)
    assert (doc.delivery_address, doc.ships_elsewhere, doc.place_name) == (
        "Plot 9, Peenya, Bengaluru",
        True,
        "Karnataka",
    )
    row = _snapshot(doc.number)
    assert (row.shipping_address, row.shipping_state_code, row.place_of_supply) == (
        "Plot 9, Peenya, Bengaluru",
        "29",
        "29",
    )


def test_services_follow_the_recipient_not_the_delivery_address(asha: str) -> None:
    """IGST Act s.12(2): a service's place of supply is the recipient's location."""
    doc = sales.post_invoice(
        sales.InvoiceDraft(
            asha, DAY, [SERVICE], delivery_address="Site, Mysuru", delivery_state="29"
        )
    )
    assert (doc.place_of_supply, doc.tax_kind) == ("27", "intra")


def test_without_a_delivery_address_the_customer_s_own_is_kept(asha: str) -> None:
    doc = sales.post_invoice(sales.InvoiceDraft(asha, DAY, [GOODS]))
    assert (doc.delivery_address, doc.ships_elsewhere, doc.place_of_supply) == (
        "Godown 2, Hadapsar",
        True,
        "27",
    )


def test_a_bad_delivery_state_is_refused_and_nothing_is_saved(asha: str) -> None:
    before = counts()
    with pytest.raises(ValidationError) as exc:
        sales.post_invoice(sales.InvoiceDraft(asha, DAY, [GOODS], delivery_state="Atlantis"))
    message = exc.value.for_field("delivery_state")
    assert message is not None and "two-digit GST code" in message
    assert counts() == before


def test_every_kind_of_document_gets_its_snapshot(asha: str) -> None:
    supplier = make_customer("Gupta Electricals", state_code="27", also_supplier=True).code
    number = sales.post_invoice(sales.InvoiceDraft(supplier, DAY, [GOODS], received=5000)).number
    sales.post_credit_note(number, doc_date=DAY, returns={1: 1000}, reason="Damaged")
    orders.create_order(orders.OrderDraft(asha, DAY, [GOODS], advance=10000))
    payments.record_receipt(payments.ReceiptDraft(supplier, DAY, 3000, allocations={}))
    payments.record_refund(payments.RefundDraft(supplier, DAY, 1000))
    payments.record_bill(
        payments.BillDraft(supplier, "GE/1", DAY, taxable=100000, gst=0, total=100000)
    )
    payments.record_supplier_payment(payments.SupplierPaymentDraft(supplier, DAY, 1000))
    sales.post_invoice(sales.InvoiceDraft(supplier, DAY, [GOODS]))
    payments.post_contra(supplier, DAY)

    taken = {t for (t,) in DocumentParty.select(DocumentParty.doc_type).distinct().tuples()}
    assert taken == set(document_parties.DOC_TYPES)
    assert books_check.problems() == []


def test_check_reports_a_deleted_snapshot_and_a_tampered_line(asha: str) -> None:
    first = sales.post_invoice(sales.InvoiceDraft(asha, DAY, [GOODS])).number
    second = sales.post_invoice(sales.InvoiceDraft(asha, DAY, [GOODS, GOODS])).number
    receipt = payments.record_receipt(payments.ReceiptDraft(asha, DAY, 1000)).number
    assert books_check.problems() == []

    first_id = SalesDoc.get(SalesDoc.number == first).id
    second_id = SalesDoc.get(SalesDoc.number == second).id
    database.execute_sql(
        "DELETE FROM document_party WHERE doc_type = 'sales_doc' AND doc_id = ?", (first_id,)
    )
    database.execute_sql(
        "DELETE FROM document_party WHERE doc_type = 'receipt' AND doc_id = "
        "(SELECT id FROM receipt WHERE number = ?)",
        (receipt,),
    )
    database.execute_sql(
        "UPDATE sales_doc_line SET taxable = taxable + 100, cgst = cgst + 9, total = total + 109 "
        "WHERE doc_id = ? AND line_no = 2",
        (second_id,),
    )

    found = books_check.problems()
    assert (
        f"{first}: the document's parties as issued (names, addresses, GSTINs, states) are "
        "missing" in found
    )
    assert (
        f"{receipt}: the receipt's parties as issued (names, addresses, GSTINs, states) are "
        "missing" in found
    )
    assert f"{second}: its taxable value says ₹2,000.00 but its lines add up to ₹2,001.00" in found
    assert f"{second}: its CGST says ₹180.00 but its lines add up to ₹180.09" in found
    assert f"{second}: its grand total says ₹2,360.00 but its lines add up to ₹2,361.09" in found
    assert len(found) == 5


def test_check_reports_a_line_whose_total_is_not_its_taxable_and_tax(asha: str) -> None:
    number = sales.post_invoice(sales.InvoiceDraft(asha, DAY, [GOODS])).number
    database.execute_sql(
        "UPDATE sales_doc_line SET total = total - 500 "
        "WHERE doc_id = (SELECT id FROM sales_doc WHERE number = ?)",
        (number,),
    )
    assert books_check.problems() == [
        f"{number}: its grand total says ₹1,180.00 but its lines add up to ₹1,175.00",
        f"{number}: 1 line(s) whose total is not taxable value + tax",
    ]
