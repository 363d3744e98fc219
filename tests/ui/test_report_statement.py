"""The customer statement screen: the lines and totals of a hand-built shop, lazy pages, the
supplier side, Excel from the screen (cancellable), the PDF, and the customer page's button."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from pdf_pages import page_png, pdf_text
from report_builders import ReportShop, build_report_shop, history
from report_pages import (
    WAIT_MS,
    column_sum,
    exported,
    row_texts,
    rupees,
    shown,
    totals,
)
from vyapar_lite.exports import report_workbook
from vyapar_lite.services import statement
from vyapar_lite.services.statement import SideSummary, StatementLine
from vyapar_lite.ui.main_window import MainWindow
from vyapar_lite.ui.reports.report_model import ReportModel
from vyapar_lite.ui.reports.reports_screen import ReportsScreen
from vyapar_lite.ui.reports.statement_page import StatementPage

APRIL, JUNE_END = date(2026, 4, 1), date(2026, 6, 30)


@pytest.fixture
def shop(shop_file: Path) -> ReportShop:
    return build_report_shop()


_screens: list[ReportsScreen] = []  # kept alive until the test ends (qtbot closes them)


@pytest.fixture(autouse=True)
def _forget_screens() -> Iterator[None]:
    yield
    _screens.clear()


def statement_of(
    qtbot: QtBot, code: str, start: date = APRIL, end: date = JUNE_END
) -> StatementPage:
    screen = ReportsScreen()
    qtbot.addWidget(screen)
    _screens.append(screen)
    page = screen.page("statement")
    assert isinstance(page, StatementPage)
    shown(qtbot, page, lambda: screen.open_statement(code, start, end))
    return page


def test_the_statement_shows_every_line_with_its_running_balance(
    qtbot: QtBot, shop: ReportShop, qtmodeltester: object
) -> None:
    n = shop.numbers
    page = statement_of(qtbot, shop.asha)

    assert page.model.total == 9  # brought forward + 8 entries
    assert [row_texts(page, r)[1:3] + row_texts(page, r)[5:] for r in range(9)] == [
        ["Brought forward", "", "", "", "0.00"],
        ["Opening balance", f"OB/{shop.asha}", "5,000.00", "", "5,000.00 Dr"],
        ["Invoice", n["inv1"], "236.00", "", "5,236.00 Dr"],
        ["Receipt", "RCT/26-27/00001", "", "100.00", "5,136.00 Dr"],
        ["Invoice", n["inv4"], "1,120.00", "", "6,256.00 Dr"],
        ["Invoice (cancelled)", n["inv5"], "590.00", "", "6,846.00 Dr"],
        ["Receipt (cancelled)", "RCT/26-27/00002", "", "590.00", "6,256.00 Dr"],
        ["Invoice cancelled", n["inv5"], "", "590.00", "5,666.00 Dr"],
        ["Receipt cancelled", "RCT/26-27/00002", "590.00", "", "6,256.00 Dr"],
    ]  # fmt: skip
    assert row_texts(page, 3)[0] == "05-04-2026"
    assert row_texts(page, 3)[4] == "UPI UPI-777"
    colour = page.model.index(5, 1).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(colour, QColor) and colour.name() == "#888888"  # cancelled: grey
    assert page.model.index(0, 1).data(Qt.ItemDataRole.FontRole).bold()  # brought forward

    shown_totals = totals(page)
    assert (shown_totals["Debit"], shown_totals["Credit"], shown_totals["Balance"]) == (
        "7,536.00",
        "1,280.00",
        "6,256.00 Dr",
    )
    assert "Closing 6,256.00 Dr" in page.summary.text()
    assert "Asha Verma" in page.summary.text()
    # the ageing of the balance on the last day: ₹1,120 is 36 days past due, ₹5,136 71-90 days
    assert "31-60 1,120.00 · 61-90 5,136.00 · Over 90 0.00" in page.foot.text()
    assert page.export_button.isEnabled() and page.pdf_button.isEnabled()
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    qtmodeltester.check(page.totals.totals)  # type: ignore[attr-defined]


def test_a_long_statement_is_read_a_page_at_a_time(
    qtbot: QtBot, shop: ReportShop, monkeypatch: pytest.MonkeyPatch, qtmodeltester: object
) -> None:
    monkeypatch.setattr(ReportModel, "PAGE", 4)
    page = statement_of(qtbot, shop.asha)
    model = page.model
    assert (model.rowCount(), model.total, model.canFetchMore(QModelIndex())) == (4, 9, True)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 8
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.fetch_all()
    assert model.rowCount() == 9 and not model.canFetchMore(QModelIndex())
    head = page.result.statement if page.result else None
    assert head is not None
    assert [model.row_at(r) for r in range(1, 9)] == statement.statement_lines(head)


def test_a_customer_who_is_also_a_supplier_shows_both_sides_and_the_net(
    qtbot: QtBot, shop: ReportShop, monkeypatch: pytest.MonkeyPatch
) -> None:
    bill = StatementLine(date(2026, 5, 5), "purchase", "Purchase bill", "PB/7", "Bill 7",
                         "Their bill 7", 0, 100000, -150000, "")  # fmt: skip

    def side(code: str, start: date, end: date) -> SideSummary | None:
        if code != shop.dealer:
            return None
        return SideSummary(-50000, 20000, 100000, -130000, [bill])

    monkeypatch.setattr(statement, "_supplier_side", side)
    page = statement_of(qtbot, shop.dealer)
    assert page.supplier_box.isVisibleTo(page)
    assert page.supplier_model.rowCount() == 1
    assert page.supplier_model.index(0, 1).data() == "Purchase bill"
    assert page.supplier_totals.totals.values[-1] == "1,300.00 Cr"
    # ₹1,780 owed to the shop, ₹1,300 owed to them: ₹480 on balance
    assert "Net of both sides 480.00 Dr" in page.supplier_title.text()
    assert page.result is not None
    printed = page.printout(page.result, lambda *_a: None).text()
    assert "As a supplier" in printed and "PB/7" in printed and "480.00 Dr" in printed

    other = statement_of(qtbot, shop.asha)
    assert not other.supplier_box.isVisibleTo(other)


def test_export_from_the_screen_has_the_screen_s_totals(
    qtbot: QtBot, shop: ReportShop, tmp_path: Path
) -> None:
    page = statement_of(qtbot, shop.asha)
    table = exported(qtbot, page, tmp_path / "asha.xlsx")

    shown_totals = totals(page)
    assert len(table.rows) == page.model.total  # brought forward and every line
    assert column_sum(table, "Debit") == rupees(shown_totals["Debit"]) == Decimal("7536")
    assert column_sum(table, "Credit") == rupees(shown_totals["Credit"]) == Decimal("1280")
    first, last = table.rows[0][0].row, table.rows[-1][0].row
    assert table.total[5].value == f"=SUM(F{first}:F{last})"
    closing = table.after[0]
    assert closing[1].value == "Closing balance"
    # the last running balance in the sheet is the screen's closing balance
    assert Decimal(str(table.rows[-1][7].value)) == rupees(shown_totals["Balance"])


def test_an_export_can_be_cancelled_and_leaves_no_file(
    qtbot: QtBot, shop: ReportShop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = statement_of(qtbot, shop.asha)
    monkeypatch.setattr(report_workbook, "PROGRESS_EVERY", 1)  # a progress report every row
    go_on = threading.Event()
    write = page.write

    def slow_write(result: object, path: Path, progress: object) -> int:
        go_on.wait(5)
        return write(result, path, progress)  # type: ignore[arg-type]

    monkeypatch.setattr(page, "write", slow_write)
    out = tmp_path / "cancelled.xlsx"
    task = page.export_file(out)
    assert task is not None
    with qtbot.waitSignal(task.cancelled, timeout=WAIT_MS):
        task.progress.cancel()  # what the progress dialog's Cancel button does
        go_on.set()
    assert not out.exists()
    assert page.last_message == "The export was cancelled; no file was written."


def test_the_statement_pdf(qtbot: QtBot, shop: ReportShop, tmp_path: Path) -> None:
    page = statement_of(qtbot, shop.asha)
    pdf = tmp_path / "statement.pdf"
    with qtbot.waitSignal(page.pdf_saved, timeout=WAIT_MS):
        page.save_pdf_file(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    text = pdf_text(pdf)
    for expected in (
        "Test Traders",  # the shop's header
        "STATEMENT OF ACCOUNT",
        "Asha Verma",  # the customer
        "01-04-2026 to 30-06-2026",  # the period
        "Brought",  # forward (wrapped in its column)
        "Invoice",
        "Total for the period",
        "7,536.00",
        "Closing balance on 30-06-2026: ₹6,256.00 to receive",
        "Ageing of the balance on 30-06-2026",
        "Page 1 of 1",
    ):
        assert expected in text, expected
    png = page_png(pdf, tmp_path / "statement-page1.png")
    assert png.stat().st_size > 10000


def test_a_long_statement_prints_on_numbered_pages_with_the_header_on_each(
    qtbot: QtBot, shop: ReportShop, tmp_path: Path
) -> None:
    history(
        shop.quiet,
        *((date(2026, 4, 1 + i % 28), "invoice", f"OLD/{i}", 10000, 0) for i in range(150)),
    )
    page = statement_of(qtbot, shop.quiet)
    assert page.model.total == 151
    pdf = tmp_path / "long.pdf"
    with qtbot.waitSignal(page.pdf_saved, timeout=WAIT_MS):
        page.save_pdf_file(pdf)
    pages = pdf_text(pdf).split("\f")
    printed = [p for p in pages if p.strip()]
    assert len(printed) >= 3
    for number, text in enumerate(printed, start=1):
        assert f"Page {number} of {len(printed)}" in text
        if "OLD/" in text:
            assert "Description" in text  # the table's header row, on every page of the table
    assert "Closing balance on 30-06-2026: ₹15,000.00 to receive" in "".join(printed)  # 150 x ₹100


def test_the_customer_page_opens_the_statement(qtbot: QtBot, shop: ReportShop) -> None:
    window = MainWindow(Path("shop.vyapar"))
    qtbot.addWidget(window)
    window.show()
    customers = window.pages["customers"]
    customers.open_customer(shop.kaveri)  # type: ignore[attr-defined]
    customers.customer_page.statement_button.click()  # type: ignore[attr-defined]

    reports = window.stack.currentWidget()
    assert isinstance(reports, ReportsScreen)
    page = reports.page("statement")
    assert isinstance(page, StatementPage)
    qtbot.waitUntil(lambda: page.result is not None, timeout=WAIT_MS)
    assert page.customer.code() == shop.kaveri
    assert page.result is not None and page.result.statement.closing == 1298000
    assert reports.chooser.currentIndex() == 0


def test_print_preview_lays_out_the_ageing_report(qtbot: QtBot, shop: ReportShop) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from vyapar_lite.ui.reports.report_print import PreviewDialog

    screen = ReportsScreen()
    qtbot.addWidget(screen)
    _screens.append(screen)
    page = screen.page("ageing")
    page.as_of.set_date(JUNE_END)  # type: ignore[attr-defined]
    shown(qtbot, page)
    page.print_button.click()
    qtbot.waitUntil(lambda: page.findChild(PreviewDialog) is not None, timeout=WAIT_MS)
    dialog = page.findChild(PreviewDialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    preview.updatePreview()
    assert preview.pageCount() == 1
    assert dialog.target.pageLayout().orientation().name == "Landscape"  # a wide table
    dialog.close()
