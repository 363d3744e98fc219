"""Who did it (issue 18): the counter's name on the status bar, changed in Settings › This
counter, and shown on each document's window and on the Audit screen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from payment_builders import customer, invoice, receive, supplier
from vyapar_lite.db import close_data_file
from vyapar_lite.db.models import AuditEntry
from vyapar_lite.services import counters, payments
from vyapar_lite.ui.audit.audit_screen import AuditScreen
from vyapar_lite.ui.counters import names
from vyapar_lite.ui.payments.outgoing_views import BillDialog, PaymentDialog
from vyapar_lite.ui.payments.receipt_view import ReceiptDialog
from vyapar_lite.ui.sales.document_dialog import DocumentDialog
from vyapar_lite.ui.settings.settings_page import SettingsPage
from vyapar_lite.ui.shop_session import ShopSession

DAY = date(2026, 5, 10)


@pytest.fixture(autouse=True)
def _nothing_remembered() -> Iterator[None]:
    QSettings().remove(names.NAMES_SETTING)
    yield
    QSettings().remove(names.NAMES_SETTING)
    close_data_file()


def test_a_shop_files_counter_is_the_pcs_name_until_renamed_in_settings(
    qtbot: QtBot, shop_path: Path
) -> None:
    session = ShopSession()
    assert session.start(shop_path)
    window = session.window
    assert window is not None
    qtbot.addWidget(window)
    assert counters.current() == names.default_name()
    assert window.counter_label.text() == f"· {names.default_name()}"

    window.show_screen("settings")
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    group = page.counter
    assert group.name.text() == names.default_name()
    group.name.setText("  ")
    group.save()
    assert "Give this counter a name" in group.status.text()
    assert counters.current() == names.default_name()

    group.name.setText("Back office")
    group.save()
    assert counters.current() == "Back office"
    assert group.status.text() == "Saved. From now on this PC posts as Back office."
    assert window.counter_label.text() == "· Back office"
    assert names.remembered(shop_path) == "Back office"
    renamed = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert (renamed.record_type, renamed.action, renamed.counter) == (
        "counter",
        "name",
        "Back office",
    )
    group.grab().save("/tmp/srvgui-counter-settings.png")


def test_document_windows_and_the_audit_screen_show_the_counter(
    qtbot: QtBot, shop_file: Path
) -> None:
    counters.set_current("Counter 2")
    code = customer()
    vendor = supplier()
    sale = invoice(code, 100000)
    receipt = receive(code, 150000)
    refund = payments.record_refund(payments.RefundDraft(code, DAY, 100)).number
    bill = payments.record_bill(payments.BillDraft(vendor, "B-7", DAY, 1000, 0, 1000))

    for window in (
        DocumentDialog(sale),
        ReceiptDialog(receipt),
        PaymentDialog(refund),
        BillDialog(bill.number),
    ):
        qtbot.addWidget(window)
        assert "Counter: Counter 2" in window.facts.text(), type(window).__name__
        window.show()
        window.grab().save(f"/tmp/srvgui-{type(window).__name__}.png")

    counters.set_current(None)
    screen = AuditScreen()
    qtbot.addWidget(screen)
    shown = [screen.model.display(screen.model.row_at(i), "counter") for i in range(3)]  # type: ignore[arg-type]
    assert shown == ["Counter 2"] * 3


def test_the_expenses_report_shows_the_counter(qtbot: QtBot, shop_file: Path) -> None:
    from report_pages import row_texts, shown
    from vyapar_lite.services import expenses, money_accounts
    from vyapar_lite.ui.reports.reports_screen import ReportsScreen

    counters.set_current("Counter 3")
    cash = money_accounts.cash_account().id
    number = expenses.post_expense(expenses.ExpenseDraft(DAY, "Rent", 5000, cash)).number
    screen = ReportsScreen()
    qtbot.addWidget(screen)
    screen.chooser.setCurrentIndex(screen.keys.index("expenses"))
    page = screen.page("expenses")
    page.period.set_period(DAY, DAY)  # type: ignore[attr-defined]
    shown(qtbot, page)
    assert row_texts(page, 0)[1:5] == [number, "Rent", "Cash", "Counter 3"]
