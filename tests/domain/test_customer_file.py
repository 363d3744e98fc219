"""Rules for entries in a customer's file: notes, feedback and follow-ups."""

from __future__ import annotations

from datetime import date

import pytest

from vyapar_lite.domain.customer_file import (
    MAX_TEXT,
    EntryKind,
    EntryStatus,
    NewEntry,
    clean_entry,
    done_status,
    resolved_status,
)
from vyapar_lite.domain.errors import ValidationError

TODAY = date(2026, 5, 10)
ON = date(2026, 5, 9)


def _fields(exc: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {e.field: e.message for e in exc.value.errors}


def test_a_note_is_trimmed_and_has_no_status() -> None:
    entry = clean_entry("note", "  Prefers delivery after 6 pm.\r\nCall first.  ", ON, today=TODAY)
    assert entry == NewEntry(
        kind=EntryKind.NOTE,
        text="Prefers delivery after 6 pm.\nCall first.",
        entry_date=ON,
    )


def test_a_complaint_starts_open_and_a_compliment_has_no_status() -> None:
    complaint = clean_entry("feedback", "Rice was damp", ON, today=TODAY, feedback_type="complaint")
    compliment = clean_entry(
        "feedback", "Quick delivery", ON, today=TODAY, feedback_type="compliment"
    )

    assert (complaint.feedback_type, complaint.status) == ("complaint", EntryStatus.OPEN)
    assert (compliment.feedback_type, compliment.status) == ("compliment", EntryStatus.NONE)


def test_a_follow_up_starts_open_with_its_due_date() -> None:
    entry = clean_entry("follow_up", "Ask about the Diwali order", ON, today=TODAY, due_date=ON)
    assert (entry.status, entry.due_date) == (EntryStatus.OPEN, ON)


def test_fields_that_do_not_belong_to_the_kind_are_dropped() -> None:
    entry = clean_entry("note", "x", ON, today=TODAY, feedback_type="complaint", due_date=TODAY)
    assert (entry.feedback_type, entry.due_date, entry.status) == ("", None, EntryStatus.NONE)


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_text_is_required(text: str) -> None:
    with pytest.raises(ValidationError) as exc:
        clean_entry("note", text, ON, today=TODAY)
    assert _fields(exc) == {"text": "Write the text of the entry"}


def test_text_is_at_most_4000_characters() -> None:
    assert len(clean_entry("note", "x" * MAX_TEXT, ON, today=TODAY).text) == 4000
    with pytest.raises(ValidationError) as exc:
        clean_entry("note", "x" * (MAX_TEXT + 1), ON, today=TODAY)
    assert _fields(exc) == {"text": "At most 4000 characters (this has 4001)"}


def test_the_date_cannot_be_in_the_future() -> None:
    assert clean_entry("note", "x", TODAY, today=TODAY).entry_date == TODAY
    with pytest.raises(ValidationError) as exc:
        clean_entry("note", "x", date(2026, 5, 11), today=TODAY)
    assert _fields(exc) == {"entry_date": "The date cannot be in the future"}


def test_feedback_must_be_a_compliment_or_a_complaint() -> None:
    for feedback_type in ("", "praise", "Complaint"):
        with pytest.raises(ValidationError) as exc:
            clean_entry("feedback", "x", ON, today=TODAY, feedback_type=feedback_type)
        assert _fields(exc) == {"feedback_type": "Choose Compliment or Complaint"}


def test_a_follow_up_needs_a_due_date_not_before_the_entry() -> None:
    with pytest.raises(ValidationError) as exc:
        clean_entry("follow_up", "x", ON, today=TODAY)
    assert _fields(exc) == {"due_date": "Enter the date to follow up by"}

    with pytest.raises(ValidationError) as exc:
        clean_entry("follow_up", "x", ON, today=TODAY, due_date=date(2026, 5, 8))
    assert _fields(exc) == {
        "due_date": "The follow-up date cannot be before the entry's date (09-05-2026)"
    }
    # A due date later than today is the point of a follow-up.
    assert clean_entry("follow_up", "x", ON, today=TODAY, due_date=date(2027, 1, 1)).due_date


def test_every_problem_is_reported_at_once() -> None:
    with pytest.raises(ValidationError) as exc:
        clean_entry("follow_up", " ", date(2026, 6, 1), today=TODAY, due_date=ON)
    assert set(_fields(exc)) == {"text", "entry_date", "due_date"}


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValidationError) as exc:
        clean_entry("memo", "x", ON, today=TODAY)
    assert _fields(exc) == {"kind": "Choose a note, feedback or a follow-up"}


def test_only_an_open_complaint_can_be_resolved() -> None:
    assert resolved_status("feedback", "complaint", "open") is EntryStatus.RESOLVED
    cases = {
        ("feedback", "complaint", "resolved"): "This complaint is already resolved",
        ("feedback", "compliment", ""): "Only a complaint can be resolved",
        ("note", "", ""): "Only a complaint can be resolved",
        ("follow_up", "", "open"): "Only a complaint can be resolved",
    }
    for (kind, feedback_type, status), message in cases.items():
        with pytest.raises(ValidationError) as exc:
            resolved_status(kind, feedback_type, status)
        assert _fields(exc) == {"status": message}


def test_only_an_open_follow_up_can_be_done() -> None:
    assert done_status("follow_up", "open") is EntryStatus.DONE
    cases = {
        ("follow_up", "done"): "This follow-up is already done",
        ("feedback", "open"): "Only a follow-up can be marked done",
        ("note", ""): "Only a follow-up can be marked done",
    }
    for (kind, status), message in cases.items():
        with pytest.raises(ValidationError) as exc:
            done_status(kind, status)
        assert _fields(exc) == {"status": message}
