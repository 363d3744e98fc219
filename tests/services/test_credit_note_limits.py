"""Credit notes in time (s.34(2) CGST Act) and after it: a financial credit note without GST."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factories import make_customer
from invoice_builders import SOAP_2, balance, draft, stock_items
from payment_builders import outstanding
from vyapar_lite.db.models import AuditEntry, SalesDoc
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import dashboard, financial_notes, health, sales, sales_register

INVOICED = date(2026, 6, 15)  # financial year 2026-27: GST credit up to 30-11-2027
IN_TIME = date(2027, 11, 30)
TOO_LATE = date(2027, 12, 1)
YEAR_AFTER = (date(2027, 4, 1), date(2028, 3, 31))


@pytest.fixture
def invoice_number(shop_file: Path) -> str:
    stock_items()
    code = make_customer("Asha Verma", state_code="27").code
    return sales.post_invoice(draft(code, SOAP_2, on=INVOICED)).number  # ₹236


def _refusal(action: object) -> str:
    with pytest.raises(ValidationError) as caught:
        action()  # type: ignore[operator]
    return caught.value.errors[0].message


def test_a_gst_credit_note_after_30_november_of_the_next_year_is_refused(
    invoice_number: str,
) -> None:
    before = SalesDoc.select().count(), AuditEntry.select().count()
    message = _refusal(
        lambda: sales.post_credit_note(
            invoice_number, doc_date=TOO_LATE, returns={1: 1000}, reason="returned"
        )
    )
    assert "30-11-2027" in message and "s.34(2)" in message
    assert (SalesDoc.select().count(), AuditEntry.select().count()) == before
    note = sales.post_credit_note(
        invoice_number, doc_date=IN_TIME, returns={1: 1000}, reason="returned"
    )
    assert note.totals.cgst + note.totals.sgst == 1800


def test_a_credit_note_dated_before_its_invoice_is_refused(invoice_number: str) -> None:
    for post in (
        lambda: sales.post_credit_note(
            invoice_number, doc_date=date(2026, 6, 14), returns={1: 1000}, reason="returned"
        ),
        lambda: financial_notes.post_financial_credit_note(
            invoice_number, doc_date=date(2026, 6, 14), amount=1000, reason="goodwill"
        ),
    ):
        assert "before its invoice (15-06-2026)" in _refusal(post)


def test_a_financial_credit_note_reduces_the_balance_not_the_tax(invoice_number: str) -> None:
    code = sales.get_document(invoice_number).customer_code
    register_before = sales_register.register_summary(*YEAR_AFTER)

    note = financial_notes.post_financial_credit_note(
        invoice_number, doc_date=TOO_LATE, amount=5000, reason="discount agreed later"
    )

    assert note.number == "FCN/27-28/00001" and note.kind == "credit_note"
    assert (note.totals.cgst, note.totals.sgst, note.totals.igst) == (0, 0, 0)
    assert note.totals.grand_total == 5000
    assert balance(code) == 23600 - 5000
    assert outstanding(invoice_number) == 23600 - 5000
    # out of the tax totals: the register, the net sales and the dashboard do not move
    assert sales_register.register_summary(*YEAR_AFTER) == register_before
    assert note.number not in {r.number for r in sales_register.iter_register(*YEAR_AFTER)}
    assert sales_register.net_sales(*YEAR_AFTER) == 0
    assert dashboard.dashboard(date(2027, 12, 5)).sales_month == 0
    # no more than is left of the invoice
    message = _refusal(
        lambda: financial_notes.post_financial_credit_note(
            invoice_number, doc_date=TOO_LATE, amount=18601, reason="too much"
        )
    )
    assert "At most ₹186.00" in message
    assert health.check().problems == []  # its ledger credit equals the note


def test_a_gst_note_in_time_after_a_financial_one_keeps_the_invoice_whole(
    invoice_number: str,
) -> None:
    financial_notes.post_financial_credit_note(
        invoice_number, doc_date=date(2026, 7, 1), amount=3600, reason="goodwill"
    )
    note = sales.post_credit_note(
        invoice_number, doc_date=date(2026, 7, 2), returns={1: 2000}, reason="all returned"
    )
    # the tax on both units comes back; the total is what is left of the invoice
    assert note.totals.cgst + note.totals.sgst == 3600
    assert note.totals.grand_total == 23600 - 3600
    assert outstanding(invoice_number) == 0
