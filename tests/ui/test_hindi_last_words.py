"""The last English on Hindi screens (issue 20): the audit trail's cells, the insights summary,
supplier statements' line kinds, the numbering settings' errors, the app's default money
account names, the GST returns' descriptions and a customer's change history, each read on
screen in Hindi and unchanged in English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from factories import make_customer
from payment_builders import receive
from report_pages import row_texts, shown
from return_builders import build_return_shop
from vyapar_lite.db.money_backfill import CASH_NAME, UNSET_BANK_NAME
from vyapar_lite.services import audit_list, money_accounts, money_setup, purchases, supplier_side
from vyapar_lite.services.returns.period import parse_month
from vyapar_lite.ui import language
from vyapar_lite.ui.audit.audit_screen import AuditScreen
from vyapar_lite.ui.money.account_names import DEFAULT_NAMES
from vyapar_lite.ui.money.accounts_panel import AccountsPanel
from vyapar_lite.ui.money.drawer import DrawerChoice, this_pc_drawer
from vyapar_lite.ui.reports.gstr3b_page import Gstr3bPage
from vyapar_lite.ui.reports.insights_page import InsightsPage
from vyapar_lite.ui.reports.reports_screen import ReportsScreen
from vyapar_lite.ui.reports.returns_page import ReturnsPage
from vyapar_lite.ui.reports.statement_page import StatementPage
from vyapar_lite.ui.settings.numbering_settings import NumberingSettingsGroup

MAY = parse_month("2026-05")


@pytest.fixture
def hindi(qapp: QApplication) -> Iterator[None]:
    assert language.start(qapp, "hi") == "hi"
    yield
    language.start(qapp, "en")


def _customer_row(screen: AuditScreen, kind: str = "customer") -> dict[str, str]:
    model = screen.model
    for i in range(model.rowCount()):
        row = model.row_at(i)
        if row is not None and row.record_type == kind:
            return {k: model.display(row, k) for k in ("action", "record_type", "changes")}
    raise AssertionError("no customer row on the audit screen")


def test_the_audit_trail_cells_in_hindi(qtbot: QtBot, shop_file: Path, hindi: None) -> None:
    make_customer("Asha Verma", code="ASHA", credit_limit=500000)
    receive("ASHA", 50000, date(2026, 5, 12))
    screen = AuditScreen()
    qtbot.addWidget(screen)
    receipt = _customer_row(screen, "receipt")
    assert (receipt["action"], receipt["record_type"]) == ("दर्ज किया", "रसीद")
    assert "तरीका: नकद" in receipt["changes"] and "स्थिति: दर्ज" in receipt["changes"]
    cells = _customer_row(screen)
    assert cells["action"] == "बनाया"
    assert cells["record_type"] == "ग्राहक"
    assert "नाम: Asha Verma" in cells["changes"]
    assert "उधार सीमा: ₹5,000.00" in cells["changes"]
    assert "Name" not in cells["changes"]
    kinds = [screen.record_type.itemText(i) for i in range(screen.record_type.count())]
    assert "ग्राहक" in kinds and "customer" not in kinds
    screen.record_type.setCurrentIndex(kinds.index("ग्राहक"))  # filters by the stored type
    by_type = audit_list.count(audit_list.AuditFilter(record_type="customer"))
    assert screen.model.total == by_type >= 1


def test_the_audit_trail_cells_in_english_are_unchanged(qtbot: QtBot, shop_file: Path) -> None:
    make_customer("Asha Verma", code="ASHA", credit_limit=500000)
    receive("ASHA", 50000, date(2026, 5, 12))
    screen = AuditScreen()
    qtbot.addWidget(screen)
    receipt = _customer_row(screen, "receipt")
    assert (receipt["action"], receipt["record_type"]) == ("post", "receipt")
    assert "Mode: cash" in receipt["changes"] and "Status: posted" in receipt["changes"]
    cells = _customer_row(screen)
    assert (cells["action"], cells["record_type"]) == ("create", "customer")
    assert "Name: Asha Verma" in cells["changes"]
    assert "Credit limit: ₹5,000.00" in cells["changes"]


def _insights_summary(qtbot: QtBot, segment: str) -> str:
    page = InsightsPage()
    qtbot.addWidget(page)
    page.choose(segment)
    shown(qtbot, page, page.load)
    return page.summary.text()


def test_the_insights_summary_line_in_hindi(qtbot: QtBot, shop_file: Path, hindi: None) -> None:
    text = _insights_summary(qtbot, "dormant")
    assert "<b>निष्क्रिय ग्राहक</b>" in text
    assert "तक" in text  # "as of" a date
    assert "पिछले 90 दिनों में कुछ नहीं खरीदा (सक्रिय ग्राहक)" in text
    assert "bought" not in text
    groups = _insights_summary(qtbot, "type")
    assert "हर प्रकार; बैलेंस आज तक का" in groups
    assert "डबल-क्लिक" in groups and "every" not in groups


def test_the_insights_summary_line_in_english_is_unchanged(qtbot: QtBot, shop_file: Path) -> None:
    text = _insights_summary(qtbot, "dormant")
    assert text.startswith("<b>Dormant customers</b> · as of ")
    assert text.endswith("bought nothing in the last 90 days (active customers)")
    groups = _insights_summary(qtbot, "type")
    assert "every type; balances as of today · double-click a group for its customers" in groups


def _supplier_kinds(qtbot: QtBot) -> list[str]:
    """The supplier side's Type column of a customer who is also a supplier: a bill kept and a
    bill cancelled (its line marked cancelled, and the reversal). The hook is installed as the
    app does at start-up (tests/conftest.py takes it away after)."""
    supplier_side.install()
    code = make_customer("Gupta Electricals", also_supplier=True).code
    on = date.today()
    purchases.record_bill(purchases.BillDraft(code, "G-77", on, 100000, 18000, 118000))
    second = purchases.record_bill(purchases.BillDraft(code, "G-78", on, 10000, 1800, 11800))
    purchases.cancel_bill(second.number, "entered twice")
    page = StatementPage()
    qtbot.addWidget(page)
    shown(qtbot, page, lambda: page.open_statement(code, on.replace(day=1), on))
    model = page.supplier_model
    return sorted(str(model.index(r, 1).data()) for r in range(model.rowCount()))


def test_the_supplier_statement_line_kinds_in_hindi(
    qtbot: QtBot, shop_file: Path, hindi: None
) -> None:
    assert _supplier_kinds(qtbot) == ["खरीद बिल", "खरीद बिल (रद्द)", "बिल रद्द"]


def test_the_supplier_statement_line_kinds_in_english_are_unchanged(
    qtbot: QtBot, shop_file: Path
) -> None:
    assert _supplier_kinds(qtbot) == [
        "Bill cancelled",
        "Purchase bill",
        "Purchase bill (cancelled)",
    ]


def _numbering_errors(qtbot: QtBot) -> tuple[str, str]:
    """The receipts' prefix made the invoices' (already taken) and the expenses' left empty."""
    group = NumberingSettingsGroup()
    qtbot.addWidget(group)
    group.edits["receipt"].setText(group.edits["invoice"].text())
    group.edits["expense"].setText("")
    assert group.save() is None
    return (
        group.boxes["prefix.receipt"].error.text(),
        group.boxes["prefix.expense"].error.text(),
    )


def test_the_numbering_settings_errors_name_the_series_in_hindi(
    qtbot: QtBot, shop_file: Path, hindi: None
) -> None:
    taken, empty = _numbering_errors(qtbot)
    assert taken == "रसीदें प्रीफ़िक्स: INV पहले से इनवॉइस का प्रीफ़िक्स है"
    assert empty.startswith("खर्च प्रीफ़िक्स: ") and "Enter" not in empty


def test_the_numbering_settings_errors_in_english_are_unchanged(
    qtbot: QtBot, shop_file: Path
) -> None:
    taken, empty = _numbering_errors(qtbot)
    assert taken == "Receipts prefix: INV is already the invoices prefix"
    assert empty == "Expenses prefix: Enter a prefix, for example INV"


def _accounts_shown(qtbot: QtBot) -> tuple[list[str], list[str], str]:
    """The accounts panel's names, the cash mode's choices and the drawer picker's first entry,
    with a second cash counter the shop named itself."""
    money_setup.add_account(money_setup.NewAccount("Counter 2", "cash"))
    panel = AccountsPanel()
    qtbot.addWidget(panel)
    names = sorted(panel.table.item(r, 0).text() for r in range(panel.table.rowCount()))
    cash = panel.modes["cash"]
    drawer = DrawerChoice("test.drawer")
    qtbot.addWidget(drawer)
    drawer.setCurrentIndex(0)
    drawer.activated.emit(0)  # picked: this PC's drawer is kept by its stored name
    return names, sorted(cash.itemText(i) for i in range(cash.count())), this_pc_drawer()


def test_the_default_account_names_shown_in_hindi(
    qtbot: QtBot, shop_file: Path, hindi: None
) -> None:
    names, cash, drawer = _accounts_shown(qtbot)
    assert names == ["Counter 2", "नकद", "बैंक (अभी तय नहीं)"]
    assert cash == ["Counter 2", "नकद"]
    assert drawer == "Cash"  # stored as named, whatever the language
    stored = {a.name for a in money_accounts.accounts()}
    assert stored == {"Cash", "Bank (not yet set)", "Counter 2"}


def test_the_default_account_names_in_english_are_unchanged(qtbot: QtBot, shop_file: Path) -> None:
    names, cash, drawer = _accounts_shown(qtbot)
    assert names == ["Bank (not yet set)", "Cash", "Counter 2"]
    assert cash == ["Cash", "Counter 2"]
    assert drawer == "Cash"
    assert DEFAULT_NAMES == (CASH_NAME, UNSET_BANK_NAME)  # the names the app makes


_screens: list[ReportsScreen] = []  # kept alive until the test ends (qtbot closes them)


def _returns_pages(qtbot: QtBot) -> tuple[ReturnsPage, Gstr3bPage]:
    """The GST returns and GSTR-3B pages for May 2026 of a shop with every kind of supply."""
    _screens.clear()
    build_return_shop()
    screen = ReportsScreen()
    qtbot.addWidget(screen)
    _screens.append(screen)
    pages = []
    for key in ("returns", "gstr3b"):
        page = screen.show_report(key)
        page.period.set_period(MAY)  # type: ignore[attr-defined]
        shown(qtbot, page)
        pages.append(page)
    returns, gstr3b = pages
    assert isinstance(returns, ReturnsPage) and isinstance(gstr3b, Gstr3bPage)
    return returns, gstr3b


def test_the_gst_returns_descriptions_and_readiness_in_hindi(
    qtbot: QtBot, data_file: Path, hindi: None
) -> None:
    returns, gstr3b = _returns_pages(qtbot)
    assert row_texts(returns, 0)[0] == "4, 6B, 6C  B2B इनवॉइस, SEZ, मानित निर्यात (b2b)"
    assert row_texts(returns, 9)[0] == "13  जारी किए गए दस्तावेज़ (doc_issue)"
    foot = returns.foot.text()
    assert "बाहरी कर योग्य आपूर्ति (शून्य दर, निल रेटेड और छूट प्राप्त के अलावा)" in foot
    assert "आवक आपूर्ति अभी शामिल नहीं है" in foot and "अपंजीकृत व्यक्ति" in foot
    assert "किसी अवधि की बही बंद नहीं है: अवधि के 18 दस्तावेज़ अब भी रद्द हो सकते हैं" in foot
    assert "Outward" not in foot and "books" not in foot and "Inward" not in foot
    assert [row_texts(gstr3b, i)[:2] for i in range(2)] == [
        ["3.1 (a)", "बाहरी कर योग्य आपूर्ति (शून्य दर, निल रेटेड और छूट प्राप्त के अलावा)"],
        ["3.1 (b)", "बाहरी कर योग्य आपूर्ति (शून्य दर)"],
    ]
    assert "रिवर्स चार्ज पर बाहरी आपूर्ति" in gstr3b.foot.text()


def test_the_gst_returns_descriptions_in_english_are_unchanged(
    qtbot: QtBot, data_file: Path
) -> None:
    returns, gstr3b = _returns_pages(qtbot)
    assert row_texts(returns, 0)[0] == "4, 6B, 6C  B2B invoices, SEZ, deemed exports (b2b)"
    foot = returns.foot.text()
    assert "books are closed: the 18 documents in the period can still be cancelled" in foot
    assert row_texts(gstr3b, 1)[:2] == ["3.1 (b)", "Outward taxable supplies (zero rated)"]
    assert "Outward supplies on reverse charge (GSTR-1 table 4B)" in gstr3b.foot.text()


def _history_cells(code: str, qtbot: QtBot) -> list[list[str]]:
    from vyapar_lite.ui.customers.customers_screen import CustomersScreen

    screen = CustomersScreen()
    qtbot.addWidget(screen)
    screen.open_customer(code)
    history = screen.customer_page.history_table
    return [
        [history.item(r, c).text() for c in range(history.columnCount())]
        for r in range(history.rowCount())
    ]


def _move_to_mumbai(code: str) -> None:
    from dataclasses import replace

    from vyapar_lite.services import customers

    details = customers.get_customer(code).details
    customers.update_customer(code, replace(details, city="Mumbai", credit_limit=750000))


def test_a_customer_s_change_history_in_hindi(qtbot: QtBot, shop_file: Path, hindi: None) -> None:
    make_customer("Asha Verma", code="ASHA", city="Pune", credit_limit=500000)
    _move_to_mumbai("ASHA")
    cells = _history_cells("ASHA", qtbot)
    assert ["बदला ग्राहक", "शहर", "Pune", "Mumbai"] in [row[1:5] for row in cells]
    assert ["बदला ग्राहक", "उधार सीमा", "₹5,000.00", "₹7,500.00"] in [row[1:5] for row in cells]
    assert any(row[1] == "बनाया ग्राहक" for row in cells)


def test_a_customer_s_change_history_in_english_is_unchanged(qtbot: QtBot, shop_file: Path) -> None:
    make_customer("Asha Verma", code="ASHA", city="Pune", credit_limit=500000)
    _move_to_mumbai("ASHA")
    cells = _history_cells("ASHA", qtbot)
    assert ["update customer", "City", "Pune", "Mumbai"] in [row[1:5] for row in cells]
    assert any(row[1] == "create customer" for row in cells)


def test_a_purchase_bill_window_in_hindi(qtbot: QtBot, shop_file: Path, hindi: None) -> None:
    from vyapar_lite.ui.payments.outgoing_views import BillDialog

    code = make_customer("Gupta Electricals", also_supplier=True).code
    bill = purchases.record_bill(
        purchases.BillDraft(code, "G-77", date(2026, 5, 12), 100000, 18000, 118000)
    )
    window = BillDialog(bill.number)
    qtbot.addWidget(window)
    assert window.title.text() == f"<h2>खरीद बिल {bill.number}</h2>"
    facts = window.facts.text()
    assert "सप्लायर: <b>Gupta Electricals</b>" in facts
    assert "उनका बिल नं.: <b>G-77</b>" in facts and "बिल की तारीख: 12-05-2026" in facts
    assert "Supplier" not in facts and "Their bill" not in facts


def test_a_supplier_s_page_in_hindi_names_its_facts_and_the_bill_s_amounts(
    qtbot: QtBot, shop_file: Path, hindi: None
) -> None:
    from PySide6.QtWidgets import QLabel

    from vyapar_lite.ui.customers.customers_screen import CustomersScreen

    code = make_customer("Gupta Electricals", also_supplier=True).code
    purchases.record_bill(
        purchases.BillDraft(code, "G-77", date(2026, 5, 12), 100000, 18000, 118000)
    )
    screen = CustomersScreen()
    qtbot.addWidget(screen)
    screen.open_customer(code)
    page = screen.customer_page
    labels = {label.text() for label in page.findChildren(QLabel)}
    assert {"उधार सीमा:", "बची उधार सीमा:", "उन्हें हमें देना है", "हमें उन्हें देना है"} <= labels
    assert not {"Credit limit:", "They owe us"} & labels
    history = page.history_table
    rows = [[history.item(r, c).text() for c in (2, 4)] for r in range(history.rowCount())]
    assert ["जीएसटी", "₹180.00"] in rows and ["कुल", "₹1,180.00"] in rows
    assert ["देय तिथि", "12-05-2026"] in rows
