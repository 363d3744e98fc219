"""The Items screen driven like a shopkeeper: search, filter, form, stock, deactivate, Excel."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QInputDialog, QLabel
from pytestqt.qtbot import QtBot

from factories import make_item
from questions import answer_next
from sheet_files import item_row, write_item_sheet
from vyapar_lite.db.models import AuditEntry, Item
from vyapar_lite.domain.item import TypePrice
from vyapar_lite.services import gst_rates, items
from vyapar_lite.ui.items.item_form import ItemForm
from vyapar_lite.ui.items.items_screen import ItemsScreen
from vyapar_lite.ui.items.stock_dialog import StockDialog
from vyapar_lite.ui.tablemodels.item_table import ItemTableModel


@pytest.fixture
def shop_with_items(shop_file: Path) -> Path:
    make_item("Basmati Rice 5 kg", code="RICE5", hsn_sac="10063020", unit="bag",
              sale_price=67500, price_includes_tax=True, gst_rate_bp=500,
              opening_stock=40000, low_stock_milli=8000)  # fmt: skip
    make_item("Cow Ghee 1 l", hsn_sac="04059020", unit="bottle", sale_price=65000,
              gst_rate_bp=500, opening_stock=4000, low_stock_milli=5000)  # fmt: skip
    make_item("Ball Pen", hsn_sac="96081019", sale_price=1000)
    old = make_item("Old Soap", sale_price=2500)
    items.set_active(old.code, False)
    return shop_file


def names(screen: ItemsScreen) -> list[str]:
    model = screen.list_page.model
    return [model.data(model.index(r, 1)) for r in range(model.rowCount())]


def cells(screen: ItemsScreen, name: str) -> list[str]:
    model = screen.list_page.model
    row = names(screen).index(name)
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_table_model_contract(qtmodeltester: object, shop_with_items: Path) -> None:
    qtmodeltester.check(ItemTableModel())  # type: ignore[attr-defined]


def test_model_fetches_pages_lazily(shop_file: Path) -> None:
    for i in range(25):
        make_item(f"Item {i:02d}")
    model = ItemTableModel()
    model.PAGE = 10
    model.reload()
    assert (model.total, model.rowCount()) == (25, 10)
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 25
    assert not model.canFetchMore(QModelIndex())


def test_the_list_shows_prices_rates_and_stock(qtbot: QtBot, shop_with_items: Path) -> None:
    screen = ItemsScreen()
    qtbot.addWidget(screen)

    assert names(screen) == ["Ball Pen", "Basmati Rice 5 kg", "Cow Ghee 1 l"]
    assert cells(screen, "Basmati Rice 5 kg") == [
        "RICE5", "Basmati Rice 5 kg", "10063020", "bag", "₹675.00 incl. tax", "5%", "40", "Active",
    ]  # fmt: skip
    assert cells(screen, "Cow Ghee 1 l")[6] == "4 low"
    assert cells(screen, "Ball Pen")[4:7] == ["₹10.00", "18%", "—"]
    assert screen.list_page.count_label.text() == "3 items"


def test_search_as_you_type_and_filters(qtbot: QtBot, shop_with_items: Path) -> None:
    screen = ItemsScreen()
    qtbot.addWidget(screen)
    page = screen.list_page

    qtbot.keyClicks(page.search, "ghee")
    qtbot.waitUntil(lambda: names(screen) == ["Cow Ghee 1 l"])
    page.search.clear()
    qtbot.keyClicks(page.search, "1006")
    qtbot.waitUntil(lambda: names(screen) == ["Basmati Rice 5 kg"])
    page.search.clear()
    page.apply_filter()

    page.low_filter.setChecked(True)
    assert names(screen) == ["Cow Ghee 1 l"]
    assert page.count_label.text() == "1 item"
    page.low_filter.setChecked(False)
    page.status_filter.setCurrentIndex(page.status_filter.findData("inactive"))
    assert names(screen) == ["Old Soap"]
    page.status_filter.setCurrentIndex(page.status_filter.findData("all"))
    assert len(names(screen)) == 4


def test_enter_in_the_search_opens_the_only_match(
    qtbot: QtBot, shop_with_items: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(ItemsScreen, "edit_item", lambda _self, code: opened.append(code))
    screen = ItemsScreen()
    qtbot.addWidget(screen)
    qtbot.keyClicks(screen.list_page.search, "rice5")
    qtbot.keyClick(screen.list_page.search, Qt.Key.Key_Return)
    assert opened == ["RICE5"]


def test_new_item_form_checks_fields_as_you_leave_them(qtbot: QtBot, shop_file: Path) -> None:
    form = ItemForm()
    qtbot.addWidget(form)
    assert not form.save_button.isEnabled()  # no name yet
    assert form.code_edit.placeholderText() == "I0001 (leave blank)"

    form.name_edit.setText("Amul Butter 500 g")
    form.hsn_edit.setText("04051")
    form.hsn_edit.editingFinished.emit()
    assert not form.save_button.isEnabled()
    error = form.findChild(QLabel, "item.hsn_sac.error")
    assert error.text() == "An HSN code has 4, 6 or 8 digits, e.g. 1006 or 10063020"
    assert form.tabs.tabText(0).endswith("⚠")

    form.hsn_edit.setText("04051000")
    form.hsn_edit.editingFinished.emit()
    assert error.isHidden()
    form.price_edit.setText("285")
    form.price_edit.editingFinished.emit()
    form.rate_combo.setCurrentIndex(form.rate_combo.findData(500))
    assert form.uqc_combo.currentData() == "PCS"  # the default unit's code
    form.unit_combo.setCurrentText("Pack")
    assert form.uqc_combo.currentData() == "PAC"  # follows the unit until chosen by hand
    form.track_box.setChecked(True)
    form.low_edit.setText("5")
    form.opening_edit.setText("24")
    form.opening_edit.editingFinished.emit()
    price, discount = form.type_price_edits["Dealer"]
    price.setText("260")
    discount.setText("5")
    discount.editingFinished.emit()
    assert not form.save_button.isEnabled()
    assert form.findChild(QLabel, "item.discount.Dealer.error").text() == (
        "Give Dealer either its own price or a discount, not both"
    )
    assert form.tabs.tabText(2).endswith("⚠")
    discount.clear()
    discount.editingFinished.emit()
    assert form.save_button.isEnabled()

    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert saved.args == ["I0001"]
    record = items.get_item("I0001")
    d = record.details
    assert (d.name, d.hsn_sac, d.unit, d.sale_price, d.gst_rate_bp) == (
        "Amul Butter 500 g", "04051000", "pack", 28500, 500,
    )  # fmt: skip
    assert (d.track_stock, d.low_stock_milli, record.stock_milli) == (True, 5000, 24000)
    assert d.type_prices == {"Dealer": TypePrice(26000, None)}
    assert d.uqc == "PAC"


def test_a_chosen_gst_unit_code_stays_when_the_unit_changes(qtbot: QtBot, shop_file: Path) -> None:
    form = ItemForm()
    qtbot.addWidget(form)
    form.name_edit.setText("Ball pens")
    form.uqc_combo.setCurrentIndex(form.uqc_combo.findData("NOS"))
    form.unit_combo.setCurrentText("box")
    assert form.uqc_combo.currentText() == "NOS - Numbers"

    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    d = items.get_item("I0001").details
    assert (d.unit, d.uqc) == ("box", "NOS")  # the bill says box, returns say NOS
    reopened = ItemForm("I0001")
    qtbot.addWidget(reopened)
    assert reopened.uqc_combo.currentData() == "NOS"


def test_a_typing_mistake_in_a_number_is_shown_under_it(qtbot: QtBot, shop_file: Path) -> None:
    form = ItemForm()
    qtbot.addWidget(form)
    form.name_edit.setText("Sugar")
    form.price_edit.setText("46.505")
    form.price_edit.editingFinished.emit()
    form.track_box.setChecked(True)
    form.low_edit.setText("2.0005")
    form.low_edit.editingFinished.emit()

    assert form.findChild(QLabel, "item.sale_price.error").text() == (
        "An amount can have at most 2 digits after the decimal point (paise)"
    )
    assert form.findChild(QLabel, "item.low_stock_milli.error").text() == (
        "A quantity can have at most 3 digits after the decimal point"
    )
    assert not form.save_button.isEnabled()


def test_a_new_item_starts_at_the_shops_usual_rate(qtbot: QtBot, shop_with_items: Path) -> None:
    form = ItemForm()
    qtbot.addWidget(form)
    assert form.rate_combo.currentText() == "5%"  # two of the shop's items have 5%


def test_edit_keeps_the_code_and_a_rate_since_deactivated(
    qtbot: QtBot, shop_with_items: Path
) -> None:
    code = Item.get(Item.name == "Ball Pen").code
    gst_rates.set_rate_active(1800, False)
    form = ItemForm(code)
    qtbot.addWidget(form)
    assert form.code_edit.isReadOnly()
    assert form.rate_combo.currentText() == "18%"
    assert form.findChild(QLabel, "item.stock").text() == "Not tracked"

    form.name_edit.setText("Ball Pen (blue)")
    form.name_edit.editingFinished.emit()
    form.save()

    assert items.get_item(code).details.name == "Ball Pen (blue)"
    assert items.get_item(code).details.gst_rate_bp == 1800
    change = AuditEntry.select().where(AuditEntry.action == "update").get()
    assert '"name": "Ball Pen (blue)"' in change.after_json


def test_edit_shows_type_prices_and_stock(qtbot: QtBot, shop_file: Path) -> None:
    made = make_item(
        "Biscuits",
        opening_stock=12500,
        type_prices={"Dealer": TypePrice(0, None), "Wholesaler": TypePrice(None, 750)},
    )
    form = ItemForm(made.code)
    qtbot.addWidget(form)
    assert form.findChild(QLabel, "item.stock").text() == "12.5 pcs"
    assert form.type_price_edits["Dealer"][0].text() == "0.00"  # a price of 0 is still a price
    assert form.type_price_edits["Wholesaler"][1].text() == "7.5"
    assert form.save_button.isEnabled()


def test_escape_on_a_changed_form_asks_before_discarding(
    qtbot: QtBot, shop_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    form = ItemForm()
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.name_edit, "Half typed")
    answer_next(asked)  # Enter keeps
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert asked == ["The changes to this item are not saved."]
    assert form.isVisible()
    assert form.name_edit.text() == "Half typed"


def test_adjust_stock_from_the_list(qtbot: QtBot, shop_with_items: Path) -> None:
    screen = ItemsScreen()
    qtbot.addWidget(screen)
    page = screen.list_page
    assert not page.stock_button.isEnabled()  # nothing selected
    page.table.setCurrentIndex(page.model.index(names(screen).index("Ball Pen"), 0))
    assert not page.stock_button.isEnabled()  # not tracked
    page.table.setCurrentIndex(page.model.index(names(screen).index("Cow Ghee 1 l"), 0))
    assert page.stock_button.isEnabled()

    page.stock_button.click()
    dialog = screen.findChild(StockDialog)
    assert dialog.now_label.text() == "<b>4 bottle</b>"
    assert not dialog.save_button.isEnabled()
    dialog.qty_edit.setText("abc")
    dialog.qty_edit.editingFinished.emit()
    assert "only digits" in dialog.findChild(QLabel, "stock.qty.error").text()
    dialog.qty_edit.setText("+3")
    assert dialog.after_label.text() == "7 bottle"
    dialog.note_edit.setText("new carton")
    dialog.save()

    code = Item.get(Item.name == "Cow Ghee 1 l").code
    assert items.get_item(code).stock_milli == 7000
    assert cells(screen, "Cow Ghee 1 l")[6] == "7"  # no longer low
    assert AuditEntry.select().where(AuditEntry.note == "new carton").count() == 1


def test_deactivate_and_reactivate_from_the_list(
    qtbot: QtBot, shop_with_items: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("no longer sold", True))
    screen = ItemsScreen()
    qtbot.addWidget(screen)
    page = screen.list_page
    page.table.setCurrentIndex(page.model.index(names(screen).index("Ball Pen"), 0))
    assert page.active_button.text() == "Deactivate…"
    page.active_button.click()

    assert "Ball Pen" not in names(screen)
    code = Item.get(Item.name == "Ball Pen").code
    assert not items.get_item(code).is_active
    page.status_filter.setCurrentIndex(page.status_filter.findData("inactive"))
    page.table.setCurrentIndex(page.model.index(names(screen).index("Ball Pen"), 0))
    assert page.active_button.text() == "Reactivate"
    page.active_button.click()
    assert items.get_item(code).is_active


def test_import_previews_then_imports(
    qtbot: QtBot, shop_file: Path, tmp_path: Path, previews: list[object]
) -> None:
    path = write_item_sheet(
        tmp_path / "items.xlsx",
        [item_row("Sugar", unit="kg", sale_price=46, track_stock="Yes", opening_stock=50)],
    )
    screen = ItemsScreen()
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.excel.imported, timeout=10000):
        screen.excel.import_file(path)

    dialog = previews[0]
    assert [dialog.rows.item(0, c).text() for c in range(8)] == [
        "2", "I0001", "Sugar", "", "kg", "₹46.00", "5%", "50 kg",
    ]  # fmt: skip
    assert names(screen) == ["Sugar"]
    assert screen.excel.last_message == "Imported 1 item (I0001)."


def test_a_bad_row_blocks_the_import(
    qtbot: QtBot, shop_file: Path, tmp_path: Path, previews: list[object]
) -> None:
    path = write_item_sheet(
        tmp_path / "items.xlsx", [item_row("Good"), item_row("Bad", gst_rate=7)]
    )
    screen = ItemsScreen()
    qtbot.addWidget(screen)
    screen.excel.import_file(path)
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=10000)

    dialog = previews[0]
    assert not dialog.import_button.isEnabled()
    assert [dialog.problems.item(0, c).text() for c in range(2)] == ["3", "GST rate"]
    assert Item.select().count() == 0


def test_export_writes_the_file_off_the_ui_thread(
    qtbot: QtBot, shop_with_items: Path, tmp_path: Path
) -> None:
    screen = ItemsScreen()
    qtbot.addWidget(screen)
    out = tmp_path / "out.xlsx"
    screen.excel.export_file(out)
    qtbot.waitUntil(lambda: "written to" in screen.excel.last_message, timeout=10000)

    rows = list(load_workbook(out, read_only=True).worksheets[0].iter_rows(values_only=True))
    assert rows[0][:3] == ("Code", "Name", "HSN/SAC")
    assert [r[1] for r in rows[1:]] == ["Basmati Rice 5 kg", "Cow Ghee 1 l", "Ball Pen", "Old Soap"]
    assert screen.excel.last_message == f"4 items written to {out}."
