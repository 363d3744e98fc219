"""The shop's GST settings that decide what an invoice must carry.

Stored as `setting` rows:
- 'gst.turnover_above_5_crore': the shop's turnover was above ₹5 crore, so every tax invoice line
  needs a 6-digit HSN/SAC (Notification 78/2020; `domain.hsn`). Default: no (4 digits on B2B).
- 'gst.lut_for_zero_rated': the shop has a Letter of Undertaking for zero-rated supplies, so a
  supply to an SEZ unit is made without payment of IGST unless the invoice says otherwise
  (s.16(3)(a) IGST Act, Rule 96A CGST Rules). Default: no (IGST is paid).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from vyapar_lite.db import database, ready
from vyapar_lite.db.models import Setting
from vyapar_lite.services import audit

TURNOVER_ABOVE_5_CRORE = "gst.turnover_above_5_crore"
LUT_FOR_ZERO_RATED = "gst.lut_for_zero_rated"
_KEYS = (TURNOVER_ABOVE_5_CRORE, LUT_FOR_ZERO_RATED)


@dataclass(frozen=True)
class GstSettings:
    turnover_above_5_crore: bool = False
    lut_for_zero_rated: bool = False


def get() -> GstSettings:
    stored = ready.pairs_in(Setting, "key", "value", list(_KEYS))  # built once: issue 18
    return GstSettings(
        turnover_above_5_crore=stored.get(TURNOVER_ABOVE_5_CRORE) == "1",
        lut_for_zero_rated=stored.get(LUT_FOR_ZERO_RATED) == "1",
    )


def save(settings: GstSettings) -> GstSettings:
    """Save both settings in one audited transaction."""
    with database.atomic():
        before = get()
        if before == settings:
            return settings
        rows = {
            TURNOVER_ABOVE_5_CRORE: settings.turnover_above_5_crore,
            LUT_FOR_ZERO_RATED: settings.lut_for_zero_rated,
        }
        for key, on in rows.items():
            Setting.insert(key=key, value="1" if on else "0").on_conflict(
                conflict_target=[Setting.key], preserve=[Setting.value]
            ).execute()
        audit.record(
            "update", "setting", None, label="gst", before=asdict(before), after=asdict(settings)
        )
    return settings
