"""Sale orders: booking with an advance, invoicing in parts, statuses, cancelling."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from factories import make_customer
from invoice_builders import (
    DAY,
    balance,
    counts,
    item_line,
    ledger_rows,
    stock,
    stock_items,
)
from vyapar_lite.db.models import AuditEntry, Receipt, SalesDoc
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import customers, orders, sales

SOAP_5 = item_line("SOAP", 5000, 10000, 1800)  # ₹500 + 18% = ₹590
RICE_10 = item_line("RICE", 10000, 5000, 500)  # ₹500 + 5% = ₹525


@pytest.fixture
def asha(shop_file: Path) -> str:
    stock_items()
    return make_customer("Asha Verma", state_code="27").code


def _order(code: str, *lines: LineInput, advance: int = 30000, **kw: object) -> orders.OrderView:
    draft = orders.OrderDraft(code, DAY, list(lines) or [SOAP_5, RICE_10], advance=advance, **kw)  # type: ignore[arg-type]
    return orders.create_order(draft)


def _message(exc: pytest.ExceptionInfo[ValidationError], field: str) -> str:
    message = exc.value.for_field(field)
    assert message is not None, exc.value.errors
    return message


def test_an_order_moves_only_its_advance(asha: str) -> None:
    order = _order(asha, mode="upi", reference="UPI-9")

    assert (order.number, order.status, order.customer_name) == (
        "SO/26-27/00001",
        "open",
        "Asha Verma",
    )
    assert [(ln.item_code, ln.qty_milli, ln.invoiced_milli, ln.unit) for ln in order.lines] == [
        ("SOAP", 5000, 0, "pcs"),
        ("RICE", 10000, 0, "kg"),
    ]
    assert (order.advance, order.advance_receipt_number, order.advance_used) == (
        30000,
        "RCT/26-27/00001",
        0,
    )
    receipt = Receipt.get()
    assert (receipt.origin, receipt.mode, receipt.reference) == ("order", "upi", "UPI-9")
    assert ledger_rows(asha) == [("receipt", "RCT/26-27/00001", 0, 30000)]
    assert balance(asha) == -30000  # held for the customer
    assert (stock("SOAP"), stock("RICE")) == (50000, 100000)
    assert SalesDoc.select().count() == 0
    audits = [(a.action, a.record_type) for a in AuditEntry.select().order_by(AuditEntry.id)]
    assert audits[-2:] == [("post", "receipt"), ("create", "sale_order")]


def test_an_order_without_an_advance_moves_nothing(asha: str) -> None:
    before = ledger_rows(asha)

    order = _order(asha, advance=0)

    assert (order.advance, order.advance_receipt_number) == (0, "")
    assert ledger_rows(asha) == before


def test_invoicing_part_then_the_rest(asha: str) -> None:
    number = _order(asha).number  # advance ₹300

    part = orders.invoice_draft_from_order(number, {1: 2000}, doc_date=date(2026, 5, 12))
    preview = sales.preview_invoice(part)
    first = sales.post_invoice(part)

    assert [(ln.item_code, ln.qty_milli) for ln in part.lines] == [("SOAP", 2000)]
    assert part.order_number == number
    assert preview.advance_applied == 23600  # the whole ₹236 comes out of the ₹300
    assert (preview.balance_before, preview.balance_after) == (-30000, -6400)
    assert (first.order_number, first.received, first.outstanding) == (number, 23600, 0)
    order = orders.get_order(number)
    assert order.status == "partly_invoiced"
    assert [ln.invoiced_milli for ln in order.lines] == [2000, 0]
    assert order.advance_used == 23600
    assert balance(asha) == -6400
    assert stock("SOAP") == 48000

    rest = orders.invoice_draft_from_order(number, doc_date=date(2026, 5, 15))
    second = sales.post_invoice(rest)

    # 3 soaps ₹354 + 10 kg rice ₹525 = ₹879; the ₹64 left of the advance applied
    assert [(ln.item_code, ln.qty_milli) for ln in rest.lines] == [("SOAP", 3000), ("RICE", 10000)]
    assert (second.totals.grand_total, second.received, second.outstanding) == (87900, 6400, 81500)
    order = orders.get_order(number)
    assert order.status == "invoiced"
    assert [ln.invoiced_milli for ln in order.lines] == [5000, 10000]
    assert (order.advance_used, order.invoices) == (30000, [first.number, second.number])
    assert balance(asha) == 81500
    assert ledger_rows(asha) == [
        ("receipt", "RCT/26-27/00001", 0, 30000),
        ("invoice", "INV/26-27/00001", 23600, 0),
        ("invoice", "INV/26-27/00002", 87900, 0),
    ]
    with pytest.raises(ValidationError) as caught:
        orders.invoice_draft_from_order(number, doc_date=DAY)
    assert _message(caught, "order") == f"Order {number} is already fully invoiced"


def test_paying_the_rest_with_the_invoice(asha: str) -> None:
    number = _order(asha, SOAP_5).number  # ₹590, advance ₹300
    draft = orders.invoice_draft_from_order(number, doc_date=DAY)

    with pytest.raises(ValidationError) as too_much:
        sales.preview_invoice(replace(draft, received=30000))
    doc = sales.post_invoice(replace(draft, received=29000))

    assert "More than the invoice total ₹290.00" in _message(too_much, "received")
    assert (doc.received, doc.outstanding) == (59000, 0)
    assert balance(asha) == 0


def test_cancelling_an_order_keeps_the_advance_as_an_advance(asha: str) -> None:
    number = _order(asha).number

    with pytest.raises(ValidationError) as no_reason:
        orders.cancel_order(number, "")
    order = orders.cancel_order(number, "Customer found it cheaper")

    assert _message(no_reason, "reason") == "Say why the order is cancelled"
    assert (order.status, order.cancel_reason) == ("cancelled", "Customer found it cheaper")
    assert balance(asha) == -30000
    with pytest.raises(ValidationError) as draft_refused:
        orders.invoice_draft_from_order(number, doc_date=DAY)
    with pytest.raises(ValidationError) as post_refused:
        sales.post_invoice(sales.InvoiceDraft(asha, DAY, [SOAP_5], order_number=number))
    with pytest.raises(ValidationError) as again:
        orders.cancel_order(number, "Again")
    assert _message(draft_refused, "order") == f"Order {number} is cancelled"
    assert _message(post_refused, "order") == f"Order {number} is cancelled"
    assert _message(again, "number") == f"Order {number} is already cancelled"


def test_cancelling_a_part_invoiced_order_keeps_its_invoices(asha: str) -> None:
    number = _order(asha).number
    invoice = sales.post_invoice(orders.invoice_draft_from_order(number, {1: 1000}, doc_date=DAY))

    order = orders.cancel_order(number, "Rest not needed")

    assert (order.status, order.invoices) == ("cancelled", [invoice.number])
    assert sales.get_document(invoice.number).status == "posted"


def test_cancelling_an_invoice_gives_the_order_back_its_quantities_and_advance(
    asha: str,
) -> None:
    number = _order(asha).number
    invoice = sales.post_invoice(orders.invoice_draft_from_order(number, {1: 2000}, doc_date=DAY))

    sales.cancel_invoice(invoice.number, "Wrong quantity")

    order = orders.get_order(number)
    assert order.status == "open"
    assert [ln.invoiced_milli for ln in order.lines] == [0, 0]
    assert order.advance_used == 0
    assert balance(asha) == -30000
    assert Receipt.get().status == "posted"  # the advance is not a counter receipt
    again = sales.post_invoice(orders.invoice_draft_from_order(number, doc_date=DAY))
    assert again.received == 30000


def test_a_discount_amount_is_split_across_part_invoices(asha: str) -> None:
    line = item_line("SOAP", 3000, 10000, 1800, discount_amount=1000)
    number = _order(asha, line, advance=0).number

    first = orders.invoice_draft_from_order(number, {1: 1000}, doc_date=DAY)
    sales.post_invoice(first)
    rest = orders.invoice_draft_from_order(number, doc_date=DAY)

    # ₹10 over 3 units: round(1000 / 3) = 333, then 1000 - 333 = 667
    assert (first.lines[0].discount_amount, rest.lines[0].discount_amount) == (333, 667)


def test_quantities_beyond_what_is_left_are_refused(asha: str) -> None:
    number = _order(asha).number

    with pytest.raises(ValidationError) as caught:
        orders.invoice_draft_from_order(number, {1: 6000, 3: 1000}, doc_date=DAY)
    with pytest.raises(ValidationError) as nothing:
        orders.invoice_draft_from_order(number, {1: 0}, doc_date=DAY)

    assert _message(caught, "line 1 quantity") == "Line 1: at most 5 is still to invoice"
    assert _message(caught, "line 3 quantity") == "The order has no line 3"
    assert _message(nothing, "lines").startswith("Nothing is left to invoice")


def test_selling_more_than_was_ordered_completes_the_line(asha: str) -> None:
    number = _order(asha, SOAP_5, advance=0).number

    sales.post_invoice(
        sales.InvoiceDraft(asha, DAY, [item_line("SOAP", 7000, 10000, 1800)], order_number=number)
    )

    order = orders.get_order(number)
    assert (order.status, order.lines[0].invoiced_milli) == ("invoiced", 5000)


def test_an_order_belongs_to_its_customer(asha: str) -> None:
    number = _order(asha).number
    other = make_customer("Ravi Kumar").code

    with pytest.raises(ValidationError) as caught:
        sales.preview_invoice(sales.InvoiceDraft(other, DAY, [SOAP_5], order_number=number))

    assert _message(caught, "order") == f"Order {number} was booked by another customer"


def test_orders_that_are_refused(asha: str) -> None:
    before = counts()

    with pytest.raises(ValidationError) as cash:
        _order("CASH")
    with pytest.raises(ValidationError) as too_big:
        _order(asha, SOAP_5, advance=59001)
    with pytest.raises(ValidationError) as inclusive:
        _order(asha, LineInput("Cake", 1000, 50000, 500, price_includes_tax=True))
    customers.set_active(asha, False)
    with pytest.raises(ValidationError) as inactive:
        _order(asha)

    assert "not CASH" in _message(cash, "customer")
    assert _message(too_big, "advance") == "An advance is from ₹0 up to the order's value ₹590.00"
    assert "rate before tax" in _message(inclusive, "line 1 rate")
    assert "deactivated" in _message(inactive, "customer")
    assert {k: v for k, v in counts().items() if k != "AuditEntry"} == {
        k: v for k, v in before.items() if k != "AuditEntry"
    }


def test_open_orders(asha: str) -> None:
    ravi = make_customer("Ravi Kumar").code
    first = _order(asha, advance=0).number
    second = _order(ravi, advance=0).number
    done = _order(asha, SOAP_5, advance=0).number
    sales.post_invoice(orders.invoice_draft_from_order(done, doc_date=DAY))

    assert [o.number for o in orders.open_orders()] == [second, first]
    assert [o.number for o in orders.open_orders(asha.lower())] == [first]


def test_order_numbers_follow_the_financial_year(asha: str) -> None:
    march = orders.create_order(orders.OrderDraft(asha, date(2027, 3, 31), [SOAP_5]))
    april = orders.create_order(orders.OrderDraft(asha, date(2027, 4, 1), [SOAP_5]))

    assert (march.number, april.number) == ("SO/26-27/00001", "SO/27-28/00001")
