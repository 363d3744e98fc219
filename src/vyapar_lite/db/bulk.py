"""Bulk inserts for imports: one prepared INSERT run with `executemany`; a posting's own inserts.

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
from functools import lru_cache
from typing import Any, TypeVar

import peewee as pw

from vyapar_lite.db.connection import database, refused_write
from vyapar_lite.db.dialect import is_server

M = TypeVar("M", bound=pw.Model)


def insert_rows(model: type[pw.Model], rows: Iterable[Mapping[str, Any]]) -> int:
    """Insert `rows` (dicts keyed by field name, all with the same keys); returns how many.
    `rows` may be a generator: each row is made, converted and written in turn, so a big
    import never holds all of them."""
    it = iter(rows)
    first = next(it, None)
    if first is None:
        return 0
    plan = _plan(model, tuple(first))
    count = 0

    def counted() -> Iterator[tuple[Any, ...]]:
        nonlocal count
        for row in itertools.chain((first,), it):
            count += 1
            yield plan.values(row)

    try:
        database.cursor().executemany(plan.sql, counted())
    except sqlite3.OperationalError as exc:
        refused = refused_write(exc)
        if refused is None:
            raise
        raise refused from exc
    return count


def insert_row(model: type[pw.Model], row: Mapping[str, Any]) -> int:
    """Insert one row (a dict keyed by field name) as `Model.insert(**row).execute()` would, and
    return its id (`model`'s primary key is its `id`, an AutoField); the statement's text is
    built once per model and set of fields (a posting's hot inserts: peewee builds it again each
    time, 0.2-0.8 ms of a counter's CPU each, issue 18), and on a server the id comes back with
    it (`RETURNING`). `add_row` is the same for a table keyed otherwise."""
    plan = _plan(model, tuple(row))
    if is_server(database):
        cursor = database.execute_sql(plan.sql + ' RETURNING "id"', plan.values(row))
        return int(cursor.fetchone()[0])
    return int(database.execute_sql(plan.sql, plan.values(row)).lastrowid)


def add_row(model: type[pw.Model], row: Mapping[str, Any]) -> None:
    """`insert_row` for a table without an `id` of its own (`document_party`)."""
    plan = _plan(model, tuple(row))
    database.execute_sql(plan.sql, plan.values(row))


def create(model: type[M], **values: Any) -> M:
    """`model.create(**values)` (the row in memory, as peewee's own, with its new id) through
    `insert_row`'s statement built once."""
    made = model(**values)
    made.id = insert_row(model, values)  # type: ignore[attr-defined]
    return made


class _Plan:
    """An INSERT of `model`'s `names` and the defaults of its other fields: the statement and
    how a row's values become its parameters (each through its field's `db_value`)."""

    def __init__(self, model: type[pw.Model], names: tuple[str, ...]) -> None:
        meta: Any = model._meta
        given = [meta.fields[name] for name in names]
        missing = [(f, default) for f, default in meta.defaults.items() if f.name not in names]
        self.getters = [
            (name, field.db_value, _plain_types(field))
            for name, field in zip(names, given, strict=True)
        ]
        self.constant = tuple(
            field.db_value(default) for field, default in missing if not callable(default)
        )
        self.called = [(field.db_value, default) for field, default in missing if callable(default)]
        at_end = [field for field, default in missing if not callable(default)]
        columns = (
            [field.column_name for field in given]
            + [field.column_name for field, default in missing if callable(default)]
            + [field.column_name for field in at_end]
        )
        self.sql = 'INSERT INTO "{}" ({}) VALUES ({})'.format(
            meta.table_name,
            ", ".join(f'"{column}"' for column in columns),
            ", ".join("?" for _ in columns),
        )

    def values(self, row: Mapping[str, Any]) -> tuple[Any, ...]:
        out = []
        for name, convert, plain in self.getters:
            value = row[name]
            # what db_value would return unchanged is passed as it is (most values)
            out.append(value if value is None or type(value) in plain else convert(value))
        out.extend(convert(default()) for convert, default in self.called)
        return (*out, *self.constant)


@lru_cache(maxsize=256)
def _plan(model: type[pw.Model], names: tuple[str, ...]) -> _Plan:
    return _Plan(model, names)


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
