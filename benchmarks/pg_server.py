"""A throwaway local PostgreSQL server for the server benchmarks (server_round_trip.py, server.py).

`initdb` into a temporary folder and `pg_ctl start` listening on a Unix socket in it (no TCP
port, so it never meets another engineer's server); as root the server runs as `nobody`, since
PostgreSQL refuses root. Unlike the tests' cluster (tests/pg_cluster.py) it keeps PostgreSQL's
default durability (fsync on, full page writes): a posting's commit waits for the disk as it
would at a shop. `--fast` style settings are not offered on purpose. Stopped, and its folder
removed, when the `with` block ends.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from types import TracebackType

import psycopg

from vyapar_lite.db.store import ServerAddress

SUPERUSER = "vyapar"


def program(name: str) -> str:
    """PostgreSQL's program `name` from the PATH or Debian's per-version folder."""
    found = shutil.which(name)
    if found is None:
        for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
            if (folder / name).exists():
                return str(folder / name)
        raise SystemExit(f"PostgreSQL's {name} is not installed (Debian package postgresql)")
    return found


class LocalServer:
    """`with LocalServer() as server:` a running server; `server.new_database(name)`."""

    def __init__(self) -> None:
        # a folder of its own in the system's temporary folder, which `nobody` can reach
        self.folder = Path(tempfile.mkdtemp(prefix="vyapar-bench-pg-"))
        self.data = self.folder / "data"
        self.user = "nobody" if os.geteuid() == 0 else None

    def __enter__(self) -> LocalServer:
        if self.user is not None:
            shutil.chown(self.folder, self.user)
        subprocess.run(
            [program("initdb"), "-D", str(self.data), "-A", "trust", "-U", SUPERUSER,
             "-E", "UTF8", "--locale=C.UTF-8"],
            check=True, capture_output=True, user=self.user, timeout=300,
        )  # fmt: skip
        options = f"-k {self.folder} -c listen_addresses='' -c max_connections=50"
        subprocess.run(
            [program("pg_ctl"), "-D", str(self.data), "-o", options, "-l",
             str(self.folder / "server.log"), "-w", "start"],
            check=True, capture_output=True, user=self.user, timeout=300,
        )  # fmt: skip
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        subprocess.run(
            [program("pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"],
            check=False, capture_output=True, user=self.user, timeout=300,
        )  # fmt: skip
        shutil.rmtree(self.folder, ignore_errors=True)

    def address(self, dbname: str) -> ServerAddress:
        return ServerAddress(SUPERUSER, str(self.folder), 5432, dbname)

    def admin(self, sql: str) -> None:
        with psycopg.connect(
            host=str(self.folder), user=SUPERUSER, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(sql.encode())

    def new_database(self, name: str) -> ServerAddress:
        self.admin(f"CREATE DATABASE {name}")
        return self.address(name)

    def settings(self) -> str:
        """The settings that matter for the figures, as one line."""
        with psycopg.connect(host=str(self.folder), user=SUPERUSER, dbname="postgres") as conn:
            rows = conn.execute(
                "SELECT name, setting, unit FROM pg_settings WHERE name IN "
                "('server_version', 'shared_buffers', 'work_mem', 'fsync', "
                "'synchronous_commit', 'max_wal_size') ORDER BY name"
            ).fetchall()
        return ", ".join(f"{n}={s}{u or ''}" for n, s, u in rows)
