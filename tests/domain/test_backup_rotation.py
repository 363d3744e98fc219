"""Which backups stay: newest of each of the last days, weeks and months."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vyapar_lite.domain.backup_rotation import (
    KeepCounts,
    backup_due,
    backups_to_keep,
    backups_to_remove,
    check_keep_counts,
    is_stale,
)
from vyapar_lite.domain.errors import ValidationError

START = datetime(2026, 1, 1, 21, 0)


def year_of_daily_backups() -> list[datetime]:
    return [START + timedelta(days=n) for n in range(365)]


def test_simulated_year_keeps_7_daily_4_weekly_12_monthly() -> None:
    kept: set[datetime] = set()
    for when in year_of_daily_backups():  # one backup a day, the rule applied after each
        kept.add(when)
        kept -= backups_to_remove(kept, KeepCounts())
    last = START + timedelta(days=364)  # Thursday 31-12-2026
    daily = {last - timedelta(days=n) for n in range(7)}
    # newest of each of the last 4 ISO weeks: this week's Thursday, then the 3 Sundays before
    weekly = {
        last,
        datetime(2026, 12, 27, 21),
        datetime(2026, 12, 20, 21),
        datetime(2026, 12, 13, 21),
    }
    # newest of each month: its last day
    monthly = {datetime(2026, m + 1, 1, 21) - timedelta(days=1) for m in range(1, 12)} | {last}
    assert kept == daily | weekly | monthly
    assert len(kept) == 7 + 2 + 11  # 31-12 and Sunday 27-12 are daily backups too


def test_applying_daily_equals_applying_once() -> None:
    taken = [START + timedelta(hours=7 * n) for n in range(1300)]  # several a day
    kept: set[datetime] = set()
    for when in taken:
        kept.add(when)
        kept -= backups_to_remove(kept, KeepCounts(5, 3, 6))
    assert kept == backups_to_keep(taken, KeepCounts(5, 3, 6))


def test_several_backups_a_day_keep_the_newest_of_the_day_once_a_day_old() -> None:
    day = [datetime(2026, 3, 2, h) for h in (9, 13, 20)]
    next_evening = datetime(2026, 3, 3, 20)
    assert backups_to_keep([*day, next_evening], KeepCounts(2, 0, 0)) == {
        datetime(2026, 3, 2, 20),
        next_evening,
    }


def test_every_backup_of_the_last_24_hours_is_kept() -> None:
    # a backup before a risky change at 11:00, then the closing backup: both stay
    today = [datetime(2026, 3, 2, 11), datetime(2026, 3, 2, 21)]
    yesterday = datetime(2026, 3, 1, 21, 30)  # within 24 h of the newest, though another day
    older = datetime(2026, 3, 1, 20, 0)  # over 24 h before: the daily rule decides
    taken = [older, yesterday, *today]
    assert backups_to_keep(taken, KeepCounts(1, 0, 0)) == {yesterday, *today}


def test_days_without_backups_do_not_count() -> None:
    # a shop shut for a month keeps its last 7 backups, not none
    taken = [datetime(2026, 5, d, 20) for d in range(1, 11)]
    assert backups_to_keep(taken, KeepCounts(7, 0, 0)) == set(taken[3:])


def test_custom_counts_and_zero_weekly_monthly() -> None:
    taken = year_of_daily_backups()
    assert len(backups_to_keep(taken, KeepCounts(3, 0, 0))) == 3
    assert len(backups_to_keep(taken, KeepCounts(1, 0, 24))) == 12  # only a year of months exists


def test_nothing_to_keep_from_nothing() -> None:
    assert backups_to_keep([], KeepCounts()) == set()


@given(st.lists(st.datetimes(datetime(2020, 1, 1), datetime(2030, 1, 1)), max_size=60))
def test_newest_is_always_kept_and_kept_is_a_subset(taken: list[datetime]) -> None:
    kept = backups_to_keep(taken, KeepCounts(1, 0, 0))
    assert kept <= set(taken)
    if taken:
        assert max(taken) in kept
    assert backups_to_remove(taken, KeepCounts(1, 0, 0)) == set(taken) - kept


@pytest.mark.parametrize(
    ("counts", "field"),
    [
        (KeepCounts(0, 4, 12), "keep_daily"),
        (KeepCounts(7, -1, 12), "keep_weekly"),
        (KeepCounts(7, 4, 1000), "keep_monthly"),
    ],
)
def test_bad_counts_are_refused(counts: KeepCounts, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_keep_counts(counts)
    assert caught.value.for_field(field)


def test_backup_due_once_a_day() -> None:
    now = datetime(2026, 6, 10, 11, 0)
    assert backup_due(None, now)
    assert not backup_due(datetime(2026, 6, 10, 8, 0), now)
    assert backup_due(datetime(2026, 6, 9, 23, 59), now)
    assert backup_due(datetime(2026, 6, 11, 8, 0), now)  # clock was wrong: back up again


def test_stale_after_seven_days() -> None:
    today = date(2026, 6, 10)
    assert is_stale(None, today)
    assert not is_stale(datetime(2026, 6, 3, 9), today)
    assert is_stale(datetime(2026, 6, 2, 9), today)
