"""The periods a shopkeeper picks for a report: this financial year (April to March) so far, the
last one, this month, last month. Plain dates, no Qt."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP

Period = tuple[date, date]


def financial_year_start(day: date) -> date:
    """1 April of the financial year `day` is in (India: April to March)."""
    return date(day.year if day.month >= 4 else day.year - 1, 4, 1)


def this_year(today: date) -> Period:
    return financial_year_start(today), today


def last_year(today: date) -> Period:
    start = financial_year_start(today)
    return date(start.year - 1, 4, 1), start - timedelta(days=1)


def this_month(today: date) -> Period:
    return today.replace(day=1), today


def last_month(today: date) -> Period:
    end = today.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


PRESETS: tuple[tuple[str, Callable[[date], Period]], ...] = (
    (QT_TRANSLATE_NOOP("filters", "This financial year"), this_year),
    (QT_TRANSLATE_NOOP("filters", "Last financial year"), last_year),
    (QT_TRANSLATE_NOOP("filters", "This month"), this_month),
    (QT_TRANSLATE_NOOP("filters", "Last month"), last_month),
)
CUSTOM = QT_TRANSLATE_NOOP("filters", "Chosen dates")
