"""The screens issue 20 wrapped last, started in Hindi: the main window's navigation and menus,
the invoice and receipt forms (their buttons, columns, totals and keys), and the dashboard's
month axis and ageing columns. English (the tests' default) is checked unchanged alongside."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from factories import make_customer
from payment_builders import customer, invoice, receive
from sales_factories import SalesShop, stock_the_shop
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.services import customers, items, money_books, payments, sales, sales_register
from vyapar_lite.services.returns import period as return_periods
from vyapar_lite.services.sales import InvoiceDraft
from vyapar_lite.ui import language
from vyapar_lite.ui.dashboard.charts import ageing_label, month_name, unit_for
from vyapar_lite.ui.help import sheets
from vyapar_lite.ui.main_window import MainWindow
from vyapar_lite.ui.money.accounts_panel import AccountsPanel
from vyapar_lite.ui.payments.labels import (
    days_text,
    days_to_go_text,
    kept_label,
    kept_text,
    net_text,
    owed_text,
    payable_text,
)
from vyapar_lite.ui.payments.receipt_form import ReceiptForm
from vyapar_lite.ui.payments.saved_bar import ReceiptSavedBar
from vyapar_lite.ui.reports import (
    balances_page,
    composition_page,
    day_book_page,
    hsn_page,
    insights_page,
    register_page,
    report_html,
    returns_page,
)
from vyapar_lite.ui.reports.printout import Html
from vyapar_lite.ui.reports.report_text import Column
from vyapar_lite.ui.reports.return_period import ReturnPeriodPicker
from vyapar_lite.ui.sales.customer_picker import account_facts
from vyapar_lite.ui.sales.invoice_form import InvoiceForm
from vyapar_lite.ui.sales.labels import balance_text, kind_label, mode_label, status_label
from vyapar_lite.ui.settings.backup_settings import BackupSettingsGroup
from vyapar_lite.ui.settings.numbering_settings import NumberingSettingsGroup
from vyapar_lite.ui.settings.payment_settings import PaymentSettingsGroup
from vyapar_lite.ui.widgets import FieldBox

DAY = date(2026, 5, 10)


@pytest.fixture
def hindi(qapp: QApplication) -> Iterator[None]:
    assert language.start(qapp, "hi") == "hi"
    yield
    language.start(qapp, "en")


@pytest.fixture
def stocked(shop_file: Path) -> SalesShop:
    return stock_the_shop()


def headers(table: object) -> list[str]:
    model = table.model()  # type: ignore[attr-defined]
    return [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]


def test_the_main_window_navigation_and_menus_in_hindi(
    qtbot: QtBot, shop_file: Path, hindi: None
) -> None:
    window = MainWindow(shop_file)
    qtbot.addWidget(window)
    nav = window.findChild(QListWidget, "navList")
    assert [nav.item(i).text() for i in range(nav.count())] == [
        "डैशबोर्ड", "ग्राहक", "सामान", "बिक्री", "भुगतान", "रिपोर्ट", "ऑडिट", "सेटिंग्स", "पैसा",
    ]  # fmt: skip
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["फ़ाइल (&F)", "जाएँ (&G)", "बिक्री (&S)", "भुगतान (&P)", "मदद (&H)"]
    sales_menu = window.menuBar().actions()[2].menu()
    assert sales_menu.actions()[0].text() == "नया इनवॉइस (&I)"


def test_the_main_window_in_english_is_unchanged(qtbot: QtBot, shop_file: Path) -> None:
    window = MainWindow(shop_file)
    qtbot.addWidget(window)
    nav = window.findChild(QListWidget, "navList")
    assert nav.item(0).text() == "Dashboard"
    assert [a.text() for a in window.menuBar().actions()][-1] == "&Help"
    assert [a.text() for a in window.menuBar().actions()][2] == "&Sales"  # before Help


def test_the_invoice_form_in_hindi(qtbot: QtBot, stocked: SalesShop, hindi: None) -> None:
    form = InvoiceForm()
    qtbot.addWidget(form)
    form.refresh_preview()
    assert "नया बिक्री इनवॉइस" in form.title.text()
    assert form.save_button.text() == "इनवॉइस सहेजें (&S)  (Ctrl+S)"
    assert headers(form.grid)[:3] == ["सामान", "HSN/SAC", "मात्रा"]
    assert form.findChild(QLabel, "sales.keys").text().startswith("Enter अगला खाना")
    assert form.totals.labels["grand_total"].text() == "कुल योग"
    assert form.mode_combo.itemText(0) == "नकद"


def test_the_receipt_form_in_hindi(qtbot: QtBot, stocked: SalesShop, hindi: None) -> None:
    form = ReceiptForm()
    qtbot.addWidget(form)
    assert "नई रसीद" in form.title.text()
    assert form.save_button.text() == "रसीद सहेजें (&S)  (Ctrl+S)"
    assert headers(form.table)[:4] == ["नंबर", "तारीख", "देय", "कुल"]
    assert [b.text() for b in form.findChildren(QPushButton) if "F5" in b.text()] == [
        "अपने आप (&U)  (F5)"
    ]


def test_labels_months_and_ageing_follow_the_language(qapp: QApplication, hindi: None) -> None:
    assert (kind_label("invoice"), status_label("cancelled"), mode_label("cheque")) == (
        "इनवॉइस", "रद्द", "चेक",
    )  # fmt: skip
    assert balance_text(125_000) == "₹1,250.00 लेना है"  # the amount keeps its digits
    assert month_name(date(2026, 1, 1), with_year=True) == "जन 26"
    assert month_name(date(2026, 3, 1), with_year=False) == "मार्च"
    assert [ageing_label(x) for x in ("Not due", "0-30", "Over 90")] == [
        "अभी देय नहीं", "0-30", "90 से ऊपर",
    ]  # fmt: skip
    assert unit_for(5_00_00_000)[1] == "₹ lakh"  # the key; the axis shows it translated


def test_labels_and_months_in_english(qapp: QApplication) -> None:
    assert (kind_label("invoice"), balance_text(-20_000), balance_text(0)) == (
        "Invoice", "₹200.00 advance held", "Nil",
    )  # fmt: skip
    assert month_name(date(2026, 1, 1), with_year=True) == "Jan 26"
    assert ageing_label("Over 90") == "Over 90"


def test_service_messages_show_in_hindi_and_stay_english_for_the_cli(
    qtbot: QtBot, stocked: SalesShop, hindi: None
) -> None:
    """The invoice, receipt and customer services' messages are `Message`s: a screen shows
    them in Hindi (`language.shown`, FieldBox), their `str` (the CLI's, the log's) is English."""
    with pytest.raises(ValidationError) as invoice:
        sales.post_invoice(InvoiceDraft(stocked.outstation, date(2026, 6, 1), []))
    message = next(e.message for e in invoice.value.errors if e.field == "lines")
    assert str(message) == "Add at least one line"
    assert language.shown(message) == "कम से कम एक पंक्ति जोड़ें"

    with pytest.raises(ValidationError) as customer:
        customers.get_customer("NOSUCH")
    (error,) = customer.value.errors
    assert str(error.message) == "There is no customer with code NOSUCH"
    assert language.shown(error.message) == "कोड NOSUCH वाला कोई ग्राहक नहीं है"

    form = ReceiptForm()
    qtbot.addWidget(form)
    form.save()
    assert "भुगतान करने वाला ग्राहक चुनें" in form.messages.text()


def test_the_help_sheets_in_hindi(qapp: QApplication, hindi: None) -> None:
    """The F1 sheet and the getting-started page: words in Hindi, key names as they are."""
    keys = sheets.shortcuts_html("sales")
    assert "कुंजियाँ: बिक्री (और इनवॉइस विंडो)" in keys
    assert "Ctrl+S" in keys and "इनवॉइस सहेजें" in keys and "हर जगह" in keys
    assert "Save the invoice" not in keys
    start = sheets.getting_started_html()
    assert "आपकी पहली बिक्री" in start and "Your first sale" not in start


def test_the_help_sheets_in_english(qapp: QApplication) -> None:
    assert "Keys: Sales (and the invoice window)" in sheets.shortcuts_html("sales")
    assert "Your first sale" in sheets.getting_started_html()


def test_a_field_box_shows_a_service_message_in_hindi(qtbot: QtBot, hindi: None) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    edit = QLineEdit(holder)
    box = FieldBox("test.box", edit, holder)
    message = Message(
        QT_TRANSLATE_NOOP("messages", "There is no customer with code {code}"), code="X1"
    )
    box.set_error(message)
    assert box.error.text() == "कोड X1 वाला कोई ग्राहक नहीं है"
    assert str(message) == "There is no customer with code X1"


def test_a_report_printout_s_title_and_labels_in_hindi(qapp: QApplication, hindi: None) -> None:
    printout = report_html.report_printout(
        None,
        QCoreApplication.translate("report_printout", "Customer balances"),
        ("As of", "30-06-2026"),
        [],
        details=(("Customer", "C0001"),),
    )
    assert printout.title == "ग्राहकों के बैलेंस"
    top = printout.blocks[0]
    assert isinstance(top, Html)
    assert "इस तारीख तक" in top.html and "बनाया गया" in top.html and "30-06-2026" in top.html
    assert "ग्राहकों के बैलेंस" in top.html and "As of" not in top.html


def test_the_payments_words_in_hindi(qapp: QApplication, hindi: None) -> None:
    """Days overdue, a cheque's days to go, a supplier's net and the money a receipt keeps were
    English f-strings ("220 days", "in 5 days", "₹3,000.00 to pay")."""
    assert (days_text(220), days_text(1), days_text(0)) == ("220 दिन", "1 दिन", "")
    assert [days_to_go_text(d) for d in (5, 0, -3)] == ["5 दिन में", "आज", "3 दिन पहले"]
    assert net_text(-300_000) == "₹3,000.00 देना है" and net_text(0) == "शून्य"
    assert payable_text(-50_000) == "₹500.00 पहले से चुकाया"
    assert owed_text(-50_000) == "शून्य (₹500.00 पहले से चुकाया)"
    assert kept_text(100_000, 500) == "₹1,000.00 खाते में जमा रखा"
    assert QCoreApplication.translate("amounts", kept_label(0)) == "अग्रिम के रूप में रखा"


def test_the_payments_words_in_english(qapp: QApplication) -> None:
    assert (days_text(220), days_text(1)) == ("220 days", "1 day")
    assert [days_to_go_text(d) for d in (5, 1, 0, -1)] == [
        "in 5 days",
        "in 1 day",
        "today",
        "1 day ago",
    ]
    assert (net_text(-300_000), owed_text(-50_000)) == (
        "₹3,000.00 to pay",
        "Nil (₹500.00 paid ahead)",
    )
    assert kept_text(100_000, 0) == "₹1,000.00 kept as advance"


def test_the_receipt_saved_bar_in_hindi(qtbot: QtBot, shop_file: Path, hindi: None) -> None:
    code = customer()
    invoice(code, 10_000_00)
    receipt = payments.get_receipt(receive(code, 15_000_00))
    bar = ReceiptSavedBar()
    qtbot.addWidget(bar)
    bar.show_saved(receipt)
    text = bar.label.text()
    assert f"<b>{receipt.number} सहेजा गया</b>" in text
    assert "1 दस्तावेज़ चुकाए" in text and "₹5,000.00 अग्रिम के रूप में रखा" in text
    assert bar.next_button.text() == "नई रसीद (&N)  (Ctrl+R)"


def test_settings_choices_built_in_loops_in_hindi(
    qtbot: QtBot, shop_file: Path, hindi: None
) -> None:
    """Texts a settings group builds from a table (the series' names, the cheque choices, the
    backups kept), not literals passed to a widget, were English in Hindi."""
    numbering = NumberingSettingsGroup()
    payment = PaymentSettingsGroup()
    backup = BackupSettingsGroup()
    for group in (numbering, payment, backup):
        qtbot.addWidget(group)
    labels = {w.text() for g in (numbering, backup) for w in g.findChildren(QLabel)}
    assert {"इनवॉइस प्रीफ़िक्स", "रसीदें प्रीफ़िक्स", "रोज़ाना", "मासिक"} <= labels
    assert payment.radios["receipt"].text() == "मिलते ही (ग्राहक का बैलेंस तुरंत घटता है)"
    assert backup.again.placeholderText() == "पासवर्ड फिर से"


def test_the_money_accounts_kinds_and_modes_in_hindi(
    qtbot: QtBot, shop_file: Path, hindi: None
) -> None:
    """The accounts' kind column and the modes' names were English in Hindi."""
    panel = AccountsPanel()
    qtbot.addWidget(panel)
    kinds = {panel.table.item(r, 1).text() for r in range(panel.table.rowCount())}
    assert kinds <= {"नकद", "बैंक"} and "नकद" in kinds
    form = panel.modes["upi"].parentWidget().layout()
    assert isinstance(form, QFormLayout)
    assert form.labelForField(panel.modes["cash"]).text() == "नकद"


def test_report_rows_words_in_hindi(stocked: SalesShop, hindi: None) -> None:
    """The day book's kinds and statuses, the register's document types and by-rate table and
    the ageing's last band were English in Hindi (values, not literals passed to widgets)."""
    rice = items.get_item("RICE5").details
    line = LineInput(rice.name, 1000, rice.sale_price, rice.gst_rate_bp, item_code="RICE5")
    doc = sales.post_invoice(InvoiceDraft(stocked.outstation, DAY, [line]))
    book = money_books.day_book(DAY, DAY)
    kind, status = day_book_page.COLUMNS[1], day_book_page.COLUMNS[-1]
    shown = {(kind.value(r), status.value(r)) for r in book.rows if r.number == doc.number}
    assert shown == {("इनवॉइस", "दर्ज")}
    row = next(r for r in sales_register.iter_register(DAY, DAY) if r.number == doc.number)
    assert register_page.type_text(row).startswith("इनवॉइस · ")
    assert register_page.rate_headers()[:2] == ["जीएसटी दर", "कर योग्य"]
    assert Column("Over 90", lambda r: r).title == "90 से ऊपर"
    assert hsn_page.tab_headers()[:2] == ["टैब", "पंक्तियाँ"]
    quarter = composition_page.COLUMNS[0]
    assert quarter.value(type("Row", (), {"quarter": "April-June"})()) == "अप्रैल-जून"


def test_insights_returns_and_balances_words_in_hindi(
    qtbot: QtBot, shop_file: Path, hindi: None
) -> None:
    """The insights' segments and columns, the return period's Month/Quarter and the balances'
    customer types were English in Hindi."""
    page = insights_page.InsightsPage()
    picker = ReturnPeriodPicker("test.period")
    for widget in (page, picker):
        qtbot.addWidget(widget)
    assert page.segment.itemText(0) == "सबसे अच्छे ग्राहक"
    assert [c.title for c in insights_page.columns("best")][2:4] == ["शुद्ध बिक्री", "इनवॉइस"]
    assert [picker.kind.itemText(i) for i in range(2)] == ["महीना", "तिमाही"]
    type_column = next(c for c in balances_page.COLUMNS if c.header == "Type")
    row = type("Row", (), {"customer_type": "Dealer"})()
    assert type_column.value(row) == "डीलर"


def test_a_customer_s_type_under_the_picker_in_hindi(shop_file: Path, hindi: None) -> None:
    """The line under the customer box on invoices and receipts said the type in English."""
    account = make_customer("Mahesh Traders", customer_type="Dealer")
    assert account_facts(account).startswith("डीलर · बैलेंस ")


def test_the_gst_returns_status_line_in_hindi(qapp: QApplication, hindi: None) -> None:
    result = SimpleNamespace(
        closed_up_to=None,
        filed=[],
        is_filed=False,
        period=return_periods.of_month(2026, 11),
        problems=[],
    )
    assert returns_page.filed_text(result) == (  # type: ignore[arg-type]
        "नवंबर 2026 का GSTR-1: फ़ाइल किया दर्ज नहीं · कोई खाते बंद नहीं · फ़ाइल की गई अवधियाँ: अभी कोई नहीं"
    )
    assert returns_page.not_ready_html(result).startswith("<b>तैयार:</b>")  # type: ignore[arg-type]
