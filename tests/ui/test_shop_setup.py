"""The first-run shop set-up dialog and the Settings page, driven like a shopkeeper would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from vyapar_lite.db.models import AuditEntry, Shop
from vyapar_lite.services import shop
from vyapar_lite.ui.settings.settings_page import SettingsPage
from vyapar_lite.ui.settings.setup_dialog import ShopSetupDialog


def type_into(qtbot: QtBot, widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    widget.clear()
    qtbot.keyClicks(widget, text)
    widget.editingFinished.emit()


def save_button(dialog: ShopSetupDialog) -> object:
    buttons = dialog.findChild(QDialogButtonBox, "shopSetupButtons")
    return buttons.button(QDialogButtonBox.StandardButton.Save)


def test_setup_refuses_bad_fields_and_saves_nothing(qtbot: QtBot, data_file: Path) -> None:
    dialog = ShopSetupDialog()
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.form.edits["phone"], "12345")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    assert dialog.result() != QDialog.DialogCode.Accepted
    name_error = dialog.findChild(QLabel, "shop.name.error")
    phone_error = dialog.findChild(QLabel, "shop.phone.error")
    state_error = dialog.findChild(QLabel, "shop.state_code.error")
    assert name_error.text() == "Enter the shop's name"
    assert "10-digit Indian mobile" in phone_error.text() and "STD code" in phone_error.text()
    assert "state" in state_error.text()
    assert Shop.select().count() == 0


def test_setup_saves_the_profile(qtbot: QtBot, data_file: Path) -> None:
    dialog = ShopSetupDialog()
    qtbot.addWidget(dialog)
    form = dialog.form
    type_into(qtbot, form.edits["name"], "Gupta Kirana")
    type_into(qtbot, form.edits["phone"], "98220 12345")
    type_into(qtbot, form.edits["gstin"], "27aapfu0939f1zv")
    # the state is filled from the GSTIN's first two digits
    assert form.state.currentData() == "27"
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = shop.get_profile()
    assert saved is not None
    assert (saved.name, saved.phone, saved.state_code, saved.gstin) == (
        "Gupta Kirana",
        "9822012345",
        "27",
        "27AAPFU0939F1ZV",
    )
    assert AuditEntry.select().where(AuditEntry.record_type == "shop").count() == 1


def test_gstin_from_another_state_is_refused(qtbot: QtBot, data_file: Path) -> None:
    dialog = ShopSetupDialog()
    qtbot.addWidget(dialog)
    form = dialog.form
    type_into(qtbot, form.edits["name"], "Gupta Kirana")
    form.state.setCurrentIndex(form.state.findData("29"))
    type_into(qtbot, form.edits["gstin"], "27AAPFU0939F1ZV")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Maharashtra" in dialog.findChild(QLabel, "shop.gstin.error").text()
    assert shop.get_profile() is None


def test_settings_page_edits_the_profile(qtbot: QtBot, shop_file: Path) -> None:
    page = SettingsPage()
    qtbot.addWidget(page)
    assert page.form.edits["name"].text() == "Test Traders"
    type_into(qtbot, page.form.edits["name"], "Test Traders & Sons")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert page.status.text() == "Saved."
    profile = shop.get_profile()
    assert profile is not None and profile.name == "Test Traders & Sons"

    type_into(qtbot, page.form.edits["pin_code"], "0123")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text().startswith("Not saved")
    assert shop.get_profile() == profile
