"""Backups of a shop on a PostgreSQL server: `pg_dump -Fc`, restored by `pg_restore`.

A shop file is copied with SQLite's online backup (`backups.py`); a shop on a server is dumped by
the server's own tool, in its custom format (one compressed file, a consistent snapshot taken
while counters keep posting). The tools come with PostgreSQL (on the PATH, or in Debian's
/usr/lib/postgresql/N/bin); without them the message says what to install. A restore goes into
an empty database only, all of it or nothing (`--single-transaction`), never over a shop.
The dump is made owner-only (0600), as every backup.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

from vyapar_lite import server_driver
from vyapar_lite.db.store import ServerAddress
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
            f"{name} is not installed on this PC, and a shop on a server is backed up with it: "
            "install PostgreSQL's client tools (Debian/Ubuntu: sudo apt-get install "
            "postgresql-client; Windows: the PostgreSQL installer's Command Line Tools)."
        )
    return found


def back_up(address: ServerAddress, folder: Path, *, now: datetime | None = None) -> Path:
    """Dump the shop at `address` into a new file in `folder`; returns its path."""
    if not folder.is_dir():
        raise BackupError(f"there is no folder {folder} to back up into")
    stamp = (now or datetime.now()).strftime("%Y-%m-%d-%H%M%S")
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
    return target


def restore(dump: Path, address: ServerAddress) -> None:
    """Load `dump` into the empty database at `address` (refused if it holds any table)."""
    server_driver.load()
    import psycopg

    if not dump.is_file():
        raise BackupError(f"there is no backup file {dump}")
    with psycopg.connect(_conninfo(address)) as conn:
        tables = conn.execute(
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()
    if tables is not None and int(tables[0]) > 0:
        raise BackupError(
            f"{address.dbname} is not empty: a backup is restored into a new, empty database "
            f"only (createdb NEW_NAME), never over a shop"
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
        raise BackupError(f"the shop was not {done}: {lines[0] if lines else 'no reason given'}")


def _conninfo(address: ServerAddress) -> str:
    server_driver.load()
    from psycopg.conninfo import make_conninfo

    return make_conninfo(**{k: str(v) for k, v in address.connect_params().items()})


def _version(folder: str) -> tuple[int, ...]:
    return tuple(int(part) for part in folder.split("/") if part.isdigit())
