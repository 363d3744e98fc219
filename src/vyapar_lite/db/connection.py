"""Opening and closing the shop's data file.

`database` is created unbound and bound to a file only by `open_data_file()` at start-up (never at
import time). Opening checks the file before anything is written to it: it exists and is readable
and writable, it is a SQLite file of ours, no other window has it open, `PRAGMA quick_check`
passes, and its schema is not newer than this version knows. Only then are pending migrations run.
Each failure raises `DataFileError` with a message for the shopkeeper and a `kind` the app uses to
decide what to offer (open another file, restore a backup).
"""

from __future__ import annotations

import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast

import peewee

from vyapar_lite.db import sqlite_features
from vyapar_lite.db.file_check import WAIT_BEFORE_WRITE_SECONDS, FileCheck
from vyapar_lite.db.lock import ShopInUse, ShopLock
from vyapar_lite.db.store import DataLocation, ServerAddress
from vyapar_lite.domain.errors import FieldError, ValidationError


class ShopDatabase(peewee.SqliteDatabase):
    """The shop's database: every write (`atomic()`) first makes sure the file passed its check.

    A write the disk refuses (full, or an I/O error) raises `NotSaved`, a ValidationError whose
    message names the problem; the transaction is rolled back, so the file keeps its last
    committed state.
    """

    def atomic(self, *args: Any, **kwargs: Any) -> Any:
        _refuse_writes_to_unchecked_file()
        return super().atomic(*args, **kwargs)

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        try:
            return super().execute_sql(sql, params)
        except peewee.OperationalError as exc:
            refused = refused_write(exc)
            if refused is None:
                raise
            raise refused from exc

    def commit(self) -> Any:
        try:
            return super().commit()
        except peewee.OperationalError as exc:
            refused = refused_write(exc)
            if refused is None:
                raise
            raise refused from exc

    def rollback(self) -> Any:
        try:
            return super().rollback()
        except peewee.OperationalError as exc:
            # SQLite already rolled back after a full disk or an I/O error: nothing left to undo
            if "no transaction is active" not in str(exc):
                raise


class NotSaved(ValidationError):
    """The disk refused a write: nothing of the change was saved; earlier work is intact."""


def refused_write(exc: BaseException) -> NotSaved | None:
    """A NotSaved for SQLite's "disk is full" / "disk I/O error"; None for any other error."""
    text = str(exc).lower()
    name = Path(str(database.database or "the shop file")).name
    if "full" in text and ("disk" in text or "database" in text):
        problem = f"the disk holding {name} is full"
        advice = "Free some space on it (or move the shop file to a disk with room)"
    elif "disk i/o error" in text or "i/o error" in text:
        problem = f"the disk holding {name} reported a write error (disk I/O error)"
        advice = "Check the disk or pen drive, and copy the shop file somewhere safe"
    else:
        return None
    return NotSaved(
        FieldError(
            "data_file",
            f"Not saved: {problem}. Nothing of this change was written, and everything saved "
            f"before is intact. {advice}, then try again.",
        )
    )


class ShopStore(peewee.DatabaseProxy):
    """The open shop's database, whichever store holds it (a `ShopDatabase` file, or a
    `server.ServerDatabase`): the models are bound to this one object."""

    def atomic(self, *args: Any, **kwargs: Any) -> Any:
        return self.obj.atomic(*args, **kwargs)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in peewee.DatabaseProxy.__slots__:
            super().__setattr__(name, value)
        else:  # a test's monkeypatch of the open store
            setattr(self.obj, name, value)

    def __delattr__(self, name: str) -> None:
        delattr(self.obj, name)


_file_database = ShopDatabase(None)
_store = ShopStore()
_store.initialize(_file_database)
# typed as the database it stands for: every peewee call goes through to the open store
database = cast(peewee.Database, _store)

SQLITE_HEADER = b"SQLite format 3\x00"

ErrorKind = Literal[
    "missing",
    "empty",
    "unreadable",
    "read_only",
    "in_use",
    "locked",
    "not_a_shop",
    "damaged",
    "newer",
    "unreachable",
    "password",
]


# What reading or writing the open shop can raise when the file itself is at fault (damaged,
# locked, read-only): `file_error(exc)` says it in the shopkeeper's words.
STORE_ERRORS: tuple[type[Exception], ...] = (peewee.DatabaseError, sqlite3.DatabaseError)


class DataFileError(Exception):
    """The data file cannot be opened; `message` is for the shopkeeper; `detail` the server's
    own reason for refusing a password (kind "password")."""

    def __init__(self, kind: ErrorKind, path: Path, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.path = path
        self.message = message
        self.detail = detail


@dataclass(frozen=True)
class OpenedFile:
    path: Path
    schema_version: int
    created: bool
    migrated_from: int


_lock: ShopLock | None = None
_check: FileCheck | None = None
_server: ServerAddress | None = None


def open_data_file(
    path: DataLocation,
    *,
    create: bool = True,
    check_in_background: bool = False,
    start_check: bool = True,
    password: str | None = None,
) -> OpenedFile:
    """Check, lock, open and migrate the shop file at `path`; see the module docstring.

    With `check_in_background` (the app) the quick check of an up-to-date file runs on a worker
    thread (`file_check.py`); `current_check()` reports it. With `start_check=False` as well it
    waits for its `start()` (the window calls it once the shop is painted) or for the first
    thing that waits for it. A `ServerAddress` opens the shop on a PostgreSQL server instead
    (`open_server`, with `password` when the app asked for one).
    """
    global _lock, _check
    from vyapar_lite.db import migrations  # migrations import the models, which import us

    close_data_file()
    if isinstance(path, ServerAddress):
        return open_server(path, create=create, password=password)
    path = Path(path).expanduser().absolute()
    created = _check_file(path, create=create)
    lock = ShopLock(path)
    try:
        lock.acquire()
    except ShopInUse:
        raise DataFileError(
            "in_use",
            path,
            f"This shop is already open in another window ({path.name}). "
            "Switch to that window, or close it and try again.",
        ) from None
    except OSError as exc:
        raise DataFileError("read_only", path, _no_write_message(path, exc)) from None
    try:
        _store.initialize(_file_database)
        _file_database.init(str(path), pragmas=_PRAGMAS)
        database.connect()
        _check_contents(path)
        version_before = migrations.current_version(database)
        if version_before > migrations.LATEST:
            raise DataFileError(
                "newer",
                path,
                f"{path.name} was saved by a newer version of Vyapar Lite (data version "
                f"{version_before}; this version reads up to {migrations.LATEST}). "
                "Install the newer version to open it.",
            )
        if check_in_background and version_before == migrations.LATEST:
            check = FileCheck(path)
            if start_check:
                check.start()
        else:
            raise_if_damaged(path, sqlite_features.quick_check(database))
            check = None
        # WAL is stored in the file, so it is switched on only once the file is known to be ours.
        database.execute_sql("PRAGMA journal_mode = wal")
        migrations.migrate(database)
    except DataFileError:
        _close(lock)
        raise
    except (peewee.OperationalError, peewee.DatabaseError, sqlite3.Error) as exc:
        _close(lock)
        raise _sqlite_error(path, exc) from None
    _lock, _check = lock, check
    return OpenedFile(path, migrations.LATEST, created, version_before)


def open_server(
    address: ServerAddress, *, create: bool = True, password: str | None = None
) -> OpenedFile:
    """Connect to the shop's database on a server, check it (reachable, empty or ours, not
    newer) and migrate it; `OpenedFile.path` is the database's name (see `server.py`)."""
    global _server  # noqa: PLW0603
    from vyapar_lite.db import migrations, server

    close_data_file()
    label = Path(address.dbname)
    db = server.new_database(address, password)
    try:
        db.connect()
    except (peewee.DatabaseError, peewee.InterfaceError) as exc:
        raise _server_error(address, exc) from None
    _store.initialize(db)
    try:
        tables = server.table_names(db)
        if tables and ("schema_version" not in tables or not server.is_marked(db)):
            raise DataFileError(
                "not_a_shop", label, f"{address.name} holds tables, but not a Vyapar Lite shop."
            )
        if not tables and not create:
            raise DataFileError("empty", label, f"{address.name} holds no shop yet.")
        version_before = migrations.current_version(db)
        if version_before > migrations.LATEST:
            raise DataFileError(
                "newer",
                label,
                f"{address.name} was saved by a newer version of Vyapar Lite (data version "
                f"{version_before}; this version reads up to {migrations.LATEST}). "
                "Install the newer version on this PC to open it.",
            )
        migrations.migrate(db)
    except DataFileError:
        _close_server()
        raise
    except peewee.DatabaseError as exc:
        _close_server()
        raise DataFileError(
            "unreadable", label, f"{address.name} could not be opened ({exc})."
        ) from None
    _server = address
    return OpenedFile(label, migrations.LATEST, not tables, version_before)


def reach_server(address: ServerAddress, password: str | None = None) -> None:
    """Connect to the server once and let go: DataFileError ("unreachable", "unreadable",
    "password") saying why it cannot be used. The app runs this on a worker thread before
    opening (a server that does not answer takes up to its 10 s timeout), so the window never
    freezes; it touches none of the open shop's state."""
    from vyapar_lite import server_driver

    server_driver.load()  # the window leaves the driver out at start-up (issue 21)
    import psycopg

    params: dict[str, Any] = dict(address.connect_params())
    if password:
        params["password"] = password
    try:
        psycopg.connect(connect_timeout=10, application_name="Vyapar Lite", **params).close()
    except psycopg.Error as exc:
        raise _server_error(address, exc) from None


def _server_error(address: ServerAddress, exc: BaseException) -> DataFileError:
    from vyapar_lite.db import server

    kind, message = server.connection_problem(address, exc)
    kinds: dict[str, ErrorKind] = {"missing": "unreachable", "password": "password"}
    detail = server.password_reason(str(exc)) if kind == "password" else ""
    return DataFileError(kinds.get(kind, "unreadable"), Path(address.dbname), message, detail)


def _close_server() -> None:
    global _server  # noqa: PLW0603
    if not database.is_closed():
        database.close()
    _store.initialize(_file_database)
    _server = None


def current_server() -> ServerAddress | None:
    """The server the open shop is on; None for a shop file (or nothing open)."""
    return _server if is_open() else None


def close_data_file() -> None:
    """Close the open shop (if any) and release its lock."""
    global _lock, _check  # noqa: PLW0603
    if _server is not None:
        _close_server()
    if _lock is not None or not database.is_closed():
        _close(_lock)
        _lock = None
    if _check is not None:
        _check.forget_listeners()
    _check = None


def current_check() -> FileCheck | None:
    """The background check of the open file, or None when it was checked while opening."""
    return _check


def _refuse_writes_to_unchecked_file() -> None:
    check = _check
    if check is None or (check.finished and not check.problems):
        return
    problems = check.wait(WAIT_BEFORE_WRITE_SECONDS)
    if problems is None:
        raise DataFileError(
            "locked", check.path, f"{check.path.name} is still being checked; try again shortly."
        )
    raise_if_damaged(check.path, problems)


def is_open() -> bool:
    return (_lock is not None or _server is not None) and not database.is_closed()


def current_path() -> Path | None:
    """The open shop file; None when nothing is open or the shop is on a server."""
    return Path(database.database) if is_open() and _server is None else None


# No journal_mode here: WAL is stored in the file, so open_data_file() sets it after the checks.
_PRAGMAS = {
    "busy_timeout": 5000,  # first, so the pragmas after it wait for a busy file too
    "foreign_keys": 1,
    "synchronous": "full",  # a power cut must not lose a committed entry
}


def _close(lock: ShopLock | None) -> None:
    if not database.is_closed():
        database.close()
    if lock is not None:
        lock.release()


def _check_file(path: Path, *, create: bool) -> bool:
    """Refuse files we cannot use; create an empty owner-only file when allowed. True if created."""
    if path.is_dir():
        raise DataFileError("unreadable", path, f"{path} is a folder, not a shop data file.")
    if not path.exists():
        if not create:
            raise DataFileError("missing", path, f"There is no shop data file at {path}.")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except OSError as exc:
            raise DataFileError("read_only", path, _no_write_message(path, exc)) from None
        return True
    mode = path.stat().st_mode
    if not os.access(path, os.R_OK) or not mode & stat.S_IRUSR:
        raise DataFileError(
            "unreadable", path, f"{path.name} cannot be read: its permissions do not allow it."
        )
    if not os.access(path, os.W_OK) or not mode & stat.S_IWUSR:
        raise DataFileError(
            "read_only",
            path,
            f"{path.name} is read-only, so sales and payments could not be saved. "
            "Copy it to a folder you can write to, or clear its read-only setting.",
        )
    with open(path, "rb") as f:
        header = f.read(len(SQLITE_HEADER))
    if not header:
        raise DataFileError(
            "empty",
            path,
            f"{path.name} is empty (0 bytes): it holds no shop, so nothing was opened or added "
            "to it. If your books were in it, restore it from a backup; to start a new shop use "
            "File › New shop.",
        )
    if header != SQLITE_HEADER:
        raise DataFileError(
            "not_a_shop",
            path,
            f"{path.name} is not a Vyapar Lite shop file (or it is badly damaged).",
        )
    return False


def _check_contents(path: Path) -> None:
    """Ours (damage is found by quick_check, before any write)."""
    app_id = sqlite_features.application_id(database)
    tables = {
        row[0]
        for row in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
        ).fetchall()
    }
    if app_id not in (0, sqlite_features.APPLICATION_ID) or (
        tables and "schema_version" not in tables
    ):
        raise DataFileError(
            "not_a_shop",
            path,
            f"{path.name} is a database, but not a Vyapar Lite shop file.",
        )


def raise_if_damaged(path: Path, problems: list[str]) -> None:
    """DataFileError('damaged') unless `problems` is SQLite's ['ok'] (or [], a passed check)."""
    if not problems:
        return
    if problems != ["ok"]:
        raise DataFileError(
            "damaged",
            path,
            f"{path.name} is damaged ({_first_real_problem(problems)}). Nothing was changed in it. "
            "Restore it from a backup.",
        )


def _first_real_problem(problems: list[str]) -> str:
    """SQLite's first problem line that says something (skipping '*** in database main ***')."""
    lines = [line for p in problems for line in p.splitlines() if not line.startswith("***")]
    return lines[0].strip() if lines else "SQLite's check failed"


def file_error(exc: Exception) -> DataFileError:
    """What a database error met while reading the open shop says to the shopkeeper."""
    return _sqlite_error(Path(str(database.database)), exc)


def _sqlite_error(path: Path, exc: Exception) -> DataFileError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return DataFileError(
            "locked",
            path,
            f"{path.name} is locked by another program. Close that program and try again.",
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return DataFileError("read_only", path, _no_write_message(path, exc))
    return DataFileError(
        "damaged",
        path,
        f"{path.name} is damaged or not a shop file ({exc}). Nothing was changed in it. "
        "Restore it from a backup.",
    )


def _no_write_message(path: Path, exc: BaseException) -> str:
    reason = getattr(exc, "strerror", None) or str(exc)
    return (
        f"Vyapar Lite cannot write in {path.parent} ({reason}). Choose a folder you can write to."
    )
