"""The Sales screen (list, menu keys, orders), the customer page's transactions, the settings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from sales_factories import SalesShop, stock_the_shop
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import items, orders, payments, sales, sales_settings
from vyapar_lite.services.orders import OrderDraft
from vyapar_lite.services.sales import DocumentView, InvoiceDraft
from vyapar_lite.ui.customers.customers_screen import CustomersScreen
from vyapar_lite.ui.main_window import MainWindow
from vyapar_lite.ui.sales.document_dialog import DocumentDialog
from vyapar_lite.ui.sales.line_grid import QTY
from vyapar_lite.ui.sales.order_dialog import NOW, OrderDialog
from vyapar_lite.ui.sales.reason_dialog import ReasonDialog
from vyapar_lite.ui.sales.sales_screen import SalesScreen
from vyapar_lite.ui.settings.sales_settings import SalesSettingsGroup


@pytest.fixture
def stocked(shop_file: Path) -> SalesShop:
    return stock_the_shop()


def line(code: str, qty_milli: int) -> LineInput:
    d = items.get_item(code).details
    return LineInput(d.name, qty_milli, d.sale_price, d.gst_rate_bp, item_code=code)


def post(customer: str, *lines: LineInput, received: int = 0) -> DocumentView:
    return sales.post_invoice(InvoiceDraft(customer, date.today(), list(lines), received=received))


def numbers(screen: SalesScreen) -> list[str]:
    return [row.number for row in screen.list_page.table.rows]


def test_the_list_searches_filters_and_opens(qtbot: QtBot, stocked: SalesShop) -> None:
    first = post(stocked.dealer, line("OIL1", 1000))
    second = post(stocked.outstation, line("TIFFIN", 1000))
    note = sales.post_credit_note(
        first.number, doc_date=date.today(), returns={1: 1000}, reason="Returned"
    )
    order = orders.create_order(
        OrderDraft(stocked.dealer, date.today(), [line("RICE5", 2000)], advance=10000)
    )
    screen = SalesScreen()
    qtbot.addWidget(screen)
    screen.list_page.refresh()
    assert set(numbers(screen)) == {first.number, second.number, note.number, order.number}
    assert screen.list_page.count_label.text() == "4 documents"

    qtbot.keyClicks(screen.list_page.search, "bengal")
    qtbot.waitUntil(lambda: numbers(screen) == [second.number])
    screen.list_page.search.clear()
    kind = screen.list_page.kind_filter
    kind.setCurrentIndex(kind.findData("credit_note"))
    assert numbers(screen) == [note.number]
    kind.setCurrentIndex(kind.findData("order"))
    assert numbers(screen) == [order.number]
    row = screen.list_page.table.rows[0]
    assert row.total == "1 line to invoice" and row.outstanding == "advance 100.00"

    kind.setCurrentIndex(kind.findData("invoice"))
    table = screen.list_page.table
    assert table.item(0, 2).text() == second.number
    assert table.item(0, 5).text() == "496.00"  # nothing received yet
    opened = screen.open_document("invoice", second.number)
    assert isinstance(opened, DocumentDialog)
    qtbot.addWidget(opened)
    assert opened.doc.number == second.number
    with qtbot.waitSignal(table.open_requested) as signal:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert signal.args == ["invoice", second.number]


def test_the_sales_menu_keys_work_from_any_screen(qtbot: QtBot, shop_file: Path) -> None:
    stocked_file = shop_file
    window = MainWindow(stocked_file)
    qtbot.addWidget(window)
    window.show()
    menu = window.findChild(QMenu, "menu.sales")
    assert [a.text() for a in menu.actions()] == [
        "New &invoice",
        "New sale &order",
        "&Find a sales document",
    ]
    new_invoice = window.findChild(QAction, "action.sales.new_invoice")
    assert [k.toString() for k in new_invoice.shortcuts()] == ["Ctrl+I", "F8"]
    window.show_screen("customers")
    new_invoice.trigger()
    sales_screen = window.pages["sales"]
    assert isinstance(sales_screen, SalesScreen)
    assert window.stack.currentWidget() is sales_screen
    assert sales_screen.stack.currentWidget() is sales_screen.invoice_form
    window.findChild(QAction, "action.sales.new_order").trigger()
    assert sales_screen.stack.currentWidget() is sales_screen.order_form
    window.findChild(QAction, "action.sales.find").trigger()
    assert sales_screen.stack.currentWidget() is sales_screen.list_page


def test_an_order_booked_converted_in_part_and_cancelled(qtbot: QtBot, stocked: SalesShop) -> None:
    screen = SalesScreen()
    qtbot.addWidget(screen)
    screen.resize(1200, 700)
    screen.show()
    form = screen.new_order()
    assert form.picker.code() == ""
    form.picker.set_code(stocked.dealer)
    form.grid.commit_item(0, "", "RICE5")
    form.grid.cell(0, QTY).setText("4")
    form.advance_edit.setText("500")
    form.refresh_preview()
    assert form.totals.values["grand_total"].text() == "₹2,520.00"  # 4 x 600 + 5%
    order = form.save()
    assert order is not None and order.advance == 50000
    assert order.number in numbers(screen)

    dialog = OrderDialog(order.number, on_convert=screen.invoice_from_draft)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, NOW).text() == "4"  # all that is left, to start with
    dialog.table.item(0, NOW).setText("1")
    dialog.convert()
    invoice_form = screen.invoice_form
    assert screen.stack.currentWidget() is invoice_form
    assert invoice_form.order_number == order.number
    invoice_form.refresh_preview()
    doc = invoice_form.save()
    assert doc is not None and doc.order_number == order.number
    assert doc.received == 50000  # the advance, allocated to it
    assert doc.outstanding == doc.totals.grand_total - 50000

    again = OrderDialog(order.number)
    qtbot.addWidget(again)
    assert "Partly invoiced" in again.title.text()
    assert again.table.item(0, 3).text() == "1 bag"  # invoiced
    assert again.table.item(0, NOW).text() == "3"
    again.table.item(0, NOW).setText("9")
    assert again.invoice_draft() is None
    assert "at most 3 is still to invoice" in again.messages.text()

    def reason() -> None:
        modal = QApplication.activeModalWidget()
        assert isinstance(modal, ReasonDialog)
        modal.reason_edit.setText("Customer changed their mind")
        modal.ok_button.click()

    QTimer.singleShot(50, reason)
    assert again.cancel_order() is True
    assert orders.get_order(order.number).status == "cancelled"
    assert not again.convert_button.isEnabled()


def test_customer_page_lists_documents_and_keeps_the_ledger(
    qtbot: QtBot, stocked: SalesShop
) -> None:
    paid = post(stocked.dealer, line("OIL1", 1000), received=16300)
    owed = post(stocked.dealer, line("TIFFIN", 1000))
    order = orders.create_order(OrderDraft(stocked.dealer, date.today(), [line("RICE5", 1000)]))
    screen = CustomersScreen()
    qtbot.addWidget(screen)
    screen.open_customer(stocked.dealer)
    page = screen.customer_page
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs[:2] == ["&Transactions", "&Ledger"]
    table = page.documents_tab.table
    rows = {r.number: r for r in table.rows}
    (counter,) = payments.customer_receipts(stocked.dealer)  # paid with the first invoice
    assert set(rows) == {paid.number, owed.number, order.number, counter.number}
    assert rows[counter.number].kind == "counter"
    assert rows[paid.number].outstanding == "0.00"
    assert rows[owed.number].outstanding == "496.00"
    assert rows[order.number].status == "open"
    assert page.documents_tab.summary.text() == "2 posted invoices, ₹496.00 outstanding on them"
    assert page.ledger_table.rowCount() == 3  # two invoices and the receipt

    row = next(i for i, r in enumerate(table.rows) if r.number == owed.number)
    with qtbot.waitSignal(table.open_requested):
        table.cellDoubleClicked.emit(row, 0)
    opened = page.documents_tab.open("invoice", owed.number)
    assert isinstance(opened, DocumentDialog)
    qtbot.addWidget(opened)
    assert opened.cancel_invoice("Entered twice")
    # the page heard about it: balance and list moved
    assert page.facts["Balance"].text() == "<b>Nil</b>"
    cancelled = next(r for r in page.documents_tab.table.rows if r.number == owed.number)
    assert cancelled.status == "cancelled" and cancelled.outstanding == ""


def test_sales_settings(qtbot: QtBot, shop_file: Path) -> None:
    group = SalesSettingsGroup()
    qtbot.addWidget(group)
    assert group.round_box.isChecked()
    assert group.earn_edit.text() == "100.00"
    assert "1 point for every ₹100.00 spent" in group.explain.text()
    group.round_box.setChecked(False)
    group.earn_edit.setText("50")
    group.value_edit.setText("2,000")
    assert group.save() is None
    assert group.boxes["point_value_paise"].error.text().startswith("A point's value is")
    group.value_edit.setText("0.50")
    assert group.save() is not None
    assert sales_settings.get() == sales_settings.SalesSettings(False, 5000, 50)
    assert group.status.text() == "Saved."


def test_an_order_typed_from_the_keyboard(qtbot: QtBot, stocked: SalesShop) -> None:
    screen = SalesScreen()
    qtbot.addWidget(screen)
    screen.resize(1200, 700)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    form = screen.new_order()

    def focused() -> object:
        return form.focusWidget()

    qtbot.keyClicks(form.picker.edit, "bengal")
    qtbot.keyClick(form.picker.edit, Qt.Key.Key_Return)
    assert form.picker.code() == stocked.outstation
    editor = focused()
    qtbot.keyClicks(editor, "tiffin")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(focused(), "5")
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # empty line: on to the advance
    assert focused() is form.advance_edit
    qtbot.keyClicks(form.advance_edit, "1000")
    qtbot.keyClick(form.advance_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    booked = orders.open_orders(stocked.outstation)
    assert [(o.advance, [(ln.item_code, ln.qty_milli) for ln in o.lines]) for o in booked] == [
        (100000, [("TIFFIN", 5000)])
    ]
    assert booked[0].number in form.messages.text()


def test_after_saving_the_invoice_opens_in_its_window(qtbot: QtBot, stocked: SalesShop) -> None:
    screen = SalesScreen()
    qtbot.addWidget(screen)
    form = screen.new_invoice()
    form.picker.set_code(stocked.dealer)
    form.grid.commit_item(0, "", "OIL1")
    doc = form.save()
    assert doc is not None
    assert doc.number in numbers(screen)  # the list heard about it
    form.saved_bar.open_button.click()
    windows = [w for w in screen.findChildren(DocumentDialog) if w.doc.number == doc.number]
    assert len(windows) == 1
    qtbot.addWidget(windows[0])
