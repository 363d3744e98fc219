"""Reports › GST returns and Reports › GSTR-3B: the tables for a month or a quarter, the
not-ready list, Export JSON / Excel off the UI thread, and the offer to mark the period filed."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from pdf_pages import page_png, pdf_text
from report_pages import WAIT_MS, row_texts, shown, totals
from return_builders import ReturnShop, build_return_shop
from vyapar_lite.services import closed_books, sales_register
from vyapar_lite.services.returns import filing
from vyapar_lite.services.returns.period import parse_month, parse_quarter
from vyapar_lite.ui.reports.gstr3b_page import Gstr3bPage
from vyapar_lite.ui.reports.reports_screen import ReportsScreen
from vyapar_lite.ui.reports.return_period import ReturnPeriodPicker, months_before, quarters_up_to
from vyapar_lite.ui.reports.returns_page import ReturnsPage

MAY = parse_month("2026-05")


@pytest.fixture
def shop(data_file: Path) -> ReturnShop:
    return build_return_shop()


def _screen(qtbot: QtBot) -> ReportsScreen:
    screen = ReportsScreen()
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    return screen


def test_the_period_picker_offers_months_and_quarters(qtbot: QtBot) -> None:
    assert months_before(date(2026, 6, 10), 2) == [MAY, parse_month("2026-04")]
    assert quarters_up_to(date(2026, 6, 10), 3) == [
        parse_quarter("2026-Q1"), parse_quarter("2025-Q4"), parse_quarter("2025-Q3")
    ]  # fmt: skip
    picker = ReturnPeriodPicker("test", date(2026, 6, 10))
    qtbot.addWidget(picker)
    assert picker.period() == MAY and picker.choice.currentText() == "May 2026"
    picker.set_period(parse_quarter("2026-Q1"))
    assert picker.choice.currentText() == "Q1 2026-27 (April 2026 to June 2026)"
    picker.set_period(parse_month("2020-01"))  # older than the list: added
    assert picker.period() == parse_month("2020-01")


def test_gst_returns_tables_not_ready_exports_and_filing(
    qtbot: QtBot, shop: ReturnShop, tmp_path: Path, qtmodeltester: object
) -> None:
    screen = _screen(qtbot)
    page = screen.show_report("returns")
    assert isinstance(page, ReturnsPage)
    page.period.set_period(MAY)
    shown(qtbot, page)

    assert [row_texts(page, i)[:2] for i in range(page.model.total)] == [
        ["4, 6B, 6C  B2B invoices, SEZ, deemed exports (b2b)", "4"],
        ["5  B2C large, inter-state (b2cl)", "1"],
        ["6A  Exports (exp)", "2"],
        ["7  B2C small, by place and rate (b2cs)", "3"],
        ["8  Nil-rated, exempt, non-GST (nil)", "2"],
        ["9B  Credit/debit notes, registered (cdnr)", "2"],
        ["9B  Credit/debit notes, unregistered (cdnur)", "2"],
        ["12  HSN summary, B2B (hsn_b2b)", "5"],
        ["12  HSN summary, B2C (hsn_b2c)", "6"],
        ["13  Documents issued (doc_issue)", "18"],
    ]
    assert row_texts(page, 1)[2:4] == ["1,26,000.00", "22,680.00"]
    assert row_texts(page, 9)[2:] == ["", "", "", "", ""]  # counts only
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    foot = page.foot.text()
    assert "GSTR-3B, outward supplies" in foot and "1,25,960.00" in foot  # 3.1 (a)
    assert "29-Karnataka" in foot and "Inward supplies are not covered yet" in foot
    assert "Not ready</b> (1)" in foot and "books are closed" in foot
    assert "not marked filed" in page.summary.text()
    screen.grab().save(str(tmp_path / "gst-returns.png"))

    # Export JSON off the UI thread; then the offer to mark it filed
    out = tmp_path / "may"
    with qtbot.waitSignal(page.exported, timeout=WAIT_MS):
        page.export_json(out)
    data = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert data["fp"] == "052026" and len(data["b2b"]) == 4  # by buyer GSTIN
    prompt = page.prompt
    assert isinstance(prompt, QMessageBox) and prompt.isVisible()
    assert "close the books up to 31-05-2026" in prompt.text()
    prompt.grab().save(str(tmp_path / "file-prompt.png"))
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        prompt.button(QMessageBox.StandardButton.Yes).click()
    assert filing.is_filed(MAY) and closed_books.closed_up_to() == date(2026, 5, 31)
    assert "<b>marked filed</b>" in page.summary.text()
    assert "books closed up to 31-05-2026" in page.summary.text()
    assert "filed periods: 2026-05" in page.summary.text()

    # Export Excel: the offline tool's layout; no second offer for a filed period
    with qtbot.waitSignal(page.exported, timeout=WAIT_MS):
        page.export_file(tmp_path / "may.xlsx")
    assert "b2b,sez,de" in load_workbook(tmp_path / "may.xlsx", read_only=True).sheetnames
    assert page.last_message.startswith("GSTR-1 with")


def test_declining_the_offer_changes_nothing(
    qtbot: QtBot, shop: ReturnShop, tmp_path: Path
) -> None:
    screen = _screen(qtbot)
    page = screen.show_report("returns")
    assert isinstance(page, ReturnsPage)
    page.period.set_period(MAY)
    shown(qtbot, page)
    with qtbot.waitSignal(page.exported, timeout=WAIT_MS):
        page.export_file(tmp_path / "may.xlsx")
    assert page.prompt is not None
    page.prompt.button(QMessageBox.StandardButton.No).click()
    assert filing.filed_periods() == [] and closed_books.closed_up_to() is None


def test_the_gstr3b_report(qtbot: QtBot, shop: ReturnShop, tmp_path: Path) -> None:
    screen = _screen(qtbot)
    page = screen.show_report("gstr3b")
    assert isinstance(page, Gstr3bPage)
    page.period.set_period(MAY)
    shown(qtbot, page)
    assert [row_texts(page, i)[:3] for i in range(4)] == [
        ["3.1 (a)", "Outward taxable supplies (other than zero rated, nil rated and exempted)",
         "1,25,960.00"],
        ["3.1 (b)", "Outward taxable supplies (zero rated)", "17,240.00"],
        ["3.1 (c)", "Other outward supplies (nil rated, exempted)", "2,430.00"],
        ["3.1 (e)", "Non-GST outward supplies", "450.00"],
    ]  # fmt: skip
    # with the reverse-charge supplies (shown apart), the register's taxable value
    net = sales_register.register_summary(MAY.start, MAY.end).net
    assert totals(page)["Taxable value"] == "1,46,080.00"
    assert net.taxable == 14608000 + 147500
    assert "Inward supplies are not covered yet" in page.foot.text()
    screen.grab().save(str(tmp_path / "gstr3b.png"))
    pdf = tmp_path / "3b.pdf"
    with qtbot.waitSignal(page.pdf_saved, timeout=WAIT_MS):
        page.save_pdf_file(pdf)
    text = pdf_text(pdf)
    assert "GSTR-3B: outward supplies (Tables 3.1 and 3.2)" in text
    assert "1,25,960.00" in text and "29-Karnataka" in text
    page_png(pdf, tmp_path / "3b-pdf.png")
    with qtbot.waitSignal(page.exported, timeout=WAIT_MS):
        page.export_file(tmp_path / "3b.xlsx")
    assert load_workbook(tmp_path / "3b.xlsx").sheetnames == [
        "3.1 Outward supplies",
        "3.2 Inter-state",
    ]


def test_a_shop_without_a_gstin_is_told_and_nothing_is_written(
    qtbot: QtBot, data_file: Path, tmp_path: Path
) -> None:
    from vyapar_lite.domain.shop import ShopProfile
    from vyapar_lite.services import shop

    shop.save_profile(ShopProfile(name="Small Shop", state_code="27", city="Pune"))
    screen = _screen(qtbot)
    page = screen.show_report("returns")
    assert isinstance(page, ReturnsPage)
    page.period.set_period(MAY)
    shown(qtbot, page)
    assert "The shop has no GSTIN" in page.foot.text()
    assert "Ready:" not in page.foot.text()
    task = page.export_json(tmp_path / "may.json")
    assert task is not None
    qtbot.waitUntil(lambda: page.last_message != "", timeout=WAIT_MS)
    assert "The shop has no GSTIN" in page.last_message
    assert not (tmp_path / "may.json").exists() and page.prompt is None
