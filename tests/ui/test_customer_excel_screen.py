"""Import and export of customers from the list screen: preview first, work off the UI thread."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from sheet_files import customer_row, write_sheet
from vyapar_lite.db.models import Customer
from vyapar_lite.ui.customers.customers_screen import CustomersScreen


def test_import_shows_a_preview_then_imports(
    qtbot: QtBot, shop_file: Path, tmp_path: Path, previews: list[object]
) -> None:
    path = write_sheet(
        tmp_path / "new.xlsx",
        [customer_row("Asha Verma", phone="9822011111"), customer_row("Ravi", city="Pune")],
    )
    screen = CustomersScreen()
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.excel.imported, timeout=10000):
        screen.excel.import_file(path)

    dialog = previews[0]
    assert dialog.rows.rowCount() == 2
    assert dialog.rows.item(0, 2).text() == "Asha Verma"
    assert {c.name for c in Customer.select()} >= {"Asha Verma", "Ravi"}
    assert screen.list_page.model.total == 3  # with CASH
    assert screen.excel.last_message.startswith("Imported 2 customers")


def test_a_bad_row_blocks_the_import_and_is_listed(
    qtbot: QtBot, shop_file: Path, tmp_path: Path, previews: list[object]
) -> None:
    path = write_sheet(
        tmp_path / "bad.xlsx",
        [customer_row("Good One"), customer_row("Bad GSTIN", gstin="27AAPFU0939F1ZX")],
    )
    screen = CustomersScreen()
    qtbot.addWidget(screen)
    screen.excel.import_file(path)
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=10000)

    dialog = previews[0]
    assert not dialog.import_button.isEnabled()
    cells = [dialog.problems.item(0, c).text() for c in range(3)]
    assert cells[:2] == ["3", "GSTIN"]
    assert "last character" in cells[2]
    assert Customer.select().count() == 1  # only CASH


def test_export_writes_the_file_off_the_ui_thread(
    qtbot: QtBot, shop_file: Path, tmp_path: Path
) -> None:
    from factories import make_customer

    make_customer("Asha Verma", city="Pune")
    screen = CustomersScreen()
    qtbot.addWidget(screen)
    out = tmp_path / "out.xlsx"
    screen.excel.export_file(out)
    qtbot.waitUntil(lambda: "written to" in screen.excel.last_message, timeout=10000)

    ws = load_workbook(out, read_only=True).worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:2] == ("Code", "Name")
    assert rows[1][:2] == ("C0001", "Asha Verma")
