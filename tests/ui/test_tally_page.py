"""Reports › Export to Tally: the period's vouchers by type on screen, and the XML file written
from the screen off the UI thread."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from report_pages import WAIT_MS, row_texts, shown
from tally_builders import build_tally_shop
from vyapar_lite.services.tally.names import tally_names
from vyapar_lite.ui.reports.report_text import money
from vyapar_lite.ui.reports.reports_screen import ReportsScreen
from vyapar_lite.ui.reports.tally_page import TallyPage
from vyapar_lite.ui.settings.tally_settings import TallySettingsGroup


def test_export_to_tally_from_the_reports_screen(
    qtbot: QtBot, shop_file: Path, tmp_path: Path
) -> None:
    shop = build_tally_shop()
    screen = ReportsScreen()
    qtbot.addWidget(screen)
    page = screen.page("tally")
    assert isinstance(page, TallyPage)
    assert page.period.preset.currentText() == "Last month"  # what an accountant imports
    page.period.set_period(date(2026, 5, 1), date(2026, 5, 31))
    shown(qtbot, page)
    rows = [row_texts(page, r)[:3] for r in range(page.model.rowCount())]
    # May's invoices: Kaveri 11,800, Gupta 1,000, Sharma 2,360, Asha 1,120 and Ram's (whose total
    # depends on whether reverse-charge tax is in it), paid by Sharma 2,360, the dealer 3,000, Ram
    sales = 11_800_00 + 1_000_00 + 2_360_00 + 1_120_00 + shop.rcm_total
    received = 2_360_00 + 3_000_00 + shop.ram_paid
    assert rows == [
        ["Sales", "5", f"{money(sales)} Dr"],
        ["Credit Note", "2", "1,045.00 Cr"],  # the rice bags back (945) and a financial 100
        ["Receipt", "3", f"{money(received)} Cr"],
        ["Payment", "3", "3,060.00 Dr"],  # refund 400, bounced cheque 2,360, to Gupta 300
        ["Journal", "3", "760.00 Cr"],  # memo 250 Dr, write-off 10 Cr, contra 1,000 Cr
        ["Purchase", "1", "1,500.00 Cr"],
    ]
    assert "3 cancelled documents are left out" in page.summary.text()
    assert not page.print_button.isVisibleTo(page)
    assert page.export_button.text() == "Export to Tally (XML)…"
    if os.environ.get("TALLY_SHOT"):
        screen.resize(1100, 600)
        screen.show_report("tally")
        screen.grab().save(os.environ["TALLY_SHOT"])

    out = tmp_path / "may"
    with qtbot.waitSignal(page.exported, timeout=WAIT_MS):
        page.export_file(out)  # ".xml" is added
    root = ET.parse(out.with_suffix(".xml")).getroot()
    assert len(list(root.iter("VOUCHER"))) == sum(int(r[1]) for r in rows)
    assert page.last_message.startswith("The Tally file with 17 vouchers written to")


def test_tally_ledger_names_in_settings(qtbot: QtBot, shop_file: Path) -> None:
    group = TallySettingsGroup()
    qtbot.addWidget(group)
    assert group.edits["sales_by_rate"].text() == "Sales GST {rate}%"
    group.edits["bank"].setText("HDFC Bank A/c")
    group.edits["sales_by_rate"].setText("Sales")
    assert group.save() is None
    assert group.errors["sales_by_rate"].text() == "Put {rate} where the GST rate goes"
    assert group.status.text() == "Not saved: see the names marked."
    assert tally_names().bank == "Bank"  # nothing saved
    group.edits["sales_by_rate"].setText("Sales @ {rate}%")
    assert group.save() is not None
    assert (tally_names().bank, tally_names().sales_at(1800)) == ("HDFC Bank A/c", "Sales @ 18%")
    assert group.status.text() == "Saved."
    assert group.errors["sales_by_rate"].isHidden()
    if os.environ.get("TALLY_SHOT"):
        group.resize(700, 900)
        group.grab().save(os.environ["TALLY_SHOT"].replace(".png", "-settings.png"))


def test_expenses_and_contra_vouchers_are_counted_on_the_screen(
    qtbot: QtBot, shop_file: Path
) -> None:
    from vyapar_lite.services import contra_vouchers, expenses, money_accounts, money_setup

    sbi = money_setup.add_account(
        money_setup.NewAccount("SBI current", "bank", "4321", "SBIN0001234")
    ).id
    cash = money_accounts.cash_account().id
    day = date(2026, 11, 5)
    expenses.post_expense(expenses.ExpenseDraft(day, "Rent", 1500000, sbi))
    contra_vouchers.post_contra_voucher(contra_vouchers.ContraDraft(day, sbi, cash, 200000))
    page = TallyPage()
    qtbot.addWidget(page)
    page.period.set_period(date(2026, 11, 1), date(2026, 11, 30))
    shown(qtbot, page)
    rows = [row_texts(page, r) for r in range(page.model.rowCount())]
    assert [(r[0], r[1]) for r in rows] == [("Payment", "1"), ("Contra", "1")]
    assert rows[0][3].endswith("expenses")
    assert rows[1][3] == "money moved between the shop's cash and bank accounts"
    page.resize(1000, 400)
    page.grab().save("/tmp/m19/tally_page.png")
