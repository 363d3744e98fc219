"""Nothing foreign in the schema: the file's tables, indexes, triggers and views are exactly what
the migrations make for its data version.

A trigger added behind the app's back can switch auditing off unseen (`BEFORE INSERT ON
audit_entry ... SELECT RAISE(IGNORE)` drops every audit row silently), an index can be dropped or
a table changed. The expected schema is made fresh for each check by running the migrations up
to the file's version on an empty in-memory database (once per version and process), so the
fingerprint of every data version follows the migrations themselves and a new migration needs no
list kept by hand.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType

import peewee

from vyapar_lite.db import database, migrations, sqlite_features
from vyapar_lite.db.dialect import is_server


def expected_schema(version: int) -> dict[tuple[str, str], str]:
    """What the migrations make up to `version`: (type, name) -> SQL (a copy to keep)."""
    return dict(_made_by_migrations(version))


@functools.lru_cache(maxsize=4)
def _made_by_migrations(version: int) -> Mapping[tuple[str, str], str]:
    """Worked out once per version and process: the migrations are constants of the program, and
    running them all on an empty database is most of what a `check` of a small shop costs."""
    memory = peewee.SqliteDatabase(":memory:")
    memory.connect()
    try:
        migrations.migrate(memory, target=version)
        return MappingProxyType(sqlite_features.schema_objects(memory))
    finally:
        memory.close()


def problems() -> list[str]:
    """`check`'s lines: each object added, missing or changed, by name."""
    if is_server(database):
        return []  # a server's schema is not compared yet (SQLite's text is what is compared)
    version = migrations.current_version(database)
    expected = expected_schema(version)
    actual = sqlite_features.schema_objects(database)
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
