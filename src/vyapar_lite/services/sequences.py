"""Number series: customer codes, and later invoice, receipt and order numbers.

Numbers are taken inside the caller's transaction, so a rolled-back document gives its number back.
"""

from __future__ import annotations

from collections.abc import Callable

from vyapar_lite.db import database, locks
from vyapar_lite.db.models import Sequence
from vyapar_lite.domain.customer import format_code


def next_number(name: str) -> tuple[str, int, int]:
    """Take the next number of series `name`: (prefix, number, width). Call inside a transaction."""
    if not database.in_transaction():
        raise RuntimeError("sequences.next_number() must run inside the document's transaction")
    seq = locks.for_update(Sequence.select().where(Sequence.name == name)).get()
    Sequence.update(next_number=Sequence.next_number + 1).where(Sequence.name == name).execute()
    return seq.prefix, seq.next_number, seq.width


def peek(name: str) -> tuple[str, int, int]:
    """The number the series would give next, without taking it (for a form's placeholder)."""
    seq = Sequence.get(Sequence.name == name)
    return seq.prefix, seq.next_number, seq.width


def next_free_code(name: str, taken: Callable[[str], bool]) -> str:
    """Take numbers from series `name` until the code they make is not `taken` (codes typed by
    hand can sit in the series' way). Call inside the record's transaction."""
    while True:
        code = format_code(*next_number(name))
        if not taken(code):
            return code


def preview_free_code(name: str, taken: Callable[[str], bool]) -> str:
    """The code `next_free_code()` would give now, taking nothing (for a form's placeholder)."""
    prefix, number, width = peek(name)
    while taken(format_code(prefix, number, width)):
        number += 1
    return format_code(prefix, number, width)
