"""Backups of a shop on a PostgreSQL server: `pg_dump -Fc`, restored by `pg_restore`.

A shop file is copied with SQLite's online backup (`backups.py`); a shop on a server is dumped by
the server's own tool, in its custom format (one compressed file, a consistent snapshot taken
while counters keep posting). The tools come with PostgreSQL (on the PATH, or in Debian's
/usr/lib/postgresql/N/bin); without them the message says what to install. A restore goes into
an empty database only, all of it or nothing (`--single-transaction`), never over a shop.
The dump is made owner-only (0600), as every backup. When it is written, the time it was taken
is kept in the shop itself (the setting `backups.LAST_KEY`, as a file's backup keeps it), so
every counter's dashboard shows the shop's last backup, whichever counter took it.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

from vyapar_lite import server_driver
from vyapar_lite.db.server import WRITER_LOCK
from vyapar_lite.db.store import ServerAddress
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.services.backup_files import BackupError

SUFFIX = ".pgdump"
_FOLDERS = "/usr/lib/postgresql/*/bin"


def program(name: str) -> str:
    """The path of PostgreSQL's `name` (pg_dump, pg_restore), or BackupError saying what to do."""
    folders = sorted(glob.glob(_FOLDERS), key=_version, reverse=True)
    path = os.pathsep.join([os.environ.get("PATH", os.defpath), *folders])
    found = shutil.which(name, path=path)
    if found is None:
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name} is not installed on this PC, and a shop on a server "
                    "is backed up with it: install PostgreSQL's client tools "
                    "(Debian/Ubuntu: sudo apt-get install postgresql-client; "
                    "Windows: the PostgreSQL installer's Command Line Tools).",
                ),
                name=name,
            )
        )
    return found


def back_up(address: ServerAddress, folder: Path, *, now: datetime | None = None) -> Path:
    """Dump the shop at `address` into a new file in `folder`; returns its path."""
    if not folder.is_dir():
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP("messages", "there is no folder {folder} to back up into"),
                folder=folder,
            )
        )
    taken = (now or datetime.now()).replace(microsecond=0)
    stamp = taken.strftime("%Y-%m-%d-%H%M%S")
    target = folder / f"{address.dbname}-backup-{stamp}{SUFFIX}"
    partial = target.with_name(target.name + ".part")
    fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        _run(
            [program("pg_dump"), "-Fc", "--no-owner", "--no-privileges", "-f", str(partial),
             "-d", _conninfo(address)],
            "backed up",
        )  # fmt: skip
        os.chmod(partial, 0o600)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    _record_taken(address, taken)
    return target


def _record_taken(address: ServerAddress, taken: datetime) -> None:
    """Keep when the shop was last backed up in the shop (the dashboard's "last backup"): one
    transaction of its own, in the writers' turn like every write to a server shop."""
    import psycopg

    from vyapar_lite.services.backups import LAST_KEY

    with psycopg.connect(_conninfo(address)) as conn:  # commits on leaving
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITER_LOCK,))
        conn.execute(
            "INSERT INTO setting (key, value) VALUES (%s, %s) "
            "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
            (LAST_KEY, taken.isoformat()),
        )


def restore(dump: Path, address: ServerAddress) -> None:
    """Load `dump` into the empty database at `address` (refused if it holds any table)."""
    server_driver.load()
    import psycopg

    if not dump.is_file():
        raise BackupError(
            Message(QT_TRANSLATE_NOOP("messages", "there is no backup file {dump}"), dump=dump)
        )
    with psycopg.connect(_conninfo(address)) as conn:
        tables = conn.execute(
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()
    if tables is not None and int(tables[0]) > 0:
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{dbname} is not empty: a backup is restored into a new, "
                    "empty database only (createdb NEW_NAME), never over a shop",
                ),
                dbname=address.dbname,
            )
        )
    _run(
        [program("pg_restore"), "--no-owner", "--no-privileges", "--exit-on-error",
         "--single-transaction", "-d", _conninfo(address), str(dump)],
        "restored",
    )  # fmt: skip


def _run(command: list[str], done: str) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP("messages", "the shop was not {done}: {value}"),
                done=done,
                value=lines[0] if lines else "no reason given",
            )
        )


def _conninfo(address: ServerAddress) -> str:
    server_driver.load()
    from psycopg.conninfo import make_conninfo

    return make_conninfo(**{k: str(v) for k, v in address.connect_params().items()})


def _version(folder: str) -> tuple[int, ...]:
    return tuple(int(part) for part in folder.split("/") if part.isdigit())
