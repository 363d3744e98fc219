"""The report screens on a hand-built shop: outstanding invoices, ageing (with the shopkeeper's
bands and filters), balances, the sales register and the accountant's pack; each one's Excel
export from the screen holds the screen's totals."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from factories import make_item
from report_builders import ReportShop, build_report_shop
from report_pages import WAIT_MS, column_sum, exported, row_texts, rupees, shown, totals
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import ageing, sales
from vyapar_lite.ui.main_window import MainWindow
from vyapar_lite.ui.reports.ageing_page import AgeingPage
from vyapar_lite.ui.reports.balances_page import BalancesPage
from vyapar_lite.ui.reports.outstanding_page import OutstandingPage
from vyapar_lite.ui.reports.pack_page import PackPage
from vyapar_lite.ui.reports.register_page import RegisterPage
from vyapar_lite.ui.reports.report_page import ReportPage
from vyapar_lite.ui.reports.reports_screen import ReportsScreen

APRIL, JUNE_END = date(2026, 4, 1), date(2026, 6, 30)
_screens: list[ReportsScreen] = []


@pytest.fixture
def shop(shop_file: Path) -> ReportShop:
    return build_report_shop()


@pytest.fixture(autouse=True)
def _forget_screens() -> Iterator[None]:
    yield
    _screens.clear()


def report(qtbot: QtBot, key: str) -> ReportPage[Any]:
    """A report page on a Reports screen (not shown, so nothing loads by itself)."""
    screen = ReportsScreen()
    qtbot.addWidget(screen)
    _screens.append(screen)
    return screen.page(key)


def as_of(page: Any, day: date) -> None:
    page.as_of.set_date(day)


def test_outstanding_invoices_of_every_customer_and_of_one(
    qtbot: QtBot, shop: ReportShop, tmp_path: Path, qtmodeltester: object
) -> None:
    n = shop.numbers
    page = report(qtbot, "outstanding")
    assert isinstance(page, OutstandingPage)
    as_of(page, JUNE_END)
    shown(qtbot, page)

    assert [(row_texts(page, r)[3], *row_texts(page, r)[5:]) for r in range(6)] == [
        (f"OB/{shop.asha}", "16-04-2026", "5,000.00", "", "", "5,000.00", "75"),
        (n["inv1"], "20-04-2026", "236.00", "100.00", "", "136.00", "71"),
        (n["inv4"], "25-05-2026", "1,120.00", "", "", "1,120.00", "36"),
        (n["inv2"], "20-05-2026", "4,725.00", "", "945.00", "3,780.00", "41"),
        (n["inv3"], "02-05-2026", "11,800.00", "", "", "11,800.00", "59"),
        (n["dn1"], "01-06-2026", "1,180.00", "", "", "1,180.00", "29"),
    ]  # fmt: skip
    assert (row_texts(page, 0)[2], row_texts(page, 5)[2]) == ("Opening bill", "Debit note")
    shown_totals = totals(page)
    assert [shown_totals[h] for h in ("Total", "Paid", "Credit notes", "Outstanding")] == [
        "24,061.00", "100.00", "945.00", "23,016.00",
    ]  # fmt: skip
    assert shown_totals["Customer"] == "6 invoices"
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]

    table = exported(qtbot, page, tmp_path / "outstanding.xlsx")
    assert len(table.rows) == 6
    for header in ("Total", "Paid", "Credit notes", "Outstanding"):
        assert column_sum(table, header) == rupees(shown_totals[header]), header

    # one customer, picked in the box
    shown(qtbot, page, lambda: page.customer.set_code(shop.kaveri))
    assert [row_texts(page, r)[3] for r in range(page.model.rowCount())] == [n["inv3"], n["dn1"]]
    assert totals(page)["Outstanding"] == "12,980.00"
    # a date before the second invoice fell due: not overdue, no days shown
    as_of(page, date(2026, 5, 11))
    shown(qtbot, page, lambda: page.customer.set_code(shop.asha))
    assert [row_texts(page, r)[10] for r in range(3)] == ["25", "21", ""]


def test_ageing_by_the_shop_s_bands_then_the_shopkeeper_s_own(
    qtbot: QtBot, shop: ReportShop, tmp_path: Path, qtmodeltester: object
) -> None:
    page = report(qtbot, "ageing")
    assert isinstance(page, AgeingPage)
    as_of(page, JUNE_END)
    shown(qtbot, page)

    headers = [c.header for c in page.model.columns]
    assert headers[3:] == [
        "Not due", "0-30", "31-60", "61-90", "Over 90", "Receivable", "Advance", "Balance",
    ]  # fmt: skip
    rows = {row_texts(page, r)[0]: row_texts(page, r)[3:] for r in range(page.model.rowCount())}
    assert rows[shop.asha] == ["", "", "1,120.00", "5,136.00", "", "6,256.00", "", "6,256.00 Dr"]
    assert rows[shop.ravi] == ["", "", "", "", "", "", "1,000.00", "1,000.00 Cr"]  # apart
    assert rows[shop.old][4] == "2,000.00"
    shown_totals = totals(page)
    assert [shown_totals[h] for h in headers[3:]] == [
        "0.00", "1,180.00", "14,700.00", "5,136.00", "2,000.00",
        "23,016.00", "1,000.00", "22,016.00 Dr",
    ]  # fmt: skip
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]

    table = exported(qtbot, page, tmp_path / "ageing.xlsx")
    for header in headers[3:]:
        assert column_sum(table, header) == rupees(shown_totals[header]), header

    # the shopkeeper's bands: new columns, the same receivable
    page.bands.setText("15, 45")
    shown(qtbot, page)
    assert [c.header for c in page.model.columns][3:7] == ["Not due", "0-15", "16-45", "Over 45"]
    assert totals(page)["Receivable"] == "23,016.00"
    assert ageing.get_bands().limits == (30, 60, 90)  # not kept until asked
    shown(qtbot, page, page.save_bands_button.click)
    assert ageing.get_bands().limits == (15, 45)

    page.bands.setText("60, 30")
    page.show_button.click()
    assert page.message.isVisibleTo(page)
    assert "larger than the one before" in page.message.text()


def test_ageing_filters_by_type_category_and_city(qtbot: QtBot, shop: ReportShop) -> None:
    page = report(qtbot, "ageing")
    assert isinstance(page, AgeingPage)
    as_of(page, JUNE_END)
    filters = page.scope_filters

    def codes() -> list[str]:
        shown(qtbot, page)
        return [row_texts(page, r)[0] for r in range(page.model.rowCount())]

    assert filters.city_filter.findText("Pune") >= 0  # the shop's cities are offered
    filters.city_filter.setCurrentText("pune")
    assert codes() == [shop.asha, shop.ravi, shop.old]
    filters.city_filter.setCurrentText("")
    filters.type_filter.setCurrentIndex(filters.type_filter.findData("Dealer"))
    assert codes() == [shop.dealer]
    filters.type_filter.setCurrentIndex(0)
    filters.category_filter.setCurrentIndex(filters.category_filter.findData("Wholesale"))
    assert codes() == [shop.dealer]
    printed = page.printout(page.result, lambda *_a: None)  # type: ignore[arg-type]
    assert "Wholesale" in printed.text()


def test_balances_sorted_filtered_and_exported(
    qtbot: QtBot, shop: ReportShop, tmp_path: Path, qtmodeltester: object
) -> None:
    page = report(qtbot, "balances")
    assert isinstance(page, BalancesPage)
    as_of(page, JUNE_END)
    shown(qtbot, page)

    def figures() -> list[tuple[str, str]]:
        return [
            (row_texts(page, r)[0], row_texts(page, r)[8]) for r in range(page.model.rowCount())
        ]

    assert figures() == [
        (shop.kaveri, "12,980.00 Dr"), (shop.asha, "6,256.00 Dr"), (shop.old, "2,000.00 Dr"),
        (shop.dealer, "1,780.00 Dr"), (shop.quiet, "0.00"), ("CASH", "0.00"),
        (shop.ravi, "1,000.00 Cr"),
    ]  # fmt: skip
    shown_totals = totals(page)
    assert [shown_totals[h] for h in ("Receivable", "Advance", "Balance")] == [
        "23,016.00", "1,000.00", "22,016.00 Dr",
    ]  # fmt: skip
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    table = exported(qtbot, page, tmp_path / "balances.xlsx")
    for header in ("Receivable", "Advance", "Balance"):
        assert column_sum(table, header) == rupees(shown_totals[header]), header

    page.sort.setCurrentIndex(1)  # largest advances first
    shown(qtbot, page)
    assert figures()[0] == (shop.ravi, "1,000.00 Cr")
    page.sort.setCurrentIndex(0)
    page.show_filter.setCurrentIndex(page.show_filter.findData("receivable"))
    page.scope_filters.city_filter.setCurrentText("Pune")
    shown(qtbot, page)
    assert figures() == [(shop.asha, "6,256.00 Dr"), (shop.old, "2,000.00 Dr")]
    assert totals(page)["Balance"] == "8,256.00 Dr"


def test_the_sales_register_with_gst_by_rate(
    qtbot: QtBot, shop: ReportShop, tmp_path: Path, qtmodeltester: object
) -> None:
    n = shop.numbers
    page = report(qtbot, "register")
    assert isinstance(page, RegisterPage)
    page.period.set_period(APRIL, JUNE_END)
    shown(qtbot, page)

    assert page.model.total == 8
    assert row_texts(page, 4)[1:3] + row_texts(page, 4)[6:] == [
        "Credit note · B2C small", n["cn1"], n["inv2"], "5%",
        "-900.00", "-22.50", "-22.50", "", "", "-945.00",
    ]  # fmt: skip
    cancelled = row_texts(page, 5)
    assert cancelled[1] == "Invoice (cancelled)" and cancelled[7:] == [""] * 7
    shown_totals = totals(page)
    assert [shown_totals[h] for h in ("Taxable", "CGST", "SGST/UTGST", "IGST", "Value")] == [
        "16,100.00", "175.50", "175.50", "1,980.00", "18,431.00",
    ]  # fmt: skip
    assert shown_totals["Number"] == "7 documents"
    assert "1 cancelled" in page.summary.text()
    assert "By GST rate" in page.foot.text() and "18%" in page.foot.text()
    assert row_texts(page, 2)[1] == "Invoice · B2B"  # Kaveri Stores has a GSTIN
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]

    page.period.set_period(JUNE_END, APRIL)  # the wrong way round: said, nothing worked out
    page.show_button.click()
    assert page.message.text() == "The From date is after the To date: swap them"
    assert page.model.total == 8  # the last register stays on screen

    table = exported(qtbot, page, tmp_path / "register.xlsx")
    for header, screen_header in (
        ("Taxable value", "Taxable"), ("CGST", "CGST"), ("SGST/UTGST", "SGST/UTGST"),
        ("IGST", "IGST"), ("Document value", "Value"),
    ):  # fmt: skip
        assert column_sum(table, header) == rupees(shown_totals[screen_header]), header


def test_the_accountant_s_pack_from_the_screen(
    qtbot: QtBot, shop: ReportShop, tmp_path: Path
) -> None:
    page = report(qtbot, "pack")
    assert isinstance(page, PackPage)
    page.period.set_period(APRIL, JUNE_END)
    shown(qtbot, page)
    assert "6 statements" in page.summary.text()
    assert not page.print_button.isVisibleTo(page)
    out = tmp_path / "pack"
    with qtbot.waitSignal(page.exported, timeout=WAIT_MS):
        page.export_file(out)  # ".xlsx" is added
    workbook = load_workbook(out.with_suffix(".xlsx"), read_only=True)
    assert workbook.sheetnames[:3] == ["Summary", "Sales register", "HSN summary"]
    assert len(workbook.sheetnames) == 3 + 4 + 6  # the money books, day book, expenses
    assert page.last_message.startswith("The pack with 6 statements written to")


def test_reports_load_when_first_shown_and_the_window_has_them(
    qtbot: QtBot, shop: ReportShop
) -> None:
    window = MainWindow(Path("shop.vyapar"))
    qtbot.addWidget(window)
    window.show()
    window.show_screen("reports")
    screen = window.stack.currentWidget()
    assert isinstance(screen, ReportsScreen)
    assert screen.objectName() == "page.reports"
    assert [screen.chooser.tabText(i) for i in range(screen.chooser.count())] == [
        "Statement", "Outstanding", "Ageing", "Balances", "Cash and bank books", "Day book",
        "Expenses", "Sales register", "HSN summary",
        "GST returns", "GSTR-3B", "Accountant's pack", "Export to Tally",
        "Composition (CMP-08)", "Customer insights",
    ]  # fmt: skip
    statement = screen.page("statement")
    assert statement.result is None and "Choose a customer" not in statement.message.text()
    balances = screen.show_report("balances")
    qtbot.waitUntil(lambda: balances.result is not None, timeout=WAIT_MS)
    assert balances.model.total == 7
    statement.show_button.click()
    assert statement.message.text() == "Choose a customer first"


def test_periods_default_to_this_financial_year() -> None:
    from vyapar_lite.ui.reports import periods

    assert periods.this_year(date(2026, 11, 23)) == (date(2026, 4, 1), date(2026, 11, 23))
    assert periods.this_year(date(2027, 3, 31)) == (date(2026, 4, 1), date(2027, 3, 31))
    assert periods.last_year(date(2026, 4, 1)) == (date(2025, 4, 1), date(2026, 3, 31))
    assert periods.last_month(date(2026, 1, 15)) == (date(2025, 12, 1), date(2025, 12, 31))
    assert periods.this_month(date(2026, 2, 9)) == (date(2026, 2, 1), date(2026, 2, 9))


def test_the_same_text_on_screen_and_paper() -> None:
    from vyapar_lite.ui.reports.report_text import balance, cell_text, rate

    assert (balance(625600), balance(-100000), balance(0)) == ("6,256.00 Dr", "1,000.00 Cr", "0.00")
    assert (rate(1800), rate(250), rate(25), rate(0)) == ("18%", "2.5%", "0.25%", "0%")
    assert cell_text("amount", 0) == "" and cell_text("money", 0) == "0.00"
    assert cell_text("days", -3) == "" and cell_text("days", 1200) == "1,200"
    assert Decimal(0) == rupees("0.00")


def test_the_register_screen_keeps_reverse_charge_tax_apart(
    qtbot: QtBot, shop: ReportShop, tmp_path: Path
) -> None:
    """s.9(3) CGST Act: the recipient's tax is in no GST column nor in the value; the summary
    and the by-rate table show it apart, the export has it per row."""
    make_item("Goods transport", code="GTA", sale_price=100000, gst_rate_bp=500,
              hsn_sac="996511", unit="trip", reverse_charge=True)  # fmt: skip
    on = date(2026, 6, 20)
    line = LineInput("Goods transport", 1000, 100000, 500, item_code="GTA")
    sales.post_invoice(sales.InvoiceDraft(shop.kaveri, on, [line]))
    page = report(qtbot, "register")
    assert isinstance(page, RegisterPage)
    page.period.set_period(on, on)
    shown(qtbot, page)
    assert "Tax payable by recipient (RCM) <b>50.00</b>" in page.summary.text()
    assert "GST <b>0.00</b>" in page.summary.text()
    assert "RCM (by recipient)" in page.foot.text() and "50.00" in page.foot.text()
    table = exported(qtbot, page, tmp_path / "register-rcm.xlsx")
    assert column_sum(table, "Tax payable by recipient (RCM)") == Decimal("50")
    assert column_sum(table, "Document value") == Decimal("1000")
