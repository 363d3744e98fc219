"""The customer code series: a prefix and a zero-padded number (C0001, C0002, ...)."""

from __future__ import annotations

import re

from vyapar_lite.domain.errors import FieldError, ValidationError

MAX_PREFIX = 5
_PREFIX = re.compile(r"^[A-Z0-9]{1,5}$")


def clean_code_prefix(text: str) -> str:
    """The prefix in capitals; ValidationError unless it is 1-5 letters or digits."""
    prefix = text.strip().upper()
    if not _PREFIX.match(prefix):
        raise ValidationError(
            FieldError("prefix", f"The code prefix is 1 to {MAX_PREFIX} letters or digits (e.g. C)")
        )
    return prefix
