"""Items the shop sells: the details a shopkeeper keeps, quantities, GST rates and type prices.

Everything is integer: prices in paise, quantities in thousandths of a unit (`qty_milli`, 1.5 kg =
1500), GST rates and discounts in basis points (18% = 1800). `clean_item()` checks every field at
once and returns the details normalised, or raises ValidationError naming each bad field. Whether
the GST rate is one the shop has switched on is the shop's data: the service passes its rates in.

Stock is the sum of an item's stock moves. An item that tracks stock is *low* when its stock is at
or below its low-stock level (a level of 0 means "warn when it runs out").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from vyapar_lite.domain.customer import CUSTOMER_TYPES
from vyapar_lite.domain.errors import FieldError, ValidationError, raise_if_any
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.domain.money import BASIS_POINTS_PER_WHOLE, MAX_PAISE, format_indian_number
from vyapar_lite.domain.supply import SUPPLY_TYPES
from vyapar_lite.domain.uqc import clean_uqc

UNITS = (
    "pcs", "kg", "g", "l", "ml", "m", "box", "pack", "dozen", "pair", "set", "bag", "bottle",
    "strip", "sheet", "hour", "service",
)  # fmt: skip
DEFAULT_GST_RATES_BP = (0, 25, 300, 500, 1200, 1800, 2800, 4000)
GENERAL = CUSTOMER_TYPES[0]  # General customers pay the sale price (less any General discount)
MILLI = 1000  # thousandths of a unit in one unit
MAX_QTY_MILLI = 10**9  # a million units: anything larger is a typing mistake
MAX_NAME = 200
ADJUST_REASONS = {"opening": "Opening stock", "correction": "Stock correction"}

_CODE = re.compile(r"^[A-Z0-9][A-Z0-9/_.-]{0,29}$")
_UNIT = re.compile(r"^[a-z]{1,10}$")
_DIGITS = re.compile(r"^[0-9]+$")
_NUMBER = re.compile(r"^[0-9]+(,[0-9]+)*(\.[0-9]*)?$|^\.[0-9]+$")


class TypePrice(NamedTuple):
    """What one customer type pays: its own price (paise), or the sale price less a discount."""

    price: int | None = None
    discount_bp: int | None = None


@dataclass(frozen=True)
class ItemDetails:
    """What the shopkeeper types about an item. Blank `code` = next in the series (I0001)."""

    name: str
    code: str = ""
    hsn_sac: str = ""
    unit: str = "pcs"
    uqc: str = ""  # the GST unit code (domain.uqc); blank: the code for `unit`
    sale_price: int = 0  # paise
    price_includes_tax: bool = False
    gst_rate_bp: int = 0
    track_stock: bool = False
    low_stock_milli: int = 0
    type_prices: Mapping[str, TypePrice] = field(default_factory=dict)
    reverse_charge: bool = False  # GST on it is payable by the recipient (printed, Rule 46)
    supply_type: str = "taxable"  # 'taxable' | 'nil' | 'exempt' | 'non_gst' (`domain.supply`)


def price_field(customer_type: str) -> str:
    """The field name of a customer type's own price in FieldErrors: `price.Dealer`."""
    return f"price.{customer_type}"


def discount_field(customer_type: str) -> str:
    """The field name of a customer type's discount in FieldErrors: `discount.Dealer`."""
    return f"discount.{customer_type}"


# an item that is not taxable with a GST rate set, by its supply type
_CARRIES_NO_GST = {
    "nil": QT_TRANSLATE_NOOP(
        "messages", "A nil-rated (0%) item carries no GST: set its GST rate to 0%"
    ),
    "exempt": QT_TRANSLATE_NOOP(
        "messages", "An exempt item carries no GST: set its GST rate to 0%"
    ),
    "non_gst": QT_TRANSLATE_NOOP(
        "messages", "A non-gst item carries no GST: set its GST rate to 0%"
    ),
}


def clean_item_code(text: str, *, field: str = "code") -> str:
    code = text.strip().upper()
    if not _CODE.match(code):
        raise ValidationError(
            FieldError(
                field,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "An item code has 1-30 letters, digits, '-', '/', '.' or '_' (e.g. I0001)",
                    )
                ),
            )
        )
    return code


def clean_hsn_sac(text: str, *, field: str = "hsn_sac") -> str:
    """An HSN code (goods: 4, 6 or 8 digits) or a SAC (services: 6 digits starting 99); blank is
    allowed. Spaces and dots people type between the digits ("1006.30") are dropped."""
    code = "".join(text.split()).replace(".", "")
    if not code:
        return ""
    if not _DIGITS.match(code):
        raise ValidationError(
            FieldError(
                field, Message(QT_TRANSLATE_NOOP("messages", "An HSN/SAC code has only digits"))
            )
        )
    if code.startswith("99"):
        if len(code) != 6:
            raise ValidationError(
                FieldError(
                    field,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "A SAC (services) code has 6 digits starting 99, e.g. 998714",
                        )
                    ),
                )
            )
    elif len(code) not in (4, 6, 8) or code.startswith("00"):
        raise ValidationError(
            FieldError(
                field,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "An HSN code has 4, 6 or 8 digits, e.g. 1006 or 10063020"
                    )
                ),
            )
        )
    return code


def clean_unit(text: str, *, field: str = "unit") -> str:
    unit = text.strip().lower()
    if not unit:
        raise ValidationError(
            FieldError(
                field, Message(QT_TRANSLATE_NOOP("messages", "Choose a unit (pcs, kg, box …)"))
            )
        )
    if not _UNIT.match(unit):
        raise ValidationError(
            FieldError(
                field,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "A unit is 1-10 letters (pcs, kg, box, or your own)"
                    )
                ),
            )
        )
    return unit


def clean_item(details: ItemDetails, *, rates: Collection[int] | None = None) -> ItemDetails:
    """Normalise and check every field; raise ValidationError listing each problem.

    `rates`, when given, are the GST rates the item may have (the shop's active rates).
    """
    errors: list[FieldError] = []
    values: dict[str, object] = {}
    name = " ".join(details.name.split())
    if not name:
        errors.append(
            FieldError("name", Message(QT_TRANSLATE_NOOP("messages", "Enter the item's name")))
        )
    elif len(name) > MAX_NAME:
        errors.append(
            FieldError(
                "name",
                Message(
                    QT_TRANSLATE_NOOP("messages", "At most {MAX_NAME} characters"),
                    MAX_NAME=MAX_NAME,
                ),
            )
        )
    values["name"] = name
    checks = {"code": clean_item_code, "hsn_sac": clean_hsn_sac, "unit": clean_unit}
    if not details.code.strip():
        del checks["code"]  # blank: the next code in the series
    for field_name, check in checks.items():
        try:
            values[field_name] = check(getattr(details, field_name), field=field_name)
        except ValidationError as exc:
            errors.extend(exc.errors)
    try:
        values["uqc"] = clean_uqc(details.uqc, str(values.get("unit", "")))
    except ValidationError as exc:
        errors.extend(exc.errors)
    if not 0 <= details.sale_price <= MAX_PAISE:
        errors.append(
            FieldError(
                "sale_price",
                Message(QT_TRANSLATE_NOOP("messages", "The sale price cannot be negative")),
            )
        )
    rate = details.gst_rate_bp
    if not 0 <= rate <= BASIS_POINTS_PER_WHOLE:
        errors.append(
            FieldError(
                "gst_rate_bp", Message(QT_TRANSLATE_NOOP("messages", "A GST rate is 0% to 100%"))
            )
        )
    elif rates is not None and rate not in rates:
        shown = ", ".join(format_rate(r) for r in sorted(rates))
        message = f"{format_rate(rate)} is not one of the shop's GST rates ({shown})"
        errors.append(FieldError("gst_rate_bp", message))
    if details.supply_type not in SUPPLY_TYPES:
        errors.append(
            FieldError(
                "supply_type",
                Message(
                    QT_TRANSLATE_NOOP("messages", "Choose taxable, nil-rated, exempt or non-GST")
                ),
            )
        )
    elif details.supply_type != "taxable" and rate:
        errors.append(FieldError("supply_type", Message(_CARRIES_NO_GST[details.supply_type])))
    if not 0 <= details.low_stock_milli <= MAX_QTY_MILLI:
        errors.append(
            FieldError(
                "low_stock_milli",
                Message(QT_TRANSLATE_NOOP("messages", "The low-stock level cannot be negative")),
            )
        )
    elif details.low_stock_milli and not details.track_stock:
        errors.append(
            FieldError(
                "low_stock_milli",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Track this item's stock to use a low-stock level"
                    )
                ),
            )
        )
    values["type_prices"] = _clean_type_prices(details.type_prices, errors)
    raise_if_any(errors)
    return replace(details, **values)  # type: ignore[arg-type]


def _clean_type_prices(
    prices: Mapping[str, TypePrice], errors: list[FieldError]
) -> dict[str, TypePrice]:
    """Known types only, a price or a discount (not both); empty entries and 0% dropped."""
    clean: dict[str, TypePrice] = {}
    for customer_type, (price, given_discount) in prices.items():
        if customer_type not in CUSTOMER_TYPES:
            errors.append(
                FieldError(
                    price_field(customer_type),
                    Message(
                        QT_TRANSLATE_NOOP("messages", "{customer_type} is not a customer type"),
                        customer_type=customer_type,
                    ),
                )
            )
            continue
        discount = given_discount or None
        if price is not None and customer_type == GENERAL:
            errors.append(
                FieldError(
                    price_field(customer_type),
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "General customers pay the sale price; give them a discount instead",
                        )
                    ),
                )
            )
        elif price is not None and not 0 <= price <= MAX_PAISE:
            errors.append(
                FieldError(
                    price_field(customer_type),
                    Message(QT_TRANSLATE_NOOP("messages", "A price cannot be negative")),
                )
            )
        if discount is not None and not 0 < discount <= BASIS_POINTS_PER_WHOLE:
            errors.append(
                FieldError(
                    discount_field(customer_type),
                    Message(QT_TRANSLATE_NOOP("messages", "A discount is 0% to 100%")),
                )
            )
        elif discount is not None and price is not None:
            errors.append(
                FieldError(
                    discount_field(customer_type),
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Give {customer_type} either its own price or a discount, not both",
                        ),
                        customer_type=customer_type,
                    ),
                )
            )
        if price is not None or discount is not None:
            clean[customer_type] = TypePrice(price, discount)
    return {t: clean[t] for t in CUSTOMER_TYPES if t in clean}


def price_for_type(details: ItemDetails, customer_type: str) -> tuple[int, int]:
    """(rate in paise, discount in basis points) a customer of this type is charged: the type's
    own price when it has one, else the sale price with the type's discount (if any)."""
    price, discount = details.type_prices.get(customer_type, TypePrice())
    if price is not None:
        return price, 0
    return details.sale_price, discount or 0


def is_low(stock_milli: int | None, low_stock_milli: int) -> bool:
    """Whether a tracked item's stock (None: not tracked) is at or below its low-stock level."""
    return stock_milli is not None and stock_milli <= low_stock_milli


# --- quantities ------------------------------------------------------------------------------


def _decimal(text: str) -> Decimal | None:
    """Digits with an optional decimal point (commas between whole digits), or None."""
    if not _NUMBER.match(text):
        return None
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern lets only numbers through
        return None


def qty_from_decimal(value: Decimal, *, field: str = "qty") -> int:
    """Exact thousandths from a Decimal quantity; more than 3 decimals is refused."""
    if not value.is_finite():
        raise ValidationError(
            FieldError(
                field, Message(QT_TRANSLATE_NOOP("messages", "Enter a quantity as a number"))
            )
        )
    milli = value * MILLI
    if milli != milli.to_integral_value():
        raise ValidationError(
            FieldError(
                field,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "A quantity can have at most 3 digits after the decimal point"
                    )
                ),
            )
        )
    if abs(milli) > MAX_QTY_MILLI:
        raise ValidationError(
            FieldError(field, Message(QT_TRANSLATE_NOOP("messages", "The quantity is too large")))
        )
    return int(milli)


def parse_qty(
    text: str, *, field: str = "qty", allow_zero: bool = False, allow_negative: bool = False
) -> int:
    """Typed quantity -> thousandths: "1.5" -> 1500, "2" -> 2000, "1,000" -> 1000000.

    More than 0 unless `allow_zero`; negative only with `allow_negative` ("-2" takes 2 away).
    """
    body = text.strip()
    negative = body.startswith(("-", "\u2212"))
    if negative or body.startswith("+"):
        body = body[1:].strip()
    if not body:
        raise ValidationError(
            FieldError(field, Message(QT_TRANSLATE_NOOP("messages", "Enter a quantity")))
        )
    number = _decimal(body)
    if number is None:
        raise ValidationError(
            FieldError(
                field,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "A quantity has only digits and one decimal point, e.g. 1.5"
                    )
                ),
            )
        )
    milli = qty_from_decimal(-number if negative else number, field=field)
    if milli < 0 and not allow_negative:
        raise ValidationError(
            FieldError(
                field, Message(QT_TRANSLATE_NOOP("messages", "The quantity cannot be negative"))
            )
        )
    if milli == 0 and not allow_zero:
        raise ValidationError(
            FieldError(
                field, Message(QT_TRANSLATE_NOOP("messages", "The quantity must be more than 0"))
            )
        )
    return milli


def qty_decimal(milli: int) -> Decimal:
    """Thousandths as an exact Decimal without trailing zeros: 1500 -> Decimal("1.5")."""
    value = Decimal(milli).scaleb(-3)
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def format_qty(milli: int, unit: str = "") -> str:
    """1500, "kg" -> "1.5 kg"; 2000000, "pcs" -> "2,000 pcs"; -500 -> "-0.5"."""
    whole, rest = divmod(abs(milli), MILLI)
    text = format_indian_number(whole)
    if rest:
        text += "." + f"{rest:03d}".rstrip("0")
    if milli < 0:
        text = "-" + text
    return f"{text} {unit}" if unit else text


# --- GST rates and discounts -----------------------------------------------------------------


def parse_rate_percent(text: str, *, field: str = "gst_rate_bp") -> int:
    """A percentage as basis points: "18" -> 1800, "0.25%" -> 25; 0 to 100, 2 decimals at most."""
    body = text.strip().removesuffix("%").strip()
    if not body:
        raise ValidationError(
            FieldError(field, Message(QT_TRANSLATE_NOOP("messages", "Enter a percentage, e.g. 18")))
        )
    number = _decimal(body)
    if number is None:
        raise ValidationError(
            FieldError(
                field,
                Message(
                    QT_TRANSLATE_NOOP("messages", "Enter a percentage as a number, e.g. 18 or 0.25")
                ),
            )
        )
    return percent_from_decimal(number, field=field)


def percent_from_decimal(value: Decimal, *, field: str = "gst_rate_bp") -> int:
    """Exact basis points from a Decimal percentage (18 -> 1800); 0-100 with 2 decimals at most."""
    if not value.is_finite():
        raise ValidationError(
            FieldError(
                field, Message(QT_TRANSLATE_NOOP("messages", "Enter a percentage as a number"))
            )
        )
    bp = value * 100
    if bp != bp.to_integral_value():
        raise ValidationError(
            FieldError(
                field,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "A percentage can have at most 2 digits after the decimal point"
                    )
                ),
            )
        )
    if not 0 <= bp <= BASIS_POINTS_PER_WHOLE:
        raise ValidationError(
            FieldError(field, Message(QT_TRANSLATE_NOOP("messages", "A percentage is 0 to 100")))
        )
    return int(bp)


def rate_decimal(bp: int) -> Decimal:
    """Basis points as a Decimal percentage without trailing zeros: 25 -> Decimal("0.25")."""
    value = Decimal(bp).scaleb(-2)
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def format_rate(bp: int) -> str:
    """1800 -> "18%", 25 -> "0.25%", 250 -> "2.5%"."""
    return f"{rate_decimal(bp)}%"
