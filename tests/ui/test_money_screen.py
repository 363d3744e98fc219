"""The Money screen: an expense (bad input named beside its field, nothing saved; then saved
with a GST bill), a contra voucher, a new bank account and the bulk move out of
"Bank (not yet set)"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from payment_builders import customer, receive
from vyapar_lite.db.money_models import ContraVoucher, Expense, ExpenseTax
from vyapar_lite.services import document_dates, money_accounts
from vyapar_lite.ui.money.money_screen import MoneyScreen

DAY = date(2026, 5, 10)
SHOTS = Path("/tmp/cashwork")


@pytest.fixture
def screen(qtbot: QtBot, shop_file: Path, monkeypatch: pytest.MonkeyPatch) -> MoneyScreen:
    monkeypatch.setattr(document_dates, "today", lambda: DAY)
    receive(customer(), 50000, DAY, mode="upi", reference="UPI-1")  # to "Bank (not yet set)"
    page = MoneyScreen()
    page.resize(1366, 768)
    qtbot.addWidget(page)
    page.show()
    return page


def _shot(widget: MoneyScreen, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def test_an_expense_refused_then_saved_with_its_gst_bill(qtbot: QtBot, screen: MoneyScreen) -> None:
    form = screen.expense
    form.expense_date.set_date(DAY)
    form.head.setCurrentText("Electricity")
    form.amount.setText("0")
    form.gst_bill.setChecked(True)
    form.gstin.setText("27AAPFU0939F1ZX")
    form.save_button.click()
    assert "more than" in form.boxes["amount"].error.text()
    assert "last character" in form.boxes["supplier gstin"].error.text()
    assert form.message.text().startswith("Not saved")
    assert Expense.select().count() == 0
    _shot(screen, "expense_refused")

    form.amount.setText("1,180")
    form.gstin.setText("27AAPFU0939F1ZV")
    form.bill_number.setText("EB/5/26")
    form.bill_date.set_date(DAY)
    taxable, cgst, sgst = form.taxes.rows[0][1:4]
    taxable.setText("1000")
    cgst.setText("90")
    sgst.setText("90")
    form.save_button.click()
    assert form.message.text().startswith("Saved EXP/")
    row = Expense.get()
    assert (row.amount, row.supplier_gstin, row.bill_number) == (
        118000,
        "27AAPFU0939F1ZV",
        "EB/5/26",
    )
    assert [(t.rate_bp, t.taxable, t.cgst, t.sgst) for t in ExpenseTax.select()] == [
        (1800, 100000, 9000, 9000)
    ]
    assert money_accounts.balance(money_accounts.cash_account().id) == -118000


def test_a_contra_between_the_same_account_is_refused_then_a_deposit_saved(
    screen: MoneyScreen,
) -> None:
    screen.tabs.setCurrentWidget(screen.contra)
    form = screen.contra
    form.voucher_date.set_date(DAY)
    form.source.setCurrentIndex(0)
    form.target.setCurrentIndex(0)
    form.amount.setText("500")
    form.save_button.click()
    assert "two different" in form.boxes["to"].error.text()
    assert ContraVoucher.select().count() == 0
    form.target.setCurrentIndex(1)
    form.save_button.click()
    assert form.message.text().startswith("Saved CV/")
    _shot(screen, "contra")


def test_a_new_bank_takes_the_unset_entries_in_bulk(screen: MoneyScreen) -> None:
    screen.tabs.setCurrentWidget(screen.accounts)
    panel = screen.accounts
    form = panel.new_account
    form.name.setText("HDFC current")
    form.digits.setText("12")
    form.ifsc.setText("HDFC0000123")
    form.save_button.click()
    assert "last 4 to 6 digits" in form.boxes["account digits"].error.text()
    form.digits.setText("5566")
    form.opening.setText("10,000")
    form.save_button.click()
    assert form.message.text() == "Saved HDFC current."
    assert panel.unset.rowCount() == 1
    panel.unset.item(0, 0).setCheckState(Qt.CheckState.Checked)  # type: ignore[union-attr]
    panel.target.setCurrentIndex(panel.target.findText("HDFC current (…5566)"))
    _shot(screen, "money_accounts")
    panel.move_button.click()
    assert panel.move_message.text() == "Moved 1 entries to HDFC current (…5566)."
    assert panel.unset.rowCount() == 0
    hdfc = money_accounts.find_account("HDFC current")
    assert money_accounts.balance(hdfc.id) == 1000000 + 50000
    shown = [panel.table.item(n, 3).text() for n in range(panel.table.rowCount())]  # type: ignore[union-attr]
    assert "₹10,500.00" in shown
