"""The window starts without PostgreSQL's driver (peewee would import it with itself, issue 21),
and a shop on a server still opens in a process that left it out (`server_driver.load`).

Each runs in a fresh interpreter: in this one peewee (and psycopg) are imported already.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pg_cluster import Cluster

SRC = Path(__file__).resolve().parents[1] / "src"


def run(code: str, home: Path) -> list[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.splitlines()


def test_the_window_opens_a_shop_without_importing_the_server_driver(tmp_path: Path) -> None:
    shop = tmp_path / "shop.vyapar"
    out = run(
        "import sys\n"
        "from vyapar_lite.app import main\n"
        f"code = main(['--smoke', '--demo', '--data', {str(shop)!r}])\n"
        "import peewee\n"
        "print('exit', code)\n"
        "print('driver', sys.modules.get('psycopg') is None, peewee.psycopg is None)\n"
        "print('pq', any(name.startswith('psycopg.') for name in sys.modules))\n",
        tmp_path,
    )
    assert "exit 0" in out
    assert "driver True True" in out  # left out, and peewee took it as not installed
    assert "pq False" in out
    assert shop.is_file()


def test_a_server_shop_opens_after_the_driver_was_left_out(
    tmp_path: Path, shop_server: Cluster
) -> None:
    address = shop_server.new_shop()
    try:
        out = run(
            "from vyapar_lite import server_driver\n"
            "assert server_driver.leave_out()\n"
            "import peewee\n"
            "print('before', peewee.psycopg is None)\n"
            "from vyapar_lite.db import close_data_file, open_data_file, store\n"
            "from vyapar_lite.services import customers\n"
            "from vyapar_lite.domain.customer import CustomerDetails\n"
            f"opened = open_data_file(store.server_address({address.url!r}))\n"
            "made = customers.create_customer(CustomerDetails(name='Asha Verma'))\n"
            "print('made', made.code, customers.get_customer(made.code).details.name)\n"
            "print('after', peewee.psycopg is not None)\n"
            "close_data_file()\n",
            tmp_path,
        )
    finally:
        shop_server.drop(address)
    assert "before True" in out
    assert "after True" in out
    assert any(line.startswith("made C") and line.endswith("Asha Verma") for line in out), out


def test_the_window_opens_a_server_shop_with_the_driver_it_left_out(
    tmp_path: Path, shop_server: Cluster
) -> None:
    address = shop_server.new_shop()
    try:
        out = run(
            "import sys\n"
            "from vyapar_lite.app import main\n"
            f"code = main(['--smoke', '--data', {address.url!r}])\n"
            "import peewee\n"
            "print('exit', code)\n"
            "print('driver', peewee.psycopg is not None)\n",
            tmp_path,
        )
    finally:
        shop_server.drop(address)
    assert "exit 0" in out
    assert "driver True" in out
    assert any(line.startswith(f"smoke ok: {address.url}") for line in out), out
