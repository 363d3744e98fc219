"""Document numbers that the law accepts: at most 16 characters (Rule 46(b) CGST Rules).

Rule 46(b) asks for "a consecutive serial number not exceeding sixteen characters, in one or
multiple series, containing alphabets or numerals or special characters hyphen or dash and slash
symbolised as "-" and "/" respectively, and any combination thereof, unique for a financial year".

The format is `<prefix>/<yy-yy>/<number>`, the number padded to five digits: `INV/26-27/00001`.
A prefix of at most 4 characters keeps the 99,999th number of a year at 16 characters; a shorter
prefix leaves room for more (`INV/26-27/100000` is 16). A number that would not fit is refused,
never issued.

Series started before this format (`INV/2026-27/0001`, the "long" year) keep it until the next
financial year so no issued number changes and a year's numbers stay consecutive; should such a
series reach a number that no longer fits 16 characters (the 10,000th), that number and the rest of
the year are written with the short year, the counter running on, so they stay unique and legal.
"""

from __future__ import annotations

import re
from typing import Literal

from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message

MAX_LENGTH = 16
WIDTH = 5
MAX_PREFIX = 4
YEAR_NUMBERS = 99_999  # the numbers a year's series must be able to give within 16 characters
YearForm = Literal["short", "long"]
_PREFIX = re.compile(r"[A-Z0-9][A-Z0-9/-]*")


def short_year(year: str) -> str:
    """`2026-27` → `26-27`."""
    return year[2:]


def document_number(
    prefix: str, year: str, number: int, width: int = WIDTH, *, year_form: YearForm = "short"
) -> str:
    """`INV/26-27/00001` (or the long year form `INV/2026-27/0001` of older series)."""
    shown_year = year if year_form == "long" else short_year(year)
    return f"{prefix}/{shown_year}/{number:0{width}d}"


def fitting_number(prefix: str, year: str, number: int, width: int, year_form: YearForm) -> str:
    """The number to print: the series' own form while it fits 16 characters, else the short year
    form (see the module docstring); raises ValidationError when even that would not fit."""
    text = document_number(prefix, year, number, width, year_form=year_form)
    if len(text) <= MAX_LENGTH:
        return text
    text = document_number(prefix, year, number, max(width, WIDTH))
    if len(text) <= MAX_LENGTH:
        return text
    raise ValidationError(
        FieldError(
            "number",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The {prefix}/{year} series is full: number {number:,} would "
                    "be longer than {MAX_LENGTH} characters (Rule 46(b)). Choose "
                    "a shorter prefix in Settings › Sales.",
                ),
                prefix=prefix,
                year=short_year(year),
                number=number,
                MAX_LENGTH=MAX_LENGTH,
            ),
        )
    )


def longest_number(prefix: str, year: str = "2026-27") -> str:
    """The longest number a series with this prefix must give in a year."""
    return document_number(prefix, year, YEAR_NUMBERS)


def clean_prefix(text: str, *, field: str) -> str:
    """A series prefix: letters, digits, `-` and `/`, starting with a letter or digit, short
    enough that the year's longest number fits 16 characters (Rule 46(b))."""
    prefix = text.strip().upper()
    if not prefix:
        raise ValidationError(
            FieldError(
                field, Message(QT_TRANSLATE_NOOP("messages", "Enter a prefix, for example INV"))
            )
        )
    if not _PREFIX.fullmatch(prefix):
        raise ValidationError(
            FieldError(
                field,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "A prefix can have only letters, digits, '-' and '/', "
                        "starting with a letter or digit: {prefix!r} cannot be used",
                    ),
                    prefix=prefix,
                ),
            )
        )
    longest = longest_number(prefix)
    if len(longest) > MAX_LENGTH:
        raise ValidationError(
            FieldError(
                field,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The prefix {prefix} is too long: the year's longest number "
                        "{longest} would have {length} characters, and the law "
                        "allows {MAX_LENGTH} (Rule 46(b)). Use at most {MAX_PREFIX} "
                        "characters.",
                    ),
                    prefix=prefix,
                    longest=longest,
                    length=len(longest),
                    MAX_LENGTH=MAX_LENGTH,
                    MAX_PREFIX=MAX_PREFIX,
                ),
            )
        )
    return prefix
