"""The segment workbook: heading (shop, segment, period, parameters), rows and SUM totals."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from segment_builders import customer, sale
from vyapar_lite.exports.segments import export_segment
from vyapar_lite.services.segment_report import SegmentRequest, work_out


def test_best_customers_workbook(shop_file: Path, tmp_path: Path) -> None:
    # Asha buys ₹50,000 or more unregistered: her address and state are needed (Rule 46(e))
    asha = customer("Asha Verma", billing_address="2 FC Road", state_code="27")
    bina = customer("=Bina Stores")
    sale(asha, 12345600, date(2026, 5, 1))
    sale(bina, 50000, date(2026, 6, 1))
    segment = work_out(SegmentRequest("best", date(2026, 4, 1), date(2026, 6, 30), limit=50))
    out = tmp_path / "best.xlsx"

    assert export_segment(out, segment) == 2

    ws = load_workbook(out)["Best customers"]
    cells = [[c.value for c in row] for row in ws.iter_rows()]
    assert cells[0][0] == "Test Traders"
    assert cells[2][0] == "Customer insights: Best customers"
    assert cells[3][:4] == ["Period", datetime(2026, 4, 1), "to", datetime(2026, 6, 30)]
    assert cells[5][:2] == ["Customers", "the top 50, by net sales (CASH sales left out)"]
    header = cells.index(["Code", "Name", "Net sales", "Invoices", "Last purchase", "Balance"])
    assert cells[header + 1] == [asha, "Asha Verma", Decimal("123456.00"), 1, datetime(2026, 5, 1),
                                 Decimal("123456.00")]  # fmt: skip
    assert cells[header + 2][:3] == [bina, "=Bina Stores", Decimal("500.00")]  # text, not formula
    total = cells[header + 3]
    first, last = header + 2, header + 3
    assert total[:4] == ["Total", None, f"=SUM(C{first}:C{last})", f"=SUM(D{first}:D{last})"]
