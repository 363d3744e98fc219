"""Drafts being typed, kept in the shop file so a power cut loses no half-typed bill.

A form saves what it holds (plain JSON: the fields as typed) every few seconds while the
shopkeeper types, under its kind ('invoice', 'order', 'receipt', ...); the next start offers it
back, and posting or discarding the document removes it. A draft is not part of the books: it
writes no audit row, `check` does not read it, and no report counts it. One small row per kind,
written in its own short transaction, so saving never holds the file for long.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from vyapar_lite.db import database
from vyapar_lite.db.models import Draft

MAX_PAYLOAD = 1_000_000  # characters: far more than any form holds


@dataclass(frozen=True)
class KeptDraft:
    kind: str
    summary: str  # "an invoice for Asha Verma (2 lines)"
    payload: dict[str, Any]
    updated_at: datetime


def keep(kind: str, summary: str, payload: dict[str, Any]) -> None:
    """Save (or replace) the draft of `kind`."""
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    if len(text) > MAX_PAYLOAD:
        return  # never a reason to stop typing; the form still holds it
    now = datetime.now().replace(microsecond=0)
    with database.atomic():
        Draft.insert(kind=kind, summary=summary[:200], payload=text, updated_at=now).on_conflict(
            conflict_target=[Draft.kind],
            update={Draft.summary: summary[:200], Draft.payload: text, Draft.updated_at: now},
        ).execute()


def forget(kind: str) -> None:
    """The draft of `kind` was posted or discarded: remove it."""
    with database.atomic():
        Draft.delete().where(Draft.kind == kind).execute()


def kept(kind: str) -> KeptDraft | None:
    """The draft of `kind`, if one was kept (a damaged one is dropped: it was never books)."""
    row = Draft.get_or_none(Draft.kind == kind)
    return _read(row) if row is not None else None


def all_kept() -> list[KeptDraft]:
    """Every kept draft, oldest first (the next start offers each back)."""
    found = [_read(row) for row in Draft.select().order_by(Draft.updated_at, Draft.kind)]
    return [draft for draft in found if draft is not None]


def _read(row: Draft) -> KeptDraft | None:
    try:
        payload = json.loads(row.payload)
    except ValueError:
        payload = None
    if not isinstance(payload, dict):
        forget(str(row.kind))
        return None
    updated = row.updated_at
    if not isinstance(updated, datetime):
        updated = datetime.fromisoformat(str(updated))
    return KeptDraft(str(row.kind), str(row.summary), payload, updated)
