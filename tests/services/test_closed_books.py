"""Books closed up to a date: nothing dated in the closed period is posted or cancelled."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from factories import make_customer
from payment_builders import invoice, ledger_balance, receive, supplier
from vyapar_lite.db.models import AuditEntry, Customer, SalesDoc
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import (
    closed_books,
    contra,
    orders,
    payments_out,
    purchases,
    receipts,
    sales,
    sales_register,
    statement,
)

APRIL = date(2026, 4, 15)
APRIL_END = date(2026, 4, 30)
MAY = date(2026, 5, 5)
SEPTEMBER = date(2026, 9, 10)
GOODS = LineInput("Goods", 1000, 100000, 0)


def _refused(action: Callable[[], object]) -> str:
    with pytest.raises(ValidationError) as caught:
        action()
    return str(caught.value.errors[0].message)


def test_an_april_invoice_cancelled_in_september_after_april_is_closed(shop_file: Path) -> None:
    code = make_customer("Asha Verma", state_code="27").code
    number = invoice(code, 100000, APRIL)
    register_before = sales_register.register_summary(date(2026, 4, 1), APRIL_END)
    closing_before = statement.open_statement(code, date(2026, 4, 1), APRIL_END).closing
    closed_books.close_up_to(APRIL_END)

    message = _refused(lambda: sales.cancel_invoice(number, "typed twice"))

    assert "closed up to 30-04-2026" in message
    assert "15-04-2026" in message and "cancelled" in message
    assert SalesDoc.get(SalesDoc.number == number).status == "posted"
    assert sales_register.register_summary(date(2026, 4, 1), APRIL_END) == register_before
    assert statement.open_statement(code, date(2026, 4, 1), APRIL_END).closing == closing_before
    assert closing_before == 100000


def test_an_open_period_invoice_is_cancelled_as_before(shop_file: Path) -> None:
    code = make_customer("Asha Verma", state_code="27").code
    number = invoice(code, 100000, MAY)
    closed_books.close_up_to(APRIL_END)
    assert sales.cancel_invoice(number, "typed twice").status == "cancelled"
    assert ledger_balance(Customer.get(Customer.code == code).id) == 0


def test_no_document_of_any_kind_is_posted_in_the_closed_period(shop_file: Path) -> None:
    code = make_customer("Asha Verma", state_code="27").code
    vendor = supplier()
    number = invoice(code, 100000, APRIL)
    receive(code, 150000, APRIL)  # ₹500 left as an advance, to refund
    invoice(vendor, 1000, APRIL)  # both sides of a contra
    purchases.record_bill(purchases.BillDraft(vendor, "B-0", APRIL, 1000, 0, 1000))
    may = invoice(code, 5000, MAY)
    closed_books.close_up_to(APRIL_END)
    attempts: dict[str, Callable[[], object]] = {
        "invoice": lambda: invoice(code, 5000, APRIL),
        "credit note": lambda: sales.post_credit_note(
            number, doc_date=APRIL_END, returns={1: 1000}, reason="returned"
        ),
        "debit note": lambda: sales.post_debit_note(
            number, doc_date=APRIL_END, lines=[GOODS], reason="freight"
        ),
        "order": lambda: orders.create_order(orders.OrderDraft(code, APRIL, [GOODS])),
        "receipt": lambda: receive(code, 1000, APRIL),
        "write-off": lambda: receipts.write_off(may, 100, on=APRIL, reason="small"),
        "refund": lambda: payments_out.record_refund(payments_out.RefundDraft(code, APRIL, 100)),
        "bill": lambda: purchases.record_bill(
            purchases.BillDraft(vendor, "B-1", APRIL, 1000, 0, 1000)
        ),
        "contra": lambda: contra.post_contra(vendor, APRIL),
    }
    before = (SalesDoc.select().count(), AuditEntry.select().count())
    for name, attempt in attempts.items():
        message = _refused(attempt)
        assert "closed up to 30-04-2026" in message, name
    assert (SalesDoc.select().count(), AuditEntry.select().count()) == before


def test_cancellations_of_other_documents_in_the_closed_period_are_refused(
    shop_file: Path,
) -> None:
    code = make_customer("Asha Verma", state_code="27").code
    vendor = supplier()
    paid = receive(code, 5000, APRIL)
    bill = purchases.record_bill(purchases.BillDraft(vendor, "B-1", APRIL, 1000, 0, 1000)).number
    order = orders.create_order(orders.OrderDraft(code, APRIL, [GOODS])).number
    closed_books.close_up_to(APRIL_END)
    for attempt in (
        lambda: receipts.cancel_receipt(paid, "wrong"),
        lambda: receipts.reallocate(paid, {}, reason="wrong"),
        lambda: purchases.cancel_bill(bill, "wrong"),
        lambda: orders.cancel_order(order, "wrong"),
    ):
        assert "closed up to 30-04-2026" in _refused(attempt)
    assert f"{paid} dated 15-04-2026 cannot be re-allocated" in _refused(
        lambda: receipts.reallocate(paid, {}, reason="wrong")
    )


def test_closing_and_reopening_is_audited(shop_file: Path) -> None:
    assert closed_books.closed_up_to() is None
    closed_books.close_up_to(APRIL_END)
    assert closed_books.closed_up_to() == APRIL_END
    closed_books.close_up_to(None)
    assert closed_books.closed_up_to() is None
    rows = list(AuditEntry.select().where(AuditEntry.record_label == "books closed up to"))
    assert len(rows) == 2
    assert invoice(make_customer("Asha").code, 1000, APRIL)
