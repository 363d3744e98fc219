"""The Money screen's closing tabs driven like a shopkeeper: a daily closing with a short
count, a bank reconciliation with an imported statement, and a cash receipt on a closed day."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from payment_builders import customer, invoice, receive
from vyapar_lite.db.closing_models import BankReconciled, DailyClosing
from vyapar_lite.db.models import AuditEntry
from vyapar_lite.db.money_models import Expense, MoneyEntry
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import app_lock, closed_days, money_accounts, money_setup
from vyapar_lite.services.payments import ReceiptDraft, record_receipt
from vyapar_lite.ui import unusual_date
from vyapar_lite.ui.money.money_screen import MoneyScreen

SHOTS = Path("/tmp")


def _screen(qtbot: QtBot) -> MoneyScreen:
    screen = MoneyScreen()
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    screen.show_daily_closing()
    return screen


def test_a_daily_closing_with_a_short_count(shop_file: Path, qtbot: QtBot) -> None:
    today = date.today()
    code = customer()
    invoice(code, 300000, today)
    receive(code, 150000, today)  # cash
    receive(code, 20000, today)
    screen = _screen(qtbot)
    page = screen.daily
    qtbot.waitUntil(lambda: page.day is not None)

    assert page.expected.text() == "Expected in the drawer: ₹1,700.00"
    assert page.table.item(0, 1).text() == "₹0.00"  # opening cash
    assert page.table.item(1, 0).text() == "Received from customers"
    assert page.table.item(1, 1).text() == "₹1,700.00"
    page.counter.counts[500].setValue(3)
    page.counter.counts[100].setValue(1)
    page.counter.counts[50].selectAll()
    qtbot.keyClicks(page.counter.counts[50], "1")
    qtbot.keyClicks(page.counter.coins, "30")
    assert page.counter.amounts[500].text() == "₹1,500.00"
    assert page.counter.total_label.text() == "₹1,680.00"
    assert page.difference.text() == "Short by ₹20.00"

    page.close_button.click()  # no reason yet: refused, nothing written
    assert page.reason_box.error.text().startswith("The count is ₹20.00 short: say why")
    assert DailyClosing.select().count() == 0

    qtbot.keyClicks(page.reason, "change given wrongly")
    page.close_button.click()

    short = MoneyEntry.get(MoneyEntry.kind == "cash_short")
    assert (short.entry_date, short.amount, short.doc_type) == (today, -2000, "daily_closing")
    closing = DailyClosing.get()
    assert (closing.closing_date, closing.expected, closing.counted, closing.reason) == (
        today,
        170000,
        168000,
        "change given wrongly",
    )
    assert money_accounts.balance(money_accounts.cash_account().id) == 168000
    assert page.status.text().startswith("Closed at")
    assert not page.close_button.isEnabled()
    assert page.counted_line.text() == "Counted ₹1,680.00: ₹20.00 short posted to the cash book"
    assert page.message.text() == f"{today:%d-%m-%Y} is closed."
    screen.grab().save(str(SHOTS / "closing-daily.png"))

    with pytest.raises(closed_days.ClosedDay):  # the day is closed to cash documents
        receive(code, 1000, today)


def test_a_cash_receipt_on_a_closed_day_asks_for_the_owners_password(
    shop_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    app_lock.set_password("owner-secret")
    today = date.today()
    code = customer()
    screen = _screen(qtbot)
    qtbot.waitUntil(lambda: screen.daily.day is not None)
    screen.daily.close_button.click()
    assert DailyClosing.select().count() == 1
    draft = ReceiptDraft(code, today, 5000)

    def post(_confirmed: bool) -> object:
        return record_receipt(draft)

    monkeypatch.setattr(unusual_date, "typed_password", lambda _parent, _reason: None)
    with pytest.raises(closed_days.ClosedDay):
        unusual_date.post_confirming(screen, post)
    monkeypatch.setattr(unusual_date, "typed_password", lambda _parent, _reason: "wrong")
    with pytest.raises(ValidationError, match="password is not right"):
        unusual_date.post_confirming(screen, post)
    assert MoneyEntry.select().where(MoneyEntry.doc_type == "receipt").count() == 0

    monkeypatch.setattr(unusual_date, "typed_password", lambda _parent, _reason: "owner-secret")
    unusual_date.post_confirming(screen, post)
    assert money_accounts.balance(money_accounts.cash_account().id) == 5000


def test_a_bank_reconciliation_with_an_imported_statement(
    shop_file: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    bank = money_setup.add_account(
        money_setup.NewAccount("SBI current", "bank", "4321", "SBIN0001234")
    ).id
    money_setup.set_mode_account("upi", bank)
    code = customer()
    invoice(code, 500000, date(2026, 5, 1))
    receive(code, 118000, date(2026, 5, 2), mode="upi", reference="612345678")
    receive(code, 50000, date(2026, 5, 3), mode="upi", reference="UPI-1")
    receive(code, 70000, date(2026, 5, 6), mode="upi", reference="UPI-2")  # not in the bank yet
    statement = tmp_path / "sbi.csv"
    statement.write_text(
        "State Bank of India,,,,,,\n"
        "Account Number,00000031234567890,,,,,\n"
        "Txn Date,Value Date,Description,Ref No./Cheque No.,Debit,Credit,Balance\n"
        '2 May 2026,2 May 2026,UPI/CR/612345678/RAMESH,612345678,,"1,180.00","1,180.00"\n'
        '04-May-26,04-May-26,UPI/CR/SHARMA,,,500.00,"1,680.00"\n'
        '05-May-26,05-May-26,SMS CHARGES,,17.70,,"1,662.30"\n',
        encoding="utf-8",
    )
    screen = _screen(qtbot)
    screen.show_reconciliation()
    page = screen.reconciliation
    qtbot.waitUntil(lambda: page.books_only.rowCount() == 3)

    task = page.import_file(statement)
    assert task is not None
    qtbot.waitUntil(lambda: page.match is not None and page.matched.rowCount() == 2)

    matched = [
        [page.matched.item(r, c).text() for c in range(5)] for r in range(page.matched.rowCount())
    ]
    assert [(row[0], row[2], row[3]) for row in matched] == [
        ("02-05-2026", "₹1,180.00", "02-05-2026"),
        ("04-05-2026", "₹500.00", "03-05-2026"),
    ]
    assert page.statement_only.rowCount() == 1
    assert page.statement_only.item(0, 1).text() == "SMS CHARGES"
    assert page.statement_only.item(0, 3).text() == "₹17.70"
    assert page.books_only.rowCount() == 1
    assert page.books_only.item(0, 3).text() == "₹700.00"
    assert BankReconciled.select().count() == 0
    screen.grab().save(str(SHOTS / "closing-reconciliation.png"))

    page.accept_button.click()
    assert {r.bank_date for r in BankReconciled.select()} == {date(2026, 5, 2), date(2026, 5, 4)}
    qtbot.waitUntil(lambda: page.matched.rowCount() == 0)
    qtbot.waitUntil(lambda: "reconciled balance ₹1,680.00" in page.position.text())

    page.books_only.selectRow(0)
    page.tick_button.click()
    assert BankReconciled.select().count() == 3
    qtbot.waitUntil(lambda: page.books_only.rowCount() == 0)

    # the ₹700 was ticked by mistake (not in the bank yet): un-tick it
    dialog = page.open_reconciled()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3)
    assert dialog.table.item(0, 4).text() == "₹700.00"  # the latest first, money in
    dialog.grab().save(str(SHOTS / "closing-untick.png"))
    dialog.table.selectRow(0)
    dialog.untick_button.click()
    assert BankReconciled.select().count() == 2
    assert AuditEntry.select().where(AuditEntry.action == "unreconcile").count() == 1
    assert dialog.message.text() == "1 entries un-ticked."
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    qtbot.waitUntil(lambda: page.books_only.rowCount() == 1)  # in the unmatched list again
    assert page.books_only.item(0, 3).text() == "₹700.00"
    assert "not reconciled: ₹700.00 in" in page.position.text()
    assert "1 entries un-ticked" in page.message.text()
    dialog.accept()


def test_a_file_with_unknown_columns_is_refused_on_screen(
    shop_file: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    money_setup.add_account(money_setup.NewAccount("SBI current", "bank", "4321", "SBIN0001234"))
    bad = tmp_path / "customers.csv"
    bad.write_text("Name,Phone,City\nRamesh,9822012345,Pune\n", encoding="utf-8")
    screen = _screen(qtbot)
    screen.show_reconciliation()
    page = screen.reconciliation
    page.import_file(bad)
    qtbot.waitUntil(lambda: page.message.text().startswith("Nothing imported."))
    assert "No row in the first 40 has the columns of a bank statement" in page.message.text()
    assert page.match is None
    assert BankReconciled.select().count() == 0


def test_with_no_app_password_a_closed_day_asks_plainly(
    shop_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = date.today()
    code = customer()
    screen = _screen(qtbot)
    qtbot.waitUntil(lambda: screen.daily.day is not None)
    screen.daily.close_button.click()
    draft = ReceiptDraft(code, today, 5000)

    def post(_confirmed: bool) -> object:
        return record_receipt(draft)

    monkeypatch.setattr(unusual_date, "_confirm_closed_day", lambda _parent, _reason: False)
    with pytest.raises(closed_days.ClosedDay):
        unusual_date.post_confirming(screen, post)
    assert money_accounts.balance(money_accounts.cash_account().id) == 0
    monkeypatch.setattr(unusual_date, "_confirm_closed_day", lambda _parent, _reason: True)
    unusual_date.post_confirming(screen, post)
    assert money_accounts.balance(money_accounts.cash_account().id) == 5000


def test_a_cash_expense_on_a_closed_day_is_saved_only_with_the_owners_password(
    shop_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    app_lock.set_password("owner-secret")
    today = date.today()
    screen = _screen(qtbot)
    qtbot.waitUntil(lambda: screen.daily.day is not None)
    screen.daily.close_button.click()
    assert DailyClosing.select().count() == 1
    screen.tabs.setCurrentWidget(screen.expense)
    form = screen.expense
    form.expense_date.set_date(today)
    form.head.setCurrentText("Tea & snacks")
    form.amount.setText("40")

    monkeypatch.setattr(unusual_date, "typed_password", lambda _parent, _reason: None)
    form.save_button.click()
    assert "needs the owner's password" in form.boxes["date"].error.text() + form.message.text()
    assert Expense.select().count() == 0

    monkeypatch.setattr(unusual_date, "typed_password", lambda _parent, _reason: "owner-secret")
    form.save_button.click()
    assert form.message.text().startswith("Saved EXP/")
    assert money_accounts.balance(money_accounts.cash_account().id) == -4000
