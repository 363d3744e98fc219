"""Counting the cash drawer (the "galla") note by note.

Pure and standard-library only. Each denomination's count times its value adds up to the amount
counted, in paise; loose coins are entered as one amount (`coins`), since they come in too many
sizes to count one by one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from vyapar_lite.domain.errors import FieldError, ValidationError, raise_if_any
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.domain.money import MAX_PAISE

# rupee notes, largest first (₹2000 notes are withdrawn from circulation but still legal tender)
NOTES: tuple[int, ...] = (2000, 500, 200, 100, 50, 20, 10)
MAX_NOTES_OF_A_KIND = 100_000


@dataclass(frozen=True)
class CashCount:
    """How many notes of each value (rupees -> count), and loose coins in paise."""

    notes: Mapping[int, int] = field(default_factory=dict)
    coins: int = 0

    def __post_init__(self) -> None:
        errors = []
        for value, count in self.notes.items():
            if value not in NOTES:
                errors.append(
                    FieldError(
                        f"note_{value}",
                        Message(
                            QT_TRANSLATE_NOOP("messages", "There is no ₹{value} note"), value=value
                        ),
                    )
                )
            elif not 0 <= count <= MAX_NOTES_OF_A_KIND:
                errors.append(
                    FieldError(
                        f"note_{value}",
                        Message(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "Enter how many ₹{value} notes, from 0 to {MAX_NOTES_OF_A_KIND:,}",
                            ),
                            value=value,
                            MAX_NOTES_OF_A_KIND=MAX_NOTES_OF_A_KIND,
                        ),
                    )
                )
        if not 0 <= self.coins <= MAX_PAISE:
            errors.append(
                FieldError(
                    "coins",
                    Message(
                        QT_TRANSLATE_NOOP("messages", "Enter the coins as an amount of 0 or more")
                    ),
                )
            )
        raise_if_any(errors)

    def line(self, value: int) -> int:
        """Paise in the ₹`value` notes counted."""
        return self.notes.get(value, 0) * value * 100

    @property
    def total(self) -> int:
        total = sum(self.line(value) for value in NOTES) + self.coins
        if total > MAX_PAISE:
            raise ValidationError(
                FieldError(
                    "counted",
                    Message(QT_TRANSLATE_NOOP("messages", "The count is too large to be cash")),
                )
            )
        return total

    def as_dict(self) -> dict[str, int]:
        """For the audit row and the stored closing: counts by note, coins in paise."""
        counted = {f"note_{v}": self.notes[v] for v in NOTES if self.notes.get(v)}
        if self.coins:
            counted["coins"] = self.coins
        return counted
