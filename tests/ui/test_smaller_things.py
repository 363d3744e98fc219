"""The smaller things of issue 15 item 9, each on the real screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from factories import make_customer
from questions import answer_next
from report_builders import SHOP_GSTIN
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.domain.words import counted
from vyapar_lite.services import categories, shop
from vyapar_lite.ui.customers.customer_form import CustomerForm
from vyapar_lite.ui.customers.customers_screen import CustomersScreen
from vyapar_lite.ui.last_folder import in_last_folder, last_folder
from vyapar_lite.ui.main_window import MainWindow
from vyapar_lite.ui.payments.payments_screen import PaymentsScreen
from vyapar_lite.ui.reports.reports_screen import ReportsScreen
from vyapar_lite.ui.sales.invoice_form import InvoiceForm
from vyapar_lite.ui.sales.line_grid import QTY, RATE
from vyapar_lite.ui.sales.sales_screen import SalesScreen
from vyapar_lite.ui.settings.customer_settings import CustomerSettings
from vyapar_lite.ui.settings.settings_page import SettingsPage


def window_on(qtbot: QtBot) -> MainWindow:
    window = MainWindow(Path("shop.vyapar"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def on_a_customer_s_page(qtbot: QtBot) -> tuple[MainWindow, CustomersScreen, str]:
    code = make_customer("Asha Verma").code
    window = window_on(qtbot)
    window.go_to("customers")
    customers = window.page("customers")
    assert isinstance(customers, CustomersScreen)
    customers.open_customer(code)
    return window, customers, code


def press(window: MainWindow, keys: str) -> None:
    """What a menu shortcut does: trigger the action that owns it."""
    for action in window.findChildren(type(window.menuBar().actions()[0])):
        if QKeySequence(keys) in action.shortcuts():
            action.trigger()
            return
    raise AssertionError(f"no action for {keys}")


def test_one_customer_not_one_customers(qtbot: QtBot, shop_file: Path) -> None:
    assert counted(1, "customer") == "1 customer"
    assert counted(2500, "customer") == "2,500 customers"
    assert counted(1, "entry") == "1 entry" and counted(3, "entry") == "3 entries"
    categories.add_category("Regular")
    make_customer("Asha Verma", category="Regular")
    page = CustomerSettings()
    qtbot.addWidget(page)
    texts = [page.list.item(i).text() for i in range(page.list.count())]
    assert any(t.endswith("(1 customer)") for t in texts), texts


def test_the_backups_heading_is_shown_once(qtbot: QtBot, shop_file: Path) -> None:
    page = SettingsPage()
    qtbot.addWidget(page)
    headings = [w.text() for w in page.findChildren(QLabel) if "Backups" in w.text()]
    from PySide6.QtWidgets import QGroupBox

    titles = [g.title() for g in page.findChildren(QGroupBox) if g.title() == "Backups"]
    assert len(headings) + len(titles) == 1


def test_tabbing_past_an_empty_name_says_it_is_needed(qtbot: QtBot, shop_file: Path) -> None:
    form = CustomerForm()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    form.name_edit.setFocus()
    qtbot.waitUntil(form.name_edit.hasFocus)
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Tab)
    error = form.findChild(QLabel, "customer.name.error")
    assert error is not None and error.isVisible()
    assert error.text() == "Enter the customer's name"
    assert not form.dirty  # only looked at, nothing typed: Esc closes without asking


def test_the_shop_s_own_gstin_on_a_customer_warns(qtbot: QtBot, shop_file: Path) -> None:
    shop.save_profile(ShopProfile(name="Test Traders", state_code="27", gstin=SHOP_GSTIN))
    form = CustomerForm()
    qtbot.addWidget(form)
    form.name_edit.setText("Branch")
    form.gstin_edit.setText(SHOP_GSTIN.lower())
    form.gstin_edit.editingFinished.emit()
    assert not form.gstin_warning.isHidden()
    assert "your shop's own GSTIN" in form.gstin_warning.text()
    form.gstin_edit.setText("29AAGCB7383J1Z4")
    form.gstin_edit.editingFinished.emit()
    assert form.gstin_warning.isHidden()


def test_escape_asks_on_a_changed_form_keeping_it_by_default_and_closes_an_unchanged_one(
    qtbot: QtBot, shop_file: Path
) -> None:
    asked: list[str] = []
    form = CustomerForm()
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.name_edit, "Half typed")
    answer_next(asked)  # Enter: the default button keeps the work
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert asked == ["The changes to this customer are not saved."] and form.isVisible()

    unchanged = CustomerForm(make_customer("Asha Verma").code)
    qtbot.addWidget(unchanged)
    unchanged.show()
    qtbot.keyClick(unchanged, Qt.Key.Key_Escape)
    assert not unchanged.isVisible() and len(asked) == 1


def test_ctrl_i_and_ctrl_r_on_a_customer_s_page_start_with_that_customer(
    qtbot: QtBot, shop_file: Path
) -> None:
    window, customers, code = on_a_customer_s_page(qtbot)
    press(window, "Ctrl+I")
    sales = window.page("sales")
    assert isinstance(sales, SalesScreen) and window.current_key() == "sales"
    assert sales.invoice_form.picker.code() == code

    window.go_to("customers")
    customers.open_customer(code)
    press(window, "Ctrl+R")
    payments = window.page("payments")
    assert isinstance(payments, PaymentsScreen) and window.current_key() == "payments"
    assert payments.receipt_form.picker.code() == code

    window.go_to("customers")  # from the list, no customer is assumed
    press(window, "Ctrl+I")
    assert sales.invoice_form.picker.code() == "CASH"


def test_ctrl_2_and_ctrl_6_put_the_keyboard_where_work_starts(
    qtbot: QtBot, shop_file: Path
) -> None:
    window, customers, _code = on_a_customer_s_page(qtbot)
    press(window, "Ctrl+2")
    assert customers.stack.currentWidget() is customers.list_page
    qtbot.waitUntil(customers.list_page.search.hasFocus)

    press(window, "Ctrl+6")
    reports = window.page("reports")
    assert isinstance(reports, ReportsScreen)
    statement = reports.page("statement")
    first = statement.first_input()
    assert first is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (first, first.focusProxy()))


def test_tab_from_qty_goes_to_rate(qtbot: QtBot, shop_file: Path) -> None:
    form = InvoiceForm()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    grid = form.grid
    grid.go_to(0, QTY)
    qtbot.waitUntil(lambda: bool(grid.delegate.cells))
    editor = next(e for e, (_r, c) in grid.delegate.cells.items() if c == QTY)
    qtbot.keyClicks(editor, "3")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert (grid.currentRow(), grid.currentColumn()) == (0, RATE)
    qtbot.keyClick(grid, Qt.Key.Key_Backtab)
    assert (grid.currentRow(), grid.currentColumn()) == (0, QTY)


def test_every_save_dialog_opens_in_the_last_folder_used(tmp_path: Path, qtbot: QtBot) -> None:
    from vyapar_lite.ui.last_folder import remember_folder

    exports = tmp_path / "exports"
    exports.mkdir()
    remember_folder(exports / "balances.xlsx")  # a report exported there
    assert last_folder() == exports
    assert in_last_folder("INV-2026-27-0001.pdf") == str(exports / "INV-2026-27-0001.pdf")
