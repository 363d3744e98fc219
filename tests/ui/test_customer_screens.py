"""The Customers screen driven like a shopkeeper: search, filter, open, create, edit, deactivate."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from factories import make_customer
from questions import answer_next
from vyapar_lite.db.models import AuditEntry, Customer
from vyapar_lite.domain.contact import PHONE_RULE
from vyapar_lite.services import counters, customers
from vyapar_lite.ui.customers.customer_form import CustomerForm
from vyapar_lite.ui.customers.customers_screen import CustomersScreen
from vyapar_lite.ui.tablemodels.customer_table import CustomerTableModel


@pytest.fixture
def shop_with_customers(shop_file: Path) -> Path:
    make_customer(
        "Sharma Traders",
        phone="9822000001",
        city="Pune",
        customer_type="Dealer",
        category="Kirana",
        opening=150000,
    )
    make_customer("Shankar Rao", phone="9822000002", city="Nashik")
    make_customer("Meena Iyer", phone="9444000003", city="Chennai", category="School")
    return shop_file


def visible_names(screen: CustomersScreen) -> list[str]:
    model = screen.list_page.model
    return [model.data(model.index(r, 1)) for r in range(model.rowCount())]


def test_table_model_contract(qtmodeltester: object, shop_with_customers: Path) -> None:
    model = CustomerTableModel()
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_model_fetches_pages_lazily(shop_file: Path) -> None:
    for i in range(25):
        make_customer(f"Customer {i:02d}")
    model = CustomerTableModel()
    model.PAGE = 10
    model.reload()
    assert model.total == 26  # with CASH
    assert model.rowCount() == 10
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 20
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 26
    assert not model.canFetchMore(QModelIndex())


def test_search_as_you_type_and_filters(qtbot: QtBot, shop_with_customers: Path) -> None:
    screen = CustomersScreen()
    qtbot.addWidget(screen)
    page = screen.list_page
    assert "Sharma Traders" in visible_names(screen)

    qtbot.keyClicks(page.search, "sha")
    qtbot.waitUntil(lambda: visible_names(screen) == ["Shankar Rao", "Sharma Traders"])
    assert page.count_label.text() == "2 customers"

    page.type_filter.setCurrentIndex(page.type_filter.findData("Dealer"))
    assert visible_names(screen) == ["Sharma Traders"]

    page.type_filter.setCurrentIndex(0)
    page.search.clear()
    page.apply_filter()
    page.category_filter.setCurrentIndex(page.category_filter.findData("School"))
    assert visible_names(screen) == ["Meena Iyer"]

    page.category_filter.setCurrentIndex(0)
    page.dues_filter.setChecked(True)
    assert visible_names(screen) == ["Sharma Traders"]
    balance = page.model.data(page.model.index(0, 6))
    assert balance == "₹1,500.00"


def test_enter_opens_the_only_match(qtbot: QtBot, shop_with_customers: Path) -> None:
    screen = CustomersScreen()
    qtbot.addWidget(screen)
    page = screen.list_page
    qtbot.keyClicks(page.search, "meena")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)

    assert screen.stack.currentWidget() is screen.customer_page
    title = screen.customer_page.findChild(QLabel, "customer.title").text()
    assert "Meena Iyer" in title


def test_typing_in_the_table_goes_on_with_the_search(
    qtbot: QtBot, shop_with_customers: Path
) -> None:
    screen = CustomersScreen()
    qtbot.addWidget(screen)
    page = screen.list_page
    page.table.setFocus()
    qtbot.keyClicks(page.table, "mee")
    assert page.search.text() == "mee"


def test_customer_page_shows_balance_and_history(qtbot: QtBot, shop_with_customers: Path) -> None:
    code = Customer.get(Customer.name == "Sharma Traders").code
    customers.update_customer(
        code,
        customers.get_customer(code).details.__class__(
            **{**customers.get_customer(code).details.__dict__, "city": "Mumbai"}
        ),
    )
    screen = CustomersScreen()
    qtbot.addWidget(screen)
    screen.open_customer(code)
    page = screen.customer_page
    assert page.facts["Balance"].text() == "<b>₹1,500.00 to receive</b>"
    assert page.ledger_table.rowCount() == 1
    assert page.ledger_table.item(0, 1).text() == "Opening balance"
    history = page.history_table
    cells = [
        [history.item(r, c).text() for c in range(history.columnCount())]
        for r in range(history.rowCount())
    ]
    assert any(row[2] == "City" and row[3] == "Pune" and row[4] == "Mumbai" for row in cells)


def test_new_customer_form_checks_fields_as_you_leave_them(qtbot: QtBot, shop_file: Path) -> None:
    form = CustomerForm()
    qtbot.addWidget(form)
    assert not form.save_button.isEnabled()  # no name yet

    form.name_edit.setText("Ravi Kumar")
    form.phone_edit.setText("12345")
    form.phone_edit.editingFinished.emit()
    assert not form.save_button.isEnabled()
    error = form.findChild(QLabel, "customer.phone.error")
    assert error.text() == PHONE_RULE  # exactly what is accepted

    form.phone_edit.setText("98220 55555")
    form.phone_edit.editingFinished.emit()
    form.gstin_edit.setText("27AAPFU0939F1ZV")
    form.gstin_edit.editingFinished.emit()
    assert form.state_combo.currentData() == "27"
    assert form.pan_edit.text() == "AAPFU0939F"
    form.opening_edit.setText("2,500.50")
    form.opening_edit.editingFinished.emit()
    assert form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    saved = Customer.get(Customer.name == "Ravi Kumar")
    assert (saved.code, saved.phone, saved.gstin, saved.state_code) == (
        "C0001",
        "9822055555",
        "27AAPFU0939F1ZV",
        "27",
    )
    assert customers.balance(saved.code) == 250050


def test_gstin_for_another_state_is_flagged_on_the_tax_tab(qtbot: QtBot, shop_file: Path) -> None:
    form = CustomerForm()
    qtbot.addWidget(form)
    form.name_edit.setText("Kaveri Stores")
    form.state_combo.setCurrentIndex(form.state_combo.findData("29"))
    form.gstin_edit.setText("27AAPFU0939F1ZV")
    form.gstin_edit.editingFinished.emit()
    assert not form.save_button.isEnabled()
    assert "Maharashtra" in form.findChild(QLabel, "customer.gstin.error").text()
    assert form.tabs.tabText(1).endswith("⚠")


def test_a_gstin_fills_the_state_and_an_sez_unit_is_saved(qtbot: QtBot, shop_file: Path) -> None:
    form = CustomerForm()
    qtbot.addWidget(form)
    form.name_edit.setText("Kaveri SEZ Unit")
    form.sez_box.setChecked(True)
    form.gstin_edit.editingFinished.emit()
    assert "enter its GSTIN" in form.findChild(QLabel, "customer.is_sez.error").text()
    form.gstin_edit.setText("29AAGCB7383J1Z4")
    form.gstin_edit.editingFinished.emit()
    assert form.state_combo.currentData() == "29"
    assert form.save_button.isEnabled()

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    saved = Customer.get(Customer.name == "Kaveri SEZ Unit")
    assert (saved.state_code, saved.is_sez) == ("29", True)


def test_a_composition_dealer_needs_a_gstin_and_is_saved(qtbot: QtBot, shop_file: Path) -> None:
    form = CustomerForm()
    qtbot.addWidget(form)
    form.name_edit.setText("Patel Traders")
    form.composition_box.setChecked(True)
    form.gstin_edit.editingFinished.emit()
    error = form.findChild(QLabel, "customer.is_composition.error").text()
    assert "composition dealer is registered for GST: enter its GSTIN" in error
    assert not form.save_button.isEnabled()
    form.gstin_edit.setText("24AAACC1206D1ZM")
    form.gstin_edit.editingFinished.emit()
    assert form.save_button.isEnabled()

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    saved = Customer.get(Customer.name == "Patel Traders")
    assert (saved.state_code, saved.is_composition) == ("24", True)


def test_duplicate_phone_asks_before_saving(
    qtbot: QtBot, shop_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_customer("Asha Verma", phone="9822012345")
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    form = CustomerForm()
    qtbot.addWidget(form)
    form.name_edit.setText("Asha V.")
    form.phone_edit.setText("9822012345")
    form.validate()
    form.save()
    assert "C0001 Asha Verma has the same phone number" in asked[0]
    assert Customer.select().where(Customer.name == "Asha V.").count() == 0

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    form.save()
    assert Customer.select().where(Customer.name == "Asha V.").count() == 1


def test_escape_on_a_changed_form_asks_before_discarding(
    qtbot: QtBot, shop_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    form = CustomerForm()
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.name_edit, "Half typed")
    answer_next(asked)  # Enter: the default button, Keep
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert asked == ["The changes to this customer are not saved."]
    assert form.isVisible()
    assert form.name_edit.text() == "Half typed"
    answer_next(asked, button="drafts.ask.discard")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_edit_keeps_the_code_and_audits_the_change(qtbot: QtBot, shop_file: Path) -> None:
    account = make_customer("Old Name", city="Pune")
    form = CustomerForm(account.code)
    qtbot.addWidget(form)
    assert form.code_edit.isReadOnly()
    form.name_edit.setText("New Name")
    form.name_edit.editingFinished.emit()
    form.save()
    row = Customer.get(Customer.code == account.code)
    assert row.name == "New Name"
    change = AuditEntry.select().where(AuditEntry.action == "update").get()
    assert '"name": "New Name"' in change.after_json


def test_an_edit_over_a_change_made_meanwhile_says_so_and_reloads(
    qtbot: QtBot, shop_file: Path
) -> None:
    """Another counter saved the customer after this form opened: saving here says what changed
    and saves nothing; Enter (Reload) shows their change, and an edit after it saves."""
    account = make_customer("Asha Stores", phone="9822012345")
    form = CustomerForm(account.code)
    qtbot.addWidget(form)
    form.show()
    counters.set_current("Counter 2")  # the other counter
    other = customers.get_customer(account.code)
    customers.update_customer(
        account.code, replace(other.details, phone="9822099999"), opened=other.version
    )
    counters.set_current("Counter 1")
    form.city_edit.setText("Pune")
    form.city_edit.editingFinished.emit()
    asked: list[str] = []
    answer_next(asked)  # Enter: the default button, Yes (reload)
    form.save()
    assert len(asked) == 1
    assert asked[0].startswith("Changed at Counter 2 at ")
    assert "since you opened it: Phone: 9822012345 → 9822099999. Reload it?" in asked[0]
    row = Customer.get(Customer.code == account.code)
    assert (row.phone, row.city) == ("9822099999", "")  # nothing of this form saved
    assert form.isVisible()
    assert (form.phone_edit.text(), form.city_edit.text()) == ("9822099999", "")  # reloaded
    form.city_edit.setText("Pune")
    form.city_edit.editingFinished.emit()
    form.save()
    row = Customer.get(Customer.code == account.code)
    assert (row.phone, row.city) == ("9822099999", "Pune")


def test_deactivate_from_the_page(
    qtbot: QtBot, shop_with_customers: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("moved away", True))
    code = Customer.get(Customer.name == "Shankar Rao").code
    screen = CustomersScreen()
    qtbot.addWidget(screen)
    screen.open_customer(code)
    qtbot.mouseClick(screen.customer_page.active_button, Qt.MouseButton.LeftButton)

    assert not Customer.get(Customer.code == code).is_active
    assert "Shankar Rao" not in visible_names(screen)  # the list hides inactive by default
    assert screen.customer_page.active_button.text() == "Reactivate"


def test_cash_customer_cannot_be_deactivated_or_given_credit(qtbot: QtBot, shop_file: Path) -> None:
    screen = CustomersScreen()
    qtbot.addWidget(screen)
    screen.open_customer("CASH")
    assert not screen.customer_page.active_button.isEnabled()
    form = CustomerForm("CASH")
    qtbot.addWidget(form)
    assert not form.credit_edit.isEnabled()


def test_short_text_is_searched_on_enter(qtbot: QtBot, shop_with_customers: Path) -> None:
    screen = CustomersScreen()
    qtbot.addWidget(screen)
    page = screen.list_page
    qtbot.keyClicks(page.search, "me")
    qtbot.wait(300)  # longer than the typing pause: nothing is searched yet
    assert "Meena Iyer" in visible_names(screen) and len(visible_names(screen)) > 1
    assert "Type 3 characters" in page.count_label.text()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert visible_names(screen) == ["Meena Iyer"]
