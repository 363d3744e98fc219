"""Customer insights on the Reports screen, the reminder dialog and the customer page's
reminder and data-export buttons. No link is really opened: the dialog's opener is a fake."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from report_pages import WAIT_MS, exported, row_texts, shown
from segment_builders import customer, sale
from vyapar_lite.db.models import Reminder
from vyapar_lite.services import reminders
from vyapar_lite.ui.customers.customer_page import CustomerPage
from vyapar_lite.ui.customers.reminder_dialog import ReminderDialog
from vyapar_lite.ui.reports.insights_page import InsightsPage
from vyapar_lite.ui.reports.reports_screen import ReportsScreen

TODAY = date.today()


def _shop() -> tuple[str, str]:
    asha = customer("Asha Verma", phone="98220 12345", email="asha@example.in")
    bina = customer("Bina Stores", phone="")
    sale(asha, 250000, TODAY)
    sale(bina, 50000, TODAY)
    return asha, bina


def test_best_customers_listed_and_exported(qtbot: QtBot, shop_file: Path, tmp_path: Path) -> None:
    asha, _bina = _shop()
    screen = ReportsScreen()
    qtbot.addWidget(screen)
    page = screen.show_report("insights")
    assert isinstance(page, InsightsPage)
    page.choose("best")
    shown(qtbot, page)
    assert page.model.rowCount() == 2
    assert row_texts(page, 0)[:3] == [asha, "Asha Verma", "2,500.00"]
    assert page.count_label.text() == "2 customers"
    table = exported(qtbot, page, tmp_path / "best.xlsx")
    assert table.headers[:3] == ["Code", "Name", "Net sales"]
    ws = load_workbook(tmp_path / "best.xlsx").active
    assert ws["A3"].value == "Customer insights: Best customers"


def test_groups_then_one_group_and_reminders_for_the_chosen(qtbot: QtBot, shop_file: Path) -> None:
    asha, bina = _shop()
    opened: list[tuple[list[str], str]] = []
    page = InsightsPage(open_reminders=lambda codes, kind: opened.append((codes, kind)))
    qtbot.addWidget(page)
    page.choose("type")
    shown(qtbot, page)
    assert [row_texts(page, r)[0] for r in range(page.model.rowCount())] == [
        "General", "Dealer", "Wholesaler", "Distributor",
    ]  # fmt: skip
    assert not page.remind_button.isEnabled()
    page.choose("type", "General")
    shown(qtbot, page)
    assert [row_texts(page, r)[0] for r in range(2)] == [asha, bina]
    page.table.selectRow(1)
    page.remind_button.click()
    assert opened == [([bina], "payment")]
    page.table.clearSelection()
    page.choose("dormant")
    page.days.setValue(1)
    shown(qtbot, page)  # bought today: nobody is dormant
    assert page.model.rowCount() == 0


def test_reminder_dialog_opens_the_whatsapp_link_and_logs_it(qtbot: QtBot, shop_file: Path) -> None:
    asha, bina = _shop()
    urls: list[QUrl] = []
    dialog = ReminderDialog([asha, bina], open_url=lambda url: urls.append(url) or True)
    qtbot.addWidget(dialog)
    assert "Customer 1 of 2" in dialog.heading.text()
    dialog.message.setPlainText("Namaste Asha ji, ₹2,500 due.")
    dialog.whatsapp_button.click()
    expected = "https://wa.me/919822012345?text=Namaste%20Asha%20ji%2C%20%E2%82%B92%2C500%20due."
    assert dialog.last_link == expected
    assert [u.toEncoded().data().decode() for u in urls] == [expected]
    logged = reminders.reminders_of(asha)
    assert [(r.channel, r.message) for r in logged] == [
        ("whatsapp", "Namaste Asha ji, ₹2,500 due.")
    ]
    assert "sent by WhatsApp" in dialog.status.text()

    dialog.next_button.click()  # Bina has no phone and no e-mail
    assert not dialog.whatsapp_button.isEnabled() and not dialog.email_button.isEnabled()
    assert dialog.problems.text() == (
        "No WhatsApp link: no phone number. No e-mail link: no e-mail address."
    )
    dialog.language.setCurrentIndex(dialog.language.findData("hi"))
    assert dialog.message.toPlainText().startswith("प्रिय Bina Stores जी,")
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.message.toPlainText()
    assert Reminder.select().where(Reminder.channel == "copy").count() == 1
    assert len(urls) == 1


def test_customer_page_reminder_and_data_export(
    qtbot: QtBot, shop_file: Path, tmp_path: Path
) -> None:
    asha, _bina = _shop()
    asked: list[list[str]] = []
    page = CustomerPage(open_reminders=lambda codes: asked.append(list(codes)))
    qtbot.addWidget(page)
    page.show_customer(asha)
    page.remind_button.click()
    assert asked == [[asha]]
    reminders.record_sent(asha, kind="payment", channel="whatsapp", language="en",
                          message="Pay please", amount_due=250000)  # fmt: skip
    page.refresh()
    text = page.file_tab.reminders.text()
    assert f"Payment reminder sent by WhatsApp on {TODAY:%d-%m-%Y} (₹2,500.00 due)" in text
    assert page.data_file_name() == f"{asha} Asha Verma data {TODAY:%d-%m-%Y}.xlsx"
    out = tmp_path / "asha"
    with qtbot.waitSignal(page.data_exported, timeout=WAIT_MS):
        page.export_data(out)
    workbook = load_workbook(tmp_path / "asha.xlsx")
    assert "Reminders" in workbook.sheetnames
    page.show_customer("CASH")
    assert not page.remind_button.isEnabled()


def test_keep_these_saves_the_shop_s_segment_settings(qtbot: QtBot, shop_file: Path) -> None:
    from vyapar_lite.services import segment_settings

    page = InsightsPage()
    qtbot.addWidget(page)
    page.choose("dormant")
    page.days.setValue(45)
    shown(qtbot, page, page.keep_button.click)
    assert segment_settings.get().dormant_days == 45
    assert "bought nothing in the last 45 days" in page.summary.text()
    page.min_months.setValue(6)
    page.months.setValue(3)  # K above N: refused, naming the field
    page.keep_button.click()
    assert page.message.text() == "Enter a number of months from 1 to 3"
    assert segment_settings.get().loyal_min_months == 5
