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
    assert screen.count_label.text().endswith("changes")

    screen.customer.setText("NOBODY")
    screen.apply_filter()
    assert "no customer with code NOBODY" in screen.message.text()

    screen.customer.setText("ASHA")
    screen.apply_filter()
    path = tmp_path / "audit.xlsx"
    screen.export_to(path, screen.current_filter())
    qtbot.waitUntil(lambda: "exported" in screen.message.text(), timeout=10000)
    assert path.exists()
