"""Raw-SQL side of the audit hash chain: the chain's tail, its head row, and hashing old rows.

`audit_entry.prev_hash` / `row_hash` chain every row to the one before it (see
`domain.audit_hash`); `audit_chain_head` (one row) holds the last row's id and hash, so that
deleting rows at the end of the log is found too. Migration 6 hashes the rows a file already has.
Rows must only ever be added through `services.audit` (a raw INSERT would break the chain).
"""

from __future__ import annotations

from collections.abc import Iterator

import peewee

from vyapar_lite.domain.audit_hash import (
    FIRST_COLUMNS,
    GENESIS,
    HASHED_COLUMNS,
    Value,
    row_hash,
)


def _row_sql(columns: tuple[str, ...]) -> str:
    return (
        "SELECT "
        + ", ".join(columns)
        + ", prev_hash, row_hash FROM audit_entry WHERE id > ? ORDER BY id LIMIT ?"
    )


def hashed_columns(db: peewee.Database) -> tuple[str, ...]:
    """The hashed columns `db`'s audit table has: with `counter` from migration 26 on (a backup
    or a migration step may meet an older table)."""
    names = {column.name for column in db.get_columns("audit_entry")}
    return HASHED_COLUMNS if "counter" in names else FIRST_COLUMNS


def tail(db: peewee.Database) -> tuple[int, str]:
    """(id, row_hash) of the last audit row; (0, GENESIS) when there is none."""
    row = db.execute_sql("SELECT id, row_hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
    return (0, GENESIS) if row is None else (int(row[0]), str(row[1]))


def head(db: peewee.Database) -> tuple[int, str] | None:
    """What the head row says the last row is; None if the head row is missing."""
    row = db.execute_sql("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1").fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def move_head(db: peewee.Database, last_id: int, last_hash: str) -> None:
    db.execute_sql(
        "INSERT INTO audit_chain_head (id, last_id, last_hash) VALUES (1, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET last_id = excluded.last_id, "
        "last_hash = excluded.last_hash",
        (last_id, last_hash),
    )


def stored_rows(db: peewee.Database, batch: int = 5000) -> Iterator[tuple[Value, ...]]:
    """Every audit row as stored (`hashed_columns(db)`, then prev_hash, row_hash), in id
    order."""
    after = 0
    sql = _row_sql(hashed_columns(db))
    while True:
        rows = db.execute_sql(sql, (after, batch)).fetchall()
        if not rows:
            return
        yield from rows
        after = int(rows[-1][0])


def hash_existing_rows(db: peewee.Database) -> None:
    """Migration 6's step: chain the rows a file already has, in id order, and set the head."""
    prev = GENESIS
    last_id = 0
    updates: list[tuple[str, str, int]] = []
    for row in list(stored_rows(db)):
        values = row[:-2]
        digest = row_hash(prev, values)
        last_id = int(values[0] or 0)
        updates.append((prev, digest, last_id))
        prev = digest
    db.cursor().executemany(
        "UPDATE audit_entry SET prev_hash = ?, row_hash = ? WHERE id = ?", updates
    )
    move_head(db, last_id, prev)


def append_row(db: peewee.Database, values: dict[str, Value]) -> int:
    """Add one audit row from raw SQL (a migration's python step, which may not use
    `services.audit`): `values` has every FIRST_COLUMNS name but `id`, as stored (text, or int
    for the ids); the row is chained after the last one (with no counter: a migration's row)
    and the head moved. Returns its id."""
    last_id, last_hash = tail(db)
    stored = {"id": last_id + 1, **values}
    row = [stored[name] for name in FIRST_COLUMNS]
    digest = row_hash(last_hash, row)
    columns = ", ".join([*FIRST_COLUMNS, "prev_hash", "row_hash"])
    marks = ", ".join("?" * (len(FIRST_COLUMNS) + 2))
    db.execute_sql(
        f"INSERT INTO audit_entry ({columns}) VALUES ({marks})", (*row, last_hash, digest)
    )
    move_head(db, last_id + 1, digest)
    return last_id + 1
