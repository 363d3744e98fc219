"""The rest of the Payments screen: the list and its menu keys, the PDC register, refunds, the
supplier side on a customer's page (bills, payments out, contra settlement), the advance offered on
the next invoice, and the cheque setting. Outcomes are read back through the services."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from payment_builders import cheque, customer, invoice, receive, supplier
from vyapar_lite.services import customers, payments, sales
from vyapar_lite.services.payments import BillDraft
from vyapar_lite.ui.customers.customers_screen import CustomersScreen
from vyapar_lite.ui.main_window import MainWindow
from vyapar_lite.ui.payments.bill_form import BillForm
from vyapar_lite.ui.payments.outgoing_views import BillDialog, ContraDialog, PaymentDialog
from vyapar_lite.ui.payments.payment_out_form import PaymentOutForm
from vyapar_lite.ui.payments.payments_list import PaymentsListPage
from vyapar_lite.ui.payments.pdc_register import PdcRegisterDialog
from vyapar_lite.ui.payments.receipt_view import ReceiptDialog
from vyapar_lite.ui.payments.refund_dialog import RefundDialog
from vyapar_lite.ui.payments.settle_dialog import SettleDialog
from vyapar_lite.ui.settings.payment_settings import PaymentSettingsGroup

DAY = date(2026, 5, 10)


def bill(code: str, their: str, total: int, on: date = date(2026, 5, 12)) -> str:
    return payments.record_bill(
        BillDraft(code, their, on, taxable=total, gst=0, total=total)
    ).number


def test_contra_settlement_from_the_customer_page(qtbot: QtBot, shop_file: Path) -> None:
    # an unregistered buyer of ₹50,000 or more has an address and state (Rule 46(e))
    code = supplier("Gupta Electricals", billing_address="4 Lamington Rd", state_code="27")
    goods = invoice(code, 12400000)
    wiring = bill(code, "GE/118", 8200000)
    screen = CustomersScreen()
    qtbot.addWidget(screen)
    screen.open_customer(code)
    page = screen.customer_page
    side = page.supplier_side
    assert side.isVisibleTo(page)
    assert side.values["receivable"].text() == "₹1,24,000.00"
    assert side.values["payable"].text() == "₹82,000.00"
    assert side.values["net"].text() == "₹42,000.00 to receive"
    assert side.buttons["settle"].isEnabled()

    shown: list[SettleDialog] = []

    def settle() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettleDialog)
        shown.append(dialog)
        assert dialog.preview is not None and dialog.preview.amount == 8200000
        assert dialog.preview.after == payments.AccountSides(4200000, 0, 4200000)
        dialog.save_button.click()

    QTimer.singleShot(50, settle)
    side.buttons["settle"].click()

    assert shown and shown[0].result() == SettleDialog.DialogCode.Accepted
    assert payments.account_sides(code) == payments.AccountSides(4200000, 0, 4200000)
    assert sales.get_document(goods).outstanding == 4200000
    assert payments.get_bill(wiring).outstanding == 0
    # the page refreshed itself: both sides and the net, the balance, the contra in the list
    assert side.values["receivable"].text() == "₹42,000.00"
    assert side.values["payable"].text() == "Nil"
    assert side.values["net"].text() == "₹42,000.00 to receive"
    assert not side.buttons["settle"].isEnabled()
    assert page.facts["Balance"].text() == "<b>₹42,000.00 to receive</b>"
    kinds = {r.kind for r in page.documents_tab.table.rows}
    assert {"contra", "purchase_bill", "invoice"} <= kinds
    contra = next(r for r in page.documents_tab.table.rows if r.kind == "contra")
    opened = page.documents_tab.open("contra", contra.number)
    assert isinstance(opened, ContraDialog)
    qtbot.addWidget(opened)
    assert opened.side.text("net") == "₹42,000.00 to receive"


def test_the_supplier_side_is_hidden_for_a_plain_customer(qtbot: QtBot, shop_file: Path) -> None:
    code = customer("Asha Verma")
    screen = CustomersScreen()
    qtbot.addWidget(screen)
    screen.open_customer(code)
    assert not screen.customer_page.supplier_side.isVisibleTo(screen.customer_page)


def test_purchase_bill_and_payment_out(qtbot: QtBot, shop_file: Path) -> None:
    code = supplier("Gupta Electricals")
    older = bill(code, "GE/101", 300000, date(2026, 5, 1))

    form = BillForm(code)
    qtbot.addWidget(form)
    form.bill_number.setText("GE/118")
    form.taxable_edit.setText("10,000")
    form.gst_edit.setText("1,800")
    assert form.total_edit.text() == "11,800.00"  # filled in until typed
    saved = form.save()
    assert saved is not None, form.messages.text()
    assert (saved.bill_number, saved.total, saved.outstanding) == ("GE/118", 1180000, 1180000)
    assert payments.account_sides(code).payable == 1480000

    pay = PaymentOutForm(code)
    qtbot.addWidget(pay)
    assert [d.number for d in pay.table.documents] == [older, saved.number]
    pay.amount_edit.setText("5,000")
    assert pay.table.amounts()[0] == {older: 300000, saved.number: 200000}  # oldest due first
    pay.table.set_amount(older, "4,000")  # more than the bill
    assert "₹3,000.00 outstanding" in pay.table.note(older)
    assert not pay.save_button.isEnabled()
    pay.table.set_amount(older, "")
    pay.table.set_amount(saved.number, "5,000")
    assert pay.save_button.isEnabled()
    pay.mode.set_mode("bank")
    pay.mode.reference_edit.setText("UTR998877")
    view = pay.save()
    assert view is not None, pay.messages.text()
    assert {s.number: s.amount for s in view.settled} == {saved.number: 500000}
    assert payments.get_bill(saved.number).outstanding == 680000
    assert payments.get_bill(older).outstanding == 300000
    assert payments.account_sides(code).payable == 980000

    window = PaymentDialog(view.number)
    qtbot.addWidget(window)
    assert window.side.text("after") == "₹9,800.00 to pay"
    bill_window = BillDialog(saved.number)
    qtbot.addWidget(bill_window)
    assert bill_window.side.text("outstanding") == "₹6,800.00"


def test_a_plain_customer_gets_no_purchase_bill(qtbot: QtBot, shop_file: Path) -> None:
    code = customer("Asha Verma")
    form = BillForm(code)
    qtbot.addWidget(form)
    assert "not marked as a supplier" in form.picker.error.text()
    form.bill_number.setText("X1")
    form.taxable_edit.setText("100")
    assert form.save() is None
    assert payments.customer_bills(code) == []


def test_refund_an_advance(qtbot: QtBot, shop_file: Path) -> None:
    code = customer("Sunita Pawar")
    receive(code, 200000, DAY)  # nothing owed: all of it is advance
    dialog = RefundDialog(code)
    qtbot.addWidget(dialog)
    assert "₹2,000.00" in dialog.available.text()
    assert dialog.amount_edit.text() == "2,000.00"
    dialog.amount_edit.setText("2,500")
    assert dialog.save() is None  # more than can be refunded
    assert dialog.messages.text() or dialog.boxes["amount"].error.text()
    dialog.amount_edit.setText("1,500")
    dialog.mode.set_mode("upi")
    dialog.mode.reference_edit.setText("412233445566")
    view = dialog.save()
    assert view is not None
    assert (view.purpose, view.amount, view.from_advance) == ("refund", 150000, 150000)
    assert payments.advance_available(code) == 50000
    assert customers.get_customer(code).balance == -50000


def test_pdc_register_lists_and_marks_cheques(qtbot: QtBot, shop_file: Path) -> None:
    code = customer("Sharma Traders")
    owed = invoice(code, 600000)
    later = date.today() + timedelta(days=5)
    number = receive(code, 600000, date.today(), mode="cheque", cheque=cheque(on=later))
    dialog = PdcRegisterDialog()
    qtbot.addWidget(dialog)
    assert [r.number for r in dialog.rows] == [number]
    assert dialog.table.item(0, 1).text() == "in 5 days"
    assert dialog.buttons["deposited"].isEnabled()
    assert not dialog.buttons["bounced"].isEnabled()
    assert dialog.deposit(on=later)
    assert dialog.clear(on=later)
    assert dialog.rows == []  # done: only with "show all"
    assert sales.get_document(owed).outstanding == 0
    dialog.all_box.setChecked(True)
    assert [r.cheque_status for r in dialog.rows] == ["cleared"]
    opened = dialog.open_row(0)
    assert isinstance(opened, ReceiptDialog)
    qtbot.addWidget(opened)


def test_payments_list_search_kinds_and_opening(qtbot: QtBot, shop_file: Path) -> None:
    sharma = customer("Sharma Traders")
    patil = customer("Aarav Patil")
    invoice(sharma, 100000)
    paid = receive(sharma, 100000, DAY)
    ahead = receive(patil, 50000, DAY)  # nothing owed: an advance
    page = PaymentsListPage()
    qtbot.addWidget(page)
    assert {r.number for r in page.table.rows} == {paid, ahead}
    page.set_kind("Advances held")
    assert [r.number for r in page.table.rows] == [ahead]
    assert page.table.item(0, 7).text() == "advance 500.00"
    page.set_kind("All payments")
    page.search.setText("sharma")
    page.refresh()
    assert [r.number for r in page.table.rows] == [paid]
    with qtbot.waitSignal(page.open_requested) as opened:
        page.table.open_row(0)
    assert opened.args == ["receipt", paid]

    # the money going out, and the bills it pays
    gupta = supplier("Gupta Electricals")
    wiring = bill(gupta, "GE/118", 300000)
    paid_out = payments.record_supplier_payment(
        payments.SupplierPaymentDraft(gupta, DAY, 100000, mode="bank", reference="UTR77")
    ).number
    refund = payments.record_refund(payments.RefundDraft(patil, DAY, 20000)).number
    page.search.clear()
    page.set_kind("Refunds and payments out")
    page.refresh()
    assert {(r.kind, r.number) for r in page.table.rows} == {
        ("supplier", paid_out),
        ("refund", refund),
    }
    page.set_kind("Purchase bills")
    assert [(r.number, r.open_text) for r in page.table.rows] == [(wiring, "to pay 2,000.00")]
    page.set_kind("All payments")
    page.search.setText("GE/118")
    page.refresh()
    assert [r.number for r in page.table.rows] == [wiring]


def test_payments_menu_keys(qtbot: QtBot, shop_file: Path) -> None:
    window = MainWindow(shop_file)
    qtbot.addWidget(window)
    keys = {
        name: window.findChild(QAction, f"action.payments.{name}").shortcut().toString()
        for name in ("new_receipt", "refund", "payment_out", "bill", "pdc", "find")
    }
    assert keys == {
        "new_receipt": "Ctrl+R",
        "refund": "Ctrl+Shift+R",
        "payment_out": "Ctrl+Shift+P",
        "bill": "Ctrl+Shift+B",
        "pdc": "Ctrl+Shift+D",
        "find": "Ctrl+Shift+Y",
    }
    window.findChild(QAction, "action.go.payments").trigger()
    assert window.stack.currentWidget().objectName() == "page.payments"
    window.findChild(QAction, "action.payments.pdc").trigger()
    register = window.findChild(PdcRegisterDialog)
    assert register is not None
    register.reject()


def test_the_advance_is_offered_on_the_next_invoice(qtbot: QtBot, shop_file: Path) -> None:
    code = customer("Sunita Pawar")
    receive(code, 30000, DAY)  # an advance of ₹300
    window = MainWindow(shop_file)
    qtbot.addWidget(window)
    sales_screen = window.page("sales")
    form = sales_screen.invoice_form  # type: ignore[attr-defined]
    number = invoice(code, 100000)
    form.saved.emit(sales.get_document(number))  # as the form does after posting
    box = window.findChild(QMessageBox, "payments.advanceOffer")
    assert box is not None and "₹300.00" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert sales.get_document(number).outstanding == 70000
    assert payments.advance_available(code) == 0


def test_cheque_counting_setting(qtbot: QtBot, shop_file: Path) -> None:
    group = PaymentSettingsGroup()
    qtbot.addWidget(group)
    assert group.chosen() == "clearance"
    group.radios["receipt"].setChecked(True)
    assert group.save() is not None
    assert payments.cheque_settings().count_on == "receipt"
    assert group.status.text() == "Saved."


@pytest.mark.parametrize("kind", ["", "receipt"])
def test_receipts_open_from_their_number(qtbot: QtBot, shop_file: Path, kind: str) -> None:
    from vyapar_lite.ui.sales.opener import open_document

    code = customer("Sharma Traders")
    number = receive(code, 10000, DAY)
    opened = open_document(number, None, kind=kind)
    assert isinstance(opened, ReceiptDialog)
    qtbot.addWidget(opened)
    assert opened.receipt.number == number


def test_money_left_while_the_customer_owes_is_on_account_never_an_advance(
    qtbot: QtBot, shop_file: Path
) -> None:
    """An advance is only ever shown when the customer owes nothing (issue 14)."""
    from vyapar_lite.ui.payments import receipt_html
    from vyapar_lite.ui.payments.receipt_summary import ReceiptSummary

    sharma = customer("Sharma Traders")
    patil = customer("Aarav Patil")
    invoice(sharma, 100000)
    kept_back = payments.record_receipt(  # allocated to nothing: Sharma still owes
        payments.ReceiptDraft(sharma, DAY, 40000, allocations={})
    ).number
    ahead = receive(patil, 50000, DAY)  # nothing owed: an advance
    page = PaymentsListPage()
    qtbot.addWidget(page)
    page.set_kind("Advances held")
    assert [r.number for r in page.table.rows] == [ahead]
    page.set_kind("Money on account")
    assert [r.number for r in page.table.rows] == [kept_back]
    assert page.table.item(0, 7).text() == "on account 400.00"

    on_account = receipt_html.closing_rows(payments.get_receipt(kept_back))
    assert ("Kept on account", "₹400.00") in on_account
    advance = receipt_html.closing_rows(payments.get_receipt(ahead))
    assert ("Kept as advance", "₹500.00") in advance

    summary = ReceiptSummary()
    qtbot.addWidget(summary)
    preview = payments.preview_receipt(payments.ReceiptDraft(sharma, DAY, 40000, allocations={}))
    summary.show_preview(preview, 40000)
    assert summary.labels["advance"].text() == "Kept on account"
    preview = payments.preview_receipt(payments.ReceiptDraft(patil, DAY, 10000))
    summary.show_preview(preview, 10000)
    assert summary.labels["advance"].text() == "Kept as advance"
