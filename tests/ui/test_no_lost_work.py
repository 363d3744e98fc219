"""No lost work (issue 15, item 4): every form asks before typed work is discarded, with Keep the
default (Enter keeps) and the work back on screen; quitting with a draft asks; Esc on an unsaved
form asks and on a saved one closes; drafts are kept in the shop file while typed, offered back
on the next start, and removed when posted or discarded."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from factories import make_customer
from questions import answer_next, next_start_opens
from sales_factories import SalesShop, stock_the_shop
from vyapar_lite.db.models import AuditEntry, Draft
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import drafts, items, payments, sales
from vyapar_lite.services.sales import InvoiceDraft
from vyapar_lite.ui.drafts.keeper import KEEP_EVERY_MS
from vyapar_lite.ui.main_window import MainWindow
from vyapar_lite.ui.payments.bill_form import BillForm
from vyapar_lite.ui.payments.payments_screen import PaymentsScreen
from vyapar_lite.ui.sales.line_grid import ITEM, QTY
from vyapar_lite.ui.sales.sales_screen import SalesScreen

KEEP = "The invoice being typed is not saved."
DISCARD = "drafts.ask.discard"


@pytest.fixture
def stocked(shop_file: Path) -> SalesShop:
    return stock_the_shop()


def line(code: str, qty_milli: int) -> LineInput:
    d = items.get_item(code).details
    return LineInput(d.name, qty_milli, d.sale_price, d.gst_rate_bp, item_code=code)


def half_typed(screen: SalesScreen, customer: str) -> None:
    form = screen.new_invoice(customer)
    form.grid.set_lines([line("RICE5", 2000), line("OIL1", 3000)])


def test_a_new_invoice_over_a_draft_asks_and_enter_keeps_it_on_screen(
    qtbot: QtBot, stocked: SalesShop
) -> None:
    screen = SalesScreen()
    qtbot.addWidget(screen)
    half_typed(screen, stocked.dealer)
    screen.show_list()  # the draft out of sight, as after Close used to
    asked: list[str] = []
    answer_next(asked)  # Enter: the default button
    screen.new_invoice()
    assert asked == [KEEP]
    form = screen.invoice_form
    assert screen.stack.currentWidget() is form  # Keep brings the draft back on screen
    assert [row["cells"][ITEM] for row in form.grid.typed_rows()] == [  # type: ignore[index]
        "Basmati Rice 5 kg",
        "Sunflower Oil 1 l",
    ]
    assert form.picker.code() == stocked.dealer

    answer_next(asked, button=DISCARD)
    screen.new_invoice()
    assert form.grid.typed_rows() == []
    assert form.picker.code() == "CASH"


def test_esc_asks_on_an_unsaved_invoice_and_closes_a_saved_one(
    qtbot: QtBot, stocked: SalesShop
) -> None:
    screen = SalesScreen()
    qtbot.addWidget(screen)
    half_typed(screen, stocked.dealer)
    form = screen.invoice_form
    asked: list[str] = []
    answer_next(asked, key=Qt.Key.Key_Escape)  # Esc on the question keeps too
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert asked == [KEEP]
    assert screen.stack.currentWidget() is form
    assert len(form.grid.typed_rows()) == 2

    form.received_edit.setText("0")
    assert form.save() is not None, form.messages.text()
    with qtbot.waitSignal(form.close_requested, timeout=1000):
        qtbot.keyClick(form, Qt.Key.Key_Escape)  # saved: closes without a question
    assert asked == [KEEP]
    assert screen.stack.currentWidget() is screen.list_page


def test_quitting_with_a_draft_asks_and_keep_shows_the_draft(
    qtbot: QtBot, stocked: SalesShop
) -> None:
    window = MainWindow(Path("shop.vyapar"))
    qtbot.addWidget(window)
    window.auto_backup = None  # no closing backup in this test
    window.show()
    sales_screen = window.page("sales")
    assert isinstance(sales_screen, SalesScreen)
    window.show_screen("sales")
    half_typed(sales_screen, stocked.dealer)
    window.go_to("customers")  # somewhere else when Ctrl+Q is pressed
    asked: list[str] = []
    answer_next(asked)
    quit_action = window.findChild(type(window.menuBar().actions()[0]), "action.quit")
    assert quit_action is not None
    quit_action.trigger()  # Ctrl+Q
    assert asked == [KEEP]
    assert window.isVisible()
    assert window.current_key() == "sales"
    assert sales_screen.stack.currentWidget() is sales_screen.invoice_form
    assert len(sales_screen.invoice_form.grid.typed_rows()) == 2

    answer_next(asked, button=DISCARD)
    assert window.close()
    assert drafts.kept("invoice") is None


def test_a_receipt_being_typed_is_kept_when_a_new_one_is_asked_for(
    qtbot: QtBot, stocked: SalesShop
) -> None:
    sales.post_invoice(InvoiceDraft(stocked.dealer, date.today(), [line("RICE5", 1000)]))
    screen = PaymentsScreen()
    qtbot.addWidget(screen)
    form = screen.new_receipt(stocked.dealer)
    form.amount_edit.setText("500")
    screen.show_list()
    asked: list[str] = []
    answer_next(asked)
    screen.new_receipt()
    assert asked == ["The receipt being typed is not saved."]
    assert screen.stack.currentWidget() is form
    assert form.amount_edit.text() == "500"
    assert form.picker.code() == stocked.dealer


def test_a_bill_dialog_asks_before_its_typing_is_thrown_away(
    qtbot: QtBot, stocked: SalesShop
) -> None:
    dialog = BillForm(stocked.dealer)
    qtbot.addWidget(dialog)
    dialog.show()
    asked: list[str] = []
    dialog.reject()  # nothing typed yet: closes without asking
    assert asked == [] and not dialog.isVisible()
    dialog.show()
    qtbot.keyClicks(dialog.bill_number, "B-771")
    answer_next(asked)  # Enter keeps
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["The purchase bill being typed is not saved."]
    assert dialog.isVisible() and dialog.bill_number.text() == "B-771"
    answer_next(asked, button=DISCARD)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert payments.account_sides(stocked.dealer).payable == 0


def test_the_draft_is_kept_while_typed_and_gone_once_posted(
    qtbot: QtBot, stocked: SalesShop
) -> None:
    screen = SalesScreen()
    qtbot.addWidget(screen)
    audit_rows = AuditEntry.select().count()
    half_typed(screen, stocked.dealer)
    form = screen.invoice_form
    # within a few seconds of typing, without leaving the form
    qtbot.waitUntil(lambda: drafts.kept("invoice") is not None, timeout=KEEP_EVERY_MS + 2000)
    kept = drafts.kept("invoice")
    assert kept is not None
    assert kept.summary == "an invoice for Sharma Traders (2 lines)"
    assert kept.payload["customer"] == stocked.dealer
    assert [row["cells"][QTY] for row in kept.payload["lines"]] == ["2", "3"]
    assert AuditEntry.select().count() == audit_rows  # a draft is not books

    form.received_edit.setText("0")
    assert form.save() is not None, form.messages.text()
    assert Draft.select().count() == 0


def test_a_kept_draft_is_offered_on_the_next_start_and_comes_back(
    qtbot: QtBot, stocked: SalesShop
) -> None:
    first = SalesScreen()
    qtbot.addWidget(first)
    half_typed(first, stocked.dealer)
    first.invoice_form.notes_edit.setText("deliver by Friday")
    first.invoice_form.keeper.keep_now()  # what the timer does while typing

    form = next_start_opens(
        qtbot, Path("shop.vyapar"), expect="an invoice for Sharma Traders (2 lines)"
    )
    assert form.picker.code() == stocked.dealer
    assert [row["cells"][QTY] for row in form.grid.typed_rows()] == ["2", "3"]  # type: ignore[index]
    assert form.notes_edit.text() == "deliver by Friday"

    asked: list[str] = []
    answer_next(asked, button=DISCARD)  # discarding it removes the kept draft
    form.request_clear()
    assert asked == ["The invoice being typed is not saved."]
    assert drafts.kept("invoice") is None


def test_a_draft_declined_at_start_is_removed(qtbot: QtBot, stocked: SalesShop) -> None:
    drafts.keep("receipt", "a receipt from Sharma Traders of ₹500", {"customer": stocked.dealer})
    window = MainWindow(Path("shop.vyapar"))
    qtbot.addWidget(window)
    window.auto_backup = None
    asked: list[str] = []
    answer_next(asked, button="drafts.offer.discard")
    assert window.offer_kept_drafts() == []
    assert asked == [
        "You were typing a receipt from Sharma Traders of ₹500 when the app closed: open it?"
    ]
    assert drafts.all_kept() == []
    assert QApplication.activeModalWidget() is None


def test_a_half_typed_purchase_bill_is_kept_and_offered_back(
    qtbot: QtBot, stocked: SalesShop
) -> None:
    supplier = make_customer("Gupta Electricals", state_code="29", also_supplier=True).code
    dialog = BillForm(supplier)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.bill_number, "GE/771")
    qtbot.keyClicks(dialog.taxable_edit, "1000")
    qtbot.waitUntil(lambda: drafts.kept("bill") is not None, timeout=KEEP_EVERY_MS + 2000)
    kept = drafts.kept("bill")
    assert kept is not None and kept.summary == "a purchase bill for Gupta Electricals"

    window = MainWindow(Path("shop.vyapar"))  # the next start
    qtbot.addWidget(window)
    window.auto_backup = None
    asked: list[str] = []
    answer_next(asked)  # Enter: Open it
    assert window.offer_kept_drafts() == ["bill"]
    assert asked == [
        "You were typing a purchase bill for Gupta Electricals when the app closed: open it?"
    ]
    again = window.findChildren(BillForm)[-1]
    assert again.isVisible() and again.picker.code() == supplier
    assert again.bill_number.text() == "GE/771" and again.taxable_edit.text() == "1000"
    answer_next(asked, button=DISCARD)
    again.reject()  # discarded: the kept draft goes with it
    assert not again.isVisible() and drafts.kept("bill") is None
