"""Pairing the books' bank entries with a statement's lines, for bank reconciliation.

Pure and standard-library only. A statement line and a book entry can pair when they move the
same amount the same way (a deposit with money in, a withdrawal with money out) and the bank's
date falls from `DAYS_BEFORE` days before the book's date to `DAYS_AFTER` days after it (a cheque
deposited today is credited in a day or three; a card settlement a day later). Among the
possible pairs, one whose reference (cheque number, UTR) appears in the statement line wins
first, then the nearest dates, then the earlier rows: each line and each entry is used once.
What is left unpaired on either side is shown to the shopkeeper.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

DAYS_BEFORE = 3
DAYS_AFTER = 7
MIN_REFERENCE_DIGITS = 4


@dataclass(frozen=True)
class BookEntry:
    """A money entry of the bank account: `amount` signed (money in positive)."""

    entry_id: int
    on: date
    amount: int
    reference: str = ""


@dataclass(frozen=True)
class PassbookLine:
    row_number: int
    on: date
    amount: int
    text: str = ""  # narration and reference, where a cheque number or UTR is looked for


@dataclass(frozen=True)
class Pairing:
    pairs: tuple[tuple[int, int], ...]  # (row_number, entry_id)
    unmatched_rows: tuple[int, ...]
    unmatched_entries: tuple[int, ...]


def _reference_in(reference: str, text: str) -> bool:
    digits = re.sub(r"[^0-9A-Za-z]", "", reference).upper()
    if len(re.sub(r"[^0-9]", "", digits)) < MIN_REFERENCE_DIGITS:
        return False
    return digits in re.sub(r"[^0-9A-Za-z]", "", text).upper()


def pair(lines: Sequence[PassbookLine], entries: Sequence[BookEntry]) -> Pairing:
    """Pair lines with entries (see the module docstring)."""
    by_amount: dict[int, list[BookEntry]] = {}
    for entry in entries:
        by_amount.setdefault(entry.amount, []).append(entry)
    candidates: list[tuple[int, int, int, int]] = []
    for line in lines:
        for entry in by_amount.get(line.amount, []):
            days = (line.on - entry.on).days
            if -DAYS_BEFORE <= days <= DAYS_AFTER:
                missed = 0 if _reference_in(entry.reference, line.text) else 1
                candidates.append((missed, abs(days), line.row_number, entry.entry_id))
    candidates.sort()
    used_rows: set[int] = set()
    used_entries: set[int] = set()
    pairs = []
    for _missed, _days, row, entry_id in candidates:
        if row in used_rows or entry_id in used_entries:
            continue
        used_rows.add(row)
        used_entries.add(entry_id)
        pairs.append((row, entry_id))
    return Pairing(
        tuple(sorted(pairs)),
        tuple(line.row_number for line in lines if line.row_number not in used_rows),
        tuple(e.entry_id for e in entries if e.entry_id not in used_entries),
    )
