"""Totals follow every keystroke (issue 15, item 3): a quantity typed in its cell, not yet left,
already moves the grand total, the tax split and the credit bar; Ctrl+S saves what is on screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot

from questions import shown_and_active
from sales_factories import SalesShop, stock_the_shop
from vyapar_lite.domain.money import parse_money
from vyapar_lite.services import sales
from vyapar_lite.ui.sales.invoice_form import InvoiceForm
from vyapar_lite.ui.sales.line_grid import QTY, RATE
from vyapar_lite.ui.sales.order_form import OrderForm

ENTER = Qt.Key.Key_Return


@pytest.fixture
def stocked(shop_file: Path) -> SalesShop:
    return stock_the_shop()


def typing_in(form: QWidget) -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None and form.isAncestorOf(widget)
    return widget


def shown(form: InvoiceForm | OrderForm, key: str) -> int | None:
    """The amount on show (None for the dash shown while there is none)."""
    text = form.totals.values[key].text()
    return None if text.strip() in ("", "—") else parse_money(text, allow_negative=True)


def test_a_quantity_typed_moves_the_totals_before_the_cell_is_left(
    qtbot: QtBot, stocked: SalesShop
) -> None:
    form = InvoiceForm()
    qtbot.addWidget(form)
    form.resize(1200, 720)
    shown_and_active(qtbot, form)
    assert form.picker.set_code(stocked.dealer)  # credit limit ₹1,000, checked
    form.grid.start_typing()
    qtbot.keyClicks(typing_in(form), "RICE5")
    qtbot.keyClick(typing_in(form), ENTER)
    assert form.grid.currentColumn() == QTY
    qtbot.waitUntil(lambda: shown(form, "grand_total") is not None)
    assert shown(form, "grand_total") == 63000, form.messages.text()  # 1 bag: ₹600 + 5%
    assert not form.credit_bar.isVisible()

    qtbot.keyClicks(typing_in(form), "4")  # over the selected 1; the cell stays open
    assert form.grid.state() == QAbstractItemView.State.EditingState
    qtbot.waitUntil(lambda: shown(form, "grand_total") == 252000)
    assert form.grid.state() == QAbstractItemView.State.EditingState
    assert typing_in(form).text() == "4"  # type: ignore[attr-defined]
    assert shown(form, "taxable") == 240000
    assert shown(form, "cgst") == shown(form, "sgst") == 6000
    assert form.credit_bar.isVisible()  # ₹2,520 is over the ₹1,000 limit
    assert "1,520" in form.credit_label.text()

    qtbot.keyClicks(typing_in(form), "0")  # 40 bags: still typing
    qtbot.waitUntil(lambda: shown(form, "grand_total") == 2520000)
    assert typing_in(form).text() == "40"  # type: ignore[attr-defined]
    qtbot.keyClick(typing_in(form), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.last_saved is not None, form.messages.text()
    saved = sales.get_document(form.last_saved.number)
    assert [(ln.qty_milli, ln.rate) for ln in saved.lines] == [(40000, 60000)]
    assert saved.totals.grand_total == 2520000 == shown(form, "grand_total")


def test_a_rate_typed_in_an_order_moves_its_totals(qtbot: QtBot, stocked: SalesShop) -> None:
    form = OrderForm()
    qtbot.addWidget(form)
    shown_and_active(qtbot, form)
    assert form.picker.set_code(stocked.dealer)
    form.grid.start_typing()
    qtbot.keyClicks(typing_in(form), "OIL1")
    qtbot.keyClick(typing_in(form), ENTER)
    qtbot.keyClick(typing_in(form), Qt.Key.Key_Tab)  # Qty to Rate
    assert form.grid.currentColumn() == RATE
    qtbot.keyClicks(typing_in(form), "200")
    assert form.grid.state() == QAbstractItemView.State.EditingState
    qtbot.waitUntil(lambda: shown(form, "taxable") == 20000)
    assert shown(form, "grand_total") == 21000
