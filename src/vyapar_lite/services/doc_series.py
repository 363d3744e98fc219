"""Document numbers: one series per kind of document per financial year (`INV/2026-27/0001`).

A year's series row (`sequence.name` like `invoice/2026-27`) is made the first time a document of
that kind is numbered in that year, inside the document's own transaction, so a rolled-back
document gives its number (and a new year's row) back.

Every posting numbers its document here, so this is also where a document dated in a closed
period (`closed_books`) is refused, whichever service posts it.
"""

from __future__ import annotations

from datetime import date

import peewee as pw

from vyapar_lite.db.models import Sequence
from vyapar_lite.domain.invoice import document_number, financial_year
from vyapar_lite.services import closed_books, sequences

PREFIXES = {
    "invoice": "INV",
    "credit_note": "CN",
    "debit_note": "DN",
    "debit_memo": "DM",  # non-GST: a bounced cheque's bank charge (`non_gst`)
    "financial_note": "FCN",  # non-GST: a financial credit note (`non_gst`)
    "order": "SO",
    "receipt": "RCT",
    "write_off": "WO",
    "payment_out": "PAY",
    "purchase_bill": "PB",
    "contra": "CON",
}
WIDTH = 4


def series_name(kind: str, on: date) -> str:
    """`invoice/2026-27`."""
    return f"{kind}/{financial_year(on)}"


def take(kind: str, on: date) -> tuple[str, str]:
    """(number, financial year) for a new document dated `on`. Call inside its transaction.

    Raises ValidationError when `on` is in the closed period (`closed_books`)."""
    closed_books.check_open(on, kind)
    name = series_name(kind, on)
    try:
        prefix, number, width = sequences.next_number(name)
    except pw.DoesNotExist:  # the first of its kind this year
        Sequence.create(name=name, prefix=PREFIXES[kind], next_number=1, width=WIDTH)
        prefix, number, width = sequences.next_number(name)
    year = financial_year(on)
    return document_number(prefix, year, number, width), year


def preview(kind: str, on: date) -> str:
    """The number a document of `kind` dated `on` would get now (takes nothing)."""
    if kind not in PREFIXES:
        raise ValueError(f"unknown kind of document {kind!r}")
    row = Sequence.get_or_none(Sequence.name == series_name(kind, on))
    if row is None:
        return document_number(PREFIXES[kind], financial_year(on), 1, WIDTH)
    return document_number(row.prefix, financial_year(on), row.next_number, row.width)
