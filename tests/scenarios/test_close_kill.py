"""Closing the window: it leaves the screen before the closing work (the backup, the kept
figures, the audit anchor) begins, and a kill while that work runs loses nothing: the shop file
opens, every document is there and `check` finds nothing wrong; a backup cut short is never
left looking like a finished one."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vyapar_lite.services import sample_shop

SRC = Path(__file__).resolve().parents[2] / "src"
WORKER = Path(__file__).with_name("close_worker.py")


def _documents(path: Path) -> tuple[int, int, int]:
    conn = sqlite3.connect(path)
    try:
        counts = [
            conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("sales_doc", "receipt", "ledger_entry")
        ]
    finally:
        conn.close()
    return counts[0], counts[1], counts[2]


@pytest.mark.slow
@pytest.mark.parametrize("wait_ms", [0, 30, 120])
def test_a_kill_during_the_closing_work_loses_nothing(tmp_path: Path, wait_ms: int) -> None:
    from vyapar_lite.db import close_data_file, open_data_file
    from vyapar_lite.services import health

    shop = tmp_path / "shop.vyapar"
    open_data_file(shop)
    sample_shop.fill_sample_shop()
    close_data_file()
    before = _documents(shop)
    env = {
        **os.environ,
        "PYTHONPATH": f"{SRC}{os.pathsep}{WORKER.parent.parent}",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    child = subprocess.Popen(
        [sys.executable, str(WORKER), str(shop)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        assert child.stdout is not None
        said = child.stdout.readline()
        time.sleep(wait_ms / 1000)
        os.kill(child.pid, signal.SIGKILL)  # while the closing backup runs (or just after)
        child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    problem = child.stderr.read() if child.stderr else ""
    assert said == "backing up; window on screen: False\n", problem
    assert child.returncode == -signal.SIGKILL

    assert _documents(shop) == before
    open_data_file(shop, create=False)
    try:
        assert health.check().problems == []
    finally:
        close_data_file()
    backups = tmp_path / "backups"
    finished = [p for p in backups.glob("*") if p.is_file() and "partial" not in p.name]
    for copy in finished:  # a backup that got its final name is whole
        if copy.suffix == ".vyapar":
            conn = sqlite3.connect(copy)
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",), copy
            conn.close()
