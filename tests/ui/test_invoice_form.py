"""The invoice form driven from the keyboard, saving real invoices through the sales service."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from factories import make_customer, make_item
from pdf_pages import pdf_text
from sales_factories import SalesShop, stock_the_shop
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.domain.money import parse_money
from vyapar_lite.services import (
    app_lock,
    audit_list,
    customers,
    gst_settings,
    items,
    orders,
    sales,
    sales_settings,
)
from vyapar_lite.services.orders import OrderDraft
from vyapar_lite.ui.sales import credit_bar, invoice_print, print_rows
from vyapar_lite.ui.sales.invoice_form import InvoiceForm
from vyapar_lite.ui.sales.line_grid import DISC_AMT, DISC_PCT, GST, HSN, ITEM, QTY, RATE, TAX, TOTAL
from vyapar_lite.ui.settings.settings_page import SettingsPage

ENTER = Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def stocked(shop_file: Path) -> SalesShop:
    return stock_the_shop()


def make_form(qtbot: QtBot) -> InvoiceForm:
    form = InvoiceForm()
    qtbot.addWidget(form)
    form.resize(1200, 720)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    form.focus_customer()
    return form


def focused(form: InvoiceForm) -> QWidget:
    widget = form.focusWidget()
    assert widget is not None
    return widget


def type_in(qtbot: QtBot, form: InvoiceForm, text: str) -> None:
    """Type into whatever has the keyboard focus (a cell editor, a field)."""
    qtbot.keyClicks(focused(form), text)


def press(
    qtbot: QtBot, form: InvoiceForm, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE
) -> None:
    qtbot.keyClick(focused(form), key, modifier)


def pick_customer(qtbot: QtBot, form: InvoiceForm, letters: str, code: str) -> None:
    """Type a few letters, go down the suggestions to `code`, Enter."""
    type_in(qtbot, form, letters)
    assert form.picker.box.is_open()
    for _ in range(form.picker.box.list.count()):
        if form.picker.box.current_key() == code:
            break
        press(qtbot, form, Qt.Key.Key_Down)
    press(qtbot, form, ENTER)
    assert form.picker.code() == code


def type_line(qtbot: QtBot, form: InvoiceForm, item: str, qty: str) -> None:
    """In an Item cell: the item, Enter (takes the suggestion), the quantity, Ctrl+Enter."""
    type_in(qtbot, form, item)
    press(qtbot, form, ENTER)
    assert form.grid.currentColumn() == QTY
    type_in(qtbot, form, qty)
    press(qtbot, form, ENTER, CTRL)


def shown(form: InvoiceForm, key: str) -> int:
    return parse_money(form.totals.values[key].text(), allow_negative=True)


def test_a_three_item_sale_by_keyboard_only(qtbot: QtBot, stocked: SalesShop) -> None:
    form = make_form(qtbot)
    assert form.picker.code() == "CASH"

    pick_customer(qtbot, form, "sha", stocked.dealer)
    # Enter on the customer went on to line 1's Item cell
    assert (form.grid.currentRow(), form.grid.currentColumn()) == (0, ITEM)
    type_line(qtbot, form, "RICE5", "2")  # by code
    type_line(qtbot, form, "oil", "3")  # by a word of the name
    type_in(qtbot, form, "tiff")
    press(qtbot, form, ENTER)
    for _ in (QTY, RATE, DISC_PCT, DISC_AMT, GST):  # plain Enter walks every cell of the line
        press(qtbot, form, ENTER)
    assert (form.grid.currentRow(), form.grid.currentColumn()) == (3, ITEM)
    press(qtbot, form, ENTER)  # an empty Item cell: the lines are done
    assert focused(form) is form.received_edit
    type_in(qtbot, form, "500")
    press(qtbot, form, ENTER)
    assert focused(form) is form.mode_combo
    press(qtbot, form, Qt.Key.Key_S, CTRL)

    assert form.last_saved is not None, form.messages.text()
    doc = sales.get_document(form.last_saved.number)
    assert [(ln.item_code, ln.qty_milli, ln.rate, ln.hsn_sac) for ln in doc.lines] == [
        ("RICE5", 2000, 60000, "1006"),  # the dealer's own price, not the sale price 650
        ("OIL1", 3000, 15500, "1512"),
        ("TIFFIN", 1000, 42000, "7323"),
    ]
    assert doc.customer_code == stocked.dealer
    assert doc.tax_kind == "intra"
    assert doc.totals.taxable == 120000 + 46500 + 42000
    # half of 5%, 5% and 18% on each line, each rounded to the paisa
    assert doc.totals.cgst == doc.totals.sgst == 3000 + 1163 + 3780
    assert doc.totals.grand_total == 224400  # 2,243.86 rounded to the rupee
    assert doc.received == 50000
    assert doc.outstanding == 224400 - 50000
    assert customers.get_customer(stocked.dealer).balance == 174400
    assert items.get_item("RICE5").stock_milli == 48000
    assert form.saved_bar.isVisible()
    assert doc.number in form.saved_label.text()
    assert focused(form) is form.next_button  # Enter now starts the next invoice
    press(qtbot, form, ENTER)
    assert form.last_saved is None and form.picker.code() == "CASH"


def test_live_totals_beside_the_lines(qtbot: QtBot, stocked: SalesShop) -> None:
    form = make_form(qtbot)
    pick_customer(qtbot, form, "sharma", stocked.dealer)
    type_line(qtbot, form, "RICE5", "2")
    # the preview comes after a short pause in typing
    qtbot.waitUntil(lambda: form.grid.text(0, TOTAL) == "1,260.00")
    assert shown(form, "taxable") == 120000
    assert shown(form, "cgst") == shown(form, "sgst") == 3000
    assert shown(form, "grand_total") == 126000
    assert form.totals.words.text() == "One Thousand Two Hundred Sixty Rupees Only"
    assert not form.totals.values["igst"].isVisible()
    assert form.due_label.text() == f"Due {date.today():%d-%m-%Y}"


def test_over_the_credit_limit_says_by_how_much_and_still_saves(
    qtbot: QtBot, stocked: SalesShop
) -> None:
    form = make_form(qtbot)
    pick_customer(qtbot, form, "sharma", stocked.dealer)
    type_line(qtbot, form, "RICE5", "2")  # ₹1,260 against a limit of ₹1,000
    form.refresh_preview()
    assert form.credit_label.isVisible()
    assert "₹260.00 over their credit limit of ₹1,000.00" in form.credit_label.text()
    assert "#8a5a00" in form.credit_label.styleSheet()  # amber: a warning
    assert form.save_button.isEnabled()
    assert form.save() is not None


def test_stop_sales_refuses_with_the_amount(qtbot: QtBot, stocked: SalesShop) -> None:
    form = make_form(qtbot)
    pick_customer(qtbot, form, "shankar", stocked.strict)
    type_line(qtbot, form, "TIFFIN", "2")  # ₹991.20 -> ₹991 against a limit of ₹500
    form.refresh_preview()
    text = form.credit_label.text()
    assert "₹491.00 over their credit limit of ₹500.00" in text
    assert "stop at the limit" in text
    assert "#b00020" in form.credit_label.styleSheet()  # red: refused
    assert not form.save_button.isEnabled()
    press(qtbot, form, Qt.Key.Key_S, CTRL)
    assert form.last_saved is None
    assert sales.customer_documents(stocked.strict) == []
    # paying most of it now keeps the sale within the limit
    form.received_edit.setFocus()
    type_in(qtbot, form, "600")
    form.refresh_preview()
    assert not form.credit_label.isVisible()
    assert form.save() is not None


def test_the_owner_overrides_a_stop_with_a_reason_and_the_password(
    qtbot: QtBot, stocked: SalesShop, monkeypatch: pytest.MonkeyPatch
) -> None:
    app_lock.set_password("chai 123")
    asked: list[str] = []
    typed = {"right": False}

    def password_dialog(_parent: QWidget, reason: str) -> bool:
        asked.append(reason)
        return typed["right"]

    monkeypatch.setattr(credit_bar, "ask_password", password_dialog)
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("Owner knows him", True))
    )
    form = make_form(qtbot)
    pick_customer(qtbot, form, "shankar", stocked.strict)
    type_line(qtbot, form, "TIFFIN", "2")
    form.refresh_preview()
    button = form.credit_bar.override_button
    assert button.isVisible()
    assert not form.save_button.isEnabled()

    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("why " * 60, True))
    )
    button.click()  # a reason too long: not taken, and no password asked
    assert "keep it under 200 characters" in form.credit_label.text()
    assert asked == []
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("Owner knows him", True))
    )
    button.click()  # a wrong password: still refused
    assert asked == ["Type the app password to override the credit limit."]
    assert not form.save_button.isEnabled()

    typed["right"] = True
    button.click()
    assert form.save_button.isEnabled()
    assert not button.isVisible()
    assert "Stop overridden: Owner knows him" in form.credit_label.text()
    assert "#8a5a00" in form.credit_label.styleSheet()  # amber now
    doc = form.save()
    assert doc is not None
    changes = audit_list.iter_entries(audit_list.AuditFilter(customer_code=stocked.strict))
    assert [(c.record_label, c.note) for c in changes if c.action == "override"] == [
        (f"{stocked.strict} credit limit stop", "Owner knows him")
    ]
    form.new_invoice()  # the override covered that one sale
    assert form.credit_bar.reason == ""


def test_a_walk_in_sale_is_paid_in_full(qtbot: QtBot, stocked: SalesShop) -> None:
    form = make_form(qtbot)
    press(qtbot, form, ENTER)  # CASH, as it starts
    type_line(qtbot, form, "OIL1", "2")
    form.refresh_preview()
    assert form.received_edit.text() == "326.00"  # filled with the total (325.50 rounded)
    assert not form.points_edit.isEnabled()

    form.received_edit.setFocus()
    form.received_edit.selectAll()
    type_in(qtbot, form, "300")
    form.refresh_preview()
    assert "A walk-in (CASH) sale must be paid in full: ₹326.00" in form.messages.text()
    assert shown(form, "grand_total") == 32600  # the totals stay in view
    assert not form.save_button.isEnabled()
    assert form.save() is None

    form.received_edit.selectAll()
    type_in(qtbot, form, "326")
    doc = form.save()
    assert doc is not None and doc.received == doc.totals.grand_total == 32600
    assert doc.outstanding == 0


def test_a_deactivated_customer_cannot_be_picked(qtbot: QtBot, stocked: SalesShop) -> None:
    customers.set_active(stocked.strict, False, reason="Moved away")
    form = make_form(qtbot)
    type_in(qtbot, form, "shankar")
    assert not form.picker.box.is_open()  # not suggested
    press(qtbot, form, ENTER)
    assert form.picker.code() == "CASH"
    assert form.picker.error.text() == "No active customer matches “shankar”"
    assert not form.picker.set_code(stocked.strict)
    assert "deactivated" in form.picker.error.text()


def test_changing_the_customer_prices_the_lines_again(qtbot: QtBot, stocked: SalesShop) -> None:
    form = make_form(qtbot)
    press(qtbot, form, ENTER)
    type_line(qtbot, form, "RICE5", "1")
    assert form.grid.text(0, RATE) == "650.00"  # what a walk-in pays
    form.picker.set_code(stocked.dealer)
    assert form.grid.text(0, RATE) == "600.00"  # the dealer's price
    form.grid.cell(0, RATE).setText("590")  # typed by hand: stays
    form.picker.set_code("CASH")
    assert form.grid.text(0, RATE) == "590.00"


def test_free_description_discounts_and_messages_beside_the_grid(
    qtbot: QtBot, stocked: SalesShop
) -> None:
    goa = make_customer("Goa Gifts", phone="9822000077", state_code="30").code  # unregistered
    form = make_form(qtbot)
    pick_customer(qtbot, form, "goa", goa)
    type_in(qtbot, form, "Gift wrapping")  # no item is called that: a free description
    assert not form.grid.delegate.boxes[focused(form)].is_open()
    press(qtbot, form, ENTER)
    assert form.grid.currentColumn() == HSN  # a free-text line's HSN/SAC is typed here
    press(qtbot, form, ENTER)  # optional for an unregistered buyer
    type_in(qtbot, form, "2")
    press(qtbot, form, ENTER)
    type_in(qtbot, form, "25")
    press(qtbot, form, ENTER)
    type_in(qtbot, form, "10")  # Disc %
    press(qtbot, form, ENTER)
    press(qtbot, form, ENTER)  # Disc ₹ left blank
    type_in(qtbot, form, "12")  # GST %
    press(qtbot, form, ENTER)
    assert form.grid.meta(0).item_code == ""
    form.refresh_preview()
    # inter-state: IGST 12% on 45.00
    assert form.grid.text(0, TOTAL) == "50.40"
    assert shown(form, "igst") == 540
    assert not form.totals.values["cgst"].isVisible()

    form.grid.cell(0, DISC_AMT).setText("5")  # an amount replaces the percentage
    assert form.grid.text(0, DISC_PCT) == ""
    form.grid.cell(0, QTY).setText("two")
    form.refresh_preview()
    assert "Line 1: A quantity has only digits" in form.messages.text()
    assert form.grid.cell(0, QTY).background().color().name() == "#ffd6d6"
    assert not form.save_button.isEnabled()
    form.grid.cell(0, GST).setText("7")  # not one of the shop's rates
    form.grid.cell(0, QTY).setText("2")
    form.refresh_preview()
    assert "choose a GST rate from the shop's list" in form.messages.text()
    assert form.grid.cell(0, GST).background().color().name() == "#ffd6d6"


def test_a_line_without_hsn_to_a_registered_customer_is_refused_beside_the_grid(
    qtbot: QtBot, stocked: SalesShop
) -> None:
    form = make_form(qtbot)
    pick_customer(qtbot, form, "bengal", stocked.outstation)  # has a GSTIN
    type_in(qtbot, form, "Gift wrapping")  # a free description: no HSN/SAC
    press(qtbot, form, ENTER)
    press(qtbot, form, ENTER)  # HSN/SAC left blank
    type_in(qtbot, form, "2")
    press(qtbot, form, ENTER)
    type_in(qtbot, form, "25")
    press(qtbot, form, ENTER)
    form.refresh_preview()

    assert (
        "Line 1: an invoice to a registered customer needs an HSN/SAC code of at least 4 digits"
        in form.messages.text()
    )
    assert form.grid.cell(0, HSN).background().color().name() == "#ffd6d6"
    assert not form.save_button.isEnabled()

    form.grid.cell(0, HSN).setText("99A5")  # digits only
    form.refresh_preview()
    assert "Line 1: an HSN/SAC code is digits only" in form.messages.text()
    assert not form.save_button.isEnabled()

    form.grid.go_to(0, HSN)
    type_in(qtbot, form, "9985 99")  # the SAC, typed in the grid (spaces dropped)
    press(qtbot, form, ENTER)
    assert form.grid.text(0, HSN) == "998599"
    form.refresh_preview()
    assert form.save_button.isEnabled(), form.messages.text()
    doc = form.save()
    assert doc is not None and doc.lines[0].hsn_sac == "998599"
    assert sales.get_document(doc.number).lines[0].hsn_sac == "998599"


def test_a_chosen_item_s_hsn_is_filled_and_not_typed_over(qtbot: QtBot, stocked: SalesShop) -> None:
    form = make_form(qtbot)
    pick_customer(qtbot, form, "bengal", stocked.outstation)
    type_in(qtbot, form, "TIFFIN")
    press(qtbot, form, ENTER)
    assert form.grid.currentColumn() == QTY  # Enter skips the item's HSN/SAC
    assert form.grid.text(0, HSN) == "7323"
    assert not form.grid.cell(0, HSN).flags() & Qt.ItemFlag.ItemIsEditable
    form.grid.commit_item(0, "Packing charges", "")  # typed over: a free-text line again
    assert form.grid.text(0, HSN) == ""
    assert form.grid.cell(0, HSN).flags() & Qt.ItemFlag.ItemIsEditable


def test_an_item_without_hsn_takes_one_typed_in_the_grid(qtbot: QtBot, stocked: SalesShop) -> None:
    make_item("Gift wrap", code="WRAP", sale_price=5000, gst_rate_bp=1800)  # no HSN in the master
    form = make_form(qtbot)
    pick_customer(qtbot, form, "bengal", stocked.outstation)  # registered: HSN needed
    type_in(qtbot, form, "WRAP")
    press(qtbot, form, ENTER)
    assert form.grid.currentColumn() == HSN  # nothing to fill it from: typed here
    type_in(qtbot, form, "4823")
    press(qtbot, form, ENTER)
    assert form.grid.currentColumn() == QTY
    press(qtbot, form, ENTER, CTRL)
    form.refresh_preview()
    doc = form.save()
    assert doc is not None and doc.lines[0].hsn_sac == "4823"


def test_redeeming_points_and_the_export_box(qtbot: QtBot, stocked: SalesShop) -> None:
    form = make_form(qtbot)
    pick_customer(qtbot, form, "sharma", stocked.dealer)
    type_line(qtbot, form, "TIFFIN", "1")
    assert form.save() is not None
    earned = customers.get_customer(stocked.dealer).loyalty_points
    assert earned == 4  # 1 point per ₹100 of ₹496

    form.new_invoice()
    pick_customer(qtbot, form, "sharma", stocked.dealer)
    assert form.points_edit.isEnabled()
    type_line(qtbot, form, "OIL1", "1")
    form.points_edit.setFocus()
    type_in(qtbot, form, "4")
    form.refresh_preview()
    assert form.totals.values["loyalty"].text() == "-₹4.00"  # off the taxable value
    assert form.points_info.text() == "of 4 points"
    doc = form.save()
    assert doc is not None and doc.points_redeemed == 4
    assert doc.loyalty_in_lines == 400
    # ₹155 + ₹3.88 + ₹3.88 = ₹162.76 less ₹4 = ₹158.76: taxable 158.76 / 1.05 = ₹151.20
    assert (doc.totals.taxable, doc.totals.loyalty_discount) == (15120, 0)

    assert not form.export_box.isVisibleTo(form)
    form.new_invoice()
    pick_customer(qtbot, form, "gulf", stocked.foreign)
    assert form.export_box.isVisibleTo(form)
    type_line(qtbot, form, "TIFFIN", "1")
    form.export_box.setChecked(True)
    form.refresh_preview()
    assert shown(form, "grand_total") == 42000  # zero-rated
    doc = form.save()
    assert doc is not None and doc.tax_kind == "export"


def test_invoicing_a_sale_order_applies_its_advance(qtbot: QtBot, stocked: SalesShop) -> None:
    order = orders.create_order(
        OrderDraft(
            customer_code=stocked.outstation,
            order_date=date.today(),
            lines=[_line("TIFFIN", 3000, stocked.outstation)],
            advance=20000,
        )
    )
    form = make_form(qtbot)
    draft = orders.invoice_draft_from_order(order.number, {1: 2000}, doc_date=date.today())
    form.load_draft(draft)
    assert "from order " + order.number in form.title.text()
    assert form.picker.code() == stocked.outstation
    assert form.grid.text(0, QTY) == "2"
    form.refresh_preview()
    assert shown(form, "advance") == -20000
    doc = form.save()
    assert doc is not None and doc.order_number == order.number
    assert orders.get_order(order.number).status == "partly_invoiced"
    assert doc.outstanding == doc.totals.grand_total - 20000


def _line(code: str, qty_milli: int, customer: str) -> LineInput:
    record = items.get_item(code)
    rate, discount = items.price_for(code, customers.get_customer(customer).details.customer_type)
    return LineInput(
        description=record.details.name,
        qty_milli=qty_milli,
        rate=rate,
        gst_rate_bp=record.details.gst_rate_bp,
        discount_bp=discount,
        item_code=code,
    )


def test_round_off_follows_the_settings(qtbot: QtBot, stocked: SalesShop) -> None:
    current = sales_settings.get()
    sales_settings.save(sales_settings.SalesSettings(False, current.earn_per_paise, 100))
    form = make_form(qtbot)
    press(qtbot, form, ENTER)
    type_line(qtbot, form, "OIL1", "2")
    form.refresh_preview()
    assert shown(form, "grand_total") == 32550
    assert not form.totals.values["round_off"].isVisible()
    assert form.received_edit.text() == "325.50"


def test_saving_with_no_lines_says_what_is_missing(qtbot: QtBot, stocked: SalesShop) -> None:
    form = make_form(qtbot)
    assert form.messages.text() == ""  # nothing to nag about on a fresh form
    assert not form.save_button.isEnabled()
    press(qtbot, form, Qt.Key.Key_S, CTRL)
    assert form.last_saved is None
    assert "Add a line" in form.messages.text()


# Ship to per invoice (issue 13): the customer's own address by default; another typed for this
# invoice moves the place of supply for goods, and the invoice prints where the goods went.


def test_the_customer_s_own_address_is_the_default_and_is_not_printed_again(
    qtbot: QtBot, stocked: SalesShop, tmp_path: Path
) -> None:
    form = make_form(qtbot)
    pick_customer(qtbot, form, "sharma", stocked.dealer)
    assert form.ship_to.values() == ("Shop 4, Market Yard, Gultekdi, Pune 411037", "27")
    type_line(qtbot, form, "TIFFIN", "1")
    doc = form.save()

    assert doc is not None and (doc.place_of_supply, doc.tax_kind) == ("27", "intra")
    assert not doc.ships_elsewhere and print_rows.ship_to_lines(doc) == []
    text = pdf_text(invoice_print.save_pdf(doc, tmp_path / "same.pdf"))
    assert "Ship to" not in text
    assert "Maharashtra (27)" in text


def test_goods_shipped_to_another_state_are_igst_and_print_the_delivery_address(
    qtbot: QtBot, stocked: SalesShop, tmp_path: Path
) -> None:
    form = make_form(qtbot)
    pick_customer(qtbot, form, "sharma", stocked.dealer)
    form.ship_to.address.setText("Plot 9, Peenya Industrial Area, Bengaluru 560058")
    form.ship_to.state.setCurrentIndex(form.ship_to.state.findData("29"))
    type_line(qtbot, form, "TIFFIN", "1")
    preview = form.refresh_preview()
    assert preview is not None and (preview.place_of_supply, preview.tax_kind) == ("29", "inter")
    assert form.ship_to.place.text() == "Place of supply: Karnataka (29)"

    doc = form.save()

    assert doc is not None and (doc.place_of_supply, doc.tax_kind) == ("29", "inter")
    assert doc.totals.igst == 7560 and doc.totals.cgst == 0
    a4 = pdf_text(invoice_print.save_pdf(doc, tmp_path / "a4.pdf"))
    slip = pdf_text(invoice_print.save_pdf(doc, tmp_path / "slip.pdf", "thermal"))
    for text in (a4, slip):
        assert "Ship to" in text
        assert "Plot 9, Peenya Industrial Area, Bengaluru 560058" in text
        assert "Karnataka (29)" in text
    assert "Place of supply" in a4 and "Shop 4, Market Yard" in a4  # billed as before


def test_an_sez_unit_gets_the_with_or_without_igst_choice(qtbot: QtBot, stocked: SalesShop) -> None:
    page = SettingsPage()
    qtbot.addWidget(page)
    page.gst_settings.lut_box.setChecked(True)
    page.gst_settings.save_button.click()
    assert gst_settings.get().lut_for_zero_rated
    unit = make_customer(
        "Pune SEZ Unit", phone="9822000078", gstin="27AAPFU0939F2ZU", is_sez=True
    ).code
    form = make_form(qtbot)
    pick_customer(qtbot, form, "sharma", stocked.dealer)
    assert not form.sez_box.isVisibleTo(form)

    form.new_invoice()
    pick_customer(qtbot, form, "pune sez", unit)
    assert form.sez_box.isVisibleTo(form)
    assert not form.sez_box.isChecked()  # the shop has an LUT: without IGST by default
    type_line(qtbot, form, "TIFFIN", "1")
    form.refresh_preview()
    assert shown(form, "grand_total") == 42000  # zero-rated
    doc = form.save()
    assert doc is not None and (doc.sez_supply, doc.tax_kind) == ("SEWOP", "zero")

    form.new_invoice()
    pick_customer(qtbot, form, "pune sez", unit)
    type_line(qtbot, form, "TIFFIN", "1")
    form.sez_box.setChecked(True)  # this one with IGST paid
    form.refresh_preview()
    assert shown(form, "igst") == 7560
    doc = form.save()
    assert doc is not None and (doc.sez_supply, doc.totals.igst) == ("SEWP", 7560)


def test_a_cash_sale_of_50000_asks_for_the_buyer(qtbot: QtBot, stocked: SalesShop) -> None:
    """Rule 46(e): from ₹50,000 the walk-in buyer's name, address and state are required."""
    form = make_form(qtbot)
    press(qtbot, form, ENTER)  # CASH, as it starts
    assert form.walk_in.isVisible()
    form.grid.set_lines([LineInput("Refrigerator", 1000, 5_000_000, 0)])
    form.refresh_preview()
    text = form.messages.text()
    assert "must carry the buyer's name (Rule 46(e))" in text
    assert "buyer's address" in text and "buyer's state" in text
    assert "border" in form.walk_in.name_edit.styleSheet()
    assert not form.save_button.isEnabled()

    form.walk_in.name_edit.setText("Ravi Kulkarni")
    form.walk_in.address_edit.setText("12 MG Road, Pune")
    form.walk_in.state_combo.setCurrentIndex(form.walk_in.state_combo.findData("27"))
    form.refresh_preview()
    assert "Rule 46(e)" not in form.messages.text()
    doc = form.save()
    assert doc is not None
    assert (doc.walk_in_name, doc.walk_in_address, doc.walk_in_state) == (
        "Ravi Kulkarni",
        "12 MG Road, Pune",
        "27",
    )
    form.new_invoice()
    assert form.walk_in.name_edit.text() == ""


def test_the_buyer_fields_are_only_for_a_walk_in(qtbot: QtBot, stocked: SalesShop) -> None:
    form = make_form(qtbot)
    form.walk_in.name_edit.setText("Typed before choosing")
    pick_customer(qtbot, form, "sharma", stocked.dealer)
    assert not form.walk_in.isVisible()
    assert form.walk_in.values()["buyer_name"] == ""


def test_an_rcm_item_shows_the_buyer_s_tax_apart(qtbot: QtBot, stocked: SalesShop) -> None:
    """Reverse charge (s.9(3) CGST Act): the line's tax is shown marked RCM, not in its total nor
    the bill's."""
    make_item("Goods transport", code="GTA", sale_price=100000, gst_rate_bp=500,
              hsn_sac="996511", unit="trip", reverse_charge=True)  # fmt: skip
    form = make_form(qtbot)
    pick_customer(qtbot, form, "bengal", stocked.outstation)
    type_line(qtbot, form, "GTA", "1")
    type_line(qtbot, form, "TIFFIN", "1")
    form.refresh_preview()
    assert form.grid.text(0, HSN) == "996511"
    assert form.grid.text(0, TAX) == "RCM 50.00"
    assert form.grid.text(0, TOTAL) == "1,000.00"
    assert form.totals.values["rcm"].text() == "₹50.00"
    assert form.totals.values["grand_total"].text() == "₹1,496.00"  # 1,000 + 420 + 75.60, rounded


def test_bill_to_ship_to_on_the_form_makes_the_buyer_s_state_the_place(
    qtbot: QtBot, stocked: SalesShop
) -> None:
    """s.10(1)(b) IGST Act: ticked, goods for a Karnataka buyer delivered in Maharashtra are
    still supplied in Karnataka (IGST)."""
    form = make_form(qtbot)
    pick_customer(qtbot, form, "bengal", stocked.outstation)
    type_line(qtbot, form, "TIFFIN", "1")
    form.ship_to.address.setText("Contractor's site, Chakan MIDC")
    form.ship_to.state.setCurrentIndex(form.ship_to.state.findData("27"))
    form.refresh_preview()
    assert form.ship_to.place.text() == "Place of supply: Maharashtra (27)"  # where delivered
    form.ship_to.third_party.setChecked(True)
    form.refresh_preview()
    assert form.ship_to.place.text() == "Place of supply: Karnataka (29)"
    assert form.totals.values["igst"].text() == "₹75.60"
    doc = form.save()
    assert doc is not None and doc.third_party_delivery and doc.place_of_supply == "29"
