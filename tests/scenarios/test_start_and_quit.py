"""Start the app and quit it, again and again, on a good shop and on a damaged one: the right
message (or none) and never a traceback on stderr, from the app or from a background worker that
finishes after its window has gone."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from vyapar_lite.services import sample_shop

SRC = Path(__file__).resolve().parents[2] / "src"
RUNS = 10  # of each kind: 20 starts in all


def _smoke(path: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(SRC),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    return subprocess.run(
        [sys.executable, "-m", "vyapar_lite", "--data", str(path), "--smoke"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip


def _damaged_copy(good: Path, bad: Path) -> None:
    shutil.copy(good, bad)
    conn = sqlite3.connect(good)
    found = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ledger_entry'")
    root_page = found.fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(bad, "r+b") as f:
        f.seek((root_page - 1) * size + 8)
        f.write(b"\x00\x7f" * 200)


@pytest.mark.slow
def test_twenty_starts_and_quits_leave_no_traceback(tmp_path: Path) -> None:
    from vyapar_lite.db import close_data_file, open_data_file

    good = tmp_path / "good.vyapar"
    open_data_file(good)
    sample_shop.fill_sample_shop()
    close_data_file()
    bad = tmp_path / "bad.vyapar"
    _damaged_copy(good, bad)
    for run in range(RUNS):
        fine = _smoke(good, tmp_path / f"home-good-{run}")
        assert fine.returncode == 0, fine.stderr
        assert fine.stdout.startswith("smoke ok: ")
        damaged = _smoke(bad, tmp_path / f"home-bad-{run}")
        assert damaged.returncode == 1
        assert "bad.vyapar is damaged (" in damaged.stderr
        assert "Restore it from a backup." in damaged.stderr
        for done in (fine, damaged):
            assert "Traceback" not in done.stderr, done.stderr
            assert "RuntimeError" not in done.stderr, done.stderr
