"""Number series: customer codes, and later invoice, receipt and order numbers.

Numbers are taken inside the caller's transaction, so a rolled-back document gives its number back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import peewee

from vyapar_lite.db import database
from vyapar_lite.db.models import Sequence
from vyapar_lite.domain.customer import format_code

# `Sequence.update(next_number=+1).where(name).returning(...)`, as text once (portable SQL:
# both stores have RETURNING): every posting runs it, and peewee built it anew each time
_TAKE_NEXT = (
    'UPDATE "sequence" SET "next_number" = "next_number" + 1 WHERE "name" = ? '
    'RETURNING "prefix", "next_number", "width", "year_form"'
)


def next_number(name: str) -> tuple[str, int, int]:
    """Take the next number of series `name`: (prefix, number, width). Call inside a transaction."""
    taken = take_next(name)
    if taken is None:
        raise peewee.DoesNotExist(f"no number series {name!r}")
    prefix, number, width, _year_form = taken
    return prefix, number, width


def take_next(name: str) -> tuple[str, int, int, str] | None:
    """Take the next number of series `name`: (prefix, number, width, year form), or None when
    there is no such series. Call inside a transaction.

    One statement: the series row is moved on and read back as it was, so on a server it is
    locked (as an UPDATE locks its row) from here until the transaction ends: the next counter
    waits, then reads the number this one left (`db/locks.py`)."""
    return take_next_many([name])[0]


def take_next_many(names: list[str]) -> list[tuple[str, int, int, str] | None]:
    """`take_next` of each series in `names`, in that order (the order their rows are locked
    in), their statements all sent before any answer is read: on a server in a posting's
    pipeline (`sqlite_features.batched`) that is one round trip for them all."""
    if not database.in_transaction():
        raise RuntimeError("sequences.next_number() must run inside the document's transaction")
    sent = [database.execute_sql(_TAKE_NEXT, (name,)) for name in names]  # text built once
    return [_taken(cursor.fetchall()) for cursor in sent]


def _taken(found: list[Any]) -> tuple[str, int, int, str] | None:
    if not found:
        return None
    prefix, after, width, year_form = found[0]
    return str(prefix), int(after) - 1, int(width), str(year_form)


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
