"""The cash/bank book, day book and expenses reports on the Reports screen: shown, totals, and
exported from the screen (read back)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from payment_builders import customer, invoice, receive
from report_pages import exported, row_texts, shown, totals
from vyapar_lite.services import expenses, money_accounts, money_setup
from vyapar_lite.ui.reports.report_page import ReportPage
from vyapar_lite.ui.reports.reports_screen import ReportsScreen

MAY_1, MAY_2, MAY_31 = date(2026, 5, 1), date(2026, 5, 2), date(2026, 5, 31)
SHOTS = Path("/tmp/cashwork")
_screens: list[ReportsScreen] = []


@pytest.fixture(autouse=True)
def _forget_screens() -> Iterator[None]:
    yield
    _screens.clear()


@pytest.fixture
def books(shop_file: Path) -> dict[str, str]:
    bank = money_setup.add_account(
        money_setup.NewAccount("SBI current", "bank", "4321", "SBIN0001234", 500000, MAY_1)
    )
    money_setup.set_mode_account("upi", bank.id)
    code = customer()
    sale = invoice(code, 300000, MAY_1)
    first = receive(code, 100000, MAY_1)
    upi = receive(code, 50000, MAY_2, mode="upi", reference="UPI-1")
    cash = money_accounts.cash_account().id
    tea = expenses.post_expense(expenses.ExpenseDraft(MAY_2, "Tea & snacks", 2500, cash)).number
    return {"sale": sale, "first": first, "upi": upi, "tea": tea}


def _page(qtbot: QtBot, key: str) -> ReportPage[Any]:
    screen = ReportsScreen()
    screen.resize(1366, 768)
    qtbot.addWidget(screen)
    _screens.append(screen)
    screen.chooser.setCurrentIndex(screen.keys.index(key))
    return screen.page(key)


def _shot(page: ReportPage[Any], name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    window = page.window()
    window.show()
    window.grab().save(str(SHOTS / f"{name}.png"))


def test_the_cash_book_on_screen_and_exported(
    qtbot: QtBot, books: dict[str, str], tmp_path: Path
) -> None:
    page = _page(qtbot, "money_book")
    page.period.set_period(MAY_1, MAY_31)  # type: ignore[attr-defined]
    shown(qtbot, page)
    assert [row_texts(page, r)[1] for r in range(page.model.rowCount())] == [
        books["first"],
        books["tea"],
    ]
    shown_totals = totals(page)
    assert (shown_totals["Money in"], shown_totals["Money out"]) == ("1,000.00", "25.00")
    assert "Closing 975.00" in page.summary.text()
    _shot(page, "cash_book")
    table = exported(qtbot, page, tmp_path / "cash.xlsx")
    assert [row[1].value for row in table.rows] == [None, books["first"], books["tea"]]
    assert table.rows[0][2].value == "Brought forward"

    bank = page.account.findText("SBI current (…4321)")  # type: ignore[attr-defined]
    page.account.setCurrentIndex(bank)  # type: ignore[attr-defined]
    shown(qtbot, page)
    assert [row_texts(page, r)[1] for r in range(page.model.rowCount())] == ["", books["upi"]]


def test_the_day_book_and_the_expenses_on_screen(
    qtbot: QtBot, books: dict[str, str], tmp_path: Path
) -> None:
    page = _page(qtbot, "day_book")
    page.period.set_period(MAY_2, MAY_2)  # type: ignore[attr-defined]
    shown(qtbot, page)
    numbers = {row_texts(page, r)[2] for r in range(page.model.rowCount())}
    assert numbers == {books["upi"], books["tea"]}
    assert (totals(page)["Money in"], totals(page)["Money out"]) == ("500.00", "25.00")
    _shot(page, "day_book")
    table = exported(qtbot, page, tmp_path / "day.xlsx")
    assert {row[2].value for row in table.rows} == numbers

    page = _page(qtbot, "expenses")
    page.period.set_period(MAY_1, MAY_31)  # type: ignore[attr-defined]
    shown(qtbot, page)
    assert row_texts(page, 0)[1:3] == [books["tea"], "Tea & snacks"]
    assert "Spent 25.00" in page.summary.text()
    _shot(page, "expenses_report")
