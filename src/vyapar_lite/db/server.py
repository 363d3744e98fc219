"""A shop on a PostgreSQL server: the connection, and what replaces the file's checks.

On a server there is no file to lock or `quick_check`: the server keeps its own pages sound and
lets many counters in at once. Opening checks instead that the server is reachable (a clear
message when it is not, or refuses the user), that the database is empty (a new shop) or ours
(`schema_version`, marked by `mark_as_shop()`), and not newer than this version; then pending
migrations run, each under an advisory lock (`migrations.migrate`) so that two counters starting
at once migrate once.

Values come back in the shapes SQLite gives (the services read both stores alike): dates and
timestamps as ISO text (timestamps with Python's six-digit fraction, as `str(datetime)` wrote
them), and a whole `numeric` (PostgreSQL's `SUM` of a `BIGINT`) as an `int`, never a Decimal.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import peewee

from vyapar_lite import server_driver
from vyapar_lite.db import locks
from vyapar_lite.db.dialect import placeholders
from vyapar_lite.db.store import ServerAddress

SHOP_MARK = "Vyapar Lite shop"  # the comment on schema_version: this database is a shop's
MIGRATION_LOCK = 0x56594C54  # pg_advisory_xact_lock's key ("VYLT", as the SQLite application id)
WRITER_LOCK = 0x56594C57  # the writers' turn ("VYLW"): see db/locks.py


# psycopg's errors raised as peewee's (IntegrityError, OperationalError...), as on SQLite, also
# for SQL run straight on a cursor (bulk inserts)
_AS_PEEWEE_ERRORS: Any = getattr(peewee, "__exception_wrapper__")  # noqa: B009


class _Cursor:
    """A psycopg cursor that takes the services' `?` placeholders."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def execute(self, sql: str, params: Any = None) -> Any:
        with _AS_PEEWEE_ERRORS:
            self._cursor.execute(placeholders(sql), params)
        return self

    def executemany(self, sql: str, rows: Any) -> Any:
        with _AS_PEEWEE_ERRORS:
            self._cursor.executemany(placeholders(sql), list(rows))
        return self

    def __iter__(self) -> Any:
        return iter(self._cursor)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)


class ServerDatabase(peewee.PostgresqlDatabase):
    """The shop's database on a server (see the module docstring)."""

    def cursor(self, named_cursor: Any = None) -> Any:
        return _Cursor(super().cursor(named_cursor))

    def begin(self, *args: Any, **kwargs: Any) -> Any:
        """Start a write transaction: wait for the writers' turn first, shared for a posting,
        else exclusive (`db/locks.py`)."""
        started = super().begin(*args, **kwargs)
        turn = "pg_advisory_xact_lock_shared" if locks.turn_is_shared() else "pg_advisory_xact_lock"
        self.execute_sql(f"SELECT {turn}(?)", (WRITER_LOCK,))
        return started

    def _initialize_connection(self, conn: Any) -> None:
        _sqlite_shaped_values(conn)
        conn.execute("SET DateStyle = ISO")


def _sqlite_shaped_values(conn: Any) -> None:
    from psycopg.types.numeric import NumericLoader
    from psycopg.types.string import TextLoader

    class WholeNumeric(NumericLoader):
        def load(self, data: Any) -> Any:
            value = super().load(data)
            if isinstance(value, Decimal) and value == value.to_integral_value():
                return int(value)
            return value

    class IsoTimestamp(TextLoader):
        def load(self, data: Any) -> Any:
            text = str(super().load(data))
            whole, dot, fraction = text.partition(".")
            return f"{whole}.{fraction.ljust(6, '0')}" if dot else text

    conn.adapters.register_loader("numeric", WholeNumeric)
    conn.adapters.register_loader("date", TextLoader)
    conn.adapters.register_loader("timestamp", IsoTimestamp)


def new_database(address: ServerAddress, password: str | None = None) -> ServerDatabase:
    """The shop's database on `address`; `password` (asked by the app, kept in memory for this
    run only) when the password file and PGPASSWORD have none."""
    server_driver.load()  # the window leaves the driver out at start-up (issue 21)
    params: dict[str, Any] = {k: v for k, v in address.connect_params().items() if k != "dbname"}
    if password:
        params["password"] = password
    return ServerDatabase(
        address.dbname,
        prefer_psycopg3=True,
        application_name="Vyapar Lite",
        connect_timeout=10,
        **params,
    )


def table_names(db: peewee.Database) -> set[str]:
    rows = db.execute_sql(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
    ).fetchall()
    return {str(row[0]) for row in rows}


def is_marked(db: peewee.Database) -> bool:
    row = db.execute_sql(
        "SELECT obj_description(to_regclass('schema_version'), 'pg_class')"
    ).fetchone()
    return row is not None and row[0] == SHOP_MARK


def mark_as_shop(db: peewee.Database) -> None:
    db.execute_sql(f"COMMENT ON TABLE schema_version IS '{SHOP_MARK}'")


def lock_for_migration(db: peewee.Database) -> None:
    """Hold the migration lock until this transaction ends: a second counter waits here, then
    finds the migration done."""
    db.execute_sql("SELECT pg_advisory_xact_lock(?)", (MIGRATION_LOCK,))


def connection_problem(address: ServerAddress, exc: BaseException) -> tuple[str, str]:
    """(kind, message for the shopkeeper) for a server that could not be reached or used; kind
    "password" when the server wants a password it was not given, or refused the one given
    (the app asks for it then; the CLI says where to put it)."""
    text = str(exc)
    lower = text.lower()
    where = f"{address.host}:{address.port}"
    if "password" in lower and ("authentication" in lower or "no password" in lower):
        return (
            "password",
            f"The shop server at {where} asked for a password for {address.user or 'this user'}"
            f" and none was accepted ({password_reason(text)}). Put it in the PostgreSQL "
            "password file (~/.pgpass) or the PGPASSWORD variable; Vyapar Lite never stores it.",
        )
    if "does not exist" in lower and "database" in lower:
        return (
            "missing",
            f"The shop server at {where} has no database named {address.dbname}. Ask whoever "
            f"looks after the server to create it (createdb {address.dbname}).",
        )
    if "permission denied" in lower or "not permitted" in lower or "authentication" in lower:
        return (
            "unreadable",
            f"The shop server at {where} refused {address.user or 'this user'}: {_first(text)}",
        )
    return (
        "missing",
        f"The shop server at {where} could not be reached ({_first(text)}). Check that the "
        "server PC is on and connected to the shop's network, then try again.",
    )


def password_reason(text: str) -> str:
    """The server's own words on a refused password ("password authentication failed for user
    "clerk"", "no password supplied"), without libpq's connection preamble."""
    line = _first(text)
    for marker in ("FATAL:", "fe_sendauth:"):
        if marker in line:
            line = line.split(marker, 1)[1]
    return line.strip() or "no password supplied"


def _first(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0] if lines else "no answer"
