"""Document numbers: one series per kind of document per financial year (`INV/26-27/00001`).

A year's series row (`sequence.name` like `invoice/2026-27`) is made the first time a document of
that kind is numbered in that year, inside the document's own transaction, so a rolled-back
document gives its number (and a new year's row) back. The row keeps the prefix it started with
(Settings › Sales, `numbering_settings`) and its year form, so a prefix changed later applies from
the next series on and no issued number changes. Numbers never exceed 16 characters (Rule 46(b)
CGST Rules; `domain.doc_numbers`).

Every posting numbers its document here, so this is also where a document dated in a closed
period (`closed_books`) is refused, whichever service posts it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from vyapar_lite.db.models import Sequence
from vyapar_lite.domain import doc_numbers
from vyapar_lite.domain.invoice import financial_year
from vyapar_lite.services import closed_books, numbering_settings, sequences

PREFIXES = numbering_settings.DEFAULT_PREFIXES
WIDTH = doc_numbers.WIDTH


def series_name(kind: str, on: date) -> str:
    """`invoice/2026-27`."""
    return f"{kind}/{financial_year(on)}"


def _year_form(row: Sequence) -> doc_numbers.YearForm:
    return "long" if row.year_form == "long" else "short"


def take(kind: str, on: date, *, checked: bool = False) -> tuple[str, str]:
    """(number, financial year) for a new document dated `on`. Call inside its transaction.

    Raises ValidationError when `on` is in the closed period (`closed_books`), unless the
    caller has `checked` it already in this transaction (a posting checks before the series
    row's lock, so that lock is held for less: issue 18; the closed period changes only under
    the writers' turn taken exclusive, `db/locks.py`, so it stays as checked)."""
    if not checked:
        closed_books.check_open(on, kind)
    return take_many([kind], on)[0], financial_year(on)


def take_many(kinds: list[str], on: date) -> list[str]:
    """The numbers of new documents of `kinds` dated `on` (an invoice and the receipt of what
    was paid with it), taken in that order (invoice before receipt: `db/locks.py`), all asked
    for at once (one round trip on a server, `sequences.take_next_many`). Call inside their
    transaction, the closed period checked (`take`'s `checked`)."""
    names = [series_name(kind, on) for kind in kinds]
    year = financial_year(on)
    numbers = []
    for kind, name, found in zip(kinds, names, sequences.take_next_many(names), strict=True):
        taken = found
        if taken is None:  # the first of its kind this year; another counter may be making it
            # too: the server then waits for its commit and this insert does nothing (a later
            # kind's row is locked already then: two counters meeting so the other way round
            # are a deadlock the server breaks, and the posting runs again, `db/locks.py`)
            Sequence.insert(
                name=name,
                prefix=numbering_settings.prefix(kind),
                next_number=1,
                width=WIDTH,
                year_form="short",
            ).on_conflict_ignore().execute()
            taken = sequences.take_next(name)
            assert taken is not None, name
        prefix, number, width, year_form = taken
        form: doc_numbers.YearForm = "long" if year_form == "long" else "short"
        numbers.append(doc_numbers.fitting_number(prefix, year, number, width, form))
    return numbers


def preview(kind: str, on: date) -> str:
    """The number a document of `kind` dated `on` would get now (takes nothing)."""
    if kind not in PREFIXES:
        raise ValueError(f"unknown kind of document {kind!r}")
    year = financial_year(on)
    row = Sequence.get_or_none(Sequence.name == series_name(kind, on))
    if row is None:
        return doc_numbers.document_number(numbering_settings.prefix(kind), year, 1)
    try:
        return doc_numbers.fitting_number(
            row.prefix, year, row.next_number, row.width, _year_form(row)
        )
    except ValueError:
        return ""


def started(kind: str, on: date) -> bool:
    """Whether the series of `kind` for `on`'s financial year has already given a number."""
    return Sequence.get_or_none(Sequence.name == series_name(kind, on)) is not None


def kind_of_number(number: str) -> str:
    """The kind of document a number belongs to, by its prefix: any prefix a series of that kind
    has used (every year's series keeps its own), else the one set for new series; "" if none."""
    prefix = number.strip().upper().split("/")[0]
    query: Any = Sequence.select(Sequence.name).where(Sequence.prefix == prefix)
    for (name,) in query.tuples():
        kind = str(name).split("/")[0]
        if kind in PREFIXES:
            return kind
    for kind in PREFIXES:
        if numbering_settings.prefix(kind) == prefix:
            return kind
    return ""
