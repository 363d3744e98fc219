"""A posting's hot reads, their SQL text built once (issue 18: several counters on a server).

peewee builds a query's SQL text anew every time it runs: for a model's whole row that is
0.2-0.6 ms of Python, and a posting reads the customer, the shop profile and its money account
this way on every post; on a server, where the statements themselves cost the counter little,
building them was the biggest part of a counter's CPU per post. `row_where` is
`Model.get_or_none(Model.field == value)` (optionally `FOR UPDATE` on a server, as
`locks.for_update`) with the text built once per model, field and store, and the row made into
the model object exactly as peewee's own cursor wrapper makes it (each column through its
field's `python_value`, nothing left dirty). Portable SQL: `?` placeholders
(`dialect.placeholders` on a server), `FOR UPDATE` only on a server (SQLite's write lock
already covers the row).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any, TypeVar

import peewee as pw

from vyapar_lite.db.connection import database
from vyapar_lite.db.dialect import is_server

M = TypeVar("M", bound=pw.Model)


@lru_cache(maxsize=256)
def _select(
    model: type[pw.Model], field_name: str, count: int, for_update: bool, server: bool
) -> tuple[str, tuple[tuple[str, Any], ...], Any]:
    """(SQL, (column name, python_value) per column, the key's db_value): `model`'s whole rows
    whose `field_name` is one of `count` values (0: exactly one value, the first row only)."""
    meta: Any = model._meta
    fields = list(meta.sorted_fields)
    key = meta.fields[field_name]
    columns = ", ".join(f'"{field.column_name}"' for field in fields)
    where = f'"{key.column_name}" = ? LIMIT 1' if count == 0 else _in(key.column_name, count)
    sql = f'SELECT {columns} FROM "{meta.table_name}" WHERE {where}'
    if for_update and server:
        sql += " FOR UPDATE"
    made = tuple((field.column_name, field.python_value) for field in fields)
    return sql, made, key.db_value


def _in(column: str, count: int) -> str:
    return f'"{column}" IN ({", ".join("?" * count)})'


def _made(model: type[M], columns: tuple[tuple[str, Any], ...], row: Any) -> M:
    """The row as peewee's own cursor wrapper makes a model object of it."""
    made = model(
        __no_default__=1,
        **{name: convert(v) for (name, convert), v in zip(columns, row, strict=True)},
    )
    made._dirty.clear()  # type: ignore[attr-defined]
    return made


def row_where(model: type[M], field_name: str, value: Any, *, for_update: bool = False) -> M | None:
    """`model.get_or_none(getattr(model, field_name) == value)`, the row locked until the
    transaction ends when `for_update` (on a server), its statement built once."""
    sql, columns, db_value = _select(model, field_name, 0, for_update, is_server(database))
    row = database.execute_sql(sql, (db_value(value),)).fetchone()
    return None if row is None else _made(model, columns, row)


def rows_where_in(model: type[M], field_name: str, values: Sequence[Any]) -> list[M]:
    """`list(model.select().where(getattr(model, field_name).in_(values)))`, its statement
    built once per number of values ([] for none)."""
    if not values:
        return []
    sql, columns, db_value = _select(model, field_name, len(values), False, is_server(database))
    rows = database.execute_sql(sql, [db_value(v) for v in values]).fetchall()
    return [_made(model, columns, row) for row in rows]


@lru_cache(maxsize=64)
def _pairs(model: type[pw.Model], key_name: str, value_name: str, count: int) -> str:
    meta: Any = model._meta
    key, value = meta.fields[key_name], meta.fields[value_name]
    where = _in(key.column_name, count)
    return (
        f'SELECT "{key.column_name}", "{value.column_name}" FROM "{meta.table_name}" WHERE {where}'
    )


def pairs_in(
    model: type[pw.Model], key_name: str, value_name: str, keys: Sequence[str]
) -> dict[str, str]:
    """{key: value as text} of `model`'s rows whose `key_name` is one of `keys` (the settings
    a posting reads: `Setting.select(key, value).where(key.in_(keys))`), built once."""
    if not keys:
        return {}
    sql = _pairs(model, key_name, value_name, len(keys))
    return {str(k): str(v) for k, v in database.execute_sql(sql, list(keys)).fetchall()}
