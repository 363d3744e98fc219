"""An export invoice's shipping bill (number, date, port code): kept on the invoice as issued,
checked with messages naming the field, and refused on an invoice that is not an export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factories import make_customer
from invoice_builders import counts
from sales_factories import SalesShop, stock_the_shop
from vyapar_lite.db import database
from vyapar_lite.db.models import AuditEntry, SalesDoc
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.domain.shipping_bill import ShippingBill
from vyapar_lite.services import posting_check, sales

DAY = date(2026, 5, 9)


@pytest.fixture
def stocked(shop_file: Path) -> SalesShop:
    return stock_the_shop()


def _rice() -> LineInput:
    return LineInput("Rice", 10000, 65000, 500, item_code="RICE5")


def test_the_shipping_bill_is_kept_on_the_export_invoice(stocked: SalesShop) -> None:
    bill = ShippingBill(" 1234567 ", date(2026, 5, 10), "innsa1")
    doc = sales.post_invoice(
        sales.InvoiceDraft(stocked.foreign, DAY, [_rice()], export=True, shipping_bill=bill)
    )
    assert (doc.shipping_bill_number, doc.shipping_bill_date, doc.port_code) == (
        "1234567", date(2026, 5, 10), "INNSA1"
    )  # fmt: skip
    row = SalesDoc.get(SalesDoc.number == doc.number)
    assert (row.shipping_bill_number, row.port_code) == ("1234567", "INNSA1")
    posted = AuditEntry.get((AuditEntry.record_type == "sales_doc") & (AuditEntry.action == "post"))
    assert '"shipping_bill_number": "1234567"' in posted.after_json
    # one without a bill keeps it blank
    plain = sales.post_invoice(sales.InvoiceDraft(stocked.foreign, DAY, [_rice()], export=True))
    assert (plain.shipping_bill_number, plain.shipping_bill_date, plain.port_code) == ("", None, "")


@pytest.mark.parametrize(
    ("bill", "field", "words"),
    [
        (ShippingBill("12AB", date(2026, 5, 10)), "shipping_bill_number", "3 to 7 digits"),
        (ShippingBill("12345678", date(2026, 5, 10)), "shipping_bill_number", "3 to 7 digits"),
        (ShippingBill("1234567"), "shipping_bill_date", "Enter the shipping bill's date"),
        (ShippingBill("", date(2026, 5, 10)), "shipping_bill_number", "Enter the shipping"),
        (ShippingBill("1234567", date(2026, 5, 8)), "shipping_bill_date", "before the invoice's"),
        (ShippingBill("1234567", DAY, "INNSA"), "port_code", "6 letters and digits"),
    ],
)
def test_a_wrong_shipping_bill_is_refused_naming_the_field(
    stocked: SalesShop, bill: ShippingBill, field: str, words: str
) -> None:
    before = counts()
    with pytest.raises(ValidationError) as caught:
        sales.post_invoice(
            sales.InvoiceDraft(stocked.foreign, DAY, [_rice()], export=True, shipping_bill=bill)
        )
    message = caught.value.for_field(field)
    assert message is not None and words in message
    assert counts() == before


def test_a_shipping_bill_is_for_an_export_only(stocked: SalesShop) -> None:
    local = make_customer("Pune Mart", state_code="27").code
    with pytest.raises(ValidationError) as caught:
        sales.preview_invoice(
            sales.InvoiceDraft(local, DAY, [_rice()], shipping_bill=ShippingBill("1234567", DAY))
        )
    assert "export invoice" in (caught.value.for_field("shipping_bill_number") or "")


def test_a_shipping_bill_changed_behind_the_apps_back_is_named(stocked: SalesShop) -> None:
    bill = ShippingBill("1234567", date(2026, 5, 10), "INNSA1")
    doc = sales.post_invoice(
        sales.InvoiceDraft(stocked.foreign, DAY, [_rice()], export=True, shipping_bill=bill)
    )
    assert posting_check.problems() == []
    database.execute_sql(
        "UPDATE sales_doc SET shipping_bill_number = '7654321', port_code = 'INMAA1' "
        "WHERE number = ?",
        (doc.number,),
    )
    assert posting_check.problems() == [
        f"{doc.number}: shipping_bill_number is 7654321 but its posting's audit row recorded "
        "1234567: it was changed outside the app",
        f"{doc.number}: port_code is INMAA1 but its posting's audit row recorded INNSA1: it was "
        "changed outside the app",
    ]
