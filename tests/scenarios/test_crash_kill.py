"""Crash safety, tested: SIGKILL a process posting documents at random moments, many times.

A worker (crash_worker.py) imports the app once and forks a child per round; the child posts
invoices, receipts, cancellations and contra settlements in a loop and is killed a random 0-40 ms
after its 0th, 1st or 2nd committed document in turn (counted in documents, not in time since
opening, so the kill lands anywhere in a posting however busy the machine is). After every kill the
file is opened as the app opens it and must pass `integrity_check`, the books check (postings match
documents, allocations within amounts) and the audit hash chain; every document is complete (lines,
taxes, ledger entries, audit row), every document the child saw committed is there, and each
customer's balance recomputed from the documents equals the balance the app reports. VYAPAR_KILLS
sets the number of kills (default 200).
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from killed_books import check_after_kill, log_errors, stock_the_shop
from vyapar_lite.db import close_data_file

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the worker forks (Linux, macOS)"),
]

KILLS = int(os.environ.get("VYAPAR_KILLS", "200"))
WORKER = Path(__file__).with_name("crash_worker.py")
SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.fixture
def stocked_shop(shop_file: Path) -> Path:
    stock_the_shop()
    close_data_file()
    return shop_file


@pytest.fixture
def worker(stocked_shop: Path, tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    log = tmp_path / "committed.log"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
    }
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), str(stocked_shop), str(log)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    yield proc, log
    if proc.poll() is None:
        assert proc.stdin is not None
        proc.stdin.write("quit\n")
        proc.stdin.close()
        proc.wait(10)


def test_sigkill_while_posting_never_leaves_a_partial_document(
    worker: tuple[subprocess.Popen[str], Path],
    stocked_shop: Path,
    record_property: Callable[[str, object], None],
) -> None:
    proc, log = worker
    assert proc.stdin is not None and proc.stdout is not None
    rng = random.Random(int(os.environ.get("VYAPAR_KILL_SEED", "20261123")))
    started = time.monotonic()
    kills = mid_posting = 0
    for round_no in range(KILLS):
        proc.stdin.write(f"run {round_no % 3} {rng.randint(0, 40)} {round_no + 1}\n")
        proc.stdin.flush()
        answer = proc.stdout.readline().split()
        assert answer[:1] == ["killed"], f"the worker stopped: {answer}"
        status, committed = int(answer[1]), int(answer[2])
        assert os.WIFSIGNALED(status), log_errors(log)  # killed, not failed
        kills += 1
        mid_posting += committed > 0
        check_after_kill(stocked_shop, log)
    seconds = time.monotonic() - started
    report = (
        f"kill test: {kills} SIGKILLs ({mid_posting} after the child had committed documents), "
        f"{len(log.read_text().splitlines())} documents committed, {seconds:.1f} s"
    )
    print(report)
    record_property("kills", kills)  # in CI's JUnit XML (pytest --junitxml)
    record_property("kill_report", report)
    assert kills == KILLS
    assert mid_posting >= KILLS // 2, report  # most kills land while documents are being posted
