"""Customer segment workbooks (best customers, loyal, slow payers, dormant, by type/category):
the shop heading with the segment and its parameters, one row per customer or group, SUM totals.

The columns are described once here (`COLUMNS`); the Customer insights screen shows the same."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vyapar_lite.exports import workbook
from vyapar_lite.exports.report_workbook import (
    Kind,
    Progress,
    ReportColumn,
    ReportSheet,
    sheet_name,
)
from vyapar_lite.exports.shop_heading import shop_heading
from vyapar_lite.services.segment_report import Segment


@dataclass(frozen=True)
class SegmentColumn:
    header: str
    kind: Kind
    width: int  # characters
    value: Callable[[Any], Any]
    total: bool = False
    balance: bool = False  # a balance (shown Dr/Cr on screen)


def _text(header: str, width: int, field: str) -> SegmentColumn:
    return SegmentColumn(header, Kind.TEXT, width, lambda r: getattr(r, field))


def _money(header: str, field: str, *, balance: bool = False) -> SegmentColumn:
    return SegmentColumn(
        header, Kind.MONEY, 16, lambda r: getattr(r, field), total=True, balance=balance
    )


def _count(header: str, field: str, *, total: bool = False, width: int = 10) -> SegmentColumn:
    return SegmentColumn(header, Kind.COUNT, width, lambda r: getattr(r, field), total=total)


def _date(header: str, field: str) -> SegmentColumn:
    return SegmentColumn(header, Kind.DATE, 13, lambda r: getattr(r, field))


CODE = _text("Code", 10, "code")
NAME = _text("Name", 30, "name")
PHONE = _text("Phone", 14, "phone")
COLUMNS: dict[str, tuple[SegmentColumn, ...]] = {
    "best": (
        CODE, NAME, _money("Net sales", "sales"), _count("Invoices", "invoices", total=True),
        _date("Last purchase", "last_purchase"), _money("Balance", "balance", balance=True),
    ),
    "loyal": (
        CODE, NAME, PHONE, _count("Months bought", "months_bought", width=14),
        _count("Of months", "months"), _money("Net sales", "sales"),
        _date("Last purchase", "last_purchase"),
    ),
    "slow": (
        CODE, NAME, PHONE, _count("Terms (days)", "terms_days", width=12),
        _count("Invoices", "invoices", total=True),
        _count("Avg days to pay", "avg_days_to_pay", width=15),
        _count("Avg days late", "avg_days_late", width=14),
        _count("Overdue now", "overdue", total=True, width=12), _money("Overdue owed", "owed"),
    ),
    "dormant": (
        CODE, NAME, PHONE, _date("Last purchase", "last_purchase"),
        _count("Days since", "days_since"), _money("Lifetime sales", "lifetime_sales"),
        _money("Balance", "balance", balance=True),
    ),
    "groups": (
        _text("Group", 24, "name"), _count("Customers", "customers", total=True, width=12),
        _count("Active", "active", total=True), _count("Bought", "buyers", total=True),
        _money("Net sales", "sales"), _money("Balance", "balance", balance=True),
    ),
    "members": (
        CODE, NAME, _text("City", 14, "city"), PHONE,
        SegmentColumn("Active", Kind.TEXT, 8, lambda r: "Yes" if r.is_active else "No"),
        _money("Net sales", "sales"), _money("Balance", "balance", balance=True),
    ),
}  # fmt: skip


def export_segment(path: Path, segment: Segment, *, progress: Progress | None = None) -> int:
    """Write the segment to `path`; returns the rows written."""
    columns = COLUMNS[segment.layout]
    heading = shop_heading(
        f"Customer insights: {segment.title}",
        start=segment.start,
        end=segment.end,
        details=segment.details,
    )
    report_columns = [ReportColumn(c.header, c.kind, c.width, c.total) for c in columns]
    with workbook.writing(path) as wb:
        sheet = ReportSheet(wb, sheet_name(segment.title, set()), heading, report_columns)
        sheet.rows(
            ([c.value(row) for c in columns] for row in segment.rows),
            progress=progress,
            expected=segment.count,
            text=segment.title,
        )
        sheet.total_row()
        sheet.finish()
        return sheet.count
