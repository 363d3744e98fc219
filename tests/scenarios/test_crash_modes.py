"""SIGKILL where the first kill test does not reach: inside SQLite's own statements and commits,
and in the middle of an import, a backup, a restore and a migration. After every kill the file
is opened as the app opens it and must pass `check`; no document number may be skipped; and the
interrupted work is all there or not there at all.

VYAPAR_MODE_KILLS sets the kills per mode (default 12; the posting kill test does 200).
"""

from __future__ import annotations

import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest

from factories import make_customer, make_item
from sheet_files import customer_row, write_sheet
from vyapar_lite.db import close_data_file, database, migrations, open_data_file
from vyapar_lite.db.models import Customer
from vyapar_lite.services import backups, doc_series, health
from whole_documents import INCOMPLETE

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the worker forks (Linux, macOS)"),
]

KILLS = int(os.environ.get("VYAPAR_MODE_KILLS", "12"))
WORKER = Path(__file__).with_name("crash_modes.py")
SRC = Path(__file__).resolve().parents[2] / "src"
SHEET_ROWS = 100  # an import takes about 20 ms: the kills below land before, in or after one
DAY = "2026-05-10"


@pytest.fixture
def shop(shop_file: Path) -> Path:
    make_customer("Asha Verma", code="RETAIL1", city="Pune", state_code="27")
    make_item("Basmati Rice 5 kg", code="RICE5", sale_price=65000, gst_rate_bp=500)
    close_data_file()
    return shop_file


@pytest.fixture(scope="module")
def worker() -> Iterator[subprocess.Popen[str]]:
    """One worker for every test here: it imports the app once (most of a second) and forks a
    child per kill; each command names its own files, so nothing carries over between tests."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
    }
    proc = subprocess.Popen(
        [sys.executable, str(WORKER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env=env,
    )  # fmt: skip
    yield proc
    if proc.poll() is None:
        assert proc.stdin is not None
        proc.stdin.write("quit\n")
        proc.stdin.close()
        proc.wait(10)


def kill(
    proc: subprocess.Popen[str], mode: str, delay_ms: int, seed: int, *args: Path, after: int = 0
) -> None:
    """Kill MODE's work DELAY_MS after it starts, or after its AFTER-th whole import, backup or
    restore (counted, not timed, so a busy machine still sees kills after whole ones)."""
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(f"run {mode} {after} {delay_ms} {seed} {' '.join(map(str, args))}\n")
    proc.stdin.flush()
    answer = proc.stdout.readline().split()
    assert answer[:1] == ["killed"], f"the worker stopped: {answer}"
    assert os.WIFSIGNALED(int(answer[1])), f"{mode}: the child ended on its own (an error)"


def checked(path: Path) -> int:
    """Open the shop as the app does; it must pass check, have every document whole and no
    number skipped. Its number of customers back."""
    open_data_file(path, create=False)
    try:
        assert health.check().problems == []
        for description, sql in INCOMPLETE.items():
            assert database.execute_sql(sql).fetchall() == [], description
        assert number_gaps() == []
        return Customer.select().count()
    finally:
        close_data_file()


def number_gaps() -> list[str]:
    """Every series runs 1, 2, 3 ... with nothing missing, and its next number follows its last."""
    found = []
    stems: dict[str, set[int]] = {}
    for table in ("sales_doc", "receipt", "contra", "sale_order"):
        for (number,) in database.execute_sql(f"SELECT number FROM {table}").fetchall():
            match = re.fullmatch(r"(.*?)([0-9]+)", str(number))
            assert match, number
            stems.setdefault(match[1], set()).add(int(match[2]))
    for stem, numbers in stems.items():
        missing = set(range(1, max(numbers) + 1)) - numbers
        if missing:
            found.append(f"{stem}: {sorted(missing)[:5]} missing")
    from datetime import date

    for kind in ("invoice", "receipt"):
        following = doc_series.preview(kind, date.fromisoformat(DAY))
        match = re.fullmatch(r"(.*?)([0-9]+)", following)
        assert match
        last = max(stems.get(match[1], {0}))
        if int(match[2]) != last + 1:
            found.append(f"{kind}: the next number is {following} after {last}")
    return found


def test_kills_inside_sqlites_statements_and_commits(
    worker: subprocess.Popen[str], shop: Path
) -> None:
    rng = random.Random(20261207)
    before = checked(shop)
    documents, grew = 0, 0
    for _round in range(KILLS * 3):  # these are quick: more of them
        kill(worker, "inside", 0, rng.randint(1, 10**6), shop)
        assert checked(shop) == before
        now = _documents(shop)
        grew += now > documents
        documents = now
    assert grew >= KILLS, "most kills should land after some documents were committed"


def _documents(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT (SELECT COUNT(*) FROM sales_doc) + "
                                "(SELECT COUNT(*) FROM receipt)").fetchone()[0])  # fmt: skip
    finally:
        conn.close()


def test_kills_during_an_import_leave_all_rows_or_none(
    worker: subprocess.Popen[str], shop: Path, tmp_path: Path
) -> None:
    sheet = write_sheet(
        tmp_path / "customers.xlsx", [customer_row(f"Kill Test {i}") for i in range(SHEET_ROWS)]
    )
    rng = random.Random(7)
    base = checked(shop)
    counts = []
    for _ in range(KILLS):
        kill(worker, "import", rng.randint(1, 40), rng.randint(1, 10**6), shop, sheet,
             after=rng.randint(0, 1))  # fmt: skip
        counts.append(checked(shop))
        assert (counts[-1] - base) % SHEET_ROWS == 0
    assert counts[-1] > base, "no import ever finished before its kill"


def test_kills_during_a_backup_leave_the_shop_and_every_backup_sound(
    worker: subprocess.Popen[str], shop: Path
) -> None:
    from vyapar_lite.db import sqlite_features

    rng = random.Random(11)
    base = checked(shop)
    folder = shop.parent / "backups"
    for _ in range(KILLS):
        kill(worker, "backup", rng.randint(0, 100), rng.randint(1, 10**6), shop,
             after=rng.randint(0, 1))  # fmt: skip
        assert checked(shop) == base
        for backup in folder.glob("shop-backup-*.vyapar"):  # a finished name: a whole backup
            assert sqlite_features.file_problems(backup, full=False) == [], backup.name
    assert list(folder.glob("shop-backup-*.vyapar")), "no backup was ever finished"


def test_kills_during_a_restore_leave_the_old_shop_or_the_backup(
    worker: subprocess.Popen[str], shop: Path
) -> None:
    open_data_file(shop, create=False)
    backup = backups.back_up().info.path
    for i in range(5):
        make_customer(f"After The Backup {i}")
    close_data_file()
    rng = random.Random(13)
    now, then = checked(shop), None
    for _ in range(KILLS):
        kill(worker, "restore", rng.randint(0, 60), rng.randint(1, 10**6), shop, backup,
             after=rng.randint(0, 1))  # fmt: skip
        count = checked(shop)
        assert count in (now, now - 5), count
        then = then or (count == now - 5)
    assert then, "no restore ever finished before its kill"


def test_kills_during_a_migration_leave_a_whole_version(
    worker: subprocess.Popen[str], tmp_path: Path
) -> None:
    old = tmp_path / "old.vyapar"
    db = peewee.SqliteDatabase(str(old))
    migrations.migrate(db, target=migrations.LATEST - 3)
    db.close()
    rng = random.Random(17)
    for round_no in range(KILLS):
        shop = tmp_path / f"shop-{round_no}.vyapar"
        shutil.copy(old, shop)
        kill(worker, "migrate", rng.randint(1, 80), rng.randint(1, 10**6), shop)
        conn = sqlite3.connect(shop)
        versions = [v for (v,) in conn.execute("SELECT version FROM schema_version ORDER BY 1")]
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.close()
        assert versions == list(range(1, versions[-1] + 1))  # whole migrations only
        checked(shop)  # the rest of the migrations run, and the file passes check
