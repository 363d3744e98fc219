"""The walk-in customer's name as the app created it ("Cash sale (walk-in)", migration 1) is the
app's words: Hindi screens and printed documents show it in Hindi (the customer list, the sales
list, the day book, the invoice PDF); a walk-in the user renamed stays as typed; English as
stored (issue 20)."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pdf_pages import page_png, pdf_text
from sales_factories import stock_the_shop
from vyapar_lite.domain.customer import CASH_CODE
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import customer_list, customers, money_books, sales, sales_views
from vyapar_lite.services.customer_list import CustomerFilter
from vyapar_lite.services.sales import DocumentView, InvoiceDraft
from vyapar_lite.ui import language
from vyapar_lite.ui.reports.day_book_page import party_text
from vyapar_lite.ui.sales import invoice_print
from vyapar_lite.ui.sales.customer_picker import CustomerPicker, suggestions
from vyapar_lite.ui.sales.sales_list import summary_row
from vyapar_lite.ui.tablemodels.customer_table import CustomerTableModel

DAY = date(2026, 5, 10)
SHOTS = Path("/tmp/hindi20")
HINDI = "नकद बिक्री (फुटकर)"


@pytest.fixture
def hindi(qapp: QApplication) -> Iterator[None]:
    assert language.start(qapp, "hi") == "hi"
    yield
    language.start(qapp, "en")


def _sell() -> DocumentView:
    soap = LineInput("Soap", 1000, 11800, 1800, price_includes_tax=True)
    return sales.post_invoice(InvoiceDraft(CASH_CODE, DAY, [soap], received=11800))


@pytest.fixture
def walk_in_sale(shop_file: Path, qapp: QApplication) -> DocumentView:
    stock_the_shop()
    return _sell()


def _rename_walk_in(name: str) -> None:
    details = customers.get_customer(CASH_CODE).details
    customers.update_customer(CASH_CODE, dataclasses.replace(details, name=name))


def _seen(doc: DocumentView, tmp_path: Path) -> dict[str, str]:
    """The walk-in's name in the customer list, the sales list, the day book and the PDF."""
    model = CustomerTableModel()
    (row,) = [
        r for r in customer_list.page(CustomerFilter(), limit=100, offset=0) if r.code == "CASH"
    ]
    (summary,) = [s for s in sales_views.recent_documents() if s.number == doc.number]
    book = money_books.day_book(DAY, DAY)
    (party,) = [r.party for r in book.rows if r.number == doc.number]
    pdf = invoice_print.save_pdf(doc, tmp_path / f"{doc.number.replace('/', '-')}.pdf", "a4")
    SHOTS.mkdir(exist_ok=True)  # the page as PNG, to look at
    page_png(pdf, SHOTS / f"walk-in-{language.current()}.png", dpi=80)
    return {
        "customers": model.display(row, "name"),
        "sales": summary_row(summary).customer,
        "day_book": party_text(party),
        "pdf": unicodedata.normalize("NFC", " ".join(pdf_text(pdf).split())),
    }


@pytest.mark.usefixtures("hindi")
def test_the_walk_in_s_name_reads_in_hindi(walk_in_sale: DocumentView, tmp_path: Path) -> None:
    seen = _seen(walk_in_sale, tmp_path)
    assert seen["customers"] == HINDI
    assert seen["sales"] == f"{HINDI} (CASH)"
    assert seen["day_book"] == HINDI
    # (PDF text extraction reorders the vowel sign of बिक्री: the page was looked at as PNG)
    assert "नकद" in seen["pdf"] and "Cash sale" not in seen["pdf"]


@pytest.mark.usefixtures("hindi")
def test_a_renamed_walk_in_stays_as_typed(
    shop_file: Path, qapp: QApplication, tmp_path: Path
) -> None:
    stock_the_shop()
    _rename_walk_in("Counter sale")
    seen = _seen(_sell(), tmp_path)
    assert seen["customers"] == "Counter sale"
    assert seen["sales"] == "Counter sale (CASH)"
    assert seen["day_book"] == "Counter sale"
    assert "Counter sale" in seen["pdf"] and "नकद" not in seen["pdf"]


def test_the_walk_in_s_name_in_english_is_as_stored(
    walk_in_sale: DocumentView, tmp_path: Path
) -> None:
    seen = _seen(walk_in_sale, tmp_path)
    assert seen["customers"] == "Cash sale (walk-in)"
    assert seen["sales"] == "Cash sale (walk-in) (CASH)"
    assert seen["day_book"] == "Cash sale (walk-in)"
    assert "Cash sale (walk-in)" in seen["pdf"]


@pytest.mark.usefixtures("hindi")
def test_the_invoice_form_s_walk_in_reads_in_hindi(shop_file: Path, qtbot: QtBot) -> None:
    """A new invoice starts on the walk-in customer: its picker showed 'Cash sale (walk-in)'."""
    picker = CustomerPicker()
    qtbot.addWidget(picker)
    assert picker.set_code(CASH_CODE)
    assert picker.edit.text() == f"{HINDI} (CASH)"
    labels = [label for label, code in suggestions("CASH") if code == CASH_CODE]
    assert labels and labels[0].startswith(HINDI)
