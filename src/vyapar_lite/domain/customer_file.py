"""A customer's file: dated notes, feedback (compliments and complaints) and follow-ups.

Pure rules: what a new entry must look like, and which entries can be resolved or completed.
Complaints and follow-ups start open; a complaint is resolved, a follow-up is done. Notes and
compliments have no status.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from vyapar_lite.domain.errors import FieldError, ValidationError, raise_if_any

MAX_TEXT = 4000


class EntryKind(StrEnum):
    NOTE = "note"
    FEEDBACK = "feedback"
    FOLLOW_UP = "follow_up"


class FeedbackType(StrEnum):
    COMPLIMENT = "compliment"
    COMPLAINT = "complaint"


class EntryStatus(StrEnum):
    NONE = ""
    OPEN = "open"
    RESOLVED = "resolved"  # a complaint dealt with
    DONE = "done"  # a follow-up made


@dataclass(frozen=True)
class NewEntry:
    """A checked entry, ready to save."""

    kind: EntryKind
    text: str
    entry_date: date
    feedback_type: str = ""  # a FeedbackType for feedback, "" otherwise
    status: EntryStatus = EntryStatus.NONE
    due_date: date | None = None  # follow-ups only


def clean_entry(
    kind: str,
    text: str,
    entry_date: date,
    *,
    today: date,
    feedback_type: str = "",
    due_date: date | None = None,
) -> NewEntry:
    """Check a new entry and return it normalised; raise ValidationError naming each problem."""
    errors: list[FieldError] = []
    try:
        entry_kind = EntryKind(kind)
    except ValueError:
        raise ValidationError(
            FieldError("kind", "Choose a note, feedback or a follow-up")
        ) from None
    clean_text = text.replace("\r\n", "\n").strip()
    if not clean_text:
        errors.append(FieldError("text", "Write the text of the entry"))
    elif len(clean_text) > MAX_TEXT:
        errors.append(
            FieldError("text", f"At most {MAX_TEXT} characters (this has {len(clean_text)})")
        )
    if entry_date > today:
        errors.append(FieldError("entry_date", "The date cannot be in the future"))
    status = EntryStatus.NONE
    if entry_kind is EntryKind.FEEDBACK:
        if feedback_type not in tuple(FeedbackType):
            errors.append(FieldError("feedback_type", "Choose Compliment or Complaint"))
        elif feedback_type == FeedbackType.COMPLAINT:
            status = EntryStatus.OPEN
    if entry_kind is EntryKind.FOLLOW_UP:
        status = EntryStatus.OPEN
        if due_date is None:
            errors.append(FieldError("due_date", "Enter the date to follow up by"))
        elif due_date < entry_date:
            errors.append(
                FieldError(
                    "due_date",
                    f"The follow-up date cannot be before the entry's date ({entry_date:%d-%m-%Y})",
                )
            )
    raise_if_any(errors)
    return NewEntry(
        kind=entry_kind,
        text=clean_text,
        entry_date=entry_date,
        feedback_type=feedback_type if entry_kind is EntryKind.FEEDBACK else "",
        status=status,
        due_date=due_date if entry_kind is EntryKind.FOLLOW_UP else None,
    )


def resolved_status(kind: str, feedback_type: str, status: str) -> EntryStatus:
    """The status a complaint gets when resolved; ValidationError if it can't be resolved."""
    if kind != EntryKind.FEEDBACK or feedback_type != FeedbackType.COMPLAINT:
        raise ValidationError(FieldError("status", "Only a complaint can be resolved"))
    if status != EntryStatus.OPEN:
        raise ValidationError(FieldError("status", "This complaint is already resolved"))
    return EntryStatus.RESOLVED


def done_status(kind: str, status: str) -> EntryStatus:
    """The status a follow-up gets when done; ValidationError if it can't be completed."""
    if kind != EntryKind.FOLLOW_UP:
        raise ValidationError(FieldError("status", "Only a follow-up can be marked done"))
    if status != EntryStatus.OPEN:
        raise ValidationError(FieldError("status", "This follow-up is already done"))
    return EntryStatus.DONE
