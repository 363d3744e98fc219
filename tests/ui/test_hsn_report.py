"""Reports › HSN summary: the rows on screen, Excel from the screen, the PDF read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pdf_pages import page_png, pdf_text
from report_pages import WAIT_MS, column_sum, exported, row_texts, rupees, shown, totals
from return_builders import MAY, ReturnShop, build_return_shop, total_recipients_tax
from vyapar_lite.services import sales_register
from vyapar_lite.ui.reports.hsn_page import HsnPage
from vyapar_lite.ui.reports.reports_screen import ReportsScreen


@pytest.fixture
def shop(data_file: Path) -> ReturnShop:
    return build_return_shop()


def test_the_hsn_summary_on_screen_in_excel_and_on_paper(
    qtbot: QtBot, shop: ReturnShop, tmp_path: Path, qtmodeltester: object
) -> None:
    screen = ReportsScreen()
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    page = screen.show_report("hsn")
    assert isinstance(page, HsnPage)
    page.period.set_period(*MAY)
    shown(qtbot, page)

    assert page.model.total == 11
    assert row_texts(page, 0) == [
        "B2B", "0401", "Milk", "LTR", "8", "0%", "480.00", "0.00", "0.00", "0.00", "0.00",
        "480.00",
    ]  # fmt: skip
    assert row_texts(page, 4)[:5] == ["B2B", "998719", "Repair", "NA", ""]
    net = sales_register.register_summary(*MAY).net
    shown_totals = totals(page)
    assert rupees(shown_totals["Taxable"]) * 100 == net.taxable
    rcm = total_recipients_tax(*MAY)  # reported with its invoice; the register keeps it apart
    assert rupees(shown_totals["IGST"]) * 100 == net.igst + rcm.igst
    assert "B2B 5 and B2C 6 rows" in page.summary.text()
    assert "By tab" in page.foot.text()
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    screen.grab().save(str(tmp_path / "hsn.png"))

    table = exported(qtbot, page, tmp_path / "hsn.xlsx")
    for header, on_screen in (("Taxable value", "Taxable"), ("CGST", "CGST"), ("IGST", "IGST")):
        assert column_sum(table, header) == rupees(shown_totals[on_screen]), header

    pdf = tmp_path / "hsn.pdf"
    with qtbot.waitSignal(page.pdf_saved, timeout=WAIT_MS):
        page.save_pdf_file(pdf)
    text = pdf_text(pdf)
    assert "HSN-wise summary of outward supplies (GSTR-1 table 12)" in text
    assert "998719" in text and "1,24,320.00" in text  # the tiffins to B2C buyers
    page_png(pdf, tmp_path / "hsn-pdf.png")
