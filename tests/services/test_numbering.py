"""Numbers of at most 16 characters, prefixes per series, and dates that need confirming."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factories import make_customer
from invoice_builders import SOAP_2, draft, stock_items
from vyapar_lite.db import database
from vyapar_lite.db.models import Receipt, SaleOrder, SalesDoc, Sequence
from vyapar_lite.domain.document_dates import UnusualDate
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import doc_series, numbering_settings, orders, payments, receipts, sales
from vyapar_lite.services.numbering_settings import NumberingSettings

DAY = date(2026, 11, 20)


@pytest.fixture
def asha(shop_file: Path) -> str:
    stock_items()
    return make_customer("Asha Verma", state_code="27").code


def test_the_10000th_invoice_of_the_year_has_16_characters_or_fewer(asha: str) -> None:
    first = sales.post_invoice(draft(asha, SOAP_2, on=DAY))
    Sequence.update(next_number=10_000).where(Sequence.name == "invoice/2026-27").execute()
    tenth_thousand = sales.post_invoice(draft(asha, SOAP_2, on=DAY))

    assert first.number == "INV/26-27/00001"
    assert tenth_thousand.number == "INV/26-27/10000"
    assert len(tenth_thousand.number) <= 16


def test_a_prefix_set_in_settings_numbers_the_next_series(asha: str) -> None:
    wanted = NumberingSettings({**numbering_settings.DEFAULT_PREFIXES, "invoice": "TI"})
    numbering_settings.save(wanted)

    doc = sales.post_invoice(draft(asha, SOAP_2, on=DAY))

    assert doc.number == "TI/26-27/00001"
    assert numbering_settings.get().prefixes["invoice"] == "TI"


def test_a_started_series_keeps_its_prefix_until_the_next_year(asha: str) -> None:
    sales.post_invoice(draft(asha, SOAP_2, on=DAY))
    numbering_settings.save(
        NumberingSettings({**numbering_settings.DEFAULT_PREFIXES, "invoice": "TI"})
    )

    same_year = sales.post_invoice(draft(asha, SOAP_2, on=DAY))
    next_year = sales.post_invoice(draft(asha, SOAP_2, on=date(2027, 4, 1)))

    assert (same_year.number, next_year.number) == ("INV/26-27/00002", "TI/27-28/00001")


def test_a_too_long_prefix_is_refused_naming_the_field(shop_file: Path) -> None:
    too_long = NumberingSettings({**numbering_settings.DEFAULT_PREFIXES, "credit_note": "CRNOTE"})
    with pytest.raises(ValidationError) as exc:
        numbering_settings.save(too_long)
    message = exc.value.for_field("prefix.credit_note")
    assert message is not None
    assert "Credit notes prefix" in message and "CRNOTE/26-27/99999" in message
    assert numbering_settings.get().prefixes["credit_note"] == "CN"


def test_two_series_cannot_share_a_prefix(shop_file: Path) -> None:
    clash = NumberingSettings({**numbering_settings.DEFAULT_PREFIXES, "credit_note": "INV"})
    with pytest.raises(ValidationError) as exc:
        numbering_settings.save(clash)
    assert "already the invoices prefix" in (exc.value.for_field("prefix.credit_note") or "")


def test_a_series_started_in_the_long_form_keeps_it_this_year(asha: str) -> None:
    with database.atomic():  # as migration 10 leaves a series begun before it
        Sequence.create(
            name="invoice/2026-27", prefix="INV", next_number=7, width=4, year_form="long"
        )
    doc = sales.post_invoice(draft(asha, SOAP_2, on=DAY))
    assert doc.number == "INV/2026-27/0007"
    Sequence.update(next_number=10_000).where(Sequence.name == "invoice/2026-27").execute()
    assert sales.post_invoice(draft(asha, SOAP_2, on=DAY)).number == "INV/26-27/10000"


# --- dates ----------------------------------------------------------------------------------------


@pytest.mark.usefixtures("date_check")
def test_a_far_off_invoice_date_is_refused_until_confirmed(asha: str) -> None:
    typo = date(2031, 11, 22)
    with pytest.raises(UnusualDate) as exc:
        sales.post_invoice(draft(asha, SOAP_2, on=typo))
    assert "days after today" in (exc.value.for_field("doc_date") or "")
    assert SalesDoc.select().count() == 0
    assert Sequence.get_or_none(Sequence.name == "invoice/2031-32") is None

    doc = sales.post_invoice(draft(asha, SOAP_2, on=typo, confirm_unusual_date=True))
    assert doc.number == "INV/31-32/00001"


@pytest.mark.usefixtures("date_check")
def test_an_invoice_two_years_back_asks_but_last_year_does_not(asha: str) -> None:
    assert sales.post_invoice(draft(asha, SOAP_2, on=date(2025, 4, 1))).number.startswith("INV/25")
    with pytest.raises(UnusualDate, match="2024-25"):
        sales.post_invoice(draft(asha, SOAP_2, on=date(2025, 3, 31)))


@pytest.mark.usefixtures("date_check")
def test_the_days_ahead_are_a_setting(asha: str) -> None:
    in_ten_days = date(2026, 12, 11)
    with pytest.raises(UnusualDate):
        sales.post_invoice(draft(asha, SOAP_2, on=in_ten_days))
    numbering_settings.save(NumberingSettings(future_days=10))
    assert sales.post_invoice(draft(asha, SOAP_2, on=in_ten_days)).doc_date == in_ten_days


@pytest.mark.usefixtures("date_check")
def test_notes_orders_and_receipts_ask_too(asha: str) -> None:
    invoice = sales.post_invoice(draft(asha, SOAP_2, on=date(2026, 11, 30)))
    far = date(2027, 6, 1)
    with pytest.raises(UnusualDate):
        sales.post_credit_note(invoice.number, doc_date=far, returns={1: 1000}, reason="broken")
    with pytest.raises(UnusualDate):
        sales.post_debit_note(invoice.number, doc_date=far, lines=[SOAP_2], reason="more")
    with pytest.raises(UnusualDate):
        orders.create_order(orders.OrderDraft(asha, far, [SOAP_2]))
    with pytest.raises(UnusualDate):
        receipts.record_receipt(receipts.ReceiptDraft(asha, far, 10000))
    assert SalesDoc.select().count() == 1
    assert (SaleOrder.select().count(), Receipt.select().count()) == (0, 0)

    note = sales.post_credit_note(
        invoice.number, doc_date=far, returns={1: 1000}, reason="broken", confirm_unusual_date=True
    )
    order = orders.create_order(orders.OrderDraft(asha, far, [SOAP_2], confirm_unusual_date=True))
    receipt = receipts.record_receipt(
        receipts.ReceiptDraft(asha, far, 10000, confirm_unusual_date=True)
    )
    assert (note.doc_date, order.order_date, payments.get_receipt(receipt.number).receipt_date) == (
        far,
        far,
        far,
    )


def test_a_number_is_known_by_any_prefix_its_series_used(asha: str) -> None:
    old = sales.post_invoice(draft(asha, SOAP_2, on=DAY))
    numbering_settings.save(
        NumberingSettings({**numbering_settings.DEFAULT_PREFIXES, "invoice": "TI", "receipt": "R"})
    )
    new = sales.post_invoice(draft(asha, SOAP_2, on=date(2027, 4, 2)))

    assert (doc_series.kind_of_number(old.number), doc_series.kind_of_number(new.number)) == (
        "invoice",
        "invoice",
    )
    assert doc_series.kind_of_number("R/27-28/00001") == "receipt"  # set, not started yet
    assert doc_series.kind_of_number("SO/26-27/00001") == "order"
    assert doc_series.kind_of_number("XYZ/26-27/00001") == ""
