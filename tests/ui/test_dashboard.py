"""The Dashboard screen on the report shop: its cards, its charts, and where each one leads."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from report_builders import ReportShop, build_report_shop
from vyapar_lite.db import close_data_file
from vyapar_lite.db.models import AgeingKeptItem, Customer
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import backups, money_accounts
from vyapar_lite.ui.dashboard.charts import DashboardCharts
from vyapar_lite.ui.dashboard.dashboard_page import DashboardPage
from vyapar_lite.ui.main_window import MainWindow
from vyapar_lite.ui.reports.reports_screen import ReportsScreen

TODAY = date(2026, 6, 10)


@pytest.fixture
def shop(shop_file: Path) -> object:
    built = build_report_shop()
    yield built
    close_data_file()


def shown_page(qtbot: QtBot) -> DashboardPage:
    page = DashboardPage(today=TODAY)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show()
    return page


def test_cards_show_the_figures(qtbot: QtBot, shop: ReportShop) -> None:
    page = shown_page(qtbot)
    text = {key: card.text() for key, card in page.cards.items()}
    assert text["sales_today"] == "₹315.00"
    assert text["sales_month"] == "₹1,495.00"
    assert text["received_month"] == "₹2,315.00"
    assert text["receivable"] == "₹23,016.00"
    assert text["overdue"] == "₹23,016.00"
    assert text["overdue_customers"] == "4"
    assert text["last_backup"] == "No backup yet"
    assert page.cards["overdue"].description() == "Overdue"
    assert "#b00020" in page.cards["overdue"].styleSheet()  # something overdue: red
    assert "#b00020" not in page.cards["sales_today"].styleSheet()
    assert page.as_of.text() == "as of 10-06-2026"
    assert text["cash_in_hand"] == format_money(
        money_accounts.balance(money_accounts.cash_account().id, on=TODAY)
    )
    assert page.cards["spent_today"].description() == "Expenses today"


def test_charts_draw_the_same_figures(qtbot: QtBot, shop: ReportShop) -> None:
    page = shown_page(qtbot)
    charts = page.charts
    assert isinstance(charts, DashboardCharts)
    # sales by month in ₹ thousand (the biggest month, May, is ₹11,975): April, May, June last
    assert charts.values("months")[-3:] == [4.961, 11.975, 1.495]
    assert charts.values("months")[:-3] == [0.0] * 9
    # top customers, the biggest drawn last (at the top): Kaveri ₹12,980
    assert charts.values("top") == [1.356, 3.78, 12.98]
    top_axis = charts.views["top"].chart().axes()[0]
    assert top_axis.categories() == ["Asha Verma", "Mahesh Traders", "Kaveri Stores"]  # type: ignore[attr-defined]
    # ageing in ₹ thousand: nothing is "Not due" on 10-06 (drawn last: at the top)
    assert charts.values("ageing")[-1] == 0.0
    assert sum(charts.values("ageing")) == pytest.approx(23.016)


def test_refresh_picks_up_a_new_sale(qtbot: QtBot, shop: ReportShop) -> None:
    from report_builders import invoice, line

    page = shown_page(qtbot)
    invoice("CASH", TODAY, line("Oil", 10000, 0), received=10000)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.refresh_button.click()
    assert page.cards["sales_today"].text() == "₹415.00"
    assert page.cards["received_today"].text() == "₹415.00"


@pytest.mark.parametrize(
    "case",
    [
        ("sales_today", "register", (TODAY, TODAY)),
        ("sales_month", "register", (date(2026, 6, 1), TODAY)),
        ("receivable", "balances", None),
        ("overdue", "ageing", None),
        ("overdue_customers", "outstanding", None),
    ],
)
def test_a_card_opens_its_report(
    qtbot: QtBot,
    shop: ReportShop,
    monkeypatch: pytest.MonkeyPatch,
    case: tuple[str, str, tuple[date, date] | None],
) -> None:
    card, report, period = case
    monkeypatch.setattr("vyapar_lite.ui.dashboard.links.date", _FixedDate)
    window = MainWindow(Path("unused"))
    qtbot.addWidget(window)
    page = window.page("dashboard")
    assert isinstance(page, DashboardPage)
    page.cards[card].click()
    assert window.stack.currentWidget() is window.page("reports")
    reports = window.page("reports")
    assert isinstance(reports, ReportsScreen)
    assert reports.keys[reports.chooser.currentIndex()] == report
    if period is not None:
        register = reports.page("register")
        chosen = register.period.period()  # type: ignore[attr-defined]
        assert tuple(chosen) == period


def test_low_stock_card_opens_the_filtered_item_list(qtbot: QtBot, shop: ReportShop) -> None:
    window = MainWindow(Path("unused"))
    qtbot.addWidget(window)
    page = window.page("dashboard")
    assert isinstance(page, DashboardPage)
    page.cards["low_stock"].click()
    items = window.page("items")
    assert window.stack.currentWidget() is items
    assert items.list_page.low_filter.isChecked()  # type: ignore[attr-defined]


class _FixedDate(date):
    @classmethod
    def today(cls) -> _FixedDate:
        return cls(2026, 6, 10)


def test_closing_the_window_keeps_the_ageing_for_next_time(qtbot: QtBot, shop: ReportShop) -> None:
    window = MainWindow(Path("unused"))
    qtbot.addWidget(window)
    page = window.page("dashboard")
    assert isinstance(page, DashboardPage)
    page.today = TODAY
    with qtbot.waitSignal(page.loaded, timeout=10000):
        window.show()
    assert AgeingKeptItem.select().count() == 0
    window.close()
    kept = {(row.customer.code, row.balance) for row in AgeingKeptItem.select().join(Customer)}
    assert (shop.asha, 625600) in kept
    assert (shop.ravi, -100000) in kept  # in advance: kept with no items


def test_the_backup_card_follows_a_backup_taken_after_the_figures(
    qtbot: QtBot, shop_file: Path
) -> None:
    window = MainWindow(shop_file)
    qtbot.addWidget(window)
    page = window.page("dashboard")
    assert isinstance(page, DashboardPage)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        window.show()
    assert page.cards["last_backup"].text() == "No backup yet"
    assert window.auto_backup is not None
    window.auto_backup.back_up_if_due()  # the automatic backup, a little after the start
    qtbot.waitUntil(lambda: page.cards["last_backup"].text() != "No backup yet", timeout=10000)
    taken = backups.last_backup_at()
    assert taken is not None
    assert page.cards["last_backup"].text() == f"{taken:%d-%m-%Y %H:%M}"
    assert "#b00020" not in page.cards["last_backup"].styleSheet()
