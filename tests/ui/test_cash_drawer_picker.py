"""The receipt form's cash drawer: hidden while the shop has one cash account; with a cash
account per counter, shown for cash (not for UPI), opening on this PC's drawer (QSettings), and
the receipt's money lands in the drawer picked, which becomes this PC's drawer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
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
