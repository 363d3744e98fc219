"""Reports › Composition (CMP-08) on the screen and exported."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from factories import make_customer
from invoice_builders import SOAP_2, draft, stock_items
from report_pages import exported, row_texts, shown, totals
from vyapar_lite.services import sales, shop
from vyapar_lite.ui.reports.composition_page import CompositionPage
from vyapar_lite.ui.reports.reports_screen import ReportsScreen


def test_the_composition_report_shows_and_exports_the_quarters(
    qtbot: QtBot, shop_file: Path, tmp_path: Path
) -> None:
    stock_items()
    asha = make_customer("Asha Verma", state_code="27").code
    profile = shop.get_profile()
    assert profile is not None
    shop.save_profile(dataclasses.replace(profile, composition=True, composition_rate_bp=100))
    sales.post_invoice(draft(asha, SOAP_2, on=date(2026, 11, 20)))  # ₹200 in Oct-Dec

    screen = ReportsScreen()
    qtbot.addWidget(screen)
    page = screen.page("composition")
    assert isinstance(page, CompositionPage)
    if page.year.findText("2026-27") < 0:  # the list starts at today's year
        page.year.addItem("2026-27")
    page.year.setCurrentText("2026-27")
    shown(qtbot, page)

    assert row_texts(page, 2)[:5] == ["October-December", "01-10-2026", "31-12-2026", "1", "200.00"]
    assert totals(page)["Tax payable"] == "2.00"
    assert "composition rate 1%" in page.summary.text()
    table = exported(qtbot, page, tmp_path / "cmp08.xlsx")
    assert table.rows[2][4].value == 200 and table.rows[2][9].value == 2
