"""The receipt form's cash drawer: hidden while the shop has one cash account; with a cash
account per counter, shown for cash (not for UPI), opening on this PC's drawer (QSettings), and
the receipt's money lands in the drawer picked, which becomes this PC's drawer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from payment_builders import customer
from vyapar_lite.db.money_models import MoneyEntry
from vyapar_lite.services import money_accounts, money_setup
from vyapar_lite.ui.money import drawer
from vyapar_lite.ui.money.expense_form import ExpenseForm
from vyapar_lite.ui.payments.receipt_form import ReceiptForm


@pytest.fixture(autouse=True)
def no_drawer_remembered() -> None:
    QSettings().remove(drawer.SETTING)


def show_form(qtbot: QtBot, code: str) -> ReceiptForm:
    form = ReceiptForm()
    qtbot.addWidget(form)
    form.resize(1200, 720)
    form.show()
    qtbot.waitExposed(form)
    form.new_receipt(code)
    return form


def receive_cash(qtbot: QtBot, form: ReceiptForm, rupees: str) -> str:
    form.amount_edit.setText(rupees)
    qtbot.waitUntil(form.save_button.isEnabled)
    saved = form.save()
    assert saved is not None, form.messages.text()
    return saved.number


def account_of(number: str) -> str:
    entry = MoneyEntry.get(MoneyEntry.doc_number == number)
    return money_accounts.get_account(entry.account_id).name


def test_with_one_cash_account_nothing_extra_is_shown(qtbot: QtBot, shop_file: Path) -> None:
    form = show_form(qtbot, customer())
    assert form.mode.mode() == "cash"
    assert not form.mode.drawer.isVisible()
    assert not form.mode.captions[form.mode.drawer].isVisible()
    assert account_of(receive_cash(qtbot, form, "500")) == "Cash"


def test_a_counter_picks_its_drawer_and_the_pc_remembers_it(qtbot: QtBot, shop_file: Path) -> None:
    money_setup.add_account(money_setup.NewAccount("Counter 2", "cash"))
    drawer.remember_drawer("Counter 2")  # this PC is counter 2
    code = customer()
    form = show_form(qtbot, code)
    picker = form.mode.drawer

    assert picker.isVisible() and form.mode.captions[picker].isVisible()
    assert form.mode.captions[picker].text().replace("&", "") == "Cash drawer"
    assert [picker.itemText(i) for i in range(picker.count())] == ["Cash", "Counter 2"]
    assert picker.currentText() == "Counter 2"
    form.grab().save("/tmp/m19/receipt_drawer.png")
    form.mode.set_mode("upi")
    assert not picker.isVisible()  # UPI's money goes to its bank
    form.mode.set_mode("cash")
    assert picker.isVisible()
    assert account_of(receive_cash(qtbot, form, "700")) == "Counter 2"

    form.new_receipt(code)
    picker.setCurrentIndex(picker.findText("Cash"))
    picker.activated.emit(picker.currentIndex())  # the user's pick, as a click makes it
    assert QSettings().value(drawer.SETTING) == "Cash"
    assert account_of(receive_cash(qtbot, form, "300")) == "Cash"

    again = show_form(qtbot, code)
    assert again.mode.drawer.currentText() == "Cash"  # this PC's drawer now
    expense = ExpenseForm()
    qtbot.addWidget(expense)
    assert expense.account.currentText() == "Cash"


def test_the_daily_closing_opens_on_this_pcs_drawer_and_closes_only_it(
    qtbot: QtBot, shop_file: Path
) -> None:
    from datetime import date

    from vyapar_lite.db.closing_models import DailyClosing
    from vyapar_lite.ui.closing.daily_closing_page import DailyClosingPage

    counter2 = money_setup.add_account(money_setup.NewAccount("Counter 2", "cash")).id
    drawer.remember_drawer("Counter 2")
    code = customer()
    form = show_form(qtbot, code)
    form.new_receipt(code)
    receive_cash(qtbot, form, "900")  # into Counter 2, this PC's drawer
    cash = money_accounts.cash_account().id

    page = DailyClosingPage()
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    qtbot.waitUntil(lambda: page.day is not None and page.day.account_id == counter2)
    assert page.account.isVisible() and page.account.currentText() == "Counter 2"
    assert page.expected.text() == "Expected in the drawer: ₹900.00"
    page.counter.counts[500].setValue(1)
    page.counter.counts[200].setValue(2)
    assert page.difference.text() == "The count matches the books"
    page.grab().save("/tmp/m19/closing_counter2.png")
    page.close_button.click()
    closing = DailyClosing.get()
    assert (closing.account_id, closing.closing_date, closing.counted) == (
        counter2,
        date.today(),
        90000,
    )
    assert DailyClosing.select().where(DailyClosing.account_id == cash).count() == 0


def test_a_refund_from_a_drawer_closed_meanwhile_is_refused_in_the_screens_language(
    qtbot: QtBot, shop_file: Path, qapp: QApplication
) -> None:
    from vyapar_lite.db.models import PaymentOut
    from vyapar_lite.db.money_models import MoneyAccount
    from vyapar_lite.ui import language
    from vyapar_lite.ui.payments.refund_dialog import RefundDialog

    counter2 = money_setup.add_account(money_setup.NewAccount("Counter 2", "cash")).id
    drawer.remember_drawer("Counter 2")
    code = customer()
    form = show_form(qtbot, code)
    receive_cash(qtbot, form, "900")  # an advance, into Counter 2
    dialog = RefundDialog(code)
    qtbot.addWidget(dialog)
    assert dialog.mode.drawer.currentText() == "Counter 2"
    MoneyAccount.update(active=False).where(MoneyAccount.id == counter2).execute()

    assert language.start(qapp, "hi") == "hi"
    try:
        assert dialog.save() is None
        assert "Counter 2 बंद है; चालू खाता चुनें" in dialog.messages.text()
    finally:
        language.start(qapp, "en")
    assert "#b00020" in dialog.mode.drawer.styleSheet()
    assert PaymentOut.select().count() == 0
    assert money_accounts.balance(counter2) == 90000


def test_a_contra_opens_from_this_pcs_drawer_to_the_bank(qtbot: QtBot, shop_file: Path) -> None:
    from money_builders import bank
    from vyapar_lite.db.money_models import ContraVoucher
    from vyapar_lite.ui.money.contra_form import ContraForm

    money_setup.add_account(money_setup.NewAccount("Counter 2", "cash"))
    sbi = bank()
    drawer.remember_drawer("Counter 2")
    code = customer()
    receive_cash(qtbot, show_form(qtbot, code), "900")
    contra = ContraForm()
    qtbot.addWidget(contra)

    assert (contra.source.currentText(), contra.target.currentData()) == ("Counter 2", sbi)
    contra.amount.setText("500")
    contra.save_button.click()
    assert contra.message.text().startswith("Saved CV/"), contra.message.text()
    saved = ContraVoucher.get()
    assert (account_of_id(saved.from_account_id), saved.to_account_id) == ("Counter 2", sbi)
    contra.refresh()  # back on the tab: what was chosen stays
    contra.source.setCurrentIndex(contra.source.findText("Cash"))
    contra.refresh()
    assert contra.source.currentText() == "Cash"


def account_of_id(account_id: int) -> str:
    return money_accounts.get_account(account_id).name


def test_the_receipt_form_outlines_a_drawer_closed_meanwhile_before_save(
    qtbot: QtBot, shop_file: Path
) -> None:
    from vyapar_lite.db.models import Receipt
    from vyapar_lite.db.money_models import MoneyAccount

    counter2 = money_setup.add_account(money_setup.NewAccount("Counter 2", "cash")).id
    drawer.remember_drawer("Counter 2")
    form = show_form(qtbot, customer())
    MoneyAccount.update(active=False).where(MoneyAccount.id == counter2).execute()
    form.amount_edit.setText("500")
    qtbot.waitUntil(lambda: "Counter 2 is closed" in form.messages.text())

    assert "#b00020" in form.mode.drawer.styleSheet()
    assert not form.save_button.isEnabled()
    assert form.save() is None
    assert Receipt.select().count() == 0
    form.mode.drawer.setCurrentIndex(form.mode.drawer.findText("Cash"))
    qtbot.waitUntil(form.save_button.isEnabled)
    assert form.mode.drawer.styleSheet() == ""
    assert account_of(receive_cash(qtbot, form, "500")) == "Cash"
