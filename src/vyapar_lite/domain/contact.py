"""Phone numbers, e-mail addresses and PIN codes: normalise and check.

Phones are read with the `phonenumbers` library (Google's libphonenumber data, pure Python):
it knows which Indian ranges are mobiles and which are landlines, which no short rule can.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vyapar_lite.domain.errors import FieldError, ValidationError

_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_PIN = re.compile(r"^[1-9][0-9]{5}$")
_TYPED = re.compile(r"^\+?[0-9\s\-().]+$")
_E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")

PHONE_RULE = (
    "Enter a 10-digit Indian mobile (98220 12345), an Indian landline with its STD code "
    "(020-2445 1234 or +91 20 2445 1234), or an international number with + and the country "
    "code (+971 50 123 4567; at most 15 digits)"
)


@dataclass(frozen=True)
class Phone:
    """A phone number as stored and what kind it is."""

    stored: str  # 9822012345 (Indian mobile), 02024451234 (Indian landline), +971501234567
    mobile: bool  # WhatsApp and SMS make sense (an Indian landline never)
    indian: bool


def read_phone(text: str) -> Phone | None:
    """What `text` is as a phone number, or None when it is none we accept (see PHONE_RULE).

    Indian numbers (no +, or +91, or a leading 0 trunk prefix) must be a valid mobile or a
    landline with its STD code, as the national numbering plan allots them (the `phonenumbers`
    library carries TRAI's ranges, so `080 2345 6789` is a Bengaluru landline while
    `80123 45678` is a mobile). Other countries: + and the country code, E.164's at most 15
    digits, a length that country's plan allows. Stored forms keep the shapes stored before
    landlines were accepted (10-digit mobile, +E.164), so no stored number needs rewriting; a
    landline is stored with its 0 and STD code (`02024451234`), as it is dialled in India.
    """
    compact = re.sub(r"[\s\-().]", "", text)
    if not compact or not _TYPED.match(text.strip()):
        return None
    # Imported on first use: its numbering data is 50-70 ms of the window's start (issue 21).
    import phonenumbers
    from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType

    mobile_types = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
    indian_types = (*mobile_types, PhoneNumberType.FIXED_LINE)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    try:
        number = phonenumbers.parse(compact, "IN")
    except NumberParseException:
        return None
    if number.country_code == 91:
        kind = phonenumbers.number_type(number)
        if not phonenumbers.is_valid_number(number) or kind not in indian_types:
            return None
        national = str(number.national_number)
        if kind in mobile_types:
            return Phone(national, True, True)
        return Phone("0" + national, False, True)
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    if not compact.startswith("+") or not _E164.match(e164):
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    kind = phonenumbers.number_type(number)
    mobile = kind in mobile_types or kind == PhoneNumberType.UNKNOWN
    return Phone(e164, mobile, False)


def normalise_phone(text: str, *, field: str = "phone") -> str:
    """The number as stored (see `read_phone`); empty text stays empty (the field is optional).
    Raises ValidationError, with exactly what is accepted, for anything else."""
    if not text.strip():
        return ""
    found = read_phone(text)
    if found is None:
        raise ValidationError(FieldError(field, PHONE_RULE))
    return found.stored


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
