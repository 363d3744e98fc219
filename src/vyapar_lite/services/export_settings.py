"""The shop's Letter of Undertaking (LUT) for exports without payment of IGST.

An export invoice under LUT carries the endorsement "SUPPLY MEANT FOR EXPORT UNDER BOND OR LETTER
OF UNDERTAKING WITHOUT PAYMENT OF INTEGRATED TAX" (Rule 46 proviso, CGST Rules) with the LUT's
reference (its ARN and date, as the GST portal issued it). Stored as the setting row
'export.lut_reference'; blank until the shop enters it.
"""

from __future__ import annotations

from vyapar_lite.db import database
from vyapar_lite.db.models import Setting
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.services import audit

KEY = "export.lut_reference"
MAX_LENGTH = 60


def lut_reference() -> str:
    row = Setting.get_or_none(Setting.key == KEY)
    return str(row.value) if row is not None else ""


def save_lut_reference(text: str) -> str:
    """Save the LUT reference (blank clears it); one audited transaction."""
    text = " ".join(text.split())
    if len(text) > MAX_LENGTH:
        raise ValidationError(
            FieldError("lut_reference", f"Keep the LUT reference under {MAX_LENGTH} characters")
        )
    with database.atomic():
        before = lut_reference()
        if before == text:
            return text
        Setting.insert(key=KEY, value=text).on_conflict_replace().execute()
        audit.record(
            "update",
            "setting",
            None,
            label="LUT reference",
            before={"lut_reference": before},
            after={"lut_reference": text},
        )
    return text
