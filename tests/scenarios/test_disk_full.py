"""A full disk during a write: a clear message, and the last committed state intact."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factories import make_customer
from vyapar_lite.db import close_data_file, database, open_data_file, sqlite_features
from vyapar_lite.db.connection import NotSaved, refused_write
from vyapar_lite.db.models import SalesDoc
from vyapar_lite.services import audit_chain, health

SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_mid_write_keeps_the_last_committed_state(shop_file: Path) -> None:
    make_customer("Asha Verma", code="BUYER")
    close_data_file()
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
    }
    run = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("disk_full_worker.py")), str(shop_file)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["type"] == "NotSaved", result
    assert "Not saved: the disk holding shop.vyapar" in result["message"]
    assert "everything saved before is intact" in result["message"]
    assert result["last"], "no invoice was saved before the disk filled"

    open_data_file(shop_file, create=False)
    try:
        assert sqlite_features.integrity_check(database) == ["ok"]
        assert health.check().problems == []
        assert audit_chain.verify() is None
        last = SalesDoc.select().order_by(SalesDoc.id.desc()).get()
        assert last.number == result["last"]  # the last committed invoice, and nothing after it
    finally:
        close_data_file()


@pytest.mark.parametrize(
    ("sqlite_says", "words"),
    [
        ("database or disk is full", "is full"),
        ("disk I/O error", "disk I/O error"),
    ],
)
def test_sqlite_disk_errors_become_a_clear_message(
    shop_file: Path, sqlite_says: str, words: str
) -> None:
    refused = refused_write(Exception(sqlite_says))
    assert isinstance(refused, NotSaved)
    assert words in str(refused) and "shop.vyapar" in str(refused)
    assert refused_write(Exception("UNIQUE constraint failed: customer.code")) is None
