"""One customer segment worked out for a screen or a workbook: which segment, its parameters
in words, and its rows (see `segments`, `slow_payers`, `segment_groups`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.services import segment_groups, segments, slow_payers

SEGMENTS: tuple[tuple[str, str], ...] = (
    ("best", "Best customers"),
    ("loyal", "Loyal customers"),
    ("slow", "Slow payers"),
    ("dormant", "Dormant customers"),
    ("type", "Customers by type"),
    ("category", "Customers by category"),
)
TITLES = dict(SEGMENTS)
# Segments a reminder suits: payment reminders for slow payers, win-back for the dormant.
REMINDER_KIND = {"slow": "payment", "dormant": "win_back"}


@dataclass(frozen=True)
class SegmentRequest:
    segment: str  # a key of SEGMENTS
    start: date  # the period (best, slow payers, by type/category)
    end: date  # the period's end; "as of" for loyal and dormant
    months: int = 6  # loyal: N
    min_months: int = 5  # loyal: K
    days: int = 90  # dormant
    days_late: int = 15  # slow payers
    group: str = ""  # by type/category: one group's customers ("" for the groups)
    limit: int | None = None  # best customers: the top so many (None: all)


@dataclass(frozen=True)
class Segment:
    request: SegmentRequest
    layout: str  # best | loyal | slow | dormant | groups | members: which columns
    title: str
    start: date | None  # None for an "as of" segment
    end: date
    details: tuple[tuple[str, str], ...]  # the parameters, in words
    rows: list[Any]

    @property
    def count(self) -> int:
        return len(self.rows)

    def page(self, offset: int, limit: int) -> list[Any]:
        return self.rows[max(offset, 0) : max(offset, 0) + max(limit, 0)]

    @property
    def has_customers(self) -> bool:
        """Rows are customers (reminders can be sent), not groups."""
        return self.layout != "groups"


def _day(value: date) -> str:
    return value.strftime("%d-%m-%Y")


def work_out(request: SegmentRequest) -> Segment:
    """The segment's rows for the request; ValidationError naming a bad parameter."""
    r = request
    if r.segment not in TITLES:
        raise ValidationError(FieldError("segment", f"No such segment: {r.segment}"))
    title = TITLES[r.segment]
    details: tuple[tuple[str, str], ...]
    if r.segment == "best":
        rows: list[Any] = segments.best_customers(r.start, r.end, limit=r.limit)
        top = f"the top {r.limit}" if r.limit else "every customer who bought"
        details = (("Customers", f"{top}, by net sales (CASH sales left out)"),)
        return Segment(r, "best", title, r.start, r.end, details, rows)
    if r.segment == "loyal":
        rows = segments.loyal_customers(r.end, months=r.months, min_months=r.min_months)
        details = (("Loyal", f"bought in at least {r.min_months} of the last {r.months} months"),)
        return Segment(r, "loyal", title, None, r.end, details, rows)
    if r.segment == "slow":
        rows = slow_payers.slow_payers(r.start, r.end, min_days_late=r.days_late)
        details = (
            ("Slow payers", f"paid {r.days_late} or more days after the due date on average"),
            ("Unpaid", "invoices still owing count as late until the end of the period"),
        )
        return Segment(r, "slow", title, r.start, r.end, details, rows)
    if r.segment == "dormant":
        rows = segments.dormant_customers(r.end, days=r.days)
        details = (("Dormant", f"bought nothing in the last {r.days} days (active customers)"),)
        return Segment(r, "dormant", title, None, r.end, details, rows)
    by = r.segment
    if r.group:
        rows = segment_groups.group_members(by, r.group, r.start, r.end)
        details = ((by.capitalize(), r.group),)
        return Segment(r, "members", f"{title}: {r.group}", r.start, r.end, details, rows)
    rows = segment_groups.customer_groups(by, r.start, r.end)
    details = (("Groups", f"every {by}; balances as of today"),)
    return Segment(r, "groups", title, r.start, r.end, details, rows)
