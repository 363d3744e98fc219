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

from functools import lru_cache
from typing import Any, TypeVar

import peewee as pw

from vyapar_lite.db.connection import database
from vyapar_lite.db.dialect import is_server

M = TypeVar("M", bound=pw.Model)


@lru_cache(maxsize=128)
def _select(
    model: type[pw.Model], field_name: str, for_update: bool, server: bool
) -> tuple[str, tuple[tuple[str, Any], ...], Any]:
    """(SQL, (column name, python_value) per column, the key's db_value) for `row_where`."""
    meta: Any = model._meta
    fields = list(meta.sorted_fields)
    key = meta.fields[field_name]
    columns = ", ".join(f'"{field.column_name}"' for field in fields)
    sql = f'SELECT {columns} FROM "{meta.table_name}" WHERE "{key.column_name}" = ? LIMIT 1'
    if for_update and server:
        sql += " FOR UPDATE"
    made = tuple((field.column_name, field.python_value) for field in fields)
    return sql, made, key.db_value


def row_where(model: type[M], field_name: str, value: Any, *, for_update: bool = False) -> M | None:
    """`model.get_or_none(getattr(model, field_name) == value)`, the row locked until the
    transaction ends when `for_update` (on a server), its statement built once."""
    sql, columns, db_value = _select(model, field_name, for_update, is_server(database))
    row = database.execute_sql(sql, (db_value(value),)).fetchone()
    if row is None:
        return None
    made = model(
        __no_default__=1,
        **{name: convert(v) for (name, convert), v in zip(columns, row, strict=True)},
    )
    made._dirty.clear()  # type: ignore[attr-defined]
    return made
