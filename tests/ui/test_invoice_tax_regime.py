"""The invoice form asks before an unusual date, and shows no tax for a shop that may not charge
it; Settings › Sales sets the series' prefixes."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from payment_builders import customer
from sales_factories import SalesShop, stock_the_shop
from vyapar_lite.db.models import Receipt, SalesDoc
from vyapar_lite.services import numbering_settings, sales, shop
from vyapar_lite.ui import unusual_date
from vyapar_lite.ui.payments.receipt_form import ReceiptForm
from vyapar_lite.ui.sales.invoice_form import InvoiceForm
from vyapar_lite.ui.sales.line_grid import GST, TAX
from vyapar_lite.ui.settings.numbering_settings import NumberingSettingsGroup


@pytest.fixture
def stocked(shop_file: Path) -> SalesShop:
    return stock_the_shop()


def _form(qtbot: QtBot) -> InvoiceForm:
    form = InvoiceForm()
    qtbot.addWidget(form)
    form.resize(1200, 720)
    form.show()
    qtbot.waitExposed(form)
    return form


def _answer(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: QWidget, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(unusual_date.QMessageBox, "question", question)
    return asked


def _fill(qtbot: QtBot, form: InvoiceForm, on: date) -> None:
    form.date_edit.set_date(on)
    form.grid.setCurrentCell(0, 0)
    form.grid.editItem(form.grid.item(0, 0))
    editor = form.grid.focusWidget() or form.focusWidget()
    assert editor is not None
    qtbot.keyClicks(editor, "TIFFIN")
    from PySide6.QtCore import Qt

    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    form.refresh_preview()


@pytest.mark.usefixtures("date_check")
def test_a_far_off_date_is_saved_only_when_the_user_confirms(
    qtbot: QtBot, stocked: SalesShop, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = _form(qtbot)
    _fill(qtbot, form, date(2031, 11, 22))
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)

    assert form.save() is None
    assert asked and "days after today" in asked[0]
    assert "Not saved" in form.messages.text()
    assert SalesDoc.select().count() == 0

    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    doc = form.save()
    assert doc is not None and asked
    assert (doc.number, doc.doc_date) == ("INV/31-32/00001", date(2031, 11, 22))


@pytest.mark.usefixtures("date_check")
def test_an_everyday_date_asks_nothing(
    qtbot: QtBot, stocked: SalesShop, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = _form(qtbot)
    _fill(qtbot, form, date(2026, 11, 30))
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    assert form.save() is not None
    assert asked == []


def test_an_unregistered_shop_sees_no_tax_columns_or_split(
    qtbot: QtBot, stocked: SalesShop
) -> None:
    profile = shop.get_profile()
    assert profile is not None
    shop.save_profile(dataclasses.replace(profile, gstin=""))
    form = _form(qtbot)
    _fill(qtbot, form, date(2026, 11, 30))

    assert form.grid.isColumnHidden(GST) and form.grid.isColumnHidden(TAX)
    assert "bill of supply" in form.title.text()
    for key in ("cgst", "sgst", "igst"):
        assert not form.totals.values[key].isVisible()
    assert form.totals.values["grand_total"].text() == "₹420.00", form.messages.text()
    doc = form.save()
    assert doc is not None and doc.document_type == "bill_of_supply"
    assert "Bill of supply" in form.title.text()


def test_a_registered_shop_keeps_its_tax_columns(qtbot: QtBot, stocked: SalesShop) -> None:
    form = _form(qtbot)
    _fill(qtbot, form, date(2026, 11, 30))
    assert not form.grid.isColumnHidden(GST) and not form.grid.isColumnHidden(TAX)
    assert form.totals.values["cgst"].isVisible()


def test_settings_refuse_a_too_long_prefix_beside_its_field(qtbot: QtBot, shop_file: Path) -> None:
    group = NumberingSettingsGroup()
    qtbot.addWidget(group)
    group.show()
    assert "INV/26-27/00001" in group.example.text() or "INV/" in group.example.text()
    group.edits["invoice"].setText("SALES")
    assert group.save() is None
    assert "17 characters" in group.boxes["prefix.invoice"].error.text()
    assert group.boxes["prefix.invoice"].error.isVisible()
    assert numbering_settings.get().prefixes["invoice"] == "INV"

    group.edits["invoice"].setText("SI")
    assert group.save() is not None
    assert sales.next_number_preview("invoice", date(2026, 11, 30)) == "SI/26-27/00001"


@pytest.mark.usefixtures("date_check")
def test_the_receipt_form_asks_too(
    qtbot: QtBot, shop_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = customer("Sharma Traders", city="Pune")
    form = ReceiptForm()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    assert form.picker.set_code(code)
    form.amount_edit.setText("500")
    form.date_edit.set_date(date(2029, 1, 5))
    form.refresh_preview()
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    assert form.save() is None
    assert asked and "days after today" in asked[0]
    assert Receipt.select().count() == 0
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    saved = form.save()
    assert saved is not None and saved.receipt_date == date(2029, 1, 5)
