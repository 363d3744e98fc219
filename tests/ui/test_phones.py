"""Phones (issue 15 item 6): Indian landlines with their STD code, mobiles and international
numbers are taken, stored in one form, found by any form, and only mobiles get WhatsApp."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from factories import make_customer
from vyapar_lite.db.models import Customer
from vyapar_lite.domain.contact import PHONE_RULE, normalise_phone
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.reminder import whatsapp_number
from vyapar_lite.services import customer_list
from vyapar_lite.ui.customers.customer_form import CustomerForm
from vyapar_lite.ui.customers.reminder_dialog import ReminderDialog


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("020-24451234", "02024451234"),  # Pune landline with its STD code
        ("+91 20 2445 1234", "02024451234"),
        ("(011) 2345 6789", "01123456789"),  # Delhi
        ("080 2345 6789", "08023456789"),  # Bengaluru: a landline, though 80... is also mobile
        ("98220 12345", "9822012345"),
        ("+91 98220-12345", "9822012345"),
        ("098220 12345", "9822012345"),
        ("+971 50 123 4567", "+971501234567"),
        ("0044 20 7946 0958", "+442079460958"),
        ("+1 650 253 0000", "+16502530000"),
    ],
)
def test_accepted_forms_are_stored_normalised(typed: str, stored: str) -> None:
    assert normalise_phone(typed) == stored
    assert normalise_phone(stored) == stored  # a stored phone still reads back as itself


@pytest.mark.parametrize(
    "typed", ["12345", "2445 1234", "+9715012", "+1234567890123456", "98220 1234", "call me"]
)
def test_refused_forms_say_exactly_what_is_accepted(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        normalise_phone(typed)
    assert str(refused.value).endswith(PHONE_RULE)
    for example in ("10-digit Indian mobile", "STD code", "+ and the country code", "15 digits"):
        assert example in PHONE_RULE


def test_whatsapp_only_for_mobiles() -> None:
    assert whatsapp_number("9822012345") == ("919822012345", "")
    assert whatsapp_number("+971501234567") == ("971501234567", "")
    assert whatsapp_number("02024451234")[0] == ""
    assert whatsapp_number("08023456789") == ("", "08023456789 is not a mobile number")
    assert whatsapp_number("+442079460958")[0] == ""  # a London landline


def test_a_landline_typed_on_the_form_is_saved_and_found_by_any_form(
    qtbot: QtBot, shop_file: Path
) -> None:
    form = CustomerForm()
    qtbot.addWidget(form)
    form.name_edit.setText("Deccan Traders")
    form.phone_edit.setText("+91 20 2445 1234")
    form.phone_edit.editingFinished.emit()
    error = form.findChild(QLabel, "customer.phone.error")
    assert error is None or not error.text()
    assert form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    saved = Customer.get(Customer.name == "Deccan Traders")
    assert saved.phone == "02024451234"

    for typed in ("020-24451234", "+91 20 2445 1234", "020 2445", "02024451234"):
        found = customer_list.page(customer_list.CustomerFilter(search=typed))
        assert [r.name for r in found] == ["Deccan Traders"], typed


def test_the_reminder_offers_whatsapp_only_to_a_mobile(qtbot: QtBot, shop_file: Path) -> None:
    landline = make_customer("Deccan Traders", phone="020-24451234").code
    mobile = make_customer("Asha Verma", phone="98220 12345").code
    dialog = ReminderDialog([landline], open_url=lambda url: True)
    qtbot.addWidget(dialog)
    assert not dialog.whatsapp_button.isEnabled()
    dialog = ReminderDialog([mobile], open_url=lambda url: True)
    qtbot.addWidget(dialog)
    assert dialog.whatsapp_button.isEnabled()
