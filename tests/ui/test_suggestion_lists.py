"""Every suggestion list in the app is readable (issue 15 item 2): up to 8 matches, each row as tall
as its text, as wide as its label, no scrollbar over the rows; two matches show two rows. One test
per place a list appears: the invoice line's item cell, the sales customer box (also the order,
receipt and payment dialogs' box: the same `CustomerPicker`) and the Reports customer box."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from factories import make_customer, make_item
from vyapar_lite.ui.reports.inputs import ReportCustomerPicker
from vyapar_lite.ui.sales.customer_picker import CustomerPicker
from vyapar_lite.ui.sales.invoice_form import InvoiceForm
from vyapar_lite.ui.sales.line_grid import ITEM
from vyapar_lite.ui.sales.suggest import MAX_ROWS, SuggestBox


@pytest.fixture
def stocked(shop_file: Path) -> None:
    for n in range(12):
        make_item(
            f"Sugar Crystal Extra Fine Premium Grade {n:02d} kg",
            code=f"SUGAR{n:02d}",
            sale_price=4500 + n,
            unit="kg",
            track_stock=True,
            opening_stock=25000,
        )
    make_item("Jaggery Block Organic", code="JAG1", sale_price=9000)
    make_item("Jaggery Powder Organic", code="JAG2", sale_price=9500)
    for n in range(12):
        make_customer(f"Shantilal Ramniklal Mehta and Sons {n:02d}", city="Ahmedabad")
    make_customer("Patel Brothers", city="Surat")
    make_customer("Patel Hardware", city="Vadodara")


def assert_readable(box: SuggestBox, expected_rows: int) -> None:
    """Open with `expected_rows` rows, all on show, each tall enough and fully readable."""
    assert box.is_open()
    listing = box.list
    assert listing.count() == expected_rows
    assert box.visible_rows() == expected_rows
    text_height = listing.fontMetrics().height()
    for row in range(listing.count()):
        rect = listing.visualItemRect(listing.item(row))
        assert rect.height() >= text_height + 4, (row, rect.height(), text_height)
        label = listing.item(row).text()
        assert listing.fontMetrics().horizontalAdvance(label) <= listing.viewport().width(), label
    assert not listing.horizontalScrollBar().isVisible()
    assert not listing.verticalScrollBar().isVisible()
    assert listing.height() >= expected_rows * (text_height + 4)


def typed(qtbot: QtBot, widget: QWidget, text: str) -> None:
    qtbot.keyClicks(widget, text)


def test_the_invoice_item_cell(qtbot: QtBot, stocked: None) -> None:
    form = InvoiceForm()
    qtbot.addWidget(form)
    form.resize(1200, 720)
    form.show()
    qtbot.waitExposed(form)
    form.grid.setCurrentCell(0, ITEM)
    form.grid.editItem(form.grid.item(0, ITEM))
    qtbot.waitUntil(lambda: bool(form.grid.delegate.boxes))
    editor, box = next(iter(form.grid.delegate.boxes.items()))
    assert isinstance(editor, QLineEdit)
    typed(qtbot, editor, "sugar")
    assert_readable(box, MAX_ROWS)
    first = box.list.item(0).text()
    for part in ("SUGAR00", "Sugar Crystal Extra Fine Premium Grade 00 kg", "45.00", "stock 25"):
        assert part in first, (part, first)
    editor.clear()
    typed(qtbot, editor, "jagg")
    assert_readable(box, 2)  # both matches show, not only the first


@pytest.mark.parametrize("picker_class", [CustomerPicker, ReportCustomerPicker])
def test_the_customer_boxes(qtbot: QtBot, stocked: None, picker_class: type) -> None:
    picker = picker_class("test.customer")
    qtbot.addWidget(picker)
    picker.resize(300, 60)  # a narrow box: the list still shows whole rows
    picker.show()
    qtbot.waitExposed(picker)
    picker.edit.setFocus()
    typed(qtbot, picker.edit, "shanti")
    assert_readable(picker.box, MAX_ROWS)
    assert "Shantilal Ramniklal Mehta and Sons" in picker.box.list.item(0).text()
    assert picker.box.list.width() > picker.edit.width()  # sized to its content
    picker.edit.clear()
    typed(qtbot, picker.edit, "patel")
    assert_readable(picker.box, 2)
    qtbot.keyClick(picker.edit, Qt.Key.Key_Down)
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert picker.account is not None and picker.account.details.name == "Patel Hardware"
