"""Words stored in English when a document was posted, read in Hindi where the user sees them
(issue 20): a statement's descriptions and references (screen and PDF), a contra voucher's words
in the cash book and the day book, the audit trail's notes; English exactly as stored."""

from __future__ import annotations

import shutil
import unicodedata
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QWidget
from pytestqt.qtbot import QtBot

from factories import make_item
from payment_builders import invoice, receive, supplier
from pdf_pages import page_png, pdf_text
from report_pages import WAIT_MS, shown
from vyapar_lite.services import contra_vouchers, expenses, money_accounts, money_setup, purchases
from vyapar_lite.services import supplier_side as payable_side
from vyapar_lite.ui import language
from vyapar_lite.ui.audit.audit_screen import AuditScreen
from vyapar_lite.ui.money.expense_form import ExpenseForm
from vyapar_lite.ui.money.money_screen import MoneyScreen
from vyapar_lite.ui.reports.report_page import ReportPage
from vyapar_lite.ui.reports.reports_screen import ReportsScreen
from vyapar_lite.ui.reports.statement_page import StatementPage

MAY_1, MAY_31 = date(2026, 5, 1), date(2026, 5, 31)
SHOTS = Path("/tmp/hindi20")
DESCRIPTION, REFERENCE = 3, 4  # the statement's columns (statement_printout.COLUMNS)
DEBIT, CREDIT, BALANCE = 5, 6, 7
HEAD = 2  # the expenses report's (expenses_page.COLUMNS)


@pytest.fixture
def hindi(qapp: QApplication) -> Iterator[None]:
    assert language.start(qapp, "hi") == "hi"
    yield
    language.start(qapp, "en")


def _shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    window = widget.window()
    window.resize(1366, 768)
    window.show()
    window.grab().save(str(SHOTS / f"{name}-{language.current()}.png"))


@pytest.fixture
def statement(qtbot: QtBot, shop_file: Path) -> Iterator[tuple[StatementPage, dict[str, str]]]:
    """A customer who is also a supplier: an invoice, a UPI receipt, a purchase bill G-77."""
    payable_side.install()  # as the app does at start-up (tests/conftest.py restores it)
    code = supplier("Gupta Electricals")
    posted = {
        "invoice": invoice(code, 300000, MAY_1),
        "receipt": receive(code, 50000, MAY_1, mode="upi", reference="4521"),
    }
    purchases.record_bill(purchases.BillDraft(code, "G-77", MAY_1, 100000, 18000, 118000))
    page = StatementPage()
    qtbot.addWidget(page)
    shown(qtbot, page, lambda: page.open_statement(code, MAY_1, MAY_31))
    yield page, posted


def _cells(model: Any, column: int) -> list[str]:
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def test_a_statement_s_descriptions_and_references_in_hindi(
    hindi: None, statement: tuple[StatementPage, dict[str, str]]
) -> None:
    page, posted = statement
    assert _cells(page.model, DESCRIPTION)[1:] == [  # after the balance brought forward
        f"इनवॉइस {posted['invoice']}",
        "रसीद (UPI 4521)",
    ]
    assert _cells(page.model, REFERENCE)[1:] == ["", "UPI 4521"]
    assert _cells(page.supplier_model, DESCRIPTION) == ["खरीद बिल G-77"]
    assert _cells(page.supplier_model, REFERENCE) == ["उनका बिल G-77"]
    _shot(page, "statement")


def test_a_statement_s_descriptions_in_english_are_as_stored(
    statement: tuple[StatementPage, dict[str, str]],
) -> None:
    page, posted = statement
    assert _cells(page.model, DESCRIPTION)[1:] == [
        f"Invoice {posted['invoice']}",
        "Receipt (UPI 4521)",
    ]
    assert _cells(page.supplier_model, DESCRIPTION) == ["Purchase bill G-77"]
    assert _cells(page.supplier_model, REFERENCE) == ["Their bill G-77"]


def _pdf(qtbot: QtBot, page: StatementPage, path: Path) -> str:
    with qtbot.waitSignal(page.pdf_saved, timeout=WAIT_MS):
        page.save_pdf_file(path)
    page_png(path, path.with_suffix(".png"), dpi=100)
    # one line, NFC: the PDF gives ज़ as ज + nukta (tests/ui/test_hindi_print.py)
    return unicodedata.normalize("NFC", " ".join(pdf_text(path).split()))


def test_the_statement_pdf_reads_the_stored_words_in_hindi(
    qtbot: QtBot, hindi: None, statement: tuple[StatementPage, dict[str, str]], tmp_path: Path
) -> None:
    page, posted = statement
    text = _pdf(qtbot, page, tmp_path / "statement-hi.pdf")
    # PDF text extraction reorders some vowel signs of shaped Devanagari (the page is right:
    # looked at as PNG), so the words checked are ones it reads back whole
    assert f"इनवॉइस {posted['invoice']}" in text and "खरीद" in text and "उनका" in text
    assert "Invoice INV" not in text and "Purchase bill" not in text and "Their bill" not in text
    # and the statement's own headings (statement_printout)
    assert "STATEMENT OF ACCOUNT" not in text and "Total for the period" not in text
    assert "As a supplier" not in text and "Closing balance" not in text
    SHOTS.mkdir(exist_ok=True)  # the page as PNG, to look at
    shutil.copy(tmp_path / "statement-hi.png", SHOTS / "statement-pdf-hi.png")


def test_the_statement_pdf_in_english_is_as_stored(
    qtbot: QtBot, statement: tuple[StatementPage, dict[str, str]], tmp_path: Path
) -> None:
    page, posted = statement
    text = _pdf(qtbot, page, tmp_path / "statement-en.pdf")
    for words in (f"Invoice {posted['invoice']}", "Purchase bill G-77", "Their bill G-77"):
        assert words in text, words


_screens: list[ReportsScreen] = []


@pytest.fixture
def books(qtbot: QtBot, shop_file: Path) -> Iterator[dict[str, str]]:
    """Cash deposited in the bank and drawn back, one contra voucher each."""
    sbi = money_setup.add_account(
        money_setup.NewAccount("SBI current", "bank", "4321", "SBIN0001234", 500000, MAY_1)
    ).id
    cash = money_accounts.cash_account().id
    to_bank = contra_vouchers.post_contra_voucher(
        contra_vouchers.ContraDraft(MAY_1, cash, sbi, 200000)
    )
    to_cash = contra_vouchers.post_contra_voucher(
        contra_vouchers.ContraDraft(MAY_1, sbi, cash, 50000)
    )
    yield {"to_bank": to_bank.number, "to_cash": to_cash.number}
    _screens.clear()


def _report(qtbot: QtBot, key: str) -> ReportPage[Any]:
    screen = ReportsScreen()
    screen.resize(1366, 768)
    qtbot.addWidget(screen)
    _screens.append(screen)
    screen.chooser.setCurrentIndex(screen.keys.index(key))
    page = screen.page(key)
    page.period.set_period(MAY_1, MAY_31)  # type: ignore[attr-defined]
    shown(qtbot, page)
    return page


def _by_number(page: ReportPage[Any], number: int, column: int) -> dict[str, str]:
    model = page.model
    return {
        str(model.index(r, number).data()): str(model.index(r, column).data())
        for r in range(model.rowCount())
    }


def test_contra_vouchers_in_the_cash_book_and_day_book_in_hindi(
    qtbot: QtBot, hindi: None, books: dict[str, str]
) -> None:
    cash_book = _by_number(_report(qtbot, "money_book"), 1, 2)  # Document, Particulars
    assert cash_book[books["to_bank"]] == "SBI current में नकद जमा किया"
    assert cash_book[books["to_cash"]] == "SBI current से नकद निकाला"
    _shot(_screens[-1], "cash_book")
    day_book = _by_number(_report(qtbot, "day_book"), 2, 3)  # Number, Party / head
    assert day_book[books["to_bank"]] == "नकद से SBI current"
    assert day_book[books["to_cash"]] == "SBI current से नकद"
    _shot(_screens[-1], "day_book")


def test_contra_vouchers_in_the_cash_book_and_day_book_in_english(
    qtbot: QtBot, books: dict[str, str]
) -> None:
    cash_book = _by_number(_report(qtbot, "money_book"), 1, 2)
    assert cash_book[books["to_bank"]] == "Cash deposited in SBI current"
    assert cash_book[books["to_cash"]] == "Cash withdrawn from SBI current"
    day_book = _by_number(_report(qtbot, "day_book"), 2, 3)
    assert day_book[books["to_bank"]] == "Cash to SBI current"
    assert day_book[books["to_cash"]] == "SBI current to Cash"


def _cash_customer_note(qtbot: QtBot) -> str:
    """The note of the walk-in customer's row, made with the shop file (db/migrations.py)."""
    screen = AuditScreen()
    qtbot.addWidget(screen)
    model = screen.model
    for i in range(model.rowCount()):
        row = model.row_at(i)
        if row is not None and row.record_label == "CASH":
            _shot(screen, "audit_trail")
            return model.display(row, "note")
    raise AssertionError("no row for the walk-in customer")


def test_the_audit_trail_s_notes_in_hindi(qtbot: QtBot, shop_file: Path, hindi: None) -> None:
    assert _cash_customer_note(qtbot) == "दुकान की फ़ाइल के साथ बना"


def test_the_audit_trail_s_notes_in_english(qtbot: QtBot, shop_file: Path) -> None:
    assert _cash_customer_note(qtbot) == "created with the shop file"


def _reconciliation_words(qtbot: QtBot) -> list[str]:
    """The books-only descriptions of a bank-to-bank contra voucher, SBI's side (SBI to HDFC)."""
    sbi = money_setup.add_account(
        money_setup.NewAccount("SBI current", "bank", "4321", "SBIN0001234", 500000, MAY_1)
    ).id
    hdfc = money_setup.add_account(
        money_setup.NewAccount("HDFC savings", "bank", "8765", "HDFC0000123", 0, MAY_1)
    ).id
    contra_vouchers.post_contra_voucher(contra_vouchers.ContraDraft(MAY_1, sbi, hdfc, 100000))
    screen = MoneyScreen()
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    screen.show_reconciliation()
    page = screen.reconciliation
    page.account.setCurrentIndex(page.account.findData(sbi))
    qtbot.waitUntil(lambda: page.books_only.rowCount() == 1, timeout=WAIT_MS)
    _shot(screen, "reconciliation")
    return [page.books_only.item(r, 2).text() for r in range(page.books_only.rowCount())]


def test_a_bank_to_bank_contra_in_the_reconciliation_in_hindi(
    qtbot: QtBot, shop_file: Path, hindi: None
) -> None:
    assert _reconciliation_words(qtbot) == ["SBI current से HDFC savings"]


def test_a_bank_to_bank_contra_in_the_reconciliation_in_english(
    qtbot: QtBot, shop_file: Path
) -> None:
    assert _reconciliation_words(qtbot) == ["SBI current to HDFC savings"]


@pytest.fixture
def rent(qtbot: QtBot, shop_file: Path) -> Iterator[str]:
    """Rent paid in cash (a head the app made) and packing (a head the shop added)."""
    cash = money_accounts.cash_account().id
    expenses.add_head("Packing material")
    paid = expenses.post_expense(expenses.ExpenseDraft(MAY_1, "Rent", 500000, cash, "shop, May"))
    expenses.post_expense(expenses.ExpenseDraft(MAY_1, "Packing material", 20000, cash, "boxes"))
    yield paid.number
    _screens.clear()


def _expense_words(qtbot: QtBot) -> tuple[list[str], list[str], list[str]]:
    """The cash book's particulars, the expenses report's heads and the expense form's heads."""
    cash_book = _by_number(_report(qtbot, "money_book"), 1, 2)
    report = _report(qtbot, "expenses").model
    heads = [str(report.index(r, HEAD).data()) for r in range(report.rowCount())]
    form = ExpenseForm()
    qtbot.addWidget(form)
    choices = [form.head.itemText(i) for i in range(form.head.count())]
    return sorted(cash_book.values()), heads, choices


def test_an_expense_s_own_head_reads_in_hindi(qtbot: QtBot, hindi: None, rent: str) -> None:
    cash_book, heads, choices = _expense_words(qtbot)
    assert cash_book == ["Packing material: boxes", "किराया: shop, May"]
    _shot(_screens[0], "cash_book_expense")
    assert sorted(heads) == ["Packing material", "किराया"]
    assert choices[:2] == ["किराया", "मज़दूरी"] and choices[-1] == "Packing material"


def test_an_expense_posted_from_the_hindi_form_stores_the_english_head(
    qtbot: QtBot, hindi: None, shop_file: Path
) -> None:
    form = ExpenseForm()
    qtbot.addWidget(form)
    form.head.setCurrentIndex(form.head.findText("बिजली"))
    form.amount.setText("1,200.00")
    assert expenses.get_expense(form.post()).head == "Electricity"


def test_an_expense_s_head_in_english_is_as_stored(qtbot: QtBot, rent: str) -> None:
    cash_book, heads, choices = _expense_words(qtbot)
    assert cash_book == ["Packing material: boxes", "Rent: shop, May"]
    assert sorted(heads) == ["Packing material", "Rent"]
    assert choices[0] == "Rent"


def _cut_cells(table: Any, columns: Sequence[int]) -> list[tuple[str, int]]:
    """The cells of `columns` whose text does not fit their column (as tests/ui/
    test_window_fits.py measures it: the text, bold where the cell is, and Qt's margin)."""
    model = table.model()
    bold_font = QFont(table.font())
    bold_font.setBold(True)
    plain, bold = table.fontMetrics(), QFontMetrics(bold_font)
    margin = 2 * (
        table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    )
    cut = []
    for column in columns:
        for row in range(model.rowCount()):
            cell = model.index(row, column)
            text = str(cell.data() or "")
            metrics = bold if cell.data(Qt.ItemDataRole.FontRole) else plain
            if metrics.horizontalAdvance(text) + margin > table.columnWidth(column):
                cut.append((text, table.columnWidth(column)))
    return cut


@pytest.mark.parametrize("language_code", ["hi", "en"])
def test_a_statement_s_supplier_side_shows_references_and_money_whole(
    qtbot: QtBot, qapp: QApplication, shop_file: Path, language_code: str
) -> None:
    """The supplier side's table takes the customer side's column widths: they are fitted to
    what either side shows, so "उनका बिल G-77" and ₹1,180.00 are not cut (they were)."""
    assert language.start(qapp, language_code) == language_code
    try:
        payable_side.install()
        code = supplier("Gupta Electricals")
        invoice(code, 300, MAY_1)  # the customer side's figures narrower than the supplier's
        purchases.record_bill(purchases.BillDraft(code, "G-77", MAY_1, 100000, 18000, 118000))
        page = StatementPage()
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        shown(qtbot, page, lambda: page.open_statement(code, MAY_1, MAY_31))
        qtbot.wait(50)
        assert page.supplier_model.rowCount() == 1
        whole = [REFERENCE, DEBIT, CREDIT, BALANCE]
        assert _cut_cells(page.supplier_table, whole) == []
        assert _cut_cells(page.table, whole) == []
        widths = [page.table.columnWidth(i) for i in range(page.model.columnCount())]
        assert widths == [page.supplier_table.columnWidth(i) for i in range(len(widths))]
        _shot(page, "statement-supplier-fit")
    finally:
        language.start(qapp, "en")


def _stock_record_label(qtbot: QtBot) -> str:
    """The audit trail's record of an item's opening stock ("I0001 opening stock")."""
    item = make_item("Rice", opening_stock=5000)
    screen = AuditScreen()
    qtbot.addWidget(screen)
    model = screen.model
    rows = [model.row_at(i) for i in range(model.rowCount())]
    (row,) = [r for r in rows if r is not None and r.record_label.endswith("opening stock")]
    assert row.record_label == f"{item.code} opening stock"
    return model.display(row, "record_label")


def test_a_stock_move_s_record_in_the_audit_trail_in_hindi(
    qtbot: QtBot, shop_file: Path, hindi: None
) -> None:
    assert _stock_record_label(qtbot).endswith(" शुरुआती स्टॉक")


def test_a_stock_move_s_record_in_the_audit_trail_in_english(qtbot: QtBot, shop_file: Path) -> None:
    assert _stock_record_label(qtbot).endswith(" opening stock")
