"""A credit, debit or financial credit note half-typed when the power goes is kept in the shop
file while typed (with the invoice's number), offered back on the next start against that
invoice, and gone once posted or discarded."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from questions import answer_next, next_start_offers
from sales_factories import SalesShop, stock_the_shop
from vyapar_lite.db.models import SalesDoc
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import drafts, items, sales
from vyapar_lite.services.sales import DocumentView, InvoiceDraft
from vyapar_lite.ui.drafts.keeper import KEEP_EVERY_MS
from vyapar_lite.ui.sales.line_grid import GST, QTY, RATE
from vyapar_lite.ui.sales.note_dialogs import (
    CreditNoteDialog,
    DebitNoteDialog,
    FinancialNoteDialog,
)

DISCARD = "drafts.ask.discard"


@pytest.fixture
def stocked(shop_file: Path) -> SalesShop:
    return stock_the_shop()


def posted_invoice(customer: str) -> DocumentView:
    lines = []
    for code, qty in (("RICE5", 2000), ("OIL1", 1000)):
        d = items.get_item(code).details
        lines.append(LineInput(d.name, qty, d.sale_price, d.gst_rate_bp, item_code=code))
    return sales.post_invoice(InvoiceDraft(customer, date.today(), lines))


def notes_posted() -> int:
    return SalesDoc.select().where(SalesDoc.kind.in_(["credit_note", "debit_note"])).count()


def test_a_half_typed_credit_note_comes_back_against_its_invoice_and_posts(
    qtbot: QtBot, stocked: SalesShop
) -> None:
    invoice = posted_invoice(stocked.dealer)
    dialog = CreditNoteDialog(invoice)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_return(1, qty="1")
    qtbot.keyClicks(dialog.reason_edit, "One bag torn")
    qtbot.waitUntil(lambda: drafts.kept("credit_note") is not None, timeout=KEEP_EVERY_MS + 2000)
    expect = f"a credit note against {invoice.number} for Sharma Traders"
    kept = drafts.kept("credit_note")
    assert kept is not None and kept.summary == expect
    assert kept.payload["invoice"] == invoice.number
    dialog.keeper.timer.stop()
    dialog.hide()  # the power cut: the dialog never closed

    window = next_start_offers(qtbot, "credit_note", expect=expect)
    again = window.findChildren(CreditNoteDialog)[-1]
    assert again.isVisible() and again.invoice.number == invoice.number
    assert again.reason_edit.text() == "One bag torn"
    assert again.table.item(0, 6).text() == "1"
    note = again.save()
    assert note is not None and note.against_number == invoice.number
    assert not again.isVisible() and drafts.kept("credit_note") is None
    assert notes_posted() == 1


def test_a_half_typed_debit_note_keeps_its_lines_and_discarding_removes_it(
    qtbot: QtBot, stocked: SalesShop
) -> None:
    invoice = posted_invoice(stocked.outstation)
    dialog = DebitNoteDialog(invoice)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.grid.commit_item(0, "Freight", "")
    dialog.grid.cell(0, QTY).setText("1")
    dialog.grid.cell(0, RATE).setText("150")
    dialog.grid.cell(0, GST).setText("18")
    dialog.refresh()
    dialog.reason_edit.setText("Freight charged later")
    dialog.keeper.keep_now()  # what the timer does while typing
    kept = drafts.kept("debit_note")
    assert kept is not None and kept.payload["invoice"] == invoice.number
    dialog.hide()

    name = invoice.customer_name
    window = next_start_offers(
        qtbot, "debit_note", expect=f"a debit note against {invoice.number} for {name}"
    )
    again = window.findChildren(DebitNoteDialog)[-1]
    assert again.reason_edit.text() == "Freight charged later"
    assert [row["cells"][RATE] for row in again.grid.typed_rows()] == ["150.00"]  # type: ignore[index]
    asked: list[str] = []
    answer_next(asked, button=DISCARD)
    again.reject()
    assert asked == ["The debit note being typed is not saved."]
    assert not again.isVisible() and drafts.kept("debit_note") is None
    assert notes_posted() == 0


def test_a_financial_note_is_kept_and_an_untouched_dialog_keeps_nothing(
    qtbot: QtBot, stocked: SalesShop
) -> None:
    invoice = posted_invoice(stocked.dealer)
    dialog = FinancialNoteDialog(invoice)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.keeper.keep_now()
    assert drafts.kept("financial_note") is None  # nothing typed: nothing to offer back
    qtbot.keyClicks(dialog.amount_edit, "250")
    dialog.keeper.keep_now()
    kept = drafts.kept("financial_note")
    assert kept is not None
    assert kept.summary == f"a financial credit note against {invoice.number} for Sharma Traders"
    assert kept.payload["fields"]["note.amount"] == "250"
