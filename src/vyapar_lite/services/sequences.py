"""Number series: customer codes, and later invoice, receipt and order numbers.

Numbers are taken inside the caller's transaction, so a rolled-back document gives its number back.
"""

from __future__ import annotations

from vyapar_lite.db import database
from vyapar_lite.db.models import Sequence


def next_number(name: str) -> tuple[str, int, int]:
    """Take the next number of series `name`: (prefix, number, width). Call inside a transaction."""
    if not database.in_transaction():
        raise RuntimeError("sequences.next_number() must run inside the document's transaction")
    seq = Sequence.get(Sequence.name == name)
    Sequence.update(next_number=Sequence.next_number + 1).where(Sequence.name == name).execute()
    return seq.prefix, seq.next_number, seq.width


def peek(name: str) -> tuple[str, int, int]:
    """The number the series would give next, without taking it (for a form's placeholder)."""
    seq = Sequence.get(Sequence.name == name)
    return seq.prefix, seq.next_number, seq.width
