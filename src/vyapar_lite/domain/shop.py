"""The shop's own profile and its rules."""

from __future__ import annotations

from dataclasses import dataclass, replace

from vyapar_lite.domain import contact, gst
from vyapar_lite.domain.errors import FieldError, ValidationError, raise_if_any

MAX_NAME = 200


@dataclass(frozen=True)
class ShopProfile:
    """Who the shop is (printed on invoices); `state_code` decides CGST+SGST or IGST."""

    name: str
    state_code: str
    address: str = ""
    city: str = ""
    pin_code: str = ""
    phone: str = ""
    email: str = ""
    gstin: str = ""


def clean_shop_profile(profile: ShopProfile) -> ShopProfile:
    """Return the profile normalised, or raise ValidationError listing every bad field."""
    errors: list[FieldError] = []
    name = " ".join(profile.name.split())
    if not name:
        errors.append(FieldError("name", "Enter the shop's name"))
    elif len(name) > MAX_NAME:
        errors.append(FieldError("name", f"The shop's name can have at most {MAX_NAME} characters"))
    values = {"name": name, "address": profile.address.strip(), "city": profile.city.strip()}
    checks = (
        ("phone", contact.normalise_phone),
        ("email", contact.normalise_email),
        ("pin_code", contact.normalise_pin),
    )
    for field, check in checks:
        try:
            values[field] = check(getattr(profile, field), field=field)
        except ValidationError as exc:
            errors.extend(exc.errors)
    state = profile.state_code.strip()
    if not state:
        errors.append(FieldError("state_code", "Choose the state the shop is registered in"))
    elif state not in gst.STATES:
        errors.append(
            FieldError("state_code", "Choose an Indian state or union territory from the list")
        )
    gstin = profile.gstin.strip().upper()
    if gstin:
        errors.extend(gst.check_tax_identity(gstin, None, state if state in gst.STATES else None))
    raise_if_any(errors)
    return replace(profile, state_code=state, gstin=gstin, **values)
