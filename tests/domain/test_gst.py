"""Tests for vyapar_lite.domain.gst: state codes, GSTIN/PAN checks and tax split."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.gst import (
    FOREIGN,
    LEGACY_STATES,
    PAN_HOLDER_TYPES,
    STATES,
    UNION_TERRITORIES_WITHOUT_LEGISLATURE,
    check_tax_identity,
    fill_from_gstin,
    gstin_check_char,
    gstin_pan,
    gstin_state,
    pan_holder_type,
    parse_state,
    state_choices,
    state_name,
    state_tax_label,
    tax_split_kind,
    validate_gstin,
    validate_pan,
)

VALID_GSTINS = ["27AAPFU0939F1ZV", "24AAACC1206D1ZM", "29AAGCB7383J1Z4"]
ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _message(exc: pytest.ExceptionInfo[ValidationError], field: str) -> str:
    message = exc.value.for_field(field)
    assert message is not None, exc.value.errors
    return message


# --- state codes -------------------------------------------------------------------------------


def test_state_table_matches_india_md() -> None:
    expected = {f"{n:02d}" for n in [*range(1, 25), *range(26, 39)]} - {"28"} | {"97"}
    assert set(STATES) == expected
    assert STATES["27"] == "Maharashtra"
    assert STATES["26"] == "Dadra and Nagar Haveli and Daman and Diu"
    assert STATES["97"] == "Other Territory"
    assert set(LEGACY_STATES) == {"25", "28"}
    assert FOREIGN == "96"
    assert sorted(UNION_TERRITORIES_WITHOUT_LEGISLATURE) == ["04", "26", "31", "35", "38"]


def test_state_choices() -> None:
    domestic = state_choices(include_foreign=False)
    assert domestic == sorted(STATES.items())
    with_foreign = state_choices(include_foreign=True)
    assert (FOREIGN, "Foreign / outside India") in with_foreign
    assert [code for code, _ in with_foreign] == sorted(code for code, _ in with_foreign)
    assert not {"25", "28"} & {code for code, _ in with_foreign}


def test_state_name() -> None:
    assert state_name("29") == "Karnataka"
    assert state_name("25").startswith("Daman and Diu")
    assert state_name("96") == "Foreign / outside India"
    with pytest.raises(ValidationError) as info:
        state_name("99")
    assert "not a GST state code" in _message(info, "state")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("27", "27"),
        ("7", "07"),
        (" 07 ", "07"),
        ("maharashtra", "27"),
        ("MAHARASHTRA", "27"),
        ("Tamil  Nadu", "33"),
        ("Jammu & Kashmir", "01"),
        ("Orissa", "21"),
        ("Foreign", FOREIGN),
        ("Outside India", FOREIGN),
        ("96", FOREIGN),
        ("97", "97"),
        ("27 - Maharashtra", "27"),
        ("29 Karnataka", "29"),
    ],
)
def test_parse_state_accepts(text: str, code: str) -> None:
    assert parse_state(text) == code


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("", "Choose a state"),
        ("   ", "Choose a state"),
        ("99", "not a GST state code"),
        ("00", "not a GST state code"),
        ("25", "no longer used; choose 26"),
        ("28", "no longer used; choose 37"),
        ("Atlantis", "two-digit GST code (for example 27) or its name"),
        ("27 - Karnataka", "is neither"),
        ("123", "is neither"),
    ],
)
def test_parse_state_rejects(text: str, phrase: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_state(text, field="customer_state")
    assert phrase in _message(info, "customer_state")


# --- tax split ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("shop", "place", "export", "kind"),
    [
        ("27", "27", False, "intra"),
        ("27", "29", False, "inter"),
        ("27", FOREIGN, False, "inter"),
        ("27", FOREIGN, True, "export"),
        ("04", "04", False, "intra"),
    ],
)
def test_tax_split_kind(shop: str, place: str, export: bool, kind: str) -> None:
    assert tax_split_kind(shop, place, export=export) == kind


def test_tax_split_kind_rejects_bad_input() -> None:
    with pytest.raises(ValidationError) as info:
        tax_split_kind("27", "29", export=True)
    assert "place of supply 96" in _message(info, "place_of_supply")
    with pytest.raises(ValidationError) as info:
        tax_split_kind(FOREIGN, "27")
    assert _message(info, "shop_state")
    with pytest.raises(ValidationError) as info:
        tax_split_kind("27", "25")
    assert _message(info, "place_of_supply")


@pytest.mark.parametrize(
    ("shop", "label"),
    [
        *[(code, "UTGST") for code in ("04", "26", "31", "35", "38")],
        *[(code, "SGST") for code in ("27", "07", "34", "01", "97")],
    ],
)
def test_state_tax_label(shop: str, label: str) -> None:
    assert state_tax_label(shop) == label


def test_state_tax_label_rejects_unknown() -> None:
    with pytest.raises(ValidationError):
        state_tax_label("99")


# --- GSTIN -------------------------------------------------------------------------------------


@pytest.mark.parametrize("gstin", VALID_GSTINS)
def test_known_valid_gstins(gstin: str) -> None:
    assert validate_gstin(gstin) == gstin
    assert gstin_check_char(gstin[:14]) == gstin[14]


def test_validate_gstin_normalises() -> None:
    assert validate_gstin("  27aapfu0939f1zv ") == "27AAPFU0939F1ZV"


def test_legacy_state_codes_are_read() -> None:
    for state in ("25", "28"):
        first14 = f"{state}AAPFU0939F1Z"
        gstin = first14 + gstin_check_char(first14)
        assert validate_gstin(gstin) == gstin


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("", "Enter a GSTIN"),
        ("27AAPFU0939F1Z", "GSTIN has 15 characters; this has 14"),
        ("27AAPFU0939F1ZVV", "GSTIN has 15 characters; this has 16"),
        ("27AAPFU 0939F1Z", "' ' is not allowed"),
        ("27AAPFU-0939F1Z", "'-' is not allowed"),
        ("99AAPFU0939F1ZV", "GSTIN starts with a state code (01-38 or 97); '99' is not one"),
        ("96AAPFU0939F1ZV", "'96' is not one"),
        ("AAAAPFU0939F1ZV", "'AA' is not one"),
        ("27AAPF10939F1ZV", "'AAPF10939F' is not a PAN"),
        ("27AAPFU0939F0ZV", "registration number 1-9 or A-Z"),
        ("27AAPFU0939F1YV", "Character 14 of a regular GSTIN is 'Z'; this has 'Y'"),
        ("27AAPFU0939F1ZX", "The last character should be 'V' — check for a typing mistake"),
        ("29AABCU9603R1ZM", "The last character should be 'J'"),
    ],
)
def test_validate_gstin_rejects(text: str, phrase: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_gstin(text, field="customer_gstin")
    assert phrase in _message(info, "customer_gstin")


def test_gstin_check_char_needs_14_alphanumerics() -> None:
    with pytest.raises(ValueError, match="14 characters"):
        gstin_check_char("27AAPFU0939F1")
    with pytest.raises(ValueError, match="14 characters"):
        gstin_check_char("27aapfu0939f1z")


@st.composite
def normal_prefixes(draw: st.DrawFn) -> str:
    """First 14 characters of a normal-taxpayer GSTIN."""
    letters = st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    digits = st.sampled_from("0123456789")
    state = draw(st.sampled_from(sorted([*STATES, *LEGACY_STATES])))
    pan = "".join(draw(s) for s in [letters] * 5 + [digits] * 4 + [letters])
    registration = draw(st.sampled_from("123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    return f"{state}{pan}{registration}Z"


@given(normal_prefixes(), st.sampled_from(ALNUM))
def test_check_char_makes_gstin_valid_and_other_chars_invalid(first14: str, other: str) -> None:
    check = gstin_check_char(first14)
    assert validate_gstin(first14 + check) == first14 + check
    if other != check:
        with pytest.raises(ValidationError) as info:
            validate_gstin(first14 + other)
        assert f"should be '{check}'" in _message(info, "gstin")


@given(normal_prefixes(), st.integers(0, 13), st.sampled_from(ALNUM))
def test_check_char_catches_single_substitutions(first14: str, index: int, new: str) -> None:
    changed = first14[:index] + new + first14[index + 1 :]
    if changed != first14:
        assert gstin_check_char(changed) != gstin_check_char(first14)


def test_gstin_parts() -> None:
    assert gstin_state("27AAPFU0939F1ZV") == "27"
    assert gstin_pan("27aapfu0939f1zv") == "AAPFU0939F"
    with pytest.raises(ValidationError):
        gstin_pan("27AAPFU0939F1ZX")


def test_fill_from_gstin() -> None:
    assert fill_from_gstin(" 24aaacc1206d1zm") == ("24", "AAACC1206D")
    first14 = "25AAPFU0939F1Z"
    assert fill_from_gstin(first14 + gstin_check_char(first14)) == ("26", "AAPFU0939F")
    with pytest.raises(ValidationError):
        fill_from_gstin("27AAPFU0939F1ZX")


# --- PAN ---------------------------------------------------------------------------------------


def test_validate_pan() -> None:
    assert validate_pan(" abcde1234f ") == "ABCDE1234F"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("", "Enter a PAN"),
        ("ABCDE1234", "PAN has 10 characters; this has 9"),
        ("ABCDE12345", "5 letters, 4 digits and 1 letter"),
        ("ABCD11234F", "5 letters, 4 digits and 1 letter"),
        ("ABCDE-234F", "5 letters, 4 digits and 1 letter"),
    ],
)
def test_validate_pan_rejects(text: str, phrase: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_pan(text, field="owner_pan")
    assert phrase in _message(info, "owner_pan")


@pytest.mark.parametrize(
    ("pan", "holder"),
    [
        ("AAPFU0939F", "Firm"),
        ("AAACC1206D", "Company"),
        ("ABCPE1234F", "Individual"),
        ("ABCHE1234F", "Hindu undivided family"),
        ("ABCXE1234F", "Unknown holder type"),
    ],
)
def test_pan_holder_type(pan: str, holder: str) -> None:
    assert pan_holder_type(pan) == holder


def test_pan_holder_types_cover_india_md() -> None:
    assert set("PCHFATBLJG") <= set(PAN_HOLDER_TYPES)


# --- combined identity check -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gstin", "pan", "state"),
    [
        (None, None, None),
        ("", "  ", ""),
        ("27AAPFU0939F1ZV", "AAPFU0939F", "27"),
        ("27aapfu0939f1zv", "aapfu0939f", None),
        ("27AAPFU0939F1ZV", None, "27"),
        (None, "ABCDE1234F", "29"),
        (None, None, FOREIGN),
    ],
)
def test_check_tax_identity_consistent(
    gstin: str | None, pan: str | None, state: str | None
) -> None:
    assert check_tax_identity(gstin, pan, state) == []


def test_check_tax_identity_reports_every_mismatch() -> None:
    errors = check_tax_identity("27AAPFU0939F1ZV", "ABCDE1234F", "29")
    assert errors == [
        FieldError(
            "gstin",
            "GSTIN 27AAPFU0939F1ZV is registered in Maharashtra (27) "
            "but the state chosen is Karnataka (29)",
        ),
        FieldError("pan", "GSTIN's PAN part AAPFU0939F does not match the PAN ABCDE1234F"),
    ]


def test_check_tax_identity_reports_each_invalid_field() -> None:
    errors = check_tax_identity("27AAPFU0939F1ZX", "ABCDE123", "99")
    assert [e.field for e in errors] == ["gstin", "pan", "state"]
    assert "should be 'V'" in errors[0].message
    assert "10 characters" in errors[1].message


def test_check_tax_identity_skips_cross_checks_when_a_part_is_invalid() -> None:
    assert [e.field for e in check_tax_identity("27AAPFU0939F1ZX", "ABCDE1234F", "29")] == ["gstin"]
    assert [e.field for e in check_tax_identity("27AAPFU0939F1ZV", "BAD", "29")] == ["pan", "gstin"]


def test_check_tax_identity_accepts_legacy_successor_state() -> None:
    first14 = "25AAPFU0939F1Z"
    legacy = first14 + gstin_check_char(first14)
    assert check_tax_identity(legacy, "AAPFU0939F", "26") == []
    assert [e.field for e in check_tax_identity(legacy, None, "27")] == ["gstin"]
