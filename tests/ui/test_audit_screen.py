"""The Audit screen: the list, its filters, and Export to Excel."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from factories import make_customer, make_item
from vyapar_lite.services import audit_list
from vyapar_lite.ui.audit.audit_screen import AuditScreen


def test_the_list_filters_and_exports(qtbot: QtBot, shop_file: Path, tmp_path: Path) -> None:
    make_customer("Asha Verma", code="ASHA")
    make_item("Soap", code="SOAP")
    screen = AuditScreen()
    qtbot.addWidget(screen)
    everything = screen.model.total
    assert everything == audit_list.count(audit_list.AuditFilter()) > 0

    screen.record_type.setCurrentText("item")
    assert 0 < screen.model.total < everything
    assert screen.model.display(screen.model.row_at(0), "record_type") == "item"  # type: ignore[arg-type]

    screen.record_type.setCurrentIndex(0)
    screen.customer.setText("ASHA")
    screen.apply_filter()
    assert screen.model.total >= 1
    assert screen.count_label.text() in ("1 change", f"{screen.model.total:,} changes")

    screen.customer.setText("NOBODY")
    screen.apply_filter()
    assert "no customer with code NOBODY" in screen.message.text()

    screen.customer.setText("ASHA")
    screen.apply_filter()
    path = tmp_path / "audit.xlsx"
    screen.export_to(path, screen.current_filter())
    qtbot.waitUntil(lambda: "exported" in screen.message.text(), timeout=10000)
    assert path.exists()


def test_changes_read_in_shop_language_and_the_export_keeps_the_stored_values(
    qtbot: QtBot, shop_file: Path, tmp_path: Path
) -> None:
    from datetime import date

    from openpyxl import load_workbook

    from payment_builders import receive
    from vyapar_lite.services import items

    code = make_customer("Asha Verma", code="ASHA", credit_limit=1000000).code
    make_item("Soap", code="SOAP", gst_rate_bp=1800, track_stock=True)
    items.adjust_stock("SOAP", 30000, "opening", date(2026, 11, 22))
    receive(code, 500000, date(2026, 11, 22))
    screen = AuditScreen()
    qtbot.addWidget(screen)
    shown = [
        screen.model.display(screen.model.row_at(r), "changes")  # type: ignore[arg-type]
        for r in range(screen.model.rowCount())
    ]
    everything = " | ".join(shown)
    for words in ("Amount: ₹5,000.00", "GST: 18%", "Qty: 30", "Date: 22-11-2026",
                  "Credit limit: ₹10,000.00", "Name: Asha Verma"):  # fmt: skip
        assert words in everything, words
    for developer_words in ("500000", "gst_rate_bp", "qty_milli", "2026-11-22", "{", '"'):
        assert developer_words not in everything, developer_words

    path = tmp_path / "audit.xlsx"
    screen.export_to(path, screen.current_filter())
    qtbot.waitUntil(lambda: "exported" in screen.message.text(), timeout=10000)
    sheet = load_workbook(path).active
    assert sheet is not None
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(row for row in values if row[:2] == ["Entry", "When"])
    before_col, after_col = header.index("Before (stored)"), header.index("After (stored)")
    for col in (before_col, after_col):
        assert sheet.column_dimensions[chr(ord("A") + col)].hidden
    stored = " ".join(str(row[after_col]) for row in values if row[after_col])
    assert '"amount": 500000' in stored and '"gst_rate_bp": 1800' in stored
    assert '"qty_milli": 30000' in stored
