"""Sales settings: rounding invoice totals to the rupee, and the loyalty scheme.

Stored as `setting` rows ('invoice.round_off', 'loyalty.earn_per_paise',
'loyalty.point_value_paise'); migration 4 puts in the defaults (round off; 1 point per ₹100;
a point is worth ₹1). `earn_per_paise` 0 switches earning off, `point_value_paise` 0 redeeming.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from vyapar_lite.db import database, ready
from vyapar_lite.db.models import Setting
from vyapar_lite.domain.errors import FieldError, raise_if_any
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.domain.money import MAX_PAISE
from vyapar_lite.services import audit

ROUND_OFF = "invoice.round_off"
EARN_PER_PAISE = "loyalty.earn_per_paise"
POINT_VALUE_PAISE = "loyalty.point_value_paise"
_DEFAULTS = {ROUND_OFF: "1", EARN_PER_PAISE: "10000", POINT_VALUE_PAISE: "100"}
MAX_POINT_VALUE = 100_000  # ₹1,000 a point: anything more is a typing mistake


@dataclass(frozen=True)
class SalesSettings:
    round_off: bool  # round each invoice's total to the rupee (shown as its own line)
    earn_per_paise: int  # one loyalty point per this many paise spent (10000 = per ₹100); 0 = off
    point_value_paise: int  # what one point takes off a bill when redeemed; 0 = no redeeming


def get() -> SalesSettings:
    stored = ready.pairs_in(Setting, "key", "value", list(_DEFAULTS))  # built once: issue 18
    value = {key: stored.get(key, default) for key, default in _DEFAULTS.items()}
    return SalesSettings(
        round_off=value[ROUND_OFF] == "1",
        earn_per_paise=int(value[EARN_PER_PAISE]),
        point_value_paise=int(value[POINT_VALUE_PAISE]),
    )


def save(settings: SalesSettings) -> SalesSettings:
    """Validate and save (one audited transaction); raises ValidationError naming the field."""
    errors = []
    if not 0 <= settings.earn_per_paise <= MAX_PAISE:
        errors.append(
            FieldError(
                "earn_per_paise",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Enter the amount spent for one point (0 = no points)"
                    )
                ),
            )
        )
    if not 0 <= settings.point_value_paise <= MAX_POINT_VALUE:
        errors.append(
            FieldError(
                "point_value_paise",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "A point's value is ₹0 (no redeeming) to ₹1,000 a point"
                    )
                ),
            )
        )
    raise_if_any(errors)
    with database.atomic():
        before = get()
        if before == settings:
            return settings
        rows = {
            ROUND_OFF: "1" if settings.round_off else "0",
            EARN_PER_PAISE: str(settings.earn_per_paise),
            POINT_VALUE_PAISE: str(settings.point_value_paise),
        }
        for key, text in rows.items():
            Setting.insert(key=key, value=text).on_conflict(
                conflict_target=[Setting.key], preserve=[Setting.value]
            ).execute()
        audit.record(
            "update", "setting", None, label="sales", before=asdict(before), after=asdict(settings)
        )
    return settings
