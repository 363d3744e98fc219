"""A GST return period: one calendar month, or one quarter of the financial year.

A monthly filer's GSTR-1 covers a month; a quarterly filer (the QRMP scheme, Rule 59(2) CGST
Rules, for a turnover up to ₹5 crore) files it for a quarter of the financial year: Q1 is April
to June, Q2 July to September, Q3 October to December, Q4 January to March of the next calendar
year. `2026-Q1` is April-June 2026, `2026-Q4` January-March 2027 (the financial year 2026-27).
The return period the portal's JSON names (`fp`, MMYYYY) is the month, or the quarter's last
month.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from vyapar_lite.domain.errors import FieldError, ValidationError

_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})")
_QUARTER = re.compile(r"([0-9]{4})-[Qq]([0-9])")
MONTH_FORM = "YYYY-MM (for example 2026-04)"
QUARTER_FORM = (
    "YYYY-Qn, the financial year's first year and quarter 1-4 (2026-Q1 is April to June 2026)"
)
_MONTH_NAMES = calendar.month_name[1:]


@dataclass(frozen=True)
class ReturnPeriod:
    start: date
    end: date
    quarterly: bool = False

    @property
    def fp(self) -> str:
        """The portal's return period: MMYYYY of the month (a quarter's last month)."""
        return f"{self.end.month:02d}{self.end.year}"

    @property
    def label(self) -> str:
        first, last = _MONTH_NAMES[self.start.month - 1], _MONTH_NAMES[self.end.month - 1]
        if not self.quarterly:
            return f"{first} {self.start.year}"
        fy = self.start.year if self.start.month >= 4 else self.start.year - 1
        n = (self.start.month - 4) % 12 // 3 + 1
        return (
            f"Q{n} {fy}-{(fy + 1) % 100:02d} ({first} {self.start.year} to {last} {self.end.year})"
        )


def of_month(year: int, month: int) -> ReturnPeriod:
    start = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return ReturnPeriod(start, following - timedelta(days=1))


def of_quarter(fy_start_year: int, quarter: int) -> ReturnPeriod:
    """Quarter 1-4 of the financial year that starts in April of `fy_start_year`."""
    first_month = 4 + 3 * (quarter - 1)
    year = fy_start_year + (first_month - 1) // 12
    month = (first_month - 1) % 12 + 1
    start = date(year, month, 1)
    last = of_month(year + (month + 1) // 12, (month + 1) % 12 + 1)
    return ReturnPeriod(start, last.end, quarterly=True)


def parse_month(text: str, *, field: str = "period") -> ReturnPeriod:
    """`YYYY-MM` as a month's return period; a ValidationError naming `field` otherwise."""
    found = _MONTH.fullmatch(text.strip())
    if not found:
        raise ValidationError(FieldError(field, f"Expected a month as {MONTH_FORM}, not {text!r}"))
    year, month = int(found[1]), int(found[2])
    if not 1 <= month <= 12 or year < 2017:
        raise ValidationError(
            FieldError(field, f"{text} is not a GST return month; expected {MONTH_FORM}")
        )
    return of_month(year, month)


def parse_quarter(text: str, *, field: str = "quarter") -> ReturnPeriod:
    """`YYYY-Qn` as a quarter of the financial year; a ValidationError naming `field` otherwise."""
    found = _QUARTER.fullmatch(text.strip())
    if not found or not 1 <= int(found[2]) <= 4 or int(found[1]) < 2017:
        raise ValidationError(
            FieldError(field, f"Expected a quarter as {QUARTER_FORM}, not {text!r}")
        )
    return of_quarter(int(found[1]), int(found[2]))
