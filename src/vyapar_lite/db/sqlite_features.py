"""SQLite-only features, kept behind small functions so a PostgreSQL port replaces just these."""

from __future__ import annotations

import peewee

APPLICATION_ID = 0x56594C54  # "VYLT": marks the file as a Vyapar Lite shop in the SQLite header


def mark_as_shop_file(db: peewee.Database) -> None:
    if isinstance(db, peewee.SqliteDatabase):
        db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def application_id(db: peewee.Database) -> int:
    return int(db.execute_sql("PRAGMA application_id").fetchone()[0])


def quick_check(db: peewee.Database) -> list[str]:
    """`['ok']` for a sound file, otherwise SQLite's list of problems."""
    return [str(row[0]) for row in db.execute_sql("PRAGMA quick_check").fetchall()]


def integrity_check(db: peewee.Database) -> list[str]:
    """The full (slow) check: also compares every index with its table."""
    return [str(row[0]) for row in db.execute_sql("PRAGMA integrity_check").fetchall()]


def foreign_key_problems(db: peewee.Database) -> list[tuple[str, int, str]]:
    """(table, rowid, referenced table) for every row whose reference is broken."""
    return [
        (str(r[0]), int(r[1]), str(r[2]))
        for r in db.execute_sql("PRAGMA foreign_key_check").fetchall()
    ]
