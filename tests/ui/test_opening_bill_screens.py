"""Issue 14's example on screen: Meena Stores owes ₹23,400 from before the shop used the app,
buys ₹1,935 and pays ₹5,000. The receipt form offers the opening bill beside the invoice and
splits the money onto it (oldest due first), a manual split works too, no advance appears, and
the Outstanding report lists what is left for ₹20,335. And history brought in from the Payments
screen's import, with its preview."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from factories import make_customer
from payment_builders import invoice
from report_pages import row_texts, shown, totals
from sheet_files import write_sheet
from ui.test_receipt_screens import pick_and_pay, show_form
from vyapar_lite.domain.transaction_sheet import HEADERS
from vyapar_lite.services import customers, payments
from vyapar_lite.ui.excel_transfer import ImportPreviewDialog
from vyapar_lite.ui.payments.payments_screen import PaymentsScreen
from vyapar_lite.ui.payments.receipt_form import ReceiptForm
from vyapar_lite.ui.reports.outstanding_page import OutstandingPage
from vyapar_lite.ui.reports.reports_screen import ReportsScreen

DAY = date(2026, 5, 10)


@pytest.fixture
def meena(shop_file: Path) -> tuple[str, str]:
    code = make_customer("Meena Stores", opening=2340000, payment_terms_days=15).code
    return code, invoice(code, 193500, DAY)


def _receipt_for(qtbot: QtBot) -> ReceiptForm:
    form = show_form(qtbot)
    form.date_edit.set_date(DAY)
    pick_and_pay(qtbot, form, "meena", "5000")
    qtbot.waitUntil(lambda: form.preview is not None)
    return form


def test_the_receipt_form_puts_the_money_on_the_opening_bill(
    qtbot: QtBot, meena: tuple[str, str]
) -> None:
    code, number = meena
    form = _receipt_for(qtbot)
    assert [d.number for d in form.table.documents] == [f"OB/{code}", number]
    assert form.table.amounts()[0] == {f"OB/{code}": 500000}
    assert form.summary.text("advance") == "₹0.00"
    assert form.summary.text("balance_after") == "₹20,335.00 to receive"
    saved = form.save()
    assert saved is not None
    assert (saved.unallocated, saved.balance_after) == (0, 2033500)
    assert "advance" not in form.saved_bar.label.text()


def test_a_manual_split_onto_the_invoice_and_the_opening_bill(
    qtbot: QtBot, meena: tuple[str, str]
) -> None:
    code, number = meena
    form = _receipt_for(qtbot)
    table = form.table
    table.set_amount(f"OB/{code}", "3065")
    table.set_amount(number, "1935")
    form.refresh_preview()
    assert table.amounts()[0] == {f"OB/{code}": 306500, number: 193500}
    assert form.summary.text("advance") == "₹0.00"
    saved = form.save()
    assert saved is not None
    assert {s.number: s.amount for s in saved.settled} == {number: 193500, f"OB/{code}": 306500}
    assert saved.unallocated == 0
    assert payments.advance_available(code) == 0


def test_outstanding_lists_the_opening_bill_for_20_335(
    qtbot: QtBot, meena: tuple[str, str]
) -> None:
    code, number = meena
    payments.record_receipt(payments.ReceiptDraft(code, DAY, 500000))
    screen = ReportsScreen()
    qtbot.addWidget(screen)
    page = screen.page("outstanding")
    assert isinstance(page, OutstandingPage)
    page.as_of.set_date(date(2026, 6, 30))
    shown(qtbot, page)
    rows = [row_texts(page, r) for r in range(page.model.rowCount())]
    assert [(r[2], r[3], r[9]) for r in rows] == [
        ("Opening bill", f"OB/{code}", "18,400.00"),
        ("Invoice", number, "1,935.00"),
    ]
    assert totals(page)["Outstanding"] == "20,335.00"


def test_history_import_from_the_payments_screen_previews_then_imports(
    qtbot: QtBot, shop_file: Path, tmp_path: Path, previews: list[ImportPreviewDialog]
) -> None:
    code = make_customer("Meena Stores", payment_terms_days=15).code
    rows = [
        ["01-04-2026", "Opening bill", "OLD/7", code, None, None, 23400, None, None, None, None,
         None],
        ["10-05-2026", "Invoice", "T/1", code, 1640, 295, 1935, None, None, None, None, None],
        ["10-05-2026", "Receipt", "R/1", code, None, None, 5000, None, "Cash", None, None, None],
    ]  # fmt: skip
    path = write_sheet(tmp_path / "history.xlsx", rows, headers=HEADERS)
    screen = PaymentsScreen()
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.history.imported, timeout=10000):
        screen.history.import_file(path)
    dialog = previews[0]
    assert [dialog.rows.item(0, c).text() for c in range(7)] == [
        "2", "01-04-2026", "Opening bill", "OLD/7", code, "₹23,400.00", "",
    ]  # fmt: skip
    assert screen.history.last_message == "Imported 3 transactions (OLD/7–R/1)."
    assert customers.get_customer(code).balance == 2033500
    assert [(d.number, d.outstanding) for d in payments.open_invoices(code, on=DAY)] == [
        ("OLD/7", 1840000),
        ("T/1", 193500),
    ]


def test_a_bad_history_row_blocks_the_import_on_screen(
    qtbot: QtBot, shop_file: Path, tmp_path: Path, previews: list[ImportPreviewDialog]
) -> None:
    code = make_customer("Meena Stores").code
    rows = [["10-05-2026", "Invoice", "T/1", code, 1000, 180, 1200, None, None, None, None, None]]
    path = write_sheet(tmp_path / "history.xlsx", rows, headers=HEADERS)
    screen = PaymentsScreen()
    qtbot.addWidget(screen)
    screen.history.import_file(path)
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=10000)
    dialog = previews[0]
    assert not dialog.import_button.isEnabled()
    assert [dialog.problems.item(0, c).text() for c in range(3)] == [
        "2", "Total", "Total must be Taxable value + GST",
    ]  # fmt: skip
    assert customers.get_customer(code).balance == 0


def _type_line(  # noqa: PLR0917 (one line's cells, in the dialog's column order)
    qtbot: QtBot, line: object, kind: int, ref: str, on: date, due: str, amount: str
) -> None:
    from vyapar_lite.ui.customers.opening_bills_dialog import OpeningLine

    assert isinstance(line, OpeningLine)
    line.kind.setCurrentIndex(kind)
    qtbot.keyClicks(line.reference, ref)
    line.on.set_date(on)
    qtbot.keyClicks(line.due, due)
    qtbot.keyClicks(line.amount, amount)


def test_opening_bills_typed_on_the_customer_page(
    qtbot: QtBot, shop_file: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    from vyapar_lite.db.models import LedgerEntry, Receipt, SalesDoc
    from vyapar_lite.ui.customers.customers_screen import CustomersScreen

    code = make_customer("Meena Stores", payment_terms_days=15).code
    screen = CustomersScreen()
    qtbot.addWidget(screen)
    screen.open_customer(code)
    page = screen.customer_page
    qtbot.mouseClick(page.opening_button, Qt.MouseButton.LeftButton)
    dialog = page.opening_dialog
    assert dialog is not None and dialog.isVisible()
    opening = date(2026, 3, 31)
    _type_line(qtbot, dialog.lines[0], 0, "old/101", date(2026, 2, 10), "", "15,000")
    _type_line(qtbot, dialog.lines[1], 0, "OLD/102", date(2026, 3, 5), "20-04-2026", "8400.50")
    _type_line(qtbot, dialog.lines[2], 1, "ADV/1", opening, "", "2,000")
    dialog.resize(760, 330)
    dialog.grab().save(str(tmp_path / "opening-bills.png"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    bills = SalesDoc.select().where(SalesDoc.kind == "opening_bill").order_by(SalesDoc.number)
    assert [(b.number, b.doc_date, b.due_date, b.grand_total) for b in bills] == [
        ("OLD/101", date(2026, 2, 10), date(2026, 2, 25), 1500000),  # 15 days' terms
        ("OLD/102", date(2026, 3, 5), date(2026, 4, 20), 840050),
    ]
    credit = Receipt.get(Receipt.number == "ADV/1")
    assert (credit.origin, credit.receipt_date, credit.amount) == ("opening", opening, 200000)
    assert LedgerEntry.select().where(LedgerEntry.kind == "opening").count() == 3
    assert page.facts["Balance"].text() == "<b>₹21,400.50 to receive</b>"
    reports = ReportsScreen()
    qtbot.addWidget(reports)
    outstanding_page = reports.page("outstanding")
    assert isinstance(outstanding_page, OutstandingPage)
    outstanding_page.as_of.set_date(date(2026, 6, 30))
    shown(qtbot, outstanding_page)
    rows = [row_texts(outstanding_page, r) for r in range(outstanding_page.model.rowCount())]
    assert [(r[2], r[3], r[9]) for r in rows] == [
        ("Opening bill", "OLD/101", "15,000.00"),
        ("Opening bill", "OLD/102", "8,400.50"),
    ]
    assert totals(outstanding_page)["Outstanding"] == "23,400.50"


def test_bad_opening_lines_are_named_and_nothing_is_saved(
    qtbot: QtBot, shop_file: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    from vyapar_lite.db.models import SalesDoc
    from vyapar_lite.services.customers import get_customer
    from vyapar_lite.ui.customers.opening_bills_dialog import OpeningBillsDialog

    code = make_customer("Meena Stores").code
    dialog = OpeningBillsDialog(get_customer(code))
    qtbot.addWidget(dialog)
    dialog.show()
    _type_line(qtbot, dialog.lines[0], 0, "OLD/1", date(2026, 3, 1), "", "500")
    _type_line(qtbot, dialog.lines[1], 0, "OLD/1", date(2026, 3, 2), "01-02-2026", "abc")
    _type_line(qtbot, dialog.lines[2], 0, "", date(2026, 3, 3), "32-13-2026", "100")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    dialog.grab().save(str(tmp_path / "opening-bills-errors.png"))
    assert dialog.errors.isVisible()
    assert dialog.errors.text().splitlines()[0] == "Nothing was saved:"
    assert "Row 2, Amount: " in dialog.errors.text()
    assert "Row 3, Due date: Enter it as dd-mm-yyyy" in dialog.errors.text()
    dialog.lines[1].amount.setText("200")
    dialog.lines[2].due.setText("")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.text().splitlines()[1:] == [
        "Row 2, Reference: OLD/1 is also on row 1",
        "Row 2, Due date: The due date cannot be before the bill's date",
        "Row 3, Reference: Give the bill's number (its reference)",
    ]
    assert SalesDoc.select().count() == 0
