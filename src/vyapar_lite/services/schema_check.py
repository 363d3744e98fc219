"""Nothing foreign in the schema: the file's tables, indexes, triggers and views are exactly what
the migrations make for its data version.

A trigger added behind the app's back can switch auditing off unseen (`BEFORE INSERT ON
audit_entry ... SELECT RAISE(IGNORE)` drops every audit row silently), an index can be dropped or
a table changed. The expected schema is made fresh for each check by running the migrations up
to the file's version on an empty in-memory database (once per version and process), so the
fingerprint of every data version follows the migrations themselves and a new migration needs no
list kept by hand.

On a PostgreSQL server the same comparison reads the server's catalogue
(`db/server_schema.py`), and the expected schema is made on that server: the migrations run into
a scratch schema in a transaction that is rolled back (once per version and process). There is
no file to `quick_check` there; instead the database must still be marked as a shop's
(`server.is_marked`) and not be of a newer version than this program's migrations.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType

import peewee

from vyapar_lite.db import database, migrations, server, server_schema, sqlite_features
from vyapar_lite.db.dialect import is_server

Objects = Mapping[tuple[str, str], str]


def expected_schema(version: int) -> dict[tuple[str, str], str]:
    """What the migrations make up to `version`: (type, name) -> SQL (a copy to keep)."""
    return dict(_made_by_migrations(version))


@functools.lru_cache(maxsize=4)
def _made_by_migrations(version: int) -> Objects:
    """Worked out once per version and process: the migrations are constants of the program, and
    running them all on an empty database is most of what a `check` of a small shop costs."""
    memory = peewee.SqliteDatabase(":memory:")
    memory.connect()
    try:
        migrations.migrate(memory, target=version)
        return MappingProxyType(sqlite_features.schema_objects(memory))
    finally:
        memory.close()


@functools.lru_cache(maxsize=4)
def _made_on_server(server_version: int, version: int) -> Objects:
    """Per server release (its words for the same objects may change) and data version."""
    del server_version  # the cache's key only
    made = server_schema.made_by_migrations(database, migrations.migrate, version)
    return MappingProxyType(made)


def problems() -> list[str]:
    """`check`'s lines: each object added, missing or changed, by name."""
    version = migrations.current_version(database)
    if not is_server(database):
        return _compared(
            version, expected_schema(version), sqlite_features.schema_objects(database)
        )
    found = []
    if not server.is_marked(database):
        found.append("schema: this database is not marked as a Vyapar Lite shop's")
    if version > migrations.LATEST:
        found.append(
            f"schema: data version {version} is newer than this program's "
            f"({migrations.LATEST}); use the newer Vyapar Lite on every counter"
        )
        return found
    release = int(database.execute_sql("SHOW server_version_num").fetchone()[0])
    try:
        expected = _made_on_server(release, version)
    except peewee.DatabaseError as exc:  # e.g. a user without CREATE on the database
        reason = " ".join(str(exc).split())[:200]
        return [
            *found,
            "schema: not compared: the expected schema could not be made in a scratch schema "
            f"on this server ({reason}); run `check` as the shop's owner",
        ]
    return found + _compared(version, expected, server_schema.schema_objects(database))


def _compared(version: int, expected: Objects, actual: Objects) -> list[str]:
    found = []
    for kind, name in sorted(set(actual) - set(expected)):
        found.append(
            f"schema: a {kind} '{name}' that Vyapar Lite never made (data version {version}): "
            f"it was added outside the app ({actual[kind, name][:120]})"
        )
    for kind, name in sorted(set(expected) - set(actual)):
        found.append(f"schema: the {kind} '{name}' is missing: it was dropped outside the app")
    for key in sorted(set(expected) & set(actual)):
        if expected[key] != actual[key]:
            found.append(
                f"schema: the {key[0]} '{key[1]}' differs from what data version {version} "
                "makes: it was changed outside the app"
            )
    return found
