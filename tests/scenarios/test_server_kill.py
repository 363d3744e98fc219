"""A counter killed mid-posting on a server leaves no half document (issue 18).

The file's kill test (test_crash_kill.py) against the session's throwaway PostgreSQL server: the
same worker (crash_worker.py) forks a child that opens the shop on the server and posts invoices,
receipts, cancellations and contra settlements until it is SIGKILLed a random 0-40 ms after its
0th, 1st or 2nd committed document in turn; the server rolls back what the dead connection had not
committed. After every kill the shop is opened as a counter opens it and must be whole
(`killed_books.py`): `check` clean (series gapless, postings, audit chain, schema), every document
with its lines, postings and audit row, every committed document there, every balance its
documents'. A handful of kills (VYAPAR_SERVER_KILLS, default 6): CI's time is short, and each kill
is a whole posting cycle.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import TEST_SHOP
from killed_books import check_after_kill, log_errors, stock_the_shop
from pg_cluster import Cluster
from vyapar_lite.db import close_data_file, database, open_data_file
from vyapar_lite.services import shop

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the worker forks (Linux, macOS)")

KILLS = int(os.environ.get("VYAPAR_SERVER_KILLS", "6"))
WORKER = Path(__file__).with_name("crash_worker.py")
SRC = Path(__file__).resolve().parents[2] / "src"


def test_a_counter_killed_mid_posting_leaves_no_half_document(
    shop_server: Cluster, tmp_path: Path, record_property: Callable[[str, object], None]
) -> None:
    address = shop_server.new_shop()
    open_data_file(address)
    shop.save_profile(TEST_SHOP)
    stock_the_shop()
    close_data_file()
    log = tmp_path / "committed.log"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
    }
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), address.url, str(log)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdin is not None and proc.stdout is not None
    rng = random.Random(int(os.environ.get("VYAPAR_KILL_SEED", "20261207")))
    mid_posting = 0
    try:
        for round_no in range(KILLS):
            proc.stdin.write(f"run {round_no % 3} {rng.randint(0, 40)} {round_no + 1}\n")
            proc.stdin.flush()
            answer = proc.stdout.readline().split()
            assert answer[:1] == ["killed"], f"the worker stopped: {answer}"
            status, committed = int(answer[1]), int(answer[2])
            assert os.WIFSIGNALED(status), log_errors(log)  # killed, not failed
            mid_posting += committed > 0
            check_after_kill(address, log)
    finally:
        proc.stdin.write("quit\n")
        proc.stdin.close()
        proc.wait(10)
        close_data_file()
        shop_server.drop(address)
    documents = len(log.read_text().splitlines())
    report = (
        f"server kill test: {KILLS} SIGKILLs ({mid_posting} after commits), {documents} documents"
    )
    print(report)
    record_property("server_kill_report", report)
    assert mid_posting >= KILLS // 2, (mid_posting, documents)  # kills landed mid-posting
    assert documents > 0


def test_the_kill_checks_find_a_half_document_on_a_server(
    shop_server: Cluster, tmp_path: Path
) -> None:
    """The checks after each kill can fail: a document without its lines is named."""
    from datetime import date

    from vyapar_lite.domain.invoice import LineInput
    from vyapar_lite.services import sales

    address = shop_server.new_shop()
    open_data_file(address)
    try:
        shop.save_profile(TEST_SHOP)
        stock_the_shop()
        rice = LineInput("RICE5", 1000, 65000, 500, item_code="RICE5", discount_bp=0)
        posted = sales.post_invoice(sales.InvoiceDraft("RETAIL1", date(2026, 5, 10), [rice]))
        with database.atomic():
            database.execute_sql(
                "DELETE FROM sales_doc_line WHERE doc_id = "
                "(SELECT id FROM sales_doc WHERE number = ?)",
                (posted.number,),
            )
        close_data_file()
        log = tmp_path / "committed.log"
        log.write_text(f"invoice {posted.number}\n")
        with pytest.raises(AssertionError):
            check_after_kill(address, log)
    finally:
        close_data_file()
        shop_server.drop(address)
