"""The shop profile service: save and read back, and bad input that names its field."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from vyapar_lite.db.models import AuditEntry, Shop
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.services import shop

PROFILE = ShopProfile(
    name="Sharma General Store",
    state_code="27",
    address="Shop 4, Laxmi Road",
    city="Pune",
    pin_code="411030",
    phone="9822012345",
    email="sharmastore@example.in",
    gstin="27AAPFU0939F1ZV",
)


def test_a_new_file_has_no_profile(data_file: Path) -> None:
    assert shop.get_profile() is None


def test_save_and_read_back(data_file: Path) -> None:
    saved = shop.save_profile(PROFILE)

    assert saved == PROFILE
    assert shop.get_profile() == PROFILE
    row = Shop.get_by_id(1)
    assert (row.name, row.state_code, row.gstin) == (
        "Sharma General Store",
        "27",
        "27AAPFU0939F1ZV",
    )
    assert row.created_at == row.updated_at


def test_save_normalises_what_was_typed(data_file: Path) -> None:
    typed = dataclasses.replace(
        PROFILE,
        name="  Sharma   General Store ",
        phone="+91 98220 12345",
        pin_code="411 030",
        email="  sharmastore@example.in ",
        gstin=" 27aapfu0939f1zv ",
        state_code=" 27 ",
    )

    saved = shop.save_profile(typed)

    assert saved == PROFILE
    assert shop.get_profile() == PROFILE


def test_editing_keeps_one_row(data_file: Path) -> None:
    shop.save_profile(PROFILE)
    edited = dataclasses.replace(PROFILE, name="Sharma Super Market", city="Pimpri")

    shop.save_profile(edited)

    assert shop.get_profile() == edited
    assert Shop.select().count() == 1
    row = Shop.get_by_id(1)
    assert row.updated_at >= row.created_at


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"name": "   "}, "name", "Enter the shop's name"),
        ({"name": "x" * 201}, "name", "at most 200"),
        ({"phone": "12345"}, "phone", "10-digit Indian mobile"),
        ({"pin_code": "012345"}, "pin_code", "6 digits"),
        ({"email": "sharma at example"}, "email", "name@example.com"),
        ({"state_code": ""}, "state_code", "Choose the state"),
        ({"state_code": "99"}, "state_code", "Choose an Indian state"),
        ({"gstin": "27AAPFU0939F1ZX"}, "gstin", "last character should be 'V'"),
        ({"state_code": "29"}, "gstin", "registered in Maharashtra (27)"),
    ],
    ids=[
        "empty-name",
        "long-name",
        "phone",
        "pin",
        "email",
        "no-state",
        "unknown-state",
        "gstin-check-char",
        "gstin-other-state",
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(
    data_file: Path, changes: dict[str, str], field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        shop.save_profile(dataclasses.replace(PROFILE, **changes))

    message = caught.value.for_field(field)
    assert message is not None, caught.value.errors
    assert words in message
    assert shop.get_profile() is None
    assert AuditEntry.select().where(AuditEntry.record_type == "shop").count() == 0


def test_every_bad_field_is_reported_at_once(data_file: Path) -> None:
    bad = ShopProfile(name="", state_code="", phone="1", pin_code="1", email="x")

    with pytest.raises(ValidationError) as caught:
        shop.save_profile(bad)

    assert {e.field for e in caught.value.errors} == {
        "name",
        "state_code",
        "phone",
        "pin_code",
        "email",
    }


def test_a_bad_edit_keeps_the_saved_profile(data_file: Path) -> None:
    shop.save_profile(PROFILE)
    audit_rows = AuditEntry.select().count()

    with pytest.raises(ValidationError):
        shop.save_profile(dataclasses.replace(PROFILE, name="New Name", phone="555"))

    assert shop.get_profile() == PROFILE
    assert AuditEntry.select().count() == audit_rows
