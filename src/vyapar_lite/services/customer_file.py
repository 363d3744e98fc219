"""A customer's file: dated notes, feedback and follow-ups, each write one audited transaction.

Customers are named by code; entries by the id this module hands out (`FileEntry.id`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from vyapar_lite.db import database
from vyapar_lite.db.models import Customer, CustomerNote
from vyapar_lite.domain.customer_file import (
    EntryKind,
    EntryStatus,
    NewEntry,
    clean_entry,
    done_status,
    resolved_status,
)
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.services import audit

_LABELS = {"note": "note", "feedback": "feedback", "follow_up": "follow-up"}


@dataclass(frozen=True)
class FileEntry:
    id: int
    customer_code: str
    customer_name: str
    entry_date: date
    kind: str  # "note" | "feedback" | "follow_up"
    text: str
    feedback_type: str  # "compliment" | "complaint" for feedback, else ""
    status: str  # "open" | "resolved" | "done" | ""
    due_date: date | None  # follow-ups only
    created_at: datetime

    @property
    def kind_label(self) -> str:
        """Note, Compliment, Complaint or Follow-up."""
        return self.feedback_type.title() if self.feedback_type else _LABELS[self.kind].capitalize()


def add_note(code: str, text: str, *, entry_date: date) -> FileEntry:
    return _add(code, clean_entry(EntryKind.NOTE, text, entry_date, today=date.today()))


def add_feedback(code: str, text: str, kind: str, *, entry_date: date) -> FileEntry:
    """Record a compliment or a complaint (`kind`); a complaint stays open until resolved."""
    entry = clean_entry(
        EntryKind.FEEDBACK, text, entry_date, today=date.today(), feedback_type=kind
    )
    return _add(code, entry)


def add_follow_up(code: str, text: str, due_date: date, *, entry_date: date) -> FileEntry:
    """Something to do for the customer by `due_date`; open until completed."""
    entry = clean_entry(
        EntryKind.FOLLOW_UP, text, entry_date, today=date.today(), due_date=due_date
    )
    return _add(code, entry)


def resolve_feedback(note_id: int) -> FileEntry:
    """Mark a complaint resolved."""
    with database.atomic():
        row = _note(note_id)
        status = resolved_status(row.kind, row.feedback_type, row.status)
        _set_status(row, status, "resolve")
    return _entry(note_id)


def complete_follow_up(note_id: int) -> FileEntry:
    """Mark a follow-up done."""
    with database.atomic():
        row = _note(note_id)
        _set_status(row, done_status(row.kind, row.status), "complete")
    return _entry(note_id)


def close_entry(note_id: int) -> FileEntry:
    """Resolve a complaint or complete a follow-up (one "mark resolved / done" button)."""
    with database.atomic():
        row = _note(note_id)
        if row.kind == EntryKind.FOLLOW_UP.value:
            _set_status(row, done_status(row.kind, row.status), "complete")
        else:
            status = resolved_status(row.kind, row.feedback_type, row.status)
            _set_status(row, status, "resolve")
    return _entry(note_id)


def entries(code: str, *, search: str = "", limit: int = 200) -> list[FileEntry]:
    """The customer's file, newest first; `search` keeps entries whose text contains it."""
    customer = _customer(code)
    query = _select().where(CustomerNote.customer == customer.id)
    if search.strip():
        query = query.where(CustomerNote.text.contains(search.strip()))
    query = query.order_by(CustomerNote.entry_date.desc(), CustomerNote.id.desc())
    return [_to_entry(r) for r in query.limit(max(limit, 0)).tuples()]


def open_follow_ups(due_by: date, *, limit: int = 500) -> list[FileEntry]:
    """Open follow-ups of every customer due on or before `due_by`, the most overdue first."""
    query = (
        _select()
        .where(
            (CustomerNote.kind == EntryKind.FOLLOW_UP.value)
            & (CustomerNote.status == EntryStatus.OPEN.value)
            & (CustomerNote.due_date <= due_by)
        )
        .order_by(CustomerNote.due_date, CustomerNote.id)
    )
    return [_to_entry(r) for r in query.limit(max(limit, 0)).tuples()]


def _add(code: str, entry: NewEntry) -> FileEntry:
    with database.atomic():
        customer = _customer(code)
        now = datetime.now()
        row = CustomerNote.create(
            customer=customer.id,
            entry_date=entry.entry_date,
            kind=entry.kind.value,
            feedback_type=entry.feedback_type,
            status=entry.status.value,
            due_date=entry.due_date,
            text=entry.text,
            created_at=now,
            updated_at=now,
        )
        after: dict[str, Any] = {"date": entry.entry_date, "kind": entry.kind.value}
        if entry.feedback_type:
            after["feedback_type"] = entry.feedback_type
        if entry.due_date is not None:
            after["due_date"] = entry.due_date
        after["text"] = entry.text
        audit.record(
            "create",
            "customer_note",
            row.id,
            label=f"{customer.code} {_LABELS[entry.kind.value]}",
            after=after,
            customer_id=customer.id,
        )
    return _entry(int(row.id))


def _set_status(row: CustomerNote, status: EntryStatus, action: str) -> None:
    CustomerNote.update(status=status.value, updated_at=datetime.now()).where(
        CustomerNote.id == row.id
    ).execute()
    audit.record(
        action,
        "customer_note",
        row.id,
        label=f"{row.customer.code} {_LABELS[row.kind]}",
        before={"status": row.status},
        after={"status": status.value},
        customer_id=row.customer_id,
    )


def _customer(code: str) -> Customer:
    row = Customer.get_or_none(Customer.code == code.strip().upper())
    if row is None:
        raise ValidationError(FieldError("code", f"There is no customer with code {code}"))
    return row


def _note(note_id: int) -> CustomerNote:
    row = CustomerNote.get_or_none(CustomerNote.id == note_id)
    if row is None:
        raise ValidationError(FieldError("note_id", "That entry is not in any customer's file"))
    return row


def _select() -> Any:
    return CustomerNote.select(
        CustomerNote.id,
        Customer.code,
        Customer.name,
        CustomerNote.entry_date,
        CustomerNote.kind,
        CustomerNote.text,
        CustomerNote.feedback_type,
        CustomerNote.status,
        CustomerNote.due_date,
        CustomerNote.created_at,
    ).join(Customer)


def _entry(note_id: int) -> FileEntry:
    return _to_entry(_select().where(CustomerNote.id == note_id).tuples().get())


def _to_entry(r: tuple[Any, ...]) -> FileEntry:
    return FileEntry(*r)
