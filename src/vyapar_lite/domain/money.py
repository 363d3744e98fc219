"""Money as whole paise: parsing, Indian formatting, rounding and amounts in words.

Every amount in the app is an `int` count of paise (₹1 = 100 paise); floats are never used.

Range: amounts are limited to ±`MAX_PAISE` = 10**14 - 1 paise (₹9,99,99,99,99,999.99, just
under ₹1 lakh crore). That is far beyond any shop's books, and even the largest amount times a
rate in basis points (10**14 * 10**4 = 10**18) fits in a signed 64-bit integer (about 9.2 * 10**18),
so SQLite storage and intermediate tax arithmetic never overflow.

Rounding rule, one for the whole app: half up, meaning half away from zero, to the nearest paisa
(₹0.125 -> ₹0.13 and -₹0.125 -> -₹0.13). Every tax and discount computation goes through
`divide_round`, `percent_of` or `round_paise`, so the rule lives in one place.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from vyapar_lite.domain.errors import FieldError, ValidationError

Paise = int

MAX_PAISE: Paise = 10**14 - 1
BASIS_POINTS_PER_WHOLE = 10_000  # 100% = 10,000 basis points

_DIGITS = frozenset("0123456789")
_MINUS_SIGNS = ("-", "\u2212")  # ASCII hyphen-minus and the Unicode minus sign
# Longest prefixes first so "Rs." is taken whole rather than as "Rs" followed by a stray dot.
_CURRENCY_PREFIXES = ("inr", "rs.", "rs", "₹")
_INTEGER_PART = re.compile(r"[0-9]+(,[0-9]+)*")
_TOO_PRECISE = "An amount can have at most 2 digits after the decimal point (paise)"
_TOO_LARGE = "The amount is too large; the largest allowed is ₹9,99,99,99,99,999.99"


def _fail(field: str, message: str) -> ValidationError:
    return ValidationError(FieldError(field, message))


def _strip_currency(text: str) -> str:
    lowered = text.lower()
    for prefix in _CURRENCY_PREFIXES:
        if lowered.startswith(prefix):
            return text[len(prefix) :].strip()
    return text


def _strip_sign(text: str) -> tuple[bool, str]:
    if text.startswith(_MINUS_SIGNS):
        return True, text[1:].strip()
    if text.startswith("+"):
        return False, text[1:].strip()
    return False, text


def parse_money(text: str, *, field: str = "amount", allow_negative: bool = False) -> Paise:
    """Parse typed rupees such as "1,24,000.50", "₹ 50", "Rs. 50" or ".5" into paise.

    A sign may come before or after the currency symbol ("-₹10", "₹ -10"). Commas may sit between
    any integer digits (Indian or Western grouping). Raises ValidationError naming `field`.
    """
    body = text.strip()
    if not body:
        raise _fail(field, "Enter an amount")
    negative, body = _strip_sign(body)
    body = _strip_currency(body)
    if not negative:
        negative, body = _strip_sign(body)
    if not body:
        raise _fail(field, "Enter an amount")
    if body.count(".") > 1:
        raise _fail(field, "An amount can have only one decimal point")
    if any(ch not in _DIGITS and ch not in ",." for ch in body):
        raise _fail(
            field,
            "An amount can contain only digits, commas and one decimal point "
            "(for example 1,24,000.50)",
        )
    whole, _, fraction = body.partition(".")
    if "," in fraction:
        raise _fail(field, "Commas can only separate the rupee digits, not the paise")
    if len(fraction) > 2:
        raise _fail(field, _TOO_PRECISE)
    if whole and not _INTEGER_PART.fullmatch(whole):
        raise _fail(field, "Commas must sit between digits (for example 1,24,000)")
    if not whole and not fraction:
        raise _fail(field, "Enter an amount with at least one digit")
    rupee_digits = whole.replace(",", "").lstrip("0")
    if len(rupee_digits) > len(str(MAX_PAISE // 100)):  # also keeps int() away from huge strings
        raise _fail(field, _TOO_LARGE)
    paise = int(rupee_digits or "0") * 100 + int(fraction.ljust(2, "0"))
    if negative:
        paise = -paise
    if paise < 0 and not allow_negative:
        raise _fail(field, "The amount cannot be negative")
    if abs(paise) > MAX_PAISE:
        raise _fail(field, _TOO_LARGE)
    return paise


def format_indian_number(rupees: int) -> str:
    """Group a whole number the Indian way: 12400000 -> "1,24,00,000" (sign kept)."""
    digits = str(abs(rupees))
    head, tail = digits[:-3], digits[-3:]
    groups: list[str] = []
    while head:
        groups.insert(0, head[-2:])
        head = head[:-2]
    grouped = ",".join([*groups, tail])
    return f"-{grouped}" if rupees < 0 else grouped


def format_money(paise: Paise, *, symbol: bool = True) -> str:
    """Show paise as rupees with Indian grouping: 12400000 -> "₹1,24,000.00", -50 -> "-₹0.50"."""
    rupees, rest = divmod(abs(paise), 100)
    text = f"{'₹' if symbol else ''}{format_indian_number(rupees)}.{rest:02d}"
    return f"-{text}" if paise < 0 else text


def divide_round(numerator: int, denominator: int) -> int:
    """Exact integer division rounded half away from zero; `denominator` must be positive."""
    if denominator <= 0:
        raise ValueError(f"denominator must be positive, got {denominator}")
    quotient, remainder = divmod(abs(numerator), denominator)
    if 2 * remainder >= denominator:
        quotient += 1
    return -quotient if numerator < 0 else quotient


def round_paise(value: Decimal) -> Paise:
    """Round a Decimal count of paise (e.g. Decimal("17982.5")) to whole paise, half up."""
    if not value.is_finite():
        raise ValueError(f"cannot round {value} to paise")
    return int(value.to_integral_value(rounding=ROUND_HALF_UP))


def percent_of(paise: Paise, rate_basis_points: int) -> Paise:
    """`rate_basis_points` / 100 percent of `paise`, rounded half up: 18% is 1800, 0.25% is 25."""
    return divide_round(paise * rate_basis_points, BASIS_POINTS_PER_WHOLE)


def to_decimal_rupees(paise: Paise) -> Decimal:
    """Exact rupees with two decimal places: 12400050 -> Decimal("124000.50")."""
    sign = 1 if paise < 0 else 0
    digits = tuple(int(d) for d in str(abs(paise)))
    return Decimal((sign, digits, -2))


def from_decimal_rupees(value: Decimal, *, field: str = "amount") -> Paise:
    """Exact paise from Decimal rupees; negatives are allowed.

    Judged by value, so Decimal("1.500") is fine but Decimal("1.505") is refused. Raises
    ValidationError when the value is not finite, has a fraction of a paisa, or is out of range.
    """
    if not value.is_finite():
        raise _fail(field, "Enter an amount as a number")
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # finite Decimals have an integer exponent
    shift = exponent + 2  # rupees -> paise moves the decimal point two places
    if shift < 0:  # digits after the paise position must all be zero
        digits, dropped = digits[:shift], digits[shift:]
        if any(dropped):
            raise _fail(field, _TOO_PRECISE)
        shift = 0
    if not any(digits):
        return 0
    if len(digits) + shift > len(str(MAX_PAISE)):  # cheap check before building a huge int
        raise _fail(field, _TOO_LARGE)
    paise = int("".join(map(str, digits))) * 10**shift
    if paise > MAX_PAISE:
        raise _fail(field, _TOO_LARGE)
    return -paise if sign else paise


_ONES = (
    "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
    "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen",
    "Nineteen",
)  # fmt: skip
_TENS = ("", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety")
_CRORE = 10**7
_LAKH = 10**5


def _below_hundred(n: int) -> str:
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return f"{_TENS[tens]}-{_ONES[ones]}" if ones else _TENS[tens]


def _below_thousand(n: int) -> list[str]:
    hundreds, rest = divmod(n, 100)
    words = [f"{_ONES[hundreds]} Hundred"] if hundreds else []
    if rest:
        words.append(_below_hundred(rest))
    return words


def _indian_words(n: int) -> list[str]:
    """Words for a positive whole number in crore/lakh/thousand; crore counts above 99 recurse."""
    crores, n = divmod(n, _CRORE)
    lakhs, n = divmod(n, _LAKH)
    thousands, n = divmod(n, 1000)
    words = [*_indian_words(crores), "Crore"] if crores else []
    if lakhs:
        words += [_below_hundred(lakhs), "Lakh"]
    if thousands:
        words += [_below_hundred(thousands), "Thousand"]
    if n:
        words += _below_thousand(n)
    return words


def amount_in_words(paise: Paise) -> str:
    """Indian-style words for invoices.

    12400050 -> "One Lakh Twenty-Four Thousand Rupees and Fifty Paise Only"; 100 -> "One Rupee
    Only"; 5 -> "Five Paise Only"; 1 -> "One Paisa Only"; negatives start with "Minus".
    """
    rupees, rest = divmod(abs(paise), 100)
    parts: list[str] = []
    if rupees or not rest:
        unit = "Rupee" if rupees == 1 else "Rupees"
        parts.append(" ".join([*(_indian_words(rupees) or ["Zero"]), unit]))
    if rest:
        parts.append(f"{_below_hundred(rest)} {'Paisa' if rest == 1 else 'Paise'}")
    text = " and ".join(parts) + " Only"
    return f"Minus {text}" if paise < 0 else text
