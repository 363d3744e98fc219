"""The shop's own profile and its rules."""

from __future__ import annotations

from dataclasses import dataclass, replace

from vyapar_lite.domain import contact, gst, supply
from vyapar_lite.domain.errors import FieldError, ValidationError, raise_if_any
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message

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
    composition: bool = False  # a composition taxable person (s.10 CGST Act): no tax collected
    composition_rate_bp: int = 0  # its rate on turnover (CMP-08), `supply.COMPOSITION_RATES`


def clean_shop_profile(profile: ShopProfile) -> ShopProfile:
    """Return the profile normalised, or raise ValidationError listing every bad field."""
    errors: list[FieldError] = []
    name = " ".join(profile.name.split())
    if not name:
        errors.append(
            FieldError("name", Message(QT_TRANSLATE_NOOP("messages", "Enter the shop's name")))
        )
    elif len(name) > MAX_NAME:
        too_long = QT_TRANSLATE_NOOP(
            "messages", "The shop's name can have at most {count} characters"
        )
        errors.append(FieldError("name", Message(too_long, count=MAX_NAME)))
    values: dict[str, str] = {
        "name": name,
        "address": profile.address.strip(),
        "city": profile.city.strip(),
    }
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
        no_state = QT_TRANSLATE_NOOP("messages", "Choose the state the shop is registered in")
        errors.append(FieldError("state_code", Message(no_state)))
    elif state not in gst.STATES:
        not_a_state = QT_TRANSLATE_NOOP(
            "messages", "Choose an Indian state or union territory from the list"
        )
        errors.append(FieldError("state_code", Message(not_a_state)))
    gstin = profile.gstin.strip().upper()
    if gstin:
        errors.extend(gst.check_tax_identity(gstin, None, state if state in gst.STATES else None))
    rate = profile.composition_rate_bp if profile.composition else 0
    if profile.composition:
        if not gstin:
            errors.append(
                FieldError(
                    "composition",
                    "Only a shop registered for GST (with a GSTIN) can opt for the composition "
                    "scheme; a shop with no GSTIN already collects no tax",
                )
            )
        if rate not in supply.COMPOSITION_RATES:
            errors.append(
                FieldError(
                    "composition_rate_bp",
                    "Choose the composition rate: " + ", ".join(supply.COMPOSITION_RATES.values()),
                )
            )
    raise_if_any(errors)
    cleaned = replace(profile, state_code=state, gstin=gstin, composition_rate_bp=rate)
    return replace(
        cleaned,
        name=values["name"],
        address=values["address"],
        city=values["city"],
        phone=values["phone"],
        email=values["email"],
        pin_code=values["pin_code"],
    )


def scheme_of(profile: ShopProfile) -> supply.Scheme:
    """Regular, composition or unregistered (no GSTIN): who may charge tax."""
    return supply.supplier_scheme(profile.gstin, profile.composition)
