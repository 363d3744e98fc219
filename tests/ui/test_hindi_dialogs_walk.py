"""What a walk in Hindi through the money dialogs the last pass did not open found still English
(issue 20): the contra settlement's sides, the re-allocation's title, summary and its '&Reason'
shown with its ampersand, the cheque date and bounce questions, and the Excel import's preview
(its summary, headers, button and closing message, found by the widened translation scan), a
payment out's mode and a payment's or receipt's amount in words (the service's English); each now
in Hindi, English unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from payment_builders import cheque, customer, invoice, receive, supplier
from sheet_files import customer_row, write_sheet
from vyapar_lite.services import payments, receipt_views
from vyapar_lite.services.payments import BillDraft
from vyapar_lite.ui import language
from vyapar_lite.ui.customers.customers_screen import CustomersScreen
from vyapar_lite.ui.payments import cheque_dialogs, reallocate_dialog
from vyapar_lite.ui.payments.cheque_dialogs import ChequeDateDialog
from vyapar_lite.ui.payments.outgoing_views import PaymentDialog
from vyapar_lite.ui.payments.payment_out_form import PaymentOutForm
from vyapar_lite.ui.payments.receipt_view import ReceiptDialog
from vyapar_lite.ui.payments.settle_dialog import SettleDialog

DAY = date(2026, 5, 10)


@pytest.fixture
def hindi(qapp: QApplication) -> Iterator[None]:
    assert language.start(qapp, "hi") == "hi"
    yield
    language.start(qapp, "en")


def _settle_sides(qtbot: QtBot) -> list[str]:
    code = supplier("Gupta Electricals", billing_address="4 Lamington Rd", state_code="27")
    invoice(code, 12400000)
    payments.record_bill(BillDraft(code, "GE/118", DAY, taxable=8200000, gst=0, total=8200000))
    dialog = SettleDialog(code)
    qtbot.addWidget(dialog)
    table = dialog.table
    return [table.item(row, 1).text() for row in range(table.rowCount())]


def test_the_settlement_s_sides_in_hindi(qtbot: QtBot, shop_file: Path, hindi: None) -> None:
    assert _settle_sides(qtbot) == ["बिक्री (उन्हें हमें देना है)", "खरीद (हमें उन्हें देना है)"]


def test_the_settlement_s_sides_in_english(qtbot: QtBot, shop_file: Path) -> None:
    assert _settle_sides(qtbot) == ["Sales (they owe us)", "Purchases (we owe them)"]


def _reallocate(qtbot: QtBot) -> reallocate_dialog.ReallocateDialog:
    code = customer("Sunita Pawar")
    invoice(code, 600000)
    number = receive(code, 900000, DAY)
    dialog = reallocate_dialog.for_receipt(receipt_views.get_receipt(number))
    qtbot.addWidget(dialog)
    return dialog


def test_the_reallocation_in_hindi(qtbot: QtBot, shop_file: Path, hindi: None) -> None:
    dialog = _reallocate(qtbot)
    assert dialog.windowTitle() == "RCT/26-27/00001 फिर से बाँटें"
    assert dialog.summary.text().startswith("रसीद ₹9,000.00 · बाँटा गया")
    # the reason's label names its field: Alt+R reaches it and the '&' is not shown
    (label,) = [w for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    assert label.buddy() is dialog.reason_edit and label.text() == "कारण (&R)"


def test_the_reallocation_in_english(qtbot: QtBot, shop_file: Path) -> None:
    dialog = _reallocate(qtbot)
    assert dialog.windowTitle() == "Re-allocate RCT/26-27/00001"
    assert dialog.summary.text().startswith("Receipt ₹9,000.00 · allocated")
    (label,) = [w for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    assert label.buddy() is dialog.reason_edit


def _deposit_asked(qtbot: QtBot) -> tuple[str, str]:
    """The PDC register's deposit asks the day in a cheque date dialog: (title, question)."""
    code = customer("Sharma Traders")
    invoice(code, 600000)
    number = receive(code, 600000, DAY, mode="cheque", cheque=cheque("004512", on=DAY, bank="SBI"))
    seen: list[tuple[str, str]] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ChequeDateDialog)
        (question,) = [w.text() for w in dialog.findChildren(QLabel) if w.wordWrap()]
        seen.append((dialog.windowTitle(), question))
        dialog.reject()

    QTimer.singleShot(50, answer)
    words = cheque_dialogs.cheque_words("004512", "SBI", 600000, "Sharma Traders")
    assert cheque_dialogs.deposit(None, number, words, DAY) is None  # cancelled: not deposited
    return seen[0]


def test_the_cheque_date_question_in_hindi(qtbot: QtBot, shop_file: Path, hindi: None) -> None:
    assert _deposit_asked(qtbot) == (
        "चेक जमा किया",
        "Sharma Traders का ₹6,000.00 का चेक 004512 (SBI): किस तारीख को जमा किया?",
    )


def test_the_cheque_date_question_in_english(qtbot: QtBot, shop_file: Path) -> None:
    assert _deposit_asked(qtbot) == (
        "Cheque deposited",
        "Cheque 004512 (SBI) of ₹6,000.00 from Sharma Traders: deposited on?",
    )


def _import_preview(qtbot: QtBot, tmp_path: Path, previews: list[object]) -> tuple[object, str]:
    path = write_sheet(tmp_path / "new.xlsx", [customer_row("Asha Verma")])
    screen = CustomersScreen()
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.excel.imported, timeout=10000):
        screen.excel.import_file(path)
    return previews[0], screen.excel.last_message


def test_the_excel_import_in_hindi(
    qtbot: QtBot, shop_file: Path, tmp_path: Path, previews: list[QDialog], hindi: None
) -> None:
    dialog, message = _import_preview(qtbot, tmp_path, previews)
    assert dialog.summary.text().startswith("<b>1 ग्राहक</b> इम्पोर्ट के लिए तैयार हैं")  # type: ignore[attr-defined]
    assert dialog.import_button.text() == "1 ग्राहक इम्पोर्ट करें"  # type: ignore[attr-defined]
    header = dialog.rows.horizontalHeaderItem  # type: ignore[attr-defined]
    assert [header(c).text() for c in range(3)] == ["पंक्ति", "कोड", "नाम"]
    assert message.startswith("1 ग्राहक (") and message.endswith("इम्पोर्ट हुए।")


def test_the_excel_import_in_english(
    qtbot: QtBot, shop_file: Path, tmp_path: Path, previews: list[QDialog]
) -> None:
    dialog, message = _import_preview(qtbot, tmp_path, previews)
    assert dialog.summary.text().startswith("<b>1 customers</b> are ready to import")  # type: ignore[attr-defined]
    assert dialog.import_button.text() == "Import 1 customers"  # type: ignore[attr-defined]
    header = dialog.rows.horizontalHeaderItem  # type: ignore[attr-defined]
    assert [header(c).text() for c in range(3)] == ["Row", "Code", "Name"]
    assert message.startswith("Imported 1 customer (")


def _payment_out_window(qtbot: QtBot) -> tuple[str, str]:
    """A payment out's window: (its facts' words, its amount in words)."""
    code = supplier("Mehta Paints", billing_address="9 MG Rd", state_code="27")
    payments.record_bill(BillDraft(code, "MP/7", DAY, taxable=500000, gst=0, total=500000))
    form = PaymentOutForm(code)
    qtbot.addWidget(form)
    form.amount_edit.setText("5,000")
    view = form.save()
    assert view is not None, form.messages.text()
    window = PaymentDialog(view.number)
    qtbot.addWidget(window)
    facts = " ".join(w.text() for w in window.findChildren(QLabel))
    return facts, window.side.words.text()


def test_a_payment_out_s_mode_and_words_in_hindi(
    qtbot: QtBot, shop_file: Path, hindi: None
) -> None:
    facts, words = _payment_out_window(qtbot)
    assert "तरीका: नकद" in facts and "Cash" not in facts
    assert words == "पाँच हज़ार रुपये मात्र"


def test_a_payment_out_s_mode_and_words_in_english(qtbot: QtBot, shop_file: Path) -> None:
    facts, words = _payment_out_window(qtbot)
    assert "Mode: Cash" in facts
    assert words == "Five Thousand Rupees Only"


def test_a_receipt_s_words_in_hindi(qtbot: QtBot, shop_file: Path, hindi: None) -> None:
    code = customer("Sunita Pawar")
    window = ReceiptDialog(receive(code, 300000, DAY))
    qtbot.addWidget(window)
    assert window.side.words.text() == "तीन हज़ार रुपये मात्र"


def _bill_and_written(qtbot: QtBot) -> tuple[str, list[str]]:
    """A purchase bill's row in the payments list, and what the pack, Tally and GSTR-1 exports
    say they wrote (the scan of f-strings outside a widget's call found them English)."""
    from vyapar_lite.ui.payments.rows import bill_row
    from vyapar_lite.ui.reports.pack_page import PackPage
    from vyapar_lite.ui.reports.returns_page import ReturnsPage
    from vyapar_lite.ui.reports.tally_page import TallyPage

    code = supplier("Mehta Paints", billing_address="9 MG Rd", state_code="27")
    bill = payments.record_bill(BillDraft(code, "MP/7", DAY, taxable=500000, gst=0, total=500000))
    pages = [PackPage(), TallyPage(), ReturnsPage()]
    for page in pages:
        qtbot.addWidget(page)
    return bill_row(bill).how, [page.written(1200) for page in pages]


def test_a_bill_s_row_and_the_exports_words_in_hindi(
    qtbot: QtBot, shop_file: Path, hindi: None
) -> None:
    how, written = _bill_and_written(qtbot)
    assert how == "उनका बिल MP/7"
    assert written == [
        "1,200 स्टेटमेंट वाला पैक",
        "1,200 वाउचर वाली Tally फ़ाइल",
        "1,200 प्रविष्टियों वाला GSTR-1",
    ]


def test_a_bill_s_row_and_the_exports_words_in_english(qtbot: QtBot, shop_file: Path) -> None:
    how, written = _bill_and_written(qtbot)
    assert how == "their bill MP/7"
    assert written == [
        "The pack with 1,200 statements",
        "The Tally file with 1,200 vouchers",
        "GSTR-1 with 1,200 entries",
    ]


def test_a_cancelled_set_up_is_told_in_hindi(tmp_path: Path, hindi: None) -> None:
    from vyapar_lite.ui.shop_session import setup_cancelled_text

    text = setup_cancelled_text(tmp_path / "new.vyapar")
    assert text.startswith("सेट-अप रद्द किया गया") and f"फ़ाइल {tmp_path / 'new.vyapar'}" in text
    assert "Set-up was cancelled" not in text and "holds no shop" not in text


def test_the_reverse_charge_declaration_prints_in_english_with_its_hindi(hindi: None) -> None:
    """Rule 46(p)'s declaration under the lines printed English only on a Hindi invoice; as a
    row the Rule prescribes it keeps the English, with the Hindi beside it."""
    from types import SimpleNamespace

    from vyapar_lite.ui.sales.print_rows import reverse_charge_note

    doc = SimpleNamespace(lines=[SimpleNamespace(rcm_tax=5000), SimpleNamespace(rcm_tax=0)])
    note = reverse_charge_note(doc)  # type: ignore[arg-type]
    assert note.startswith("Tax of ₹50.00 on the lines marked RCM is payable by the recipient")
    assert " / RCM चिह्नित पंक्तियों पर ₹50.00 का कर रिवर्स चार्ज के अंतर्गत" in note
