"""Phone numbers, e-mail addresses and PIN codes: normalise and check."""

from __future__ import annotations

import re

from vyapar_lite.domain.errors import FieldError, ValidationError

_INDIAN_MOBILE = re.compile(r"^[6-9][0-9]{9}$")
_INTERNATIONAL = re.compile(r"^\+[1-9][0-9]{6,14}$")
_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_PIN = re.compile(r"^[1-9][0-9]{5}$")


def normalise_phone(text: str, *, field: str = "phone") -> str:
    """A 10-digit Indian mobile (`9876543210`) or `+` and country code (`+971501234567`).

    Spaces, dashes and brackets are dropped; `+91`/`0` before an Indian mobile are dropped too.
    Empty text stays empty (the field is optional). Raises ValidationError otherwise.
    """
    compact = re.sub(r"[\s\-().]", "", text)
    if not compact:
        return ""
    if compact.startswith("+91") and len(compact) == 13:
        compact = compact[3:]
    elif compact.startswith("0") and len(compact) == 11:
        compact = compact[1:]
    if _INDIAN_MOBILE.match(compact) or _INTERNATIONAL.match(compact):
        return compact
    raise ValidationError(
        FieldError(
            field,
            "Enter a 10-digit mobile number (starting 6-9), or + and the country code",
        )
    )


def normalise_email(text: str, *, field: str = "email") -> str:
    address = text.strip()
    if not address:
        return ""
    if len(address) > 200 or not _EMAIL.match(address):
        raise ValidationError(FieldError(field, "Enter an e-mail address like name@example.com"))
    return address


def normalise_pin(text: str, *, field: str = "pin_code") -> str:
    pin = re.sub(r"\s", "", text)
    if not pin:
        return ""
    if not _PIN.match(pin):
        raise ValidationError(
            FieldError(field, "A PIN code has 6 digits and does not start with 0")
        )
    return pin
