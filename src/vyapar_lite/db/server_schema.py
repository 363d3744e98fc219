"""What a shop's schema on a PostgreSQL server holds, read from its catalogue, for `check`'s
"nothing foreign in the schema" (services/schema_check.py; SQLite's `sqlite_master` is
`sqlite_features.schema_objects`).

Every object in the shop's schema (`current_schema()`) that the app could have made or a
stranger could add: tables and views, each column (type, collation, NULL, default, identity),
indexes, constraints (keys, checks, references), triggers, functions and collations, as
(kind, name) -> its definition, as the server itself writes it back (`pg_get_indexdef`,
`pg_get_constraintdef`, `pg_get_triggerdef`...), with the schema's name taken out so that two
schemas made by the same migrations compare equal. Objects of an installed extension are its
own, not the shop's, and left out.

The expected schema is made on the same server, so it is written back in that server's own words:
the migrations up to the shop's version run into a scratch schema inside one transaction that
is then rolled back (PostgreSQL's DDL is transactional: nothing of it is ever seen or kept).
"""

from __future__ import annotations

from typing import Any

import peewee

SCRATCH = "vyapar_expected_schema"

# (kind, name, definition) rows; every query reads the schema `current_schema()` names
_QUERIES = (
    """SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'view' ELSE 'table' END,
              c.relname,
              CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) ELSE '' END
         FROM pg_class c
        WHERE c.relnamespace = current_schema()::regnamespace
          AND c.relkind IN ('r', 'p', 'v', 'm', 'f')""",
    """SELECT 'column', table_name || '.' || column_name,
              concat_ws(' ', data_type, collation_name,
                        CASE WHEN is_nullable = 'NO' THEN 'NOT NULL' END,
                        'DEFAULT ' || column_default,
                        CASE WHEN is_identity = 'YES' THEN 'IDENTITY ' || identity_generation END)
         FROM information_schema.columns
        WHERE table_schema = current_schema()""",
    """SELECT 'index', c.relname, pg_get_indexdef(c.oid)
         FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
        WHERE c.relnamespace = current_schema()::regnamespace""",
    """SELECT 'constraint', r.relname || '.' || k.conname, pg_get_constraintdef(k.oid)
         FROM pg_constraint k JOIN pg_class r ON r.oid = k.conrelid
        WHERE k.connamespace = current_schema()::regnamespace""",
    """SELECT 'trigger', r.relname || '.' || t.tgname, pg_get_triggerdef(t.oid)
         FROM pg_trigger t JOIN pg_class r ON r.oid = t.tgrelid
        WHERE NOT t.tgisinternal AND r.relnamespace = current_schema()::regnamespace""",
    """SELECT 'function', p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
              pg_get_functiondef(p.oid)
         FROM pg_proc p
        WHERE p.pronamespace = current_schema()::regnamespace
          AND NOT EXISTS (SELECT 1 FROM pg_depend d
                           WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                             AND d.deptype = 'e')""",
    """SELECT 'collation', collname, concat_ws(' ', collprovider, collcollate, collctype)
         FROM pg_collation
        WHERE collnamespace = current_schema()::regnamespace""",
)


def schema_objects(db: peewee.Database) -> dict[tuple[str, str], str]:
    """Every object of the shop's schema: (kind, name) -> its definition, white space folded
    and the schema's own name taken out."""
    schema = str(db.execute_sql("SELECT current_schema()").fetchone()[0])
    objects: dict[tuple[str, str], str] = {}
    for query in _QUERIES:
        for kind, name, definition in db.execute_sql(query).fetchall():
            text = " ".join(str(definition or "").split())
            objects[str(kind), str(name)] = text.replace(f"{schema}.", "")
    return objects


class _Undo(Exception):
    """Raised to roll the scratch schema back."""


def made_by_migrations(
    db: peewee.Database, migrate: Any, version: int
) -> dict[tuple[str, str], str]:
    """What `migrate(db, target=version)` makes on this server, read back and then rolled
    back: nothing of it is kept. The transaction takes the writers' turn and the migration lock
    (the migrations' own), so other counters wait for it (well under a second)."""
    made: dict[tuple[str, str], str] = {}
    try:
        with db.atomic():
            db.execute_sql(f"CREATE SCHEMA {SCRATCH}")
            db.execute_sql(f"SET LOCAL search_path TO {SCRATCH}")
            migrate(db, target=version)
            made = schema_objects(db)
            raise _Undo
    except _Undo:
        pass
    return made
