"""Receipts on screen: typed from the keyboard with automatic and changed allocations, checked as
typed, then seen on the customer's page; a cheque deposited, cleared and bounced from the
receipt's window; the receipt printed to PDF. Outcomes are read back through the services."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from payment_builders import customer, invoice
from pdf_pages import pdf_text
from vyapar_lite.services import advance_tax, customers, payments, sales
from vyapar_lite.ui.main_window import MainWindow
from vyapar_lite.ui.payments import receipt_html, receipt_print
from vyapar_lite.ui.payments.allocation_table import ALLOCATE, WRITE_OFF
from vyapar_lite.ui.payments.cheque_dialogs import BounceDialog, ChequeDateDialog
from vyapar_lite.ui.payments.payments_screen import PaymentsScreen
from vyapar_lite.ui.payments.receipt_form import ReceiptForm
from vyapar_lite.ui.payments.receipt_view import ReceiptDialog
from vyapar_lite.ui.sales.reason_dialog import ReasonDialog

ENTER = Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


class Books:
    """Sharma Traders owes three invoices: ₹10,000 (oldest), ₹5,000 and ₹3,000."""

    def __init__(self) -> None:
        self.code = customer("Sharma Traders", city="Pune")
        self.oldest = invoice(self.code, 1000000, date(2026, 5, 10))
        self.middle = invoice(self.code, 500000, date(2026, 6, 1))
        self.newest = invoice(self.code, 300000, date(2026, 7, 1))


@pytest.fixture
def books(shop_file: Path) -> Books:
    return Books()


def focused() -> QWidget:
    found = QApplication.focusWidget()
    assert found is not None
    return found


def type_in(qtbot: QtBot, text: str) -> None:
    """Type into whatever has the keyboard focus, key by key (the first digit over a cell of
    the invoices opens its editor, which takes the rest)."""
    for char in text:
        qtbot.keyClicks(focused(), char)


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    qtbot.keyClick(focused(), key, modifier)


def show_form(qtbot: QtBot) -> ReceiptForm:
    form = ReceiptForm()
    qtbot.addWidget(form)
    form.resize(1200, 720)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    form.focus_customer()
    return form


def pick_and_pay(qtbot: QtBot, form: ReceiptForm, letters: str, amount: str) -> None:
    """Customer by a few letters (Enter), the amount (Enter), Cash (Enter): into the invoices."""
    type_in(qtbot, letters)
    assert form.picker.box.is_open()
    press(qtbot, ENTER)
    assert focused() is form.amount_edit
    type_in(qtbot, amount)
    press(qtbot, ENTER)
    assert focused() is form.mode.mode_combo
    press(qtbot, ENTER)  # cash has no reference: straight on to the invoices
    assert focused() is form.table


def test_receipt_with_auto_allocation_then_a_manual_change(
    qtbot: QtBot, books: Books, shop_file: Path
) -> None:
    window = MainWindow(shop_file)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    customers_screen = window.page("customers")
    customers_screen.open_customer(books.code)  # type: ignore[attr-defined]
    page = customers_screen.customer_page  # type: ignore[attr-defined]
    assert page.facts["Balance"].text() == "<b>₹18,000.00 to receive</b>"

    new_receipt = window.findChild(QAction, "action.payments.new_receipt")
    assert new_receipt.shortcut().toString() == "Ctrl+R"
    new_receipt.trigger()
    screen = window.page("payments")
    assert isinstance(screen, PaymentsScreen)
    form = screen.receipt_form
    assert window.stack.currentWidget() is screen
    assert screen.stack.currentWidget() is form
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    form.focus_customer()

    pick_and_pay(qtbot, form, "sharma", "14000")
    # the open invoices, oldest due first, and the automatic split after a pause in typing
    assert [d.number for d in form.table.documents] == [books.oldest, books.middle, books.newest]
    qtbot.waitUntil(lambda: form.preview is not None)
    assert form.table.amounts()[0] == {books.oldest: 1000000, books.middle: 400000}
    assert form.table.item(0, 5).text().endswith("days")  # overdue
    assert form.summary.text("advance") == "₹0.00"

    # the shopkeeper changes it: nothing on the middle one, the newest paid in full
    assert (form.table.currentRow(), form.table.currentColumn()) == (0, ALLOCATE)
    press(qtbot, ENTER)
    press(qtbot, Qt.Key.Key_Delete)
    press(qtbot, ENTER)
    press(qtbot, Qt.Key.Key_Space)  # in full: ₹3,000 of the ₹4,000 left
    assert form.table.amounts()[0] == {books.oldest: 1000000, books.newest: 300000}
    qtbot.waitUntil(lambda: form.summary.text("advance") == "₹1,000.00")
    assert form.table.note(books.newest) == "✓ settled"
    assert form.summary.text("balance_after") == "₹4,000.00 to receive"
    press(qtbot, ENTER)  # past the last invoice: on to the notes
    assert focused() is form.notes_edit
    press(qtbot, Qt.Key.Key_S, CTRL)

    saved = form.last_saved
    assert saved is not None, form.messages.text()
    receipt = payments.get_receipt(saved.number)
    assert {s.number: s.amount for s in receipt.settled} == {
        books.oldest: 1000000,
        books.newest: 300000,
    }
    assert (receipt.amount, receipt.unallocated, receipt.mode) == (1400000, 100000, "cash")
    assert sales.get_document(books.oldest).outstanding == 0
    assert sales.get_document(books.newest).outstanding == 0
    assert sales.get_document(books.middle).outstanding == 500000
    assert customers.get_customer(books.code).balance == 400000
    assert payments.advance_available(books.code) == 100000
    assert saved.number in form.saved_bar.label.text()
    # they still owe ₹4,000: money left unallocated is on account, not an advance
    assert "₹1,000.00 kept on account" in form.saved_bar.label.text()

    # the customer's page heard about it: the new balance, the invoice paid, the receipt listed
    assert page.facts["Balance"].text() == "<b>₹4,000.00 to receive</b>"
    rows = {r.number: r for r in page.documents_tab.table.rows}
    assert (rows[books.oldest].outstanding, rows[books.oldest].status) == ("0.00", "paid")
    assert (rows[books.newest].outstanding, rows[books.newest].status) == ("0.00", "paid")
    assert (rows[books.middle].outstanding, rows[books.middle].status) == ("5,000.00", "posted")
    assert rows[saved.number].kind == "receipt"
    assert rows[saved.number].outstanding == "on account 1,000.00"  # they still owe ₹4,000
    assert page.documents_tab.summary.text() == "3 posted invoices, ₹5,000.00 outstanding on them"
    # and the payments list shows it
    screen.show_list()
    assert screen.list_page.table.rows[0].number == saved.number


def test_an_amount_above_the_outstanding_is_marked_on_its_row(qtbot: QtBot, books: Books) -> None:
    form = show_form(qtbot)
    pick_and_pay(qtbot, form, "sharma", "20000")
    qtbot.waitUntil(lambda: form.preview is not None)
    type_in(qtbot, "12000")  # over the oldest invoice's ₹10,000
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: "outstanding" in form.table.note(books.oldest))
    assert form.table.note(books.oldest).startswith("Has only ₹10,000.00 outstanding")
    assert not form.save_button.isEnabled()
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert form.last_saved is None
    assert payments.customer_receipts(books.code) == []

    # Auto (F5) puts it right
    press(qtbot, Qt.Key.Key_F5)
    assert form.table.note(books.oldest) == "✓ settled"
    assert form.save_button.isEnabled()


def test_a_write_off_needs_its_reason(qtbot: QtBot, books: Books) -> None:
    form = show_form(qtbot)
    pick_and_pay(qtbot, form, "sharma", "9,950")
    qtbot.waitUntil(lambda: form.preview is not None)
    form.table.set_amount(books.oldest, "50", column=WRITE_OFF)  # write off the odd ₹50
    qtbot.waitUntil(form.reason_edit.isEnabled)
    form.refresh_preview()
    assert not form.save_button.isEnabled()
    assert form.reason_box.error.text() == "Say why the amount is written off"
    form.reason_edit.setText("Discount for paying in full")
    assert form.refresh_preview() is not None
    receipt = form.save()
    assert receipt is not None
    assert receipt.write_off_amount == 5000
    assert sales.get_document(books.oldest).outstanding == 0


def answer_date(qtbot: QtBot) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ChequeDateDialog)
        dialog.ok_button.click()

    QTimer.singleShot(50, fill)


def answer_bounce(qtbot: QtBot, reason: str, charge: str) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BounceDialog)
        assert not dialog.ok_button.isEnabled()  # a reason is required
        qtbot.keyClicks(dialog.reason_edit, reason)
        dialog.charge_edit.setText(charge)
        dialog.ok_button.click()

    QTimer.singleShot(50, fill)


def test_a_post_dated_cheque_cleared_then_bounced_from_its_window(
    qtbot: QtBot, books: Books
) -> None:
    form = show_form(qtbot)
    cheque_day = date.today() + timedelta(days=20)
    type_in(qtbot, "sharma")
    press(qtbot, ENTER)
    type_in(qtbot, "10000")
    press(qtbot, ENTER)
    form.mode.set_mode("cheque")
    press(qtbot, ENTER)  # from the mode: the cheque's fields appear
    assert focused() is form.mode.cheque_number
    type_in(qtbot, "004512")
    press(qtbot, ENTER)
    type_in(qtbot, "Cosmos Bank")
    form.mode.cheque_date.set_date(cheque_day)
    qtbot.waitUntil(lambda: form.preview is not None and form.cheque_note.isVisible())
    assert "counted when it clears" in form.cheque_note.text()
    receipt = form.save()
    assert receipt is not None
    assert (receipt.status, receipt.cheque_status) == ("pending", "received")
    assert sales.get_document(books.oldest).outstanding == 1000000  # not counted yet
    assert [p.number for p in payments.pdc_register()] == [receipt.number]

    view = ReceiptDialog(receipt.number)
    qtbot.addWidget(view)
    assert view.buttons["deposited"].isEnabled()
    assert not view.buttons["bounced"].isEnabled()
    answer_date(qtbot)
    assert view.mark_deposited()
    answer_date(qtbot)
    assert view.mark_cleared()
    assert view.receipt.status == "posted"
    assert sales.get_document(books.oldest).outstanding == 0
    assert customers.get_customer(books.code).balance == 800000

    answer_bounce(qtbot, "Insufficient funds", "250")
    assert view.mark_bounced()
    bounced = payments.get_receipt(receipt.number)
    assert bounced.status == "bounced"
    assert sales.get_document(books.oldest).outstanding == 1000000  # owed again
    assert bounced.bounce_charge_note
    assert sales.get_document(bounced.bounce_charge_note).totals.grand_total == 25000
    assert customers.get_customer(books.code).balance == 1800000 + 25000
    assert view.status.text() == "CHEQUE BOUNCED — Insufficient funds"
    assert not any(view.buttons[k].isEnabled() for k in ("deposited", "cleared", "bounced"))


def test_reallocate_from_the_receipts_window(qtbot: QtBot, books: Books) -> None:
    number = payments.record_receipt(payments.ReceiptDraft(books.code, date.today(), 500000)).number
    view = ReceiptDialog(number)
    qtbot.addWidget(view)
    assert [s.number for s in view.receipt.settled] == [books.oldest]
    dialog = view.reallocate_dialog()
    qtbot.addWidget(dialog)
    dialog.table.set_amount(books.oldest, "")
    dialog.table.set_amount(books.newest, "4,000")  # more than it owes
    assert not dialog.save_button.isEnabled()
    assert "₹3,000.00 outstanding" in dialog.table.note(books.newest)
    dialog.table.set_amount(books.newest, "3,000")
    dialog.table.set_amount(books.middle, "2,000")
    assert dialog.save_button.isEnabled()
    assert dialog.save() is not None
    moved = payments.get_receipt(number)
    assert {s.number: s.amount for s in moved.settled} == {
        books.newest: 300000,
        books.middle: 200000,
    }
    assert moved.amount == 500000  # the amount never changes
    assert sales.get_document(books.oldest).outstanding == 1000000
    assert {s.number for s in view.receipt.settled} == {books.newest, books.middle}  # shown


def test_receipt_pdf(qtbot: QtBot, books: Books, tmp_path: Path) -> None:
    saved = payments.record_receipt(
        payments.ReceiptDraft(books.code, date.today(), 1250000, mode="upi", reference="UPI4471")
    )
    receipt = payments.get_receipt(saved.number)
    html = receipt_html.a4_html(receipt, None)
    assert "PAYMENT RECEIPT" in html and "Twelve Thousand Five Hundred Rupees Only" in html
    assert books.oldest in html and "Your balance after this receipt" in html
    for layout in ("a4", "thermal"):
        path = receipt_print.save_pdf(receipt, tmp_path / f"{layout}.pdf", layout)  # type: ignore[arg-type]
        assert path.read_bytes().startswith(b"%PDF")
    text = pdf_text(tmp_path / "a4.pdf")
    assert saved.number in text
    assert "UPI4471" in text
    assert "1,25,000" not in text and "12,500.00" in text


def test_cancel_a_receipt_with_a_reason(qtbot: QtBot, books: Books) -> None:
    number = payments.record_receipt(
        payments.ReceiptDraft(books.code, date.today(), 1000000)
    ).number
    assert sales.get_document(books.oldest).outstanding == 0
    view = ReceiptDialog(number)
    qtbot.addWidget(view)

    def reason() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReasonDialog)
        assert not dialog.ok_button.isEnabled()  # a reason is required
        qtbot.keyClicks(dialog.reason_edit, "Entered twice")
        dialog.ok_button.click()

    QTimer.singleShot(50, reason)
    assert view.cancel_receipt()
    assert view.status.text() == "CANCELLED — Entered twice"
    assert not view.buttons["cancel"].isEnabled()
    assert not view.buttons["reallocate"].isEnabled()
    assert payments.get_receipt(number).status == "cancelled"
    assert sales.get_document(books.oldest).outstanding == 1000000  # owed again
    assert customers.get_customer(books.code).balance == 1800000


def test_an_advance_held_is_offered_on_the_next_receipt(qtbot: QtBot, books: Books) -> None:
    sunita = customer("Sunita Pawar")
    payments.record_receipt(payments.ReceiptDraft(sunita, date.today(), 40000))  # all advance
    owed = invoice(sunita, 100000)
    form = show_form(qtbot)
    form.picker.set_code(sunita)
    assert form.advance_button.isVisible()
    assert form.advance_button.text() == "Use ad&vance held ₹400.00"
    assert form.use_advance() == {owed: 40000}
    assert sales.get_document(owed).outstanding == 60000
    assert not form.advance_button.isVisible()  # nothing left to offer
    assert [d.outstanding for d in form.table.documents] == [60000]


def test_an_advance_for_services_from_the_form(qtbot: QtBot, books: Books) -> None:
    """Ticked, the receipt settles nothing and its GST is worked out at receipt (s.13(2))."""
    form = show_form(qtbot)
    pick_and_pay(qtbot, form, "sharma", "1180")
    qtbot.waitUntil(lambda: form.preview is not None)
    assert form.table.amounts()[0] == {books.oldest: 118000}  # auto: the oldest invoice
    assert not form.services.rate.isEnabled()
    form.services.box.setChecked(True)
    assert form.services.rate.isEnabled() and form.services.rate.currentText() == "18%"
    form.services.rate.setCurrentIndex(form.services.rate.findData(500))
    qtbot.waitUntil(lambda: form.preview is not None and form.preview.allocations == {})
    assert form.table.amounts()[0] == {}
    assert form.summary.text("advance") == "₹1,180.00"
    assert form.services.split.text() == (
        "= taxable ₹1,123.81 + CGST + SGST ₹56.19 (place of supply 27)"
    )
    saved = form.save()
    assert saved is not None
    [row] = advance_tax.received(date(2000, 1, 1), date(2100, 1, 1))
    assert (row.receipt_number, row.rate_bp, row.advance) == (saved.number, 500, 118000)
    assert (row.taxable, row.cgst, row.sgst) == (112381, 2810, 2809)  # 1,180 / 1.05, halves
    assert payments.get_receipt(saved.number).allocated == 0  # it settles no invoice
