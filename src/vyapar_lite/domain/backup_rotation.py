"""Which backups to keep: every one of the last 24 hours, then the newest of each of the last
few days, weeks and months.

Every backup taken in the 24 hours up to the newest one is kept, so a backup taken before a
risky change is still there after the closing backup of the same day. Beyond that, the rule
(the "grandfather-father-son" scheme restic and borg use): walking the backups newest
first, keep the newest backup of each of the last `daily` days that have a backup, of each of the
last `weekly` ISO weeks and of each of the last `monthly` calendar months; a backup kept by any
rule is kept. Counting only periods that have a backup means a shop closed for a fortnight does
not lose its last good copies. Applying the rule every day gives the same set as applying it once
at the end.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from vyapar_lite.domain.errors import FieldError, raise_if_any

MAX_KEEP = 999
KEEP_ALL_WITHIN = timedelta(hours=24)


@dataclass(frozen=True)
class KeepCounts:
    """How many daily, weekly and monthly backups to keep."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def check_keep_counts(counts: KeepCounts) -> KeepCounts:
    """The counts if sensible; ValidationError naming each bad one otherwise."""
    errors = []
    if not 1 <= counts.daily <= MAX_KEEP:
        errors.append(FieldError("keep_daily", f"Keep 1 to {MAX_KEEP} daily backups"))
    for name, value in (("weekly", counts.weekly), ("monthly", counts.monthly)):
        if not 0 <= value <= MAX_KEEP:
            errors.append(FieldError(f"keep_{name}", f"Keep 0 to {MAX_KEEP} {name} backups"))
    raise_if_any(errors)
    return counts


def _day(taken: datetime) -> Hashable:
    return taken.date()


def _week(taken: datetime) -> Hashable:
    year, week, _ = taken.isocalendar()
    return (year, week)


def _month(taken: datetime) -> Hashable:
    return (taken.year, taken.month)


def backups_to_keep(taken: Iterable[datetime], counts: KeepCounts) -> set[datetime]:
    """The times (of `taken`) whose backups stay."""
    newest_first = sorted(set(taken), reverse=True)
    if not newest_first:
        return set()
    keep = {when for when in newest_first if newest_first[0] - when < KEEP_ALL_WITHIN}
    rules: list[tuple[Callable[[datetime], Hashable], int]] = [
        (_day, counts.daily),
        (_week, counts.weekly),
        (_month, counts.monthly),
    ]
    for period, wanted in rules:
        seen: set[Hashable] = set()
        for when in newest_first:
            if len(seen) >= wanted:
                break
            bucket = period(when)
            if bucket not in seen:
                seen.add(bucket)
                keep.add(when)
    return keep


def backups_to_remove(taken: Iterable[datetime], counts: KeepCounts) -> set[datetime]:
    all_taken = set(taken)
    return all_taken - backups_to_keep(all_taken, counts)


def backup_due(last: datetime | None, now: datetime) -> bool:
    """The automatic backup runs at most once a day: due when none was taken today."""
    return last is None or last.date() < now.date() or last > now


def is_stale(last: datetime | None, today: date, days: int = 7) -> bool:
    """True when the newest backup is older than `days` days (or there is none)."""
    return last is None or (today - last.date()).days > days
