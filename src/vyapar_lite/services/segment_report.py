"""One customer segment worked out for a screen or a workbook: which segment, its parameters
in words, and its rows (see `segments`, `slow_payers`, `segment_groups`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
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
    # the parameters, in words: each value a Message (English as str; a screen translates it)
    details: tuple[tuple[str, str], ...]
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
        top = (
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "the top {limit}, by net sales (CASH sales left out)"
                ),
                limit=r.limit,
            )
            if r.limit
            else Message(
                QT_TRANSLATE_NOOP(
                    "messages", "every customer who bought, by net sales (CASH sales left out)"
                )
            )
        )
        details = (("Customers", top),)
        return Segment(r, "best", title, r.start, r.end, details, rows)
    if r.segment == "loyal":
        rows = segments.loyal_customers(r.end, months=r.months, min_months=r.min_months)
        loyal = Message(
            QT_TRANSLATE_NOOP(
                "messages", "bought in at least {min_months} of the last {months} months"
            ),
            min_months=r.min_months,
            months=r.months,
        )
        details = (("Loyal", loyal),)
        return Segment(r, "loyal", title, None, r.end, details, rows)
    if r.segment == "slow":
        rows = slow_payers.slow_payers(r.start, r.end, min_days_late=r.days_late)
        details = (
            (
                "Slow payers",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "paid {days} or more days after the due date on average"
                    ),
                    days=r.days_late,
                ),
            ),
            (
                "Unpaid",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "invoices still owing count as late until the end of the period",
                    )
                ),
            ),
        )
        return Segment(r, "slow", title, r.start, r.end, details, rows)
    if r.segment == "dormant":
        rows = segments.dormant_customers(r.end, days=r.days)
        dormant = Message(
            QT_TRANSLATE_NOOP(
                "messages", "bought nothing in the last {days} days (active customers)"
            ),
            days=r.days,
        )
        details = (("Dormant", dormant),)
        return Segment(r, "dormant", title, None, r.end, details, rows)
    by = r.segment
    if r.group:
        rows = segment_groups.group_members(by, r.group, r.start, r.end)
        details = ((by.capitalize(), r.group),)
        return Segment(r, "members", f"{title}: {r.group}", r.start, r.end, details, rows)
    rows = segment_groups.customer_groups(by, r.start, r.end)
    every = (
        Message(QT_TRANSLATE_NOOP("messages", "every type; balances as of today"))
        if by == "type"
        else Message(QT_TRANSLATE_NOOP("messages", "every category; balances as of today"))
    )
    details = (("Groups", every),)
    return Segment(r, "groups", title, r.start, r.end, details, rows)
