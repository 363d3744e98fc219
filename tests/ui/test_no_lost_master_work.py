"""A customer or item form half-typed when the power goes is kept in the shop file while typed,
offered back on the next start, and gone once saved or discarded."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from questions import answer_next, next_start_offers
from sales_factories import SalesShop, stock_the_shop
from vyapar_lite.db.models import Customer
from vyapar_lite.services import drafts, items
from vyapar_lite.ui.customers.customer_form import CustomerForm
from vyapar_lite.ui.drafts.keeper import KEEP_EVERY_MS
from vyapar_lite.ui.items.item_form import ItemForm
from vyapar_lite.ui.items.items_screen import ItemsScreen

DISCARD = "drafts.ask.discard"


@pytest.fixture
def stocked(shop_file: Path) -> SalesShop:
    return stock_the_shop()


def test_a_half_typed_new_customer_is_kept_offered_back_and_gone_once_saved(
    qtbot: QtBot, stocked: SalesShop
) -> None:
    form = CustomerForm()
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.name_edit, "Meena Stores")
    qtbot.keyClicks(form.phone_edit, "9876543210")
    form.terms_spin.setValue(21)
    qtbot.waitUntil(lambda: drafts.kept("customer") is not None, timeout=KEEP_EVERY_MS + 2000)
    kept = drafts.kept("customer")
    assert kept is not None and kept.summary == "a new customer Meena Stores"
    assert kept.payload["code"] is None
    form.keeper.timer.stop()
    form.hide()  # the power cut: the form never closed

    window = next_start_offers(qtbot, "customer", expect="a new customer Meena Stores")
    again = window.findChildren(CustomerForm)[-1]
    assert again.isVisible() and again.account is None
    assert again.name_edit.text() == "Meena Stores"
    assert again.phone_edit.text() == "9876543210"
    assert again.terms_spin.value() == 21
    again.save()
    assert not again.isVisible() and drafts.kept("customer") is None
    saved = Customer.get(Customer.name == "Meena Stores")
    assert saved.phone == "9876543210" and saved.payment_terms_days == 21


def test_changes_to_an_item_are_kept_with_its_code_and_discarding_removes_them(
    qtbot: QtBot, stocked: SalesShop
) -> None:
    before = items.get_item("RICE5").details.sale_price
    form = ItemForm("RICE5")
    qtbot.addWidget(form)
    form.show()
    form.price_edit.clear()
    qtbot.keyClicks(form.price_edit, "333")
    form.keeper.keep_now()  # what the timer does while typing
    kept = drafts.kept("item")
    assert kept is not None and kept.payload["code"] == "RICE5"
    name = items.get_item("RICE5").details.name
    assert kept.summary == f"changes to item RICE5 {name}"
    form.hide()

    window = next_start_offers(qtbot, "item", expect=f"changes to item RICE5 {name}")
    again = window.findChildren(ItemForm)[-1]
    assert again.isVisible() and again.record is not None and again.record.code == "RICE5"
    assert again.price_edit.text() == "333"
    asked: list[str] = []
    answer_next(asked, button=DISCARD)
    again.reject()
    assert asked == ["The changes to this item are not saved."]
    assert not again.isVisible() and drafts.kept("item") is None
    assert items.get_item("RICE5").details.sale_price == before  # nothing saved


def test_an_unchanged_form_keeps_no_draft(qtbot: QtBot, stocked: SalesShop) -> None:
    form = ItemForm("RICE5")
    qtbot.addWidget(form)
    form.show()
    form.keeper.keep_now()
    assert drafts.kept("item") is None
    form.reject()
    assert not form.isVisible()


def test_a_kept_change_to_an_item_not_in_the_file_is_not_opened(
    qtbot: QtBot, stocked: SalesShop
) -> None:
    screen = ItemsScreen()
    qtbot.addWidget(screen)
    kept = {"code": "GONE9", "fields": {"item.sale_price": "10"}}
    assert screen.show_kept("item", kept) is False
    assert not any(form.isVisible() for form in screen.findChildren(ItemForm))
