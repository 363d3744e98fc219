"""The shop's Letter of Undertaking (LUT) for exports without payment of IGST.

An export invoice under LUT carries the endorsement "SUPPLY MEANT FOR EXPORT UNDER BOND OR LETTER
OF UNDERTAKING WITHOUT PAYMENT OF INTEGRATED TAX" (Rule 46 proviso, CGST Rules) with the LUT's
reference (its ARN and date, as the GST portal issued it). Stored as the setting row
'export.lut_reference'; blank until the shop enters it.
"""

from __future__ import annotations

from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.services import setting_rows

KEY = "export.lut_reference"
MAX_LENGTH = 60


def as_issued(country: str, tax_kind: str) -> dict[str, str]:
    """What an invoice keeps of the export, so a reprint shows what was issued: the buyer's
    country, and for a zero-rated export (without payment of IGST) the LUT reference then."""
    return {
        "country": country,
        "lut_reference": lut_reference() if tax_kind == "export" else "",
    }


def lut_reference() -> str:
    return setting_rows.text(KEY)


def save_lut_reference(text: str) -> str:
    """Save the LUT reference (blank clears it); one audited transaction."""
    text = " ".join(text.split())
    if len(text) > MAX_LENGTH:
        raise ValidationError(
            FieldError("lut_reference", f"Keep the LUT reference under {MAX_LENGTH} characters")
        )
    setting_rows.save_text(KEY, text, label="LUT reference", field="lut_reference")
    return text
