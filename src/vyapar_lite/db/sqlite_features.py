"""SQLite-only features, kept behind small functions so a PostgreSQL port replaces just these."""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import peewee

from vyapar_lite.db import server_features
from vyapar_lite.db.dialect import is_server

APPLICATION_ID = 0x56594C54  # "VYLT": marks the file as a Vyapar Lite shop in the SQLite header


def mark_as_shop_file(db: peewee.Database) -> None:
    if not is_server(db):
        db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def application_id(db: peewee.Database) -> int:
    if is_server(db):
        return APPLICATION_ID  # a server database is checked as ours by `server.is_marked`
    return int(db.execute_sql("PRAGMA application_id").fetchone()[0])


def quick_check(db: peewee.Database) -> list[str]:
    """`['ok']` for a sound file, otherwise SQLite's list of problems. On a server: ['ok'] once
    connected (the server checks its own pages; `server.py` says what opening checks there)."""
    if is_server(db):
        return ["ok"]
    return [str(row[0]) for row in db.execute_sql("PRAGMA quick_check").fetchall()]


def integrity_check(db: peewee.Database) -> list[str]:
    """The full (slow) check: also compares every index with its table (a server: as
    `quick_check`)."""
    if is_server(db):
        return ["ok"]
    return [str(row[0]) for row in db.execute_sql("PRAGMA integrity_check").fetchall()]


def foreign_key_problems(db: peewee.Database) -> list[tuple[str, int, str]]:
    """(table, rowid, referenced table) for every row whose reference is broken (none on a
    server, which refuses a broken reference when it is written)."""
    if is_server(db):
        return []
    return [
        (str(r[0]), int(r[1]), str(r[2]))
        for r in db.execute_sql("PRAGMA foreign_key_check").fetchall()
    ]


# Customer search: an FTS5 index over the columns the customer list searches, kept in step with the
# `customer` table by triggers (external content: the text is stored once, in `customer`). Hyphens,
# slashes and underscores are part of a word so a hand-typed code like WS/001 stays one token; the
# prefix indexes make 2- and 3-character search-as-you-type prefixes cheap.
CUSTOMER_SEARCH_COLUMNS = ("code", "name", "phone", "alt_phone", "gstin", "city")


def create_customer_search(db: peewee.Database) -> None:
    """Create the customer search index and its triggers, and index the existing customers."""
    if is_server(db):
        server_features.create_customer_search(db)
        return
    columns = ", ".join(CUSTOMER_SEARCH_COLUMNS)
    new = ", ".join(f"new.{c}" for c in CUSTOMER_SEARCH_COLUMNS)
    old = ", ".join(f"old.{c}" for c in CUSTOMER_SEARCH_COLUMNS)
    remove = (
        f"INSERT INTO customer_search (customer_search, rowid, {columns}) "
        f"VALUES ('delete', old.id, {old});"
    )
    add = f"INSERT INTO customer_search (rowid, {columns}) VALUES (new.id, {new});"
    for statement in (
        f"""CREATE VIRTUAL TABLE customer_search USING fts5({columns},
        content='customer', content_rowid='id',
        tokenize="unicode61 tokenchars '-/_'", prefix='2 3')""",
        f"CREATE TRIGGER customer_search_insert AFTER INSERT ON customer BEGIN {add} END",
        f"CREATE TRIGGER customer_search_delete AFTER DELETE ON customer BEGIN {remove} END",
        f"""CREATE TRIGGER customer_search_update AFTER UPDATE OF {columns} ON customer
        BEGIN {remove} {add} END""",
    ):
        db.execute_sql(statement)
    rebuild_customer_search(db)


def rebuild_customer_search(db: peewee.Database) -> None:
    """Re-index every customer (after a bulk load that bypassed the triggers, or a repair)."""
    if is_server(db):
        return  # the server's index is kept in step by the server itself
    db.execute_sql("INSERT INTO customer_search (customer_search) VALUES ('rebuild')")


def match_customer_search(query: Any, customer_id: peewee.Field, words: Sequence[str]) -> Any:
    """`query` narrowed to customers with a word starting with each of `words`.

    Each word is quoted for FTS5 (so `AND`, `*`, `"` or `(` are plain text, never syntax) and
    matched as a prefix in any searched column; every word must match. A join, not `id IN (...)`:
    it skips building a temporary list of ids, about a third faster for short, common prefixes.
    """
    if is_server(customer_id.model._meta.database):
        return server_features.match_customer_search(query, customer_id, words)
    match = " ".join('"' + word.replace('"', '""') + '"*' for word in words)
    search = peewee.Table("customer_search")
    return query.join_from(customer_id.model, search, on=(search.c.rowid == customer_id)).where(
        peewee.SQL("customer_search MATCH ?", [match])
    )


def customer_search_problems(db: peewee.Database) -> list[str]:
    """FTS5's own check that the search index matches the customer table ([] when it does)."""
    if is_server(db):
        return []
    try:
        db.execute_sql(
            "INSERT INTO customer_search (customer_search, rank) VALUES ('integrity-check', 1)"
        )
    except peewee.DatabaseError as exc:
        return [f"the customer search index is out of step with the customers ({exc})"]
    return []


# Backups: SQLite's online backup API copies a consistent snapshot while the shop stays open.
BACKUP_PAGES_PER_STEP = 4096  # 16 MB a step with 4 KB pages: progress about every 10 ms


def backup_to(
    source: Path,
    target: Path,
    progress: Callable[[int, int], None] | None = None,
    *,
    pages_per_step: int | None = None,
) -> dict[str, int]:
    """Copy the shop file `source` into the new file `target` (created owner-only) page by page.

    The copy is read through a connection of its own inside one read transaction, so it is the
    file as it was at one moment even while the app keeps writing (WAL lets writers carry on; the
    backup never restarts). `progress(pages_done, pages_total)` is called after each step. The copy
    is left in rollback-journal mode: one self-contained file. Returns the row count of every table
    in the same snapshot, for checking the copy.
    """
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    reader = sqlite3.connect(
        source.absolute().as_uri() + "?mode=ro", uri=True, timeout=30, isolation_level=None
    )
    try:
        reader.execute("BEGIN")
        counts = table_counts(reader)  # also starts the read transaction: the snapshot
        copy = sqlite3.connect(target, isolation_level=None)
        try:

            def report(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            reader.backup(copy, pages=pages_per_step or BACKUP_PAGES_PER_STEP, progress=report)
            copy.execute("PRAGMA journal_mode = delete")
        finally:
            copy.close()
        reader.execute("COMMIT")
    finally:
        reader.close()
    os.chmod(target, 0o600)
    return counts


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows in each of the file's own tables (search-index internals left out)."""
    names = [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'customer_search%' ORDER BY name"
        )
    ]
    return {
        name: int(conn.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0]) for name in names
    }


CHECK_CACHE_KIB = 256 * 1024
CHECK_MMAP_BYTES = 1 << 30


def rows_in_stored_order(conn: sqlite3.Connection, table: str) -> sqlite3.Cursor:
    """Every row of `table` in the order the file stores them: by rowid, or, for a table made
    WITHOUT ROWID (which has none: migration 30's `kept_item`), by its primary key."""
    made = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    without_rowid = made is not None and "WITHOUT ROWID" in str(made[0]).upper()
    return conn.execute(f'SELECT * FROM "{table}"' + ("" if without_rowid else " ORDER BY rowid"))


def checking_connection(path: Path, *, timeout: int = 5) -> sqlite3.Connection:
    """A connection for `quick_check`/`integrity_check` of `path` that writes nothing.

    SQLite skips CHECK constraints in those checks on a read-only connection (`mode=ro`), so a
    damaged value a constraint forbids would pass there and be found only by `check`. The file is
    therefore opened read-write with `query_only` on (no statement may write); only a file that
    cannot be opened for writing (a backup on read-only media) falls back to `mode=ro`."""
    uri = path.absolute().as_uri()
    try:
        conn = sqlite3.connect(uri + "?mode=rw", uri=True, timeout=timeout)
        conn.execute("PRAGMA query_only = 1")
    except sqlite3.OperationalError:
        conn = sqlite3.connect(uri + "?mode=ro", uri=True, timeout=timeout)
    return conn


def file_problems(path: Path, *, full: bool = True) -> list[str]:
    """The integrity check of a closed file (a backup); [] when it is sound. `full=False` runs
    quick_check: every page and b-tree, without comparing each index with its table (on the 1M-entry
    shop about 0.4 s instead of 5 s). CHECK constraints are verified too (`checking_connection`)."""
    conn = checking_connection(path)
    pragma = "integrity_check" if full else "quick_check"
    try:
        # a big page cache and memory-mapped reads: the full check about 20% faster
        conn.execute(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}")
        conn.execute(f"PRAGMA mmap_size = {CHECK_MMAP_BYTES}")
        problems = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    finally:
        conn.close()
    return [] if problems == ["ok"] else problems


def schema_objects(db: peewee.Database | sqlite3.Connection) -> dict[tuple[str, str], str]:
    """Every table, index, trigger and view the file holds: (type, name) -> its SQL with white
    space folded (SQLite's own objects, `sqlite_*`, left out)."""
    execute = db.execute if isinstance(db, sqlite3.Connection) else db.execute_sql
    rows = execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return {(str(t), str(n)): " ".join(str(sql or "").split()) for t, n, sql in rows}


def allow_value(db: peewee.Database, table: str, column: str, value: str) -> None:
    """Let `table.column`'s `CHECK (column IN (...))` accept one more value, keeping everything
    else about the table as it is now (columns other migrations added, indexes, rows, ids).

    SQLite cannot alter a CHECK constraint, so the table is rebuilt from its own stored
    definition (SQLite's documented procedure): a plain copy of the rows, the table dropped and
    created again with the widened list, the rows put back, its indexes made again. Foreign keys
    into the table are checked at commit (`defer_foreign_keys`), when every row is back. Run
    inside the migration's transaction. (PostgreSQL: ALTER TABLE ... DROP/ADD CONSTRAINT.)"""
    if is_server(db):
        server_features.widen_check(db, table, column, value)
        return
    definition = db.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()[0]
    pattern = re.compile(rf"(CHECK \({re.escape(column)} IN \()([^)]*)(\)\))")
    match = pattern.search(definition)
    if match is None:
        raise ValueError(f"{table}.{column} has no CHECK (... IN (...)) to widen")
    if f"'{value}'" in match.group(2):
        return
    widened = pattern.sub(lambda m: f"{m.group(1)}{m.group(2)}, '{value}'{m.group(3)}", definition)
    indexes = [
        str(row[0])
        for row in db.execute_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL",
            (table,),
        ).fetchall()
    ]
    copy = f"{table}_widening"
    db.execute_sql("PRAGMA defer_foreign_keys = ON")
    db.execute_sql(f'CREATE TEMP TABLE "{copy}" AS SELECT * FROM "{table}"')
    db.execute_sql(f'DROP TABLE "{table}"')
    db.execute_sql(widened)
    db.execute_sql(f'INSERT INTO "{table}" SELECT * FROM temp."{copy}"')
    db.execute_sql(f'DROP TABLE temp."{copy}"')
    for statement in indexes:
        db.execute_sql(statement)


def first_found(db: peewee.Database, sql: str, limit: int) -> str:
    """`sql` (a query of `check` that lists what is wrong) cut to its first `limit` rows. On
    SQLite a plain LIMIT; on a server the query planned for every row
    (`server_features.first_found`)."""
    if is_server(db):
        return server_features.first_found(sql, limit)
    return f"{sql} LIMIT {limit}"


def insert_many(
    db: peewee.Database, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Write `rows` (values in the order of `columns`, as the services pass them: int, str,
    date, None) into `table`, inside the caller's transaction; a refused row raises peewee's
    error (IntegrityError...). On SQLite one prepared INSERT run with `executemany`; on a server
    through COPY (`server_features.copy_rows`), where an INSERT costs a protocol round per row:
    the kept open items of the 200,000-entry shop (about half a million rows) took 16.8 s of
    INSERTs against 3.2 s of COPY."""
    if is_server(db):
        server_features.copy_rows(db, table, columns, rows)
        return
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    with getattr(peewee, "__exception_wrapper__"):  # noqa: B009  (as peewee's errors)
        db.cursor().executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)


BULK_INDEX_MINIMUM = 10_000  # rows: fewer are written quicker with the indexes in place


@contextmanager
def indexes_set_aside(db: peewee.Database, incoming: Mapping[str, int]) -> Iterator[None]:
    """For one bulk write inside the caller's transaction: each table about to receive more
    rows (`incoming`: table -> rows) than it holds, and at least BULK_INDEX_MINIMUM, has its
    indexes dropped, and made again from their own stored SQL when the block ends, so they come
    back exactly as the migrations made them (`check`'s schema fingerprint sees no change). One
    sort per index is much cheaper than keeping seven indexes in step row by row. The UNIQUE
    constraints' own indexes stay (a duplicate is still refused as it is written). When the
    block fails the indexes are not made again: the transaction must then be rolled back, which
    puts them back. On a PostgreSQL server nothing is set aside (its indexes stay as they are;
    this is an SQLite speed-up, read from `sqlite_master`)."""
    from vyapar_lite.db import dialect

    if dialect.is_server(db):
        yield
        return
    kept: list[str] = []
    for table, rows in incoming.items():
        held = int(db.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])
        if rows < BULK_INDEX_MINIMUM or rows <= held:
            continue
        for name, sql in db.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL",
            (table,),
        ).fetchall():
            db.execute_sql(f'DROP INDEX "{name}"')
            kept.append(str(sql))
    yield
    for sql in kept:
        db.execute_sql(sql)


@contextmanager
def batched(db: peewee.Database) -> Iterator[None]:
    """The statements run inside sent to a server without waiting for the answers that are not
    read (`server_features.pipelined`: fewer round trips); on a file, nothing to do (SQLite
    runs in the process, each statement costs no trip)."""
    if not is_server(db):
        yield
        return
    with server_features.pipelined(db):
        yield


@contextmanager
def foreign_keys_unchecked(db: peewee.Database) -> Iterator[None]:
    """Foreign keys not enforced on this connection for the block, which must start outside any
    transaction (SQLite ignores the pragma inside one): for a copy of a whole shop into a NEW
    file in one transaction, whose rows come table by table in any order, and which the caller
    checks itself before it commits (`foreign_key_problems`, part of `check`). With the keys
    enforced (even deferred) SQLite looks for the children of every parent row written while a
    reference is outstanding, a scan per row. On a server: nothing to do."""
    from vyapar_lite.db import dialect

    if dialect.is_server(db):
        yield
        return
    db.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        db.execute_sql("PRAGMA foreign_keys = ON")
