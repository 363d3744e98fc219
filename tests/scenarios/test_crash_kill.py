"""Crash safety, tested: SIGKILL a process posting documents at random moments, many times.

A worker (crash_worker.py) imports the app once and forks a child per round; the child posts
invoices, receipts, cancellations and contra settlements in a loop and is killed a random 0-40 ms
after its 0th, 1st or 2nd committed document (counted in documents, not in time since opening, so
the kill lands anywhere in a posting however busy the machine is). After every kill the file is
opened as the app opens it and must pass `integrity_check`, the books check (postings match
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

from factories import make_customer, make_item
from vyapar_lite.db import close_data_file, database, open_data_file
from vyapar_lite.services import balances, health
from whole_documents import INCOMPLETE

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the worker forks (Linux, macOS)"),
]

KILLS = int(os.environ.get("VYAPAR_KILLS", "200"))
WORKER = Path(__file__).with_name("crash_worker.py")
SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.fixture
def stocked_shop(shop_file: Path) -> Path:
    for code, name in (("RETAIL1", "Asha Verma"), ("RETAIL2", "Ravi Kumar")):
        make_customer(name, code=code, city="Pune", state_code="27")
    make_customer("Gupta Electricals", code="SUPPLIER", state_code="29", also_supplier=True)
    make_item("Basmati Rice 5 kg", code="RICE5", sale_price=65000, gst_rate_bp=500)
    make_item("Sunflower Oil 1 l", code="OIL1", sale_price=15500, gst_rate_bp=500)
    make_item("Steel Tiffin Box", code="TIFFIN", sale_price=42000, gst_rate_bp=1800)
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
        proc.stdin.write(f"run {rng.randint(0, 2)} {rng.randint(0, 40)} {round_no + 1}\n")
        proc.stdin.flush()
        answer = proc.stdout.readline().split()
        assert answer[:1] == ["killed"], f"the worker stopped: {answer}"
        status, committed = int(answer[1]), int(answer[2])
        assert os.WIFSIGNALED(status), _log_errors(log)  # killed, not failed
        kills += 1
        mid_posting += committed > 0
        _check_the_file(stocked_shop, log)
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


def _log_errors(log: Path) -> str:
    return "\n".join(line for line in log.read_text().splitlines() if line.startswith("error"))


def _check_the_file(path: Path, log: Path) -> None:
    open_data_file(path, create=False)  # quick_check, lock, version: as the app opens it
    try:
        # integrity_check, FKs, schema, search index, books, series, audit chain and anchors
        assert health.check().problems == []
        for description, sql in INCOMPLETE.items():
            rows = database.execute_sql(sql).fetchall()
            assert rows == [], f"{description}: {rows[:5]}"
        _committed_documents_are_there(log)
        _balances_match_the_documents()
    finally:
        close_data_file()


_TABLE = {"invoice": "sales_doc", "cancel": "sales_doc", "receipt": "receipt", "contra": "contra"}


def _committed_documents_are_there(log: Path) -> None:
    """Every line of the log (all kills so far) against the documents in the file, read once a
    table rather than once a line: the log grows to thousands of lines."""
    status = {
        (table, str(number)): str(state)
        for table in sorted(set(_TABLE.values()))
        for number, state in database.execute_sql(f"SELECT number, status FROM {table}")
    }
    for line in log.read_text().splitlines():
        assert not line.startswith("error"), line
        kind, number = line.split(" ", 1)
        row = status.get((_TABLE[kind], number))
        assert row is not None, f"committed {kind} {number} is missing after the kill"
        if kind == "cancel":
            assert row == "cancelled", f"committed cancellation of {number} is lost"


def _balances_match_the_documents() -> None:
    """Each balance the app reports equals one recomputed from the documents themselves."""
    expected: dict[int, int] = {}

    def add(sql: str) -> None:
        for customer_id, amount in database.execute_sql(sql).fetchall():
            expected[customer_id] = expected.get(customer_id, 0) + int(amount)

    add(
        """SELECT customer_id, SUM(CASE WHEN kind = 'credit_note' THEN -grand_total
                                      ELSE grand_total END)
           FROM sales_doc WHERE status = 'posted' GROUP BY customer_id"""
    )
    add(
        "SELECT customer_id, -SUM(amount) FROM receipt WHERE status = 'posted' GROUP BY customer_id"
    )
    add(
        """SELECT customer_id, SUM(amount) FROM payment_out
           WHERE status = 'posted' AND purpose = 'refund' GROUP BY customer_id"""
    )
    for (customer_id,) in database.execute_sql("SELECT id FROM customer").fetchall():
        assert balances.balance_of(customer_id) == expected.get(customer_id, 0), customer_id
