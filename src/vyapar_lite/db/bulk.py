"""Bulk inserts for imports: one prepared INSERT run with `executemany`.

peewee's `insert_many` builds the SQL text for every row again, which costs more than SQLite's
work (see TOOLING.md: 42-50 s against about 10 s for a million rows). `insert_rows` writes what
`Model.create()` would write: each value goes through its field's `db_value`, and fields left out
take the model's defaults. Call it inside the caller's transaction.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from typing import Any

import peewee as pw

from vyapar_lite.db.connection import database, refused_write


def insert_rows(model: type[pw.Model], rows: Iterable[Mapping[str, Any]]) -> int:
    """Insert `rows` (dicts keyed by field name, all with the same keys); returns how many.
    `rows` may be a generator: each row is made, converted and written in turn, so a big
    import never holds all of them."""
    it = iter(rows)
    first = next(it, None)
    if first is None:
        return 0
    meta: Any = model._meta
    names = list(first)
    given = [meta.fields[name] for name in names]
    missing = [(f, default) for f, default in meta.defaults.items() if f.name not in names]
    getters = [
        (name, field.db_value, _plain_types(field))
        for name, field in zip(names, given, strict=True)
    ]
    constant = tuple(field.db_value(default) for field, default in missing if not callable(default))
    called = [(field.db_value, default) for field, default in missing if callable(default)]
    at_end = [field for field, default in missing if not callable(default)]
    columns = (
        [field.column_name for field in given]
        + [field.column_name for field, default in missing if callable(default)]
        + [field.column_name for field in at_end]
    )
    sql = 'INSERT INTO "{}" ({}) VALUES ({})'.format(
        meta.table_name,
        ", ".join(f'"{column}"' for column in columns),
        ", ".join("?" for _ in columns),
    )

    def values(row: Mapping[str, Any]) -> tuple[Any, ...]:
        out = []
        for name, convert, plain in getters:
            value = row[name]
            # what db_value would return unchanged is passed as it is (most values)
            out.append(value if value is None or type(value) in plain else convert(value))
        out.extend(convert(default()) for convert, default in called)
        return (*out, *constant)

    count = 0

    def counted() -> Iterator[tuple[Any, ...]]:
        nonlocal count
        for row in itertools.chain((first,), it):
            count += 1
            yield values(row)

    try:
        database.cursor().executemany(sql, counted())
    except sqlite3.OperationalError as exc:
        refused = refused_write(exc)
        if refused is None:
            raise
        raise refused from exc
    return count


def _plain_types(field: pw.Field) -> tuple[type, ...]:
    """The value types `field.db_value` returns unchanged (exact types: a bool is not an int)."""
    if isinstance(field, pw.ForeignKeyField):
        field = field.rel_field
    if isinstance(field, pw.IntegerField):
        return (int,)
    if isinstance(field, pw.CharField | pw.TextField):
        return (str,)
    if isinstance(field, pw.DateTimeField):
        return (datetime,)
    if isinstance(field, pw.DateField):
        return (date,)
    return ()


def insert_tuples(
    model: type[pw.Model], names: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """Insert `rows` of values already as SQLite stores them (int, str, None, date, datetime),
    in the order of the field `names`; fields left out take the model's defaults. For the
    biggest bulk writes (an import's ledger and audit rows), where `insert_rows`' dict per row
    and per-value check cost more than SQLite's work. Returns how many rows."""
    meta: Any = model._meta
    given = [meta.fields[name] for name in names]
    missing = [(f, default) for f, default in meta.defaults.items() if f.name not in names]
    called = [(field.db_value, default) for field, default in missing if callable(default)]
    constant = tuple(field.db_value(default) for field, default in missing if not callable(default))
    columns = (
        [field.column_name for field in given]
        + [field.column_name for field, default in missing if callable(default)]
        + [field.column_name for field, default in missing if not callable(default)]
    )
    sql = 'INSERT INTO "{}" ({}) VALUES ({})'.format(
        meta.table_name,
        ", ".join(f'"{column}"' for column in columns),
        ", ".join("?" for _ in columns),
    )
    count = 0

    def values() -> Iterator[tuple[Any, ...]]:
        nonlocal count
        for row in rows:
            count += 1
            yield (*row, *(convert(default()) for convert, default in called), *constant)

    try:
        database.cursor().executemany(sql, values())
    except sqlite3.OperationalError as exc:
        refused = refused_write(exc)
        if refused is None:
            raise
        raise refused from exc
    return count
