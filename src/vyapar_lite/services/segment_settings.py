"""The shop's choices for the customer segments: what makes a customer loyal, dormant or a slow
payer. Stored as `setting` rows ('segments.loyal_months', 'segments.loyal_min_months',
'segments.dormant_days', 'segments.slow_days_late'); the defaults below hold until the shopkeeper
keeps others (Reports › Customer insights › "Keep these"), and every change is audited."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from vyapar_lite.db import database
from vyapar_lite.db.models import Setting
from vyapar_lite.domain.errors import FieldError, raise_if_any
from vyapar_lite.services import audit

MAX_MONTHS = 36
MAX_DAYS = 3650


@dataclass(frozen=True)
class SegmentSettings:
    loyal_months: int = 6  # N: look back this many calendar months (this month included)
    loyal_min_months: int = 5  # K: bought in at least this many of them
    dormant_days: int = 90  # dormant: nothing bought for this many days
    slow_days_late: int = 15  # slow payer: pays this many days after the due date on average


_KEYS = {
    "loyal_months": "segments.loyal_months",
    "loyal_min_months": "segments.loyal_min_months",
    "dormant_days": "segments.dormant_days",
    "slow_days_late": "segments.slow_days_late",
}
DEFAULTS = SegmentSettings()


def get() -> SegmentSettings:
    query: Any = Setting.select(Setting.key, Setting.value).where(
        Setting.key.in_(list(_KEYS.values()))
    )
    stored = {str(key): str(value) for key, value in query.tuples()}
    values = asdict(DEFAULTS)
    for field, key in _KEYS.items():
        if key in stored and stored[key].strip().isdigit():
            values[field] = int(stored[key])
    return SegmentSettings(**values)


def check(settings: SegmentSettings) -> None:
    """Raise ValidationError naming each field out of range."""
    errors = []
    if not 1 <= settings.loyal_months <= MAX_MONTHS:
        errors.append(FieldError("loyal_months", f"Look back 1 to {MAX_MONTHS} months"))
    elif not 1 <= settings.loyal_min_months <= settings.loyal_months:
        errors.append(
            FieldError(
                "loyal_min_months",
                f"Enter a number of months from 1 to {settings.loyal_months}",
            )
        )
    if not 1 <= settings.dormant_days <= MAX_DAYS:
        errors.append(FieldError("dormant_days", f"Enter 1 to {MAX_DAYS} days"))
    if not 0 <= settings.slow_days_late <= MAX_DAYS:
        errors.append(FieldError("slow_days_late", f"Enter 0 to {MAX_DAYS} days"))
    raise_if_any(errors)


def save(settings: SegmentSettings) -> SegmentSettings:
    """Validate and keep the settings (one audited transaction)."""
    check(settings)
    with database.atomic():
        before = get()
        if before == settings:
            return settings
        for field, value in asdict(settings).items():
            Setting.insert(key=_KEYS[field], value=str(value)).on_conflict(
                conflict_target=[Setting.key], preserve=[Setting.value]
            ).execute()
        audit.record(
            "update",
            "setting",
            None,
            label="customer segments",
            before=asdict(before),
            after=asdict(settings),
        )
    return settings
