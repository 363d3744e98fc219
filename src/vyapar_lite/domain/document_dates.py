"""Dates a document may carry without asking: a typo of 2031 must not open a new series silently.

A document dated more than `future_days` days after today, or in a financial year other than the
current or the previous one, is unusual: the service refuses it (`UnusualDate`) unless the user
confirmed the date. The previous year stays open without asking because its documents are still
being issued and amended until its returns close (s.34(2) and s.16(4) CGST Act run to 30 November
of the next year).
"""

from __future__ import annotations

from datetime import date, timedelta

from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.invoice import financial_year

DEFAULT_FUTURE_DAYS = 7
MAX_FUTURE_DAYS = 366


class UnusualDate(ValidationError):
    """The date is allowed only when confirmed; `reason` says why it needs confirming."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(FieldError(field, reason + " Confirm the date to save it as it is."))
        self.reason = reason


def previous_year(day: date) -> str:
    return financial_year(date(day.year - 1, day.month, min(day.day, 28)))


def unusual_reason(on: date, *, today: date, future_days: int) -> str:
    """Why `on` needs confirming, or "" when it is an everyday date."""
    shown = f"{on:%d-%m-%Y}"
    if on > today + timedelta(days=future_days):
        return (
            f"The date {shown} is {(on - today).days} days after today "
            f"(more than {future_days} days ahead)."
        )
    year = financial_year(on)
    if year not in (financial_year(today), previous_year(today)):
        return (
            f"The date {shown} is in the financial year {year}, neither this year "
            f"({financial_year(today)}) nor the last ({previous_year(today)})."
        )
    return ""


def check_date(on: date, *, today: date, future_days: int, field: str) -> None:
    """Raise UnusualDate (naming `field`) when `on` needs confirming."""
    reason = unusual_reason(on, today=today, future_days=future_days)
    if reason:
        raise UnusualDate(field, reason)
