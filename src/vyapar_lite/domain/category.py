"""Customer categories: the shopkeeper's own groups (Regular, Kirana, School, ...)."""

from __future__ import annotations

from collections.abc import Iterable

from vyapar_lite.domain.errors import FieldError, ValidationError

MAX_NAME = 100


def clean_category_name(text: str, *, field: str = "name") -> str:
    """The name with spaces tidied; ValidationError if it is empty or too long."""
    name = " ".join(text.split())
    if not name:
        raise ValidationError(FieldError(field, "Enter the category's name"))
    if len(name) > MAX_NAME:
        raise ValidationError(FieldError(field, f"At most {MAX_NAME} characters"))
    return name


def same_name(a: str, b: str) -> bool:
    """Category names are the same whatever their case ("kirana" is "Kirana")."""
    return a.casefold() == b.casefold()


def find_name(name: str, names: Iterable[str]) -> str | None:
    """The name in `names` that is the same as `name` (ignoring case), if any."""
    return next((n for n in names if same_name(n, name)), None)
