"""Bulk inserts for imports: one prepared INSERT run with `executemany`.

peewee's `insert_many` builds the SQL text for every row again, which costs more than SQLite's
work (see TOOLING.md: 42-50 s against about 10 s for a million rows). `insert_rows` writes what
`Model.create()` would write: each value goes through its field's `db_value`, and fields left out
take the model's defaults. Call it inside the caller's transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

import peewee as pw

from vyapar_lite.db.connection import database, refused_write


def insert_rows(model: type[pw.Model], rows: Sequence[Mapping[str, Any]]) -> int:
    """Insert `rows` (dicts keyed by field name, all with the same keys); returns how many."""
    if not rows:
        return 0
    meta: Any = model._meta
    names = list(rows[0])
    given = [meta.fields[name] for name in names]
    missing = [(f, default) for f, default in meta.defaults.items() if f.name not in names]
    columns = [field.column_name for field in given] + [field.column_name for field, _ in missing]
    sql = 'INSERT INTO "{}" ({}) VALUES ({})'.format(
        meta.table_name,
        ", ".join(f'"{column}"' for column in columns),
        ", ".join("?" for _ in columns),
    )
    converters = [(name, field.db_value) for name, field in zip(names, given, strict=True)]

    def values(row: Mapping[str, Any]) -> tuple[Any, ...]:
        return (
            *(convert(row[name]) for name, convert in converters),
            *(
                field.db_value(default() if callable(default) else default)
                for field, default in missing
            ),
        )

    try:
        database.cursor().executemany(sql, (values(row) for row in rows))
    except sqlite3.OperationalError as exc:
        refused = refused_write(exc)
        if refused is None:
            raise
        raise refused from exc
    return len(rows)
