"""What a walk through the screens in Hindi on the demo shop found still English (issue 20): the
customer type filters, the walk-in's name in the payments list and the audit trail, the loyalty
explanation in Settings, GST return periods' months, the statement's "Choose a customer first"
and the GSTR-1 filing prompt; each now in Hindi, English unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from factories import make_customer, make_item
from vyapar_lite.domain.customer import CASH_CODE, CUSTOMER_TYPES
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import receipt_views, sales, sales_settings
from vyapar_lite.services.returns import period
from vyapar_lite.services.sales import InvoiceDraft
from vyapar_lite.ui import language
from vyapar_lite.ui.audit.audit_screen import AuditScreen
from vyapar_lite.ui.customers.customer_list_page import CustomerListPage
from vyapar_lite.ui.customers.reminder_dialog import ReminderDialog
from vyapar_lite.ui.items.stock_dialog import StockDialog
from vyapar_lite.ui.payments.pdc_register import PdcRegisterDialog
from vyapar_lite.ui.payments.rows import receipt_row
from vyapar_lite.ui.reports.inputs import ScopeFilters
from vyapar_lite.ui.reports.return_period import period_label
from vyapar_lite.ui.reports.returns_page import confirm_filing
from vyapar_lite.ui.reports.statement_page import StatementPage
from vyapar_lite.ui.sales.copies_choice import CopiesCombo
from vyapar_lite.ui.sales.document_dialog import DocumentDialog
from vyapar_lite.ui.sales.gst_marks import COPY_CHOICES
from vyapar_lite.ui.settings.gst_rate_settings import GstRateSettings
from vyapar_lite.ui.settings.sales_settings import SalesSettingsGroup

DAY = date(2026, 5, 10)
WALK_IN = "नकद बिक्री (फुटकर)"


@pytest.fixture
def hindi(qapp: QApplication) -> Iterator[None]:
    assert language.start(qapp, "hi") == "hi"
    yield
    language.start(qapp, "en")


def _walk_in_receipt() -> str:
    soap = LineInput("Soap", 1000, 11800, 1800, price_includes_tax=True)
    sale = sales.post_invoice(InvoiceDraft(CASH_CODE, DAY, [soap], received=11800))
    (summary,) = [r for r in receipt_views.recent_receipts() if r.customer_code == CASH_CODE]
    assert summary.number != sale.number
    return receipt_row(summary).customer


def _audit_walk_in(qtbot: QtBot) -> str:
    screen = AuditScreen()
    qtbot.addWidget(screen)
    model = screen.model
    rows = [model.row_at(i) for i in range(model.rowCount())]
    (row,) = [r for r in rows if r is not None and r.record_label == CASH_CODE]
    return model.display(row, "customer")


def test_the_walk_in_in_the_payments_list_and_audit_trail_in_hindi(
    qtbot: QtBot, shop_file: Path, hindi: None
) -> None:
    assert _walk_in_receipt() == f"{WALK_IN} (CASH)"
    assert _audit_walk_in(qtbot) == f"CASH {WALK_IN}"


def test_the_walk_in_in_the_payments_list_and_audit_trail_in_english(
    qtbot: QtBot, shop_file: Path
) -> None:
    assert _walk_in_receipt() == "Cash sale (walk-in) (CASH)"
    assert _audit_walk_in(qtbot) == "CASH Cash sale (walk-in)"


def _type_choices(qtbot: QtBot) -> list[list[tuple[str, str]]]:
    """The customer list's and the reports' customer type filters: (shown, kept) past 'All'."""
    found = []
    for widget in (CustomerListPage(), ScopeFilters("balances")):
        qtbot.addWidget(widget)
        combo = widget.type_filter
        found.append([(combo.itemText(i), combo.itemData(i)) for i in range(1, combo.count())])
    return found


def test_customer_type_filters_in_hindi(qtbot: QtBot, shop_file: Path, hindi: None) -> None:
    for choices in _type_choices(qtbot):
        assert [kept for _shown, kept in choices] == list(CUSTOMER_TYPES)  # filtered in English
        assert ("डीलर", "Dealer") in choices
        assert all(shown != kept for shown, kept in choices), choices


def test_customer_type_filters_in_english(qtbot: QtBot, shop_file: Path) -> None:
    for choices in _type_choices(qtbot):
        assert choices == [(kind, kind) for kind in CUSTOMER_TYPES]


def test_the_loyalty_explanation_in_hindi(qtbot: QtBot, shop_file: Path, hindi: None) -> None:
    sales_settings.save(sales_settings.SalesSettings(False, 10000, 100))
    group = SalesSettingsGroup()
    qtbot.addWidget(group)
    text = group.explain.text()
    assert "ग्राहक को हर ₹100.00 की खरीद पर 1 पॉइंट मिलता है।" in text
    assert "earns" not in text and "redeemed" not in text


def test_return_periods_months_in_hindi(qapp: QApplication, hindi: None) -> None:
    assert period_label(period.of_month(2026, 5)) == "मई 2026"
    assert period_label(period.of_quarter(2026, 1)) == "तिमाही 1 2026-27 (अप्रैल 2026 से जून 2026)"
    prompt = confirm_filing(None, period.of_month(2026, 5), lambda: None)  # type: ignore[arg-type]
    assert "मई 2026 का GSTR-1" in prompt.text() and "exported" not in prompt.text()


def test_return_periods_in_english_read_as_the_service_s(qapp: QApplication) -> None:
    for p in (period.of_month(2026, 5), period.of_quarter(2026, 1), period.of_quarter(2025, 4)):
        assert period_label(p) == p.label


def test_a_statement_without_a_customer_says_so_in_hindi(
    qtbot: QtBot, shop_file: Path, hindi: None
) -> None:
    page = StatementPage()
    qtbot.addWidget(page)
    with pytest.raises(ValidationError) as refused:
        page.request()
    assert language.said(refused.value) == "पहले ग्राहक चुनें"


def test_gst_rates_counted_items_in_hindi(qtbot: QtBot, shop_file: Path, hindi: None) -> None:
    make_item("Soap", gst_rate_bp=500)
    page = GstRateSettings()
    qtbot.addWidget(page)
    labels = [page.list.item(i).text() for i in range(page.list.count())]
    assert "5%  (1 सामान)" in labels or any(x.startswith("5%  (1 ") for x in labels)
    assert not [x for x in labels if "item" in x], labels


def test_the_pdc_register_s_buttons_in_hindi(qtbot: QtBot, shop_file: Path, hindi: None) -> None:
    dialog = PdcRegisterDialog()
    qtbot.addWidget(dialog)
    assert dialog.buttons["open"].text() == "रसीद खोलें (&O)  (Enter)"
    assert not [b.text() for b in dialog.buttons.values() if "receipt" in b.text()]


def test_a_document_s_words_and_balance_due_in_hindi(
    qtbot: QtBot, shop_file: Path, hindi: None
) -> None:
    """The document window's amount in words and 'Balance due' were English."""
    rice = make_item("Rice", opening_stock=10000, sale_price=50000, gst_rate_bp=0)
    code = make_customer("Patil Stores").code
    line = LineInput("Rice", 2000, 50000, 0, item_code=rice.code)
    sale = sales.post_invoice(InvoiceDraft(code, DAY, [line]))
    sales.post_credit_note(sale.number, doc_date=DAY, returns={1: 1000}, reason="damaged")
    dialog = DocumentDialog(sale.number)
    qtbot.addWidget(dialog)
    assert dialog.totals.words.text() == "एक हज़ार रुपये मात्र"
    assert "बकाया राशि ₹500.00" in dialog.status.text() and "Balance" not in dialog.status.text()
    stock = StockDialog(rice.code)  # the credit note's goods back: a sale return
    qtbot.addWidget(stock)
    reasons = [stock.history.item(r, 1).text() for r in range(stock.history.rowCount())]
    assert "बिक्री वापसी" in reasons and "Sale return" not in reasons


def test_the_reminder_dialog_s_heading_in_hindi(qtbot: QtBot, shop_file: Path, hindi: None) -> None:
    codes = [make_customer("Patil Stores").code, make_customer("Kaveri Stores").code]
    dialog = ReminderDialog(codes)
    qtbot.addWidget(dialog)
    heading = dialog.heading.text()
    assert heading.startswith("ग्राहक 1 / 2: ") and "कुछ बकाया नहीं" in heading
    kinds = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    assert kinds == ["भुगतान की याद", "वापस बुलाने की याद"]


def test_the_copies_choice_in_hindi(qtbot: QtBot, hindi: None) -> None:
    combo = CopiesCombo("copies")
    qtbot.addWidget(combo)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "मूल प्रति (प्राप्तकर्ता के लिए)", "मूल और दूसरी प्रति", "तीनों प्रतियाँ", "प्रति का निशान नहीं",
    ]  # fmt: skip
    combo.setCurrentIndex(2)
    assert combo.copies() == COPY_CHOICES["All three copies"]  # printed as Rule 48 words them
