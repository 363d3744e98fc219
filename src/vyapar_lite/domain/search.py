"""What a shopkeeper types in a search box, turned into the words to look for.

Search is search-as-you-type: every word is a prefix, and every word must match. The input is
whatever was typed (or pasted), so nothing here raises: control characters become spaces and
punctuation-only words are dropped. A phone number typed with spaces, dashes or a country code
(`98220 12345`, `+91 98220-12345`, or in Devanagari digits) becomes the one number it is, as
phone numbers are stored: ASCII digits only, no +91; a landline typed any way
(`020-2445 1234`, `+91 20 2445 1234`, `20 2445 1234`) becomes its stored form `02024451234`
(`contact.read_phone`), so any form finds it.
"""

from __future__ import annotations

import re
import unicodedata

from vyapar_lite.domain import contact

MAX_WORDS = 8
MAX_WORD_LENGTH = 40
_PHONE_LIKE = re.compile(r"^\+?[\d\s\-().]*\d[\d\s\-().]*$")
_PHONE_DIGITS = 8  # this many digits with dashes is a phone number, not a code like 2024-001


def search_words(text: str) -> list[str]:
    """The words to match as prefixes, in the order typed; [] means "no search"."""
    text = "".join(" " if _unusable(ch) else ch for ch in text).strip()
    if _PHONE_LIKE.match(text):
        digits = _ascii_digits(text)
        whole = contact.read_phone(digits if not text.startswith("+") else "+" + digits)
        if whole is not None and len(digits) >= _PHONE_DIGITS:
            return [whole.stored.lstrip("+")]
        if text.startswith("+91"):
            digits = digits[2:]
            if digits and digits[0] not in "6789":
                digits = "0" + digits  # a landline's STD code, as stored
        if digits and (
            text[0] == "+" or any(c in text for c in " ()") or len(digits) >= _PHONE_DIGITS
        ):
            return [digits[:MAX_WORD_LENGTH]]
    words = [word for word in text.split() if any(ch.isalnum() for ch in word)]
    words = [_ascii_digits(word) if word.isdecimal() else word for word in words]
    return [word[:MAX_WORD_LENGTH] for word in words[:MAX_WORDS]]


def _ascii_digits(text: str) -> str:
    """The decimal digits of `text` (any script) as 0-9."""
    return "".join(str(unicodedata.decimal(ch)) for ch in text if ch.isdecimal())


def _unusable(ch: str) -> bool:
    """Control characters (NUL ends SQLite's text early) and lone surrogates (not valid text)."""
    return unicodedata.category(ch) in ("Cc", "Cs")
