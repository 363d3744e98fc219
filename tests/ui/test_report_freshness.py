"""Reports never show or export figures older than the books (issue 15 item 1): the audit log's
last id is the change counter; a page shown again after a change works itself out again, a page
left on screen says it is out of date, and Export works the report out again before writing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from report_builders import ReportShop, build_report_shop, invoice, line
from report_pages import WAIT_MS, exported, row_texts, shown
from report_sheets import amount
from vyapar_lite.services import audit
from vyapar_lite.ui.reports.balances_page import BalancesPage
from vyapar_lite.ui.reports.reports_screen import ReportsScreen

JUNE_END = date(2026, 6, 30)


@pytest.fixture
def shop(shop_file: Path) -> ReportShop:
    return build_report_shop()


def balances(qtbot: QtBot) -> tuple[ReportsScreen, BalancesPage]:
    screen = ReportsScreen()
    qtbot.addWidget(screen)
    page = screen.page("balances")
    assert isinstance(page, BalancesPage)
    page.as_of.set_date(JUNE_END)
    return screen, page


def balance_of(page: BalancesPage, code: str) -> str:
    for r in range(page.model.rowCount()):
        texts = row_texts(page, r)
        if texts[0] == code:
            return texts[8]
    return ""


def test_export_after_a_new_sale_writes_the_new_figures(
    qtbot: QtBot, shop: ReportShop, tmp_path: Path
) -> None:
    _screen, page = balances(qtbot)
    shown(qtbot, page)
    assert balance_of(page, shop.asha) == "6,256.00 Dr"
    assert not page.is_stale()

    before = audit.books_mark()
    invoice(shop.asha, date(2026, 6, 10), line("Rice 25 kg", 100000, 0))  # ₹1,000, no tax
    assert audit.books_mark() > before
    assert page.is_stale()

    table = exported(qtbot, page, tmp_path / "balances.xlsx")
    code_col = table.headers.index("Code")
    balance_col = table.headers.index("Balance")
    asha = next(row for row in table.rows if row[code_col].value == shop.asha)
    assert amount(asha[balance_col].value) == Decimal("7256.00")
    assert balance_of(page, shop.asha) == "7,256.00 Dr"  # the screen moved too
    assert not page.is_stale()


def test_a_page_shown_again_after_a_change_works_itself_out_again(
    qtbot: QtBot, shop: ReportShop
) -> None:
    screen, page = balances(qtbot)
    screen.show()
    screen.show_report("balances")
    qtbot.waitUntil(lambda: page.result is not None, timeout=WAIT_MS)
    page.hide()
    invoice(shop.asha, date(2026, 6, 10), line("Rice 25 kg", 100000, 0))
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.show()
    assert balance_of(page, shop.asha) == "7,256.00 Dr"


def test_a_page_left_on_screen_says_it_is_out_of_date(qtbot: QtBot, shop: ReportShop) -> None:
    screen, page = balances(qtbot)
    screen.show()
    screen.show_report("balances")
    qtbot.waitUntil(lambda: page.result is not None, timeout=WAIT_MS)
    assert not page.stale_note.isVisible()
    invoice(shop.asha, date(2026, 6, 10), line("Rice 25 kg", 100000, 0))
    qtbot.waitUntil(page.stale_note.isVisible, timeout=WAIT_MS)
    assert "books have changed" in page.stale_note.text()
    shown(qtbot, page)
    assert not page.stale_note.isVisible()
