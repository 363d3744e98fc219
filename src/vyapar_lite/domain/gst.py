"""GST state codes, GSTIN and PAN validation, and which taxes a supply attracts.

Facts come from /work/shared/INDIA.md. Two additions of ours:
- PAN holder type "E" (limited liability partnership) is included; the Income Tax Department
  issues it but INDIA.md's list leaves it out.
- Legacy state codes 25 and 28 are read from old GSTINs but map to their successors (26 and 37)
  when filling a form or comparing a GSTIN with a chosen state.
"""

from __future__ import annotations

import re
from typing import Literal

from vyapar_lite.domain.errors import FieldError, ValidationError

STATES: dict[str, str] = {
    "01": "Jammu and Kashmir",
    "02": "Himachal Pradesh",
    "03": "Punjab",
    "04": "Chandigarh",
    "05": "Uttarakhand",
    "06": "Haryana",
    "07": "Delhi",
    "08": "Rajasthan",
    "09": "Uttar Pradesh",
    "10": "Bihar",
    "11": "Sikkim",
    "12": "Arunachal Pradesh",
    "13": "Nagaland",
    "14": "Manipur",
    "15": "Mizoram",
    "16": "Tripura",
    "17": "Meghalaya",
    "18": "Assam",
    "19": "West Bengal",
    "20": "Jharkhand",
    "21": "Odisha",
    "22": "Chhattisgarh",
    "23": "Madhya Pradesh",
    "24": "Gujarat",
    "26": "Dadra and Nagar Haveli and Daman and Diu",
    "27": "Maharashtra",
    "29": "Karnataka",
    "30": "Goa",
    "31": "Lakshadweep",
    "32": "Kerala",
    "33": "Tamil Nadu",
    "34": "Puducherry",
    "35": "Andaman and Nicobar Islands",
    "36": "Telangana",
    "37": "Andhra Pradesh",
    "38": "Ladakh",
    "97": "Other Territory",
}
"""Current GST state codes offered for shops and customers."""

LEGACY_STATES: dict[str, str] = {
    "25": "Daman and Diu (merged into 26 in 2020)",
    "28": "Andhra Pradesh (before 2014)",
}
"""Codes that appear in old GSTINs: accepted when reading one, never offered for new customers."""

LEGACY_SUCCESSORS: dict[str, str] = {"25": "26", "28": "37"}

FOREIGN = "96"
FOREIGN_NAME = "Foreign / outside India"
"""Place of supply for customers outside India (the GST portal's "Other Countries")."""

UNION_TERRITORIES_WITHOUT_LEGISLATURE: frozenset[str] = frozenset({"04", "26", "31", "35", "38"})
"""Where the state half of intra-state tax is UTGST instead of SGST."""

PAN_HOLDER_TYPES: dict[str, str] = {
    "A": "Association of persons",
    "B": "Body of individuals",
    "C": "Company",
    "E": "Limited liability partnership",
    "F": "Firm",
    "G": "Government",
    "H": "Hindu undivided family",
    "J": "Artificial juridical person",
    "L": "Local authority",
    "P": "Individual",
    "T": "Trust",
}
"""PAN's 4th letter -> kind of holder."""

_PAN = re.compile(r"[A-Z]{5}[0-9]{4}[A-Z]")
_ALNUM = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_CHECK_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_FOREIGN_WORDS = frozenset(
    {"foreign", "outside india", "other countries", "foreign / outside india"}
)
_STATE_ALIASES: dict[str, str] = {  # older or common spellings -> code
    "orissa": "21",
    "pondicherry": "34",
    "uttaranchal": "05",
    "new delhi": "07",
    "andaman and nicobar": "35",
    "dadra and nagar haveli": "26",
    "daman and diu": "26",
}


def _error(field: str, message: str) -> ValidationError:
    return ValidationError(FieldError(field, message))


def _known_name(code: str) -> str | None:
    if code == FOREIGN:
        return FOREIGN_NAME
    return STATES.get(code) or LEGACY_STATES.get(code)


def state_choices(include_foreign: bool) -> list[tuple[str, str]]:
    """(code, name) pairs in code order for pickers; legacy codes are never offered."""
    choices = list(STATES.items())
    if include_foreign:
        choices.insert(choices.index(("97", STATES["97"])), (FOREIGN, FOREIGN_NAME))
    return choices


def state_name(code: str, *, field: str = "state") -> str:
    """Name for a state code, including legacy codes and `FOREIGN`."""
    name = _known_name(code)
    if name is None:
        raise _error(field, f"'{code}' is not a GST state code (01-38, 96 or 97)")
    return name


def _normalise_name(text: str) -> str:
    return " ".join(text.lower().replace("&", " and ").split())


_CODES_BY_NAME: dict[str, str] = {
    **_STATE_ALIASES,
    **{_normalise_name(name): code for code, name in STATES.items()},
    **dict.fromkeys(_FOREIGN_WORDS, FOREIGN),
}
_CODE_AND_NAME = re.compile(r"([0-9]{1,2})\s*[-:–]?\s*(\D.*)")


def _state_from_code(code: str, field: str) -> str:
    code = code.zfill(2)
    if code in STATES or code == FOREIGN:
        return code
    if code in LEGACY_SUCCESSORS:
        successor = LEGACY_SUCCESSORS[code]
        raise _error(
            field,
            f"State code {code} ({LEGACY_STATES[code]}) is no longer used; "
            f"choose {successor} ({STATES[successor]})",
        )
    raise _error(field, f"'{code}' is not a GST state code (01-38, 96 or 97)")


def parse_state(text: str, *, field: str = "state") -> str:
    """Read a state typed as a code ("27", "7"), a name ("maharashtra"), both ("27 - Maharashtra")
    or "Foreign" / "Outside India"; returns the two-digit code."""
    cleaned = " ".join(text.split())
    if not cleaned:
        raise _error(field, "Choose a state")
    if cleaned.isascii() and cleaned.isdigit() and len(cleaned) <= 2:
        return _state_from_code(cleaned, field)
    by_name = _CODES_BY_NAME.get(_normalise_name(cleaned))
    if by_name is not None:
        return by_name
    both = _CODE_AND_NAME.fullmatch(cleaned)
    if both is not None:
        code = _state_from_code(both.group(1), field)
        if _CODES_BY_NAME.get(_normalise_name(both.group(2))) == code:
            return code
    raise _error(
        field,
        "Enter a state as its two-digit GST code (for example 27) or its name "
        f"(for example Maharashtra); '{cleaned}' is neither",
    )


def _current_state(code: str, field: str) -> str:
    if code not in STATES:
        raise _error(field, f"'{code}' is not a current GST state code (01-38 or 97)")
    return code


def tax_split_kind(
    shop_state: str, place_of_supply: str, *, export: bool = False
) -> Literal["intra", "inter", "export"]:
    """Which taxes apply: "intra" (CGST + SGST/UTGST) when the place of supply is the shop's own
    state, "inter" (IGST) otherwise, "export" (zero-rated) for a foreign customer with `export`.

    `export` with a place of supply inside India is a contradiction and raises ValidationError.
    """
    _current_state(shop_state, "shop_state")
    if place_of_supply != FOREIGN:
        _current_state(place_of_supply, "place_of_supply")
    if export:
        if place_of_supply != FOREIGN:
            raise _error(
                "place_of_supply",
                f"An export needs the place of supply {FOREIGN} ({FOREIGN_NAME})",
            )
        return "export"
    return "intra" if shop_state == place_of_supply else "inter"


def state_tax_label(shop_state: str) -> Literal["SGST", "UTGST"]:
    """Name of the state half of intra-state tax: UTGST in union territories without legislature."""
    _current_state(shop_state, "shop_state")
    return "UTGST" if shop_state in UNION_TERRITORIES_WITHOUT_LEGISLATURE else "SGST"


def gstin_check_char(first14: str) -> str:
    """The 15th (check) character for the first 14 characters of a GSTIN (uppercase)."""
    if len(first14) != 14 or any(ch not in _ALNUM for ch in first14):
        raise ValueError(f"need 14 characters from 0-9 and A-Z, got {first14!r}")
    total = 0
    for position, ch in enumerate(first14):
        product = _CHECK_ALPHABET.index(ch) * (2 if position % 2 else 1)
        total += product // 36 + product % 36
    return _CHECK_ALPHABET[(36 - total % 36) % 36]


def validate_gstin(text: str, *, field: str = "gstin") -> str:
    """Return the GSTIN stripped and uppercased, or raise ValidationError saying what is wrong.

    Only the normal-taxpayer pattern is accepted; legacy state codes 25 and 28 are allowed.
    """
    gstin = text.strip().upper()
    if not gstin:
        raise _error(field, "Enter a GSTIN")
    if len(gstin) != 15:
        raise _error(field, f"GSTIN has 15 characters; this has {len(gstin)}")
    bad = [ch for ch in gstin if ch not in _ALNUM]
    if bad:
        raise _error(field, f"GSTIN has only letters A-Z and digits 0-9; '{bad[0]}' is not allowed")
    state = gstin[:2]
    if state not in STATES and state not in LEGACY_STATES:
        raise _error(field, f"GSTIN starts with a state code (01-38 or 97); '{state}' is not one")
    pan = gstin[2:12]
    if not _PAN.fullmatch(pan):
        raise _error(
            field,
            "Characters 3-12 of a GSTIN are the holder's PAN (5 letters, 4 digits, 1 letter); "
            f"'{pan}' is not a PAN",
        )
    if gstin[12] == "0":
        raise _error(field, "Character 13 of a GSTIN is the registration number 1-9 or A-Z, not 0")
    if gstin[13] != "Z":
        raise _error(field, f"Character 14 of a regular GSTIN is 'Z'; this has '{gstin[13]}'")
    expected = gstin_check_char(gstin[:14])
    if gstin[14] != expected:
        raise _error(
            field, f"The last character should be '{expected}' — check for a typing mistake"
        )
    return gstin


def gstin_state(gstin: str) -> str:
    """State code of a valid GSTIN, as written (legacy codes are not mapped)."""
    return validate_gstin(gstin)[:2]


def gstin_pan(gstin: str) -> str:
    """The PAN inside a valid GSTIN (characters 3-12)."""
    return validate_gstin(gstin)[2:12]


def validate_pan(text: str, *, field: str = "pan") -> str:
    """Return the PAN stripped and uppercased, or raise ValidationError. The check letter's rule
    is not published, so only the pattern is checked."""
    pan = text.strip().upper()
    if not pan:
        raise _error(field, "Enter a PAN")
    if len(pan) != 10:
        raise _error(field, f"PAN has 10 characters; this has {len(pan)}")
    if not _PAN.fullmatch(pan):
        raise _error(
            field, f"PAN is 5 letters, 4 digits and 1 letter (like ABCDE1234F); '{pan}' is not"
        )
    return pan


def pan_holder_type(pan: str) -> str:
    """Kind of holder from a valid PAN's 4th letter, or "Unknown holder type"."""
    return PAN_HOLDER_TYPES.get(validate_pan(pan)[3], "Unknown holder type")


def _describe_state(code: str) -> str:
    return f"{state_name(code)} ({code})"


def check_tax_identity(gstin: str | None, pan: str | None, state: str | None) -> list[FieldError]:
    """Every problem with a customer's GSTIN, PAN and state code, checked against each other.

    None or blank means "not given". Fields: "gstin", "pan", "state".
    """
    errors: list[FieldError] = []
    valid_gstin = valid_pan = valid_state = None
    if gstin and gstin.strip():
        try:
            valid_gstin = validate_gstin(gstin)
        except ValidationError as exc:
            errors.extend(exc.errors)
    if pan and pan.strip():
        try:
            valid_pan = validate_pan(pan)
        except ValidationError as exc:
            errors.extend(exc.errors)
    if state and state.strip():
        code = state.strip()
        if _known_name(code) is None:
            errors.append(FieldError("state", f"'{code}' is not a GST state code"))
        else:
            valid_state = code
    if valid_gstin and valid_state:
        written = valid_gstin[:2]
        if LEGACY_SUCCESSORS.get(written, written) != LEGACY_SUCCESSORS.get(
            valid_state, valid_state
        ):
            errors.append(
                FieldError(
                    "gstin",
                    f"GSTIN {valid_gstin} is registered in {_describe_state(written)} "
                    f"but the state chosen is {_describe_state(valid_state)}",
                )
            )
    if valid_gstin and valid_pan and valid_gstin[2:12] != valid_pan:
        errors.append(
            FieldError(
                "pan", f"GSTIN's PAN part {valid_gstin[2:12]} does not match the PAN {valid_pan}"
            )
        )
    return errors


def fill_from_gstin(gstin: str) -> tuple[str, str]:
    """(state code, PAN) to pre-fill a customer form; legacy state codes become their successor."""
    valid = validate_gstin(gstin)
    return LEGACY_SUCCESSORS.get(valid[:2], valid[:2]), valid[2:12]
