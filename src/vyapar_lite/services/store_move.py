"""Moving a shop from its file to a PostgreSQL server and back (`vyapar-lite-cli move-to-server`).

The file is read through a read-only connection of its own, so it is left exactly as it was. On
the server, in ONE transaction: the new shop database's starting rows are cleared, every table
of the file is copied with its ids through PostgreSQL's COPY (the rows read and formatted
ahead by a thread of their own, `store_rows`, each row formatted by psycopg in C; indexes and
foreign keys set aside meanwhile, each table's indexes made again as soon as its rows are in
and each foreign key as soon as both its tables' are, checking every reference at once), each
identity column is set after its highest id, and then the copy is verified before it is
committed: the same row count in every table, every customer's balance equal to the file's,
`check` clean and the audit chain unbroken. Any difference, or a row the server refuses, rolls
all of it back and says what differed.

Back to one PC (`move_to_file`): the server's shop is read through a connection of its own and
copied the same way into a NEW shop file (foreign keys checked at commit), verified the same way
before it is committed; a copy that does not match leaves no file behind.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

import peewee

from vyapar_lite.db import (
    close_data_file,
    database,
    migrations,
    open_data_file,
    server_features,
    sqlite_features,
)
from vyapar_lite.db.store import ServerAddress
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.services import audit_chain, health, store_rows

Progress = Callable[[int, int, str], None]
BATCH = 5000
_BALANCES = "SELECT customer_id, SUM(debit) - SUM(credit) FROM ledger_entry GROUP BY customer_id"


@dataclass(frozen=True)
class Moved:
    tables: int
    rows: int


def move_to_server(source: Path, address: ServerAddress, progress: Progress | None = None) -> Moved:
    """Copy the shop file `source` into the empty shop database at `address` (see above)."""
    reader = _read_only(source)
    try:
        counts = _counts(reader)
        balances = dict(reader.execute(_BALANCES).fetchall())
        open_data_file(address)
        try:
            if database.execute_sql("SELECT COUNT(*) FROM shop").fetchone()[0]:
                raise _refused(f"{address.name} already holds a shop: move into an empty one")
            with database.atomic(), _refused_by_server():
                _copy(reader, source, counts, progress)
                server_features.room_for_checks(database)
                _verify(counts, balances)
        finally:
            close_data_file()
    finally:
        reader.close()
    return Moved(len(counts), sum(counts.values()))


def move_to_file(address: ServerAddress, target: Path) -> Moved:
    """Copy the shop at `address` into the new shop file `target` (see the module docstring)."""
    from vyapar_lite.db import server

    if target.exists() and target.stat().st_size > 0:
        raise _refused(f"{target} already exists: name a new file to move the shop into")
    source = server.new_database(address)
    try:
        source.connect()
        tables = sorted(server.table_names(source))
        counts = {
            t: int(source.execute_sql(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]) for t in tables
        }
        balances = dict(source.execute_sql(_BALANCES).fetchall())
        open_data_file(target)
        try:
            with sqlite_features.foreign_keys_unchecked(database), database.atomic():
                with sqlite_features.indexes_set_aside(database, counts):
                    for table in tables:
                        database.execute_sql(f'DELETE FROM "{table}"')  # the new file's rows
                        _copy_back(source, table)
                _verify(counts, balances)  # the copy's foreign keys too: `check` has them
        except BaseException:
            close_data_file()
            target.unlink(missing_ok=True)
            raise
        close_data_file()
    finally:
        source.close()
    return Moved(len(counts), sum(counts.values()))


def _copy_back(source: peewee.Database, table: str) -> None:
    """One table of the server's shop into the open new file: streamed with COPY ... TO STDOUT
    (never the whole table in memory), each value loaded as a SELECT gives it (the server's
    loaders: dates as ISO text, booleans, whole numbers), written in batches."""
    columns = source.execute_sql(f'SELECT * FROM "{table}" LIMIT 0').description
    names = ", ".join(f'"{c[0]}"' for c in columns)
    sql = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" for _ in columns)})'
    with (
        source.connection().cursor() as cursor,
        cursor.copy(f'COPY "{table}" ({names}) TO STDOUT') as copy,
    ):
        copy.set_types([c[1] for c in columns])
        batch = []
        for row in copy.rows():
            batch.append(row)
            if len(batch) == BATCH:
                database.cursor().executemany(sql, batch)
                batch = []
        if batch:
            database.cursor().executemany(sql, batch)


def _read_only(source: Path) -> sqlite3.Connection:
    if not source.is_file():
        raise _refused(f"there is no shop file at {source}")
    reader = sqlite3.connect(source.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        version = reader.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
    except sqlite3.DatabaseError:
        reader.close()
        raise _refused(f"{source.name} is not a Vyapar Lite shop file") from None
    if version != migrations.LATEST:
        reader.close()
        raise _refused(
            f"{source.name} is at data version {version}, this version's is "
            f"{migrations.LATEST}: open it once in this version first, then move it"
        )
    return reader


def _counts(reader: sqlite3.Connection) -> dict[str, int]:
    names = [
        str(row[0])
        for row in reader.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'customer_search%'"
        )
    ]
    return {n: int(reader.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0]) for n in names}


def _copy(
    reader: sqlite3.Connection, source: Path, counts: dict[str, int], progress: Progress | None
) -> None:
    """Every table's rows through PostgreSQL's COPY (FREEZE: the tables were emptied in this
    transaction, so the rows are written as already visible to all, sparing the server a pass
    over them later), with the indexes and foreign keys set aside meanwhile
    (`server_features.loading_new_database`): each table's indexes are made again as soon as
    its rows are in, each foreign key as soon as both its tables' are. The file's rows are
    read and formatted ahead by a thread of their own (`store_rows.read_ahead`), so reading the
    file goes on while the server loads the rows before and builds the indexes of the table
    before: one connection, one transaction."""
    # in name order: the biggest tables first was tried and read the file slower (issue 18,
    # benchmarks/README.md "fourth pass")
    tables = sorted(counts)
    database.execute_sql(
        "TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"
    )
    done, total = 0, sum(counts.values())
    with (
        server_features.loading_new_database(database) as loading,
        database.connection().cursor() as formats,  # only asked how to format values
        closing(store_rows.read_ahead(source, tables, formats)) as chunks,
    ):
        for table in tables:
            columns = [d[0] for d in reader.execute(f'SELECT * FROM "{table}" LIMIT 0').description]
            names = ", ".join(f'"{c}"' for c in columns)
            into = f'COPY "{table}" ({names}) FROM STDIN WITH (FREEZE)'
            with database.connection().cursor() as raw, raw.copy(into) as copy:
                for chunk in chunks:
                    if chunk.table != table:
                        raise AssertionError(f"{chunk.table}'s rows came for {table}")
                    if chunk.last:
                        break
                    copy.write(chunk.data)
                    done += chunk.rows
                    if progress is not None:
                        progress(done, total, f"Copying {table}")
            loading.loaded(table)
            if "id" in columns:
                database.execute_sql(
                    f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                    f'COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM "{table}"'
                )


def _verify(counts: dict[str, int], balances: dict[int, int]) -> None:
    """Inside the copy's transaction: anything that differs rolls the whole copy back."""
    problems = []
    for table, count in counts.items():
        found = int(database.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])
        if found != count:
            problems.append(f"{table}: {count} rows in the file, {found} on the server")
    on_server = dict(database.execute_sql(_BALANCES).fetchall())
    differ = [c for c in set(balances) | set(on_server) if balances.get(c) != on_server.get(c)]
    if differ:
        problems.append(f"{len(differ)} customers' balances differ (customer ids {differ[:5]})")
    if audit_chain.verify() is not None:
        problems.append("the audit chain is broken on the server")
    problems += health.check().problems
    if problems:
        raise _refused(
            "the copy did not match the file, so nothing was moved: " + "; ".join(problems[:5])
        )


@contextmanager
def _refused_by_server() -> Iterator[None]:
    """A row or reference the server refuses (a damaged file), or a file that cannot be read
    to the end (read by `store_rows` on a thread of its own), as a message, not a traceback."""
    import psycopg

    try:
        yield
    except sqlite3.DatabaseError as exc:
        raise _refused(f"the file could not be read, so nothing was moved: {exc}") from None
    except (peewee.DatabaseError, psycopg.Error) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise _refused(f"the server refused the copy, so nothing was moved: {first}") from None


def _refused(message: str) -> ValidationError:
    return ValidationError(FieldError("to", message))
