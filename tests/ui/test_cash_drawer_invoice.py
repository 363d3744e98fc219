"""The cash drawer on the invoice and order forms: hidden while the shop has one cash account;
with a cash account per counter, shown for cash (not for UPI) on this PC's drawer, walked by
Enter after the mode, and the money taken with the sale (or the order's advance) lands in the
drawer picked; a drawer closed meanwhile is refused beside the lines, with nothing saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from sales_factories import SalesShop, stock_the_shop
from vyapar_lite.db.models import SalesDoc
from vyapar_lite.db.money_models import MoneyAccount, MoneyEntry
from vyapar_lite.services import money_accounts, money_setup, orders
from vyapar_lite.ui.money import drawer
from vyapar_lite.ui.sales.invoice_form import InvoiceForm
from vyapar_lite.ui.sales.line_grid import QTY
from vyapar_lite.ui.sales.order_form import OrderForm

ENTER = Qt.Key.Key_Return
TIFFIN = 49600  # Steel Tiffin Box: ₹420 + 18% = ₹495.60, rounded to the rupee


@pytest.fixture(autouse=True)
def no_drawer_remembered() -> None:
    QSettings().remove(drawer.SETTING)


@pytest.fixture
def stocked(shop_file: Path) -> SalesShop:
    return stock_the_shop()


@pytest.fixture
def counter2(stocked: SalesShop) -> int:
    """A second counter's drawer, and this PC is that counter."""
    account = money_setup.add_account(money_setup.NewAccount("Counter 2", "cash"))
    drawer.remember_drawer("Counter 2")
    return account.id


def show(qtbot: QtBot, form: QWidget) -> None:
    qtbot.addWidget(form)
    form.resize(1200, 720)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def sell_a_tiffin(qtbot: QtBot, form: InvoiceForm | OrderForm) -> None:
    """One Steel Tiffin Box typed into line 1; the preview shown."""
    form.grid.start_typing()
    qtbot.keyClicks(focused(), "TIFFIN")
    qtbot.keyClick(focused(), ENTER)
    assert form.grid.currentColumn() == QTY
    qtbot.keyClick(focused(), ENTER, Qt.KeyboardModifier.ControlModifier)
    form.refresh_preview()


def balances() -> dict[str, int]:
    return {b.account.name: b.balance for b in money_accounts.balances(kind="cash")}


def test_with_one_cash_account_the_invoice_shows_no_drawer(
    qtbot: QtBot, stocked: SalesShop
) -> None:
    form = InvoiceForm()
    show(qtbot, form)
    sell_a_tiffin(qtbot, form)

    assert not form.pay.drawer.isVisible()
    assert not form.pay.captions[form.pay.drawer].isVisible()
    form.grab().save("/tmp/m19b/invoice_one_cash.png")
    assert form.save() is not None, form.messages.text()
    assert balances() == {"Cash": TIFFIN}


def test_a_walk_in_sale_takes_its_cash_into_this_counters_drawer(
    qtbot: QtBot, counter2: int
) -> None:
    form = InvoiceForm()
    show(qtbot, form)
    picker = form.pay.drawer

    assert picker.isVisible() and form.pay.captions[picker].isVisible()
    assert form.pay.captions[picker].text().replace("&", "") == "Cash drawer"
    assert [picker.itemText(i) for i in range(picker.count())] == ["Cash", "Counter 2"]
    assert picker.currentText() == "Counter 2"
    sell_a_tiffin(qtbot, form)
    qtbot.keyClick(focused(), ENTER)  # an empty Item cell: on to the money taken
    assert focused() is form.received_edit
    assert form.received_edit.paise() == TIFFIN  # a walk-in pays it all
    qtbot.keyClick(focused(), ENTER)
    assert focused() is form.mode_combo
    qtbot.keyClick(focused(), ENTER)
    assert focused() is picker  # the drawer comes next, for cash
    form.grab().save("/tmp/m19b/invoice_two_drawers.png")

    form.mode_combo.setCurrentIndex(form.mode_combo.findData("upi"))
    assert not picker.isVisible()  # UPI's money goes to its bank
    form.mode_combo.setCurrentIndex(form.mode_combo.findData("cash"))
    assert picker.isVisible()
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.last_saved is not None, form.messages.text()
    assert balances() == {"Cash": 0, "Counter 2": TIFFIN}

    form.new_invoice()  # the next sale, paid into the main Cash by a pick here
    assert picker.currentText() == "Counter 2"
    picker.setCurrentIndex(picker.findText("Cash"))
    picker.activated.emit(picker.currentIndex())  # the user's pick, as a click makes it
    assert QSettings().value(drawer.SETTING) == "Cash"  # this PC's drawer from now on
    sell_a_tiffin(qtbot, form)
    assert form.save() is not None, form.messages.text()
    assert balances() == {"Cash": TIFFIN, "Counter 2": TIFFIN}


def test_a_drawer_closed_meanwhile_is_refused_beside_the_lines_and_nothing_saved(
    qtbot: QtBot, counter2: int
) -> None:
    form = InvoiceForm()
    show(qtbot, form)
    assert form.pay.drawer.currentText() == "Counter 2"
    MoneyAccount.update(active=False).where(MoneyAccount.id == counter2).execute()
    sell_a_tiffin(qtbot, form)

    assert "Counter 2 is closed; choose an account in use" in form.messages.text()
    assert "#b00020" in form.pay.drawer.styleSheet()
    assert form.totals.values["grand_total"].text() == "₹496.00"  # still what to take
    assert form.received_edit.paise() == TIFFIN
    assert not form.save_button.isEnabled()
    assert form.save() is None
    assert (SalesDoc.select().count(), MoneyEntry.select().count()) == (0, 0)

    form.new_invoice()  # the closed drawer is no longer offered: the only drawer left is Cash
    assert not form.pay.drawer.isVisible()
    assert form.pay.drawer.styleSheet() == ""
    sell_a_tiffin(qtbot, form)
    assert form.save() is not None, form.messages.text()
    assert balances() == {"Cash": TIFFIN}


def test_an_orders_advance_goes_into_this_counters_drawer(
    qtbot: QtBot, stocked: SalesShop, counter2: int
) -> None:
    form = OrderForm()
    show(qtbot, form)
    assert form.picker.set_code(stocked.dealer)
    sell_a_tiffin(qtbot, form)
    assert form.pay.drawer.isVisible() and form.pay.drawer.currentText() == "Counter 2"
    form.advance_edit.setText("100")
    form.grab().save("/tmp/m19b/order_two_drawers.png")

    order = form.save()
    assert order is not None, form.messages.text()
    assert orders.get_order(order.number).advance == 10000
    assert balances() == {"Cash": 0, "Counter 2": 10000}


def test_in_hindi_the_drawer_and_its_refusal_read_in_hindi(
    qtbot: QtBot, counter2: int, qapp: QApplication
) -> None:
    from vyapar_lite.ui import language

    assert language.start(qapp, "hi") == "hi"
    try:
        form = InvoiceForm()
        show(qtbot, form)
        caption = form.pay.captions[form.pay.drawer]
        assert caption.text() == "नकद दराज़ (&W)"
        MoneyAccount.update(active=False).where(MoneyAccount.id == counter2).execute()
        sell_a_tiffin(qtbot, form)
        assert "Counter 2 बंद है; चालू खाता चुनें" in form.messages.text()
        form.grab().save("/tmp/m19b/invoice_drawer_hindi.png")
    finally:
        language.start(qapp, "en")
