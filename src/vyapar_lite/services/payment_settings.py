"""Payment settings: when a post-dated cheque counts in the customer's balance.

Stored as the `setting` row 'cheque.count_on' (migration 5 puts in 'clearance'):
'receipt' counts a post-dated cheque when it is received, 'clearance' when it is marked cleared
(on or after its date). Cheques dated on or before the day they are received always count at once.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from vyapar_lite.db import database
from vyapar_lite.db.models import Setting
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.payment import COUNT_ON
from vyapar_lite.services import audit

COUNT_ON_KEY = "cheque.count_on"
DEFAULT_COUNT_ON = "clearance"


@dataclass(frozen=True)
class ChequeSettings:
    count_on: str  # "receipt" | "clearance"


def cheque_settings() -> ChequeSettings:
    row = Setting.get_or_none(Setting.key == COUNT_ON_KEY)
    value = str(row.value) if row is not None else DEFAULT_COUNT_ON
    return ChequeSettings(value if value in COUNT_ON else DEFAULT_COUNT_ON)


def save_cheque_settings(settings: ChequeSettings) -> ChequeSettings:
    """Validate and save (audited). Cheques already waiting for clearance keep waiting."""
    if settings.count_on not in COUNT_ON:
        raise ValidationError(
            FieldError("count_on", "Count post-dated cheques on receipt or on clearance: pick one")
        )
    with database.atomic():
        before = cheque_settings()
        if before == settings:
            return settings
        Setting.insert(key=COUNT_ON_KEY, value=settings.count_on).on_conflict(
            conflict_target=[Setting.key], preserve=[Setting.value]
        ).execute()
        audit.record(
            "update",
            "setting",
            None,
            label="cheques",
            before=asdict(before),
            after=asdict(settings),
        )
    return settings
