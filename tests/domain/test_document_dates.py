"""Dates that need confirming: far in the future, or outside this and last financial year."""

from __future__ import annotations

from datetime import date

import pytest

from vyapar_lite.domain.document_dates import UnusualDate, check_date, unusual_reason

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    "on", [date(2026, 12, 1), date(2026, 12, 8), date(2025, 4, 1), date(2026, 11, 30)]
)
def test_everyday_dates_pass(on: date) -> None:
    assert unusual_reason(on, today=TODAY, future_days=7) == ""


@pytest.mark.parametrize(
    ("on", "words"),
    [
        (date(2026, 12, 9), "8 days after today"),
        (date(2031, 11, 22), "days after today"),
        (date(2025, 3, 31), "financial year 2024-25"),
    ],
)
def test_unusual_dates_are_refused_naming_the_field(on: date, words: str) -> None:
    with pytest.raises(UnusualDate) as exc:
        check_date(on, today=TODAY, future_days=7, field="doc_date")
    message = exc.value.for_field("doc_date")
    assert message is not None and words in message and "Confirm the date" in message


def test_a_date_in_next_year_within_the_days_ahead_still_asks() -> None:
    assert "2027-28" in unusual_reason(date(2027, 4, 2), today=date(2027, 3, 30), future_days=7)
