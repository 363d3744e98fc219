"""Validation errors that carry field names and human messages.

Validators collect every problem they find (a form shows them all at once) and raise one
`ValidationError` holding a `FieldError` per problem. Screens put each message beside its field;
the CLI prints them one per line.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldError:
    """One problem with one field: `field` is the machine name, `message` says what is expected."""

    field: str
    message: str


class ValidationError(ValueError):
    """Bad input; nothing was saved. `errors` lists every problem found."""

    def __init__(self, errors: list[FieldError] | FieldError) -> None:
        self.errors: list[FieldError] = [errors] if isinstance(errors, FieldError) else list(errors)
        super().__init__("; ".join(e.message for e in self.errors))

    def for_field(self, field: str) -> str | None:
        """The first message for `field`, or None when that field is fine."""
        return next((e.message for e in self.errors if e.field == field), None)


def raise_if_any(errors: list[FieldError]) -> None:
    """Raise a ValidationError when the list is not empty."""
    if errors:
        raise ValidationError(errors)
