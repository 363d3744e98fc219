"""The invoice form's export section: the shipping bill's number, date and port code show for a
customer outside India only, a wrong one is marked with the service's message, and a saved export
invoice keeps them."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sales_factories import SalesShop, stock_the_shop
from vyapar_lite.ui.sales.invoice_form import InvoiceForm
from vyapar_lite.ui.sales.line_grid import QTY


@pytest.fixture
def stocked(shop_file: Path) -> SalesShop:
    return stock_the_shop()


def _form(qtbot: QtBot) -> InvoiceForm:
    form = InvoiceForm()
    qtbot.addWidget(form)
    form.resize(1200, 720)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    form.focus_customer()
    return form


def _type(qtbot: QtBot, form: InvoiceForm, text: str) -> None:
    widget = form.focusWidget()
    assert widget is not None
    qtbot.keyClicks(widget, text)


def _press(qtbot: QtBot, form: InvoiceForm, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    widget = form.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def _customer(qtbot: QtBot, form: InvoiceForm, letters: str, code: str) -> None:
    _type(qtbot, form, letters)
    for _ in range(form.picker.box.list.count()):
        if form.picker.box.current_key() == code:
            break
        _press(qtbot, form, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)
    _press(qtbot, form, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    assert form.picker.code() == code


def _line(qtbot: QtBot, form: InvoiceForm, item: str, qty: str) -> None:
    _type(qtbot, form, item)
    _press(qtbot, form, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    assert form.grid.currentColumn() == QTY
    _type(qtbot, form, qty)
    _press(qtbot, form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_an_export_invoice_takes_its_shipping_bill(
    qtbot: QtBot, stocked: SalesShop, tmp_path: Path
) -> None:
    form = _form(qtbot)
    bill = form.shipping_bill
    _customer(qtbot, form, "sharma", stocked.dealer)
    assert not bill.isVisibleTo(form)

    form.new_invoice()
    _customer(qtbot, form, "gulf", stocked.foreign)
    assert bill.isVisibleTo(form)
    _line(qtbot, form, "RICE5", "10")
    form.export_box.setChecked(True)
    bill.number_edit.setText("12AB")
    form.refresh_preview()
    assert "3 to 7 digits" in form.messages.text()
    assert "b00020" in bill.number_edit.styleSheet()
    assert not form.save_button.isEnabled()

    bill.number_edit.setText("7654321")
    bill.date_edit.set_date(date.today())
    bill.port_edit.setText("inmaa1")
    form.refresh_preview()
    assert form.messages.text() == ""
    assert bill.number_edit.styleSheet() == ""
    form.grab().save(str(tmp_path / "export-form.png"))
    if os.environ.get("VYAPAR_SHOTS"):
        form.grab().save(os.environ["VYAPAR_SHOTS"])
    doc = form.save()
    assert doc is not None and doc.tax_kind == "export"
    assert (doc.shipping_bill_number, doc.shipping_bill_date, doc.port_code) == (
        "7654321", date.today(), "INMAA1"
    )  # fmt: skip
    assert not bill.isEnabled()  # locked with the saved invoice

    form.new_invoice()  # a new invoice starts blank
    assert (bill.number_edit.text(), bill.port_edit.text()) == ("", "")
