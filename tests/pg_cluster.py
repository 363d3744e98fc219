"""A throwaway PostgreSQL cluster for the server run of the tests, one per test session.

`initdb` into a temporary folder and `pg_ctl start` on a Unix socket in it (no TCP port, so
parallel sessions never meet); as root the server runs as `nobody`, since PostgreSQL refuses
root. The schema is migrated once into a template database; each test gets a fresh database
copied from it (`CREATE DATABASE ... TEMPLATE`, a file copy), dropped after the test. The cluster
is stopped (`-m immediate`: nothing in it is kept) when the session ends.

Without PostgreSQL's programs the server run is skipped, saying so; with `CI=true` it fails
(`programs.py`). Loaded as a pytest plugin by `conftest.py`.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import programs
from vyapar_lite.db import close_data_file, open_data_file
from vyapar_lite.db.store import ServerAddress

INITDB = programs.find("initdb")
PG_CTL = programs.find("pg_ctl")
SUPERUSER = "vyapar"
TEMPLATE = "shop_template"


class Cluster:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.data = folder / "data"
        self.user = "nobody" if os.geteuid() == 0 else None
        self._numbers = itertools.count(1)
        self._password_users: set[str] = set()

    def start(self) -> None:
        assert INITDB is not None and PG_CTL is not None
        if self.user is not None:
            shutil.chown(self.folder, self.user)
        subprocess.run(
            [INITDB, "-D", str(self.data), "-A", "trust", "-U", SUPERUSER, "-E", "UTF8",
             "--locale=C.UTF-8", "--no-sync"],
            check=True, capture_output=True, user=self.user, timeout=120,
        )  # fmt: skip
        options = f"-k {self.folder} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
        subprocess.run(
            [PG_CTL, "-D", str(self.data), "-o", options, "-l", str(self.folder / "server.log"),
             "-w", "start"],
            check=True, capture_output=True, user=self.user, timeout=120,
        )  # fmt: skip
        self.admin("CREATE DATABASE " + TEMPLATE)
        open_data_file(self.address(TEMPLATE))  # the schema, migrated once
        close_data_file()

    def stop(self) -> None:
        assert PG_CTL is not None
        subprocess.run(
            [PG_CTL, "-D", str(self.data), "-m", "immediate", "stop"],
            check=False, capture_output=True, user=self.user, timeout=120,
        )  # fmt: skip

    def address(self, dbname: str) -> ServerAddress:
        return ServerAddress(SUPERUSER, str(self.folder), 5432, dbname)

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(
            host=str(self.folder), user=SUPERUSER, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(sql.encode())

    def new_shop(self) -> ServerAddress:
        """A fresh, migrated, empty shop database."""
        name = f"shop_{next(self._numbers)}"
        self.admin(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        return self.address(name)

    def drop(self, address: ServerAddress) -> None:
        self.admin(f"DROP DATABASE IF EXISTS {address.dbname} WITH (FORCE)")

    def password_user(self, name: str, password: str) -> None:
        """A role that must give `password` (scram-sha-256), for tests of the app asking for
        it; every other user keeps the cluster's trust. Its own pg_hba line comes first."""
        if name in self._password_users:
            return
        assert PG_CTL is not None
        self.admin(f"CREATE ROLE {name} LOGIN SUPERUSER PASSWORD '{password}'")
        hba = self.data / "pg_hba.conf"
        hba.write_text(f"local all {name} scram-sha-256\n" + hba.read_text())
        subprocess.run(
            [PG_CTL, "-D", str(self.data), "reload"],
            check=True, capture_output=True, user=self.user, timeout=60,
        )  # fmt: skip
        self._password_users.add(name)
        self._wait_for_password_rule(name)

    def _wait_for_password_rule(self, name: str) -> None:
        """The reload is a signal: wait until the server asks `name` for the password."""
        import time

        import psycopg

        for _ in range(100):
            try:
                psycopg.connect(
                    host=str(self.folder), user=name, dbname="postgres", password=""
                ).close()
            except psycopg.OperationalError:
                return
            time.sleep(0.05)
        raise RuntimeError(f"the server never asked {name} for a password")

    def as_user(self, address: ServerAddress, user: str) -> ServerAddress:
        return ServerAddress(user, address.host, address.port, address.dbname)


@pytest.fixture(scope="session")
def shop_server() -> Iterator[Cluster]:
    if INITDB is None or PG_CTL is None:
        message = "PostgreSQL is not installed (Debian package postgresql): server run skipped"
        if programs.in_ci():
            pytest.fail(f"CI=true: {message}; .ci/run must install it", pytrace=False)
        pytest.skip(message)
    folder = Path(tempfile.mkdtemp(prefix="vyapar-pg-"))
    cluster = Cluster(folder)
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


STORES = ["sqlite", "postgresql"]


def open_shop_on(store: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    """Open a new, empty shop on `store` for the test; yields what the test calls its file (the
    database's name on a server)."""
    if store == "sqlite":
        path = tmp_path / "shop.vyapar"
        open_data_file(path)
        yield path
        close_data_file()
        return
    cluster: Cluster = request.getfixturevalue("shop_server")
    address = cluster.new_shop()
    opened = open_data_file(address)
    try:
        yield opened.path
    finally:
        close_data_file()
        cluster.drop(address)
