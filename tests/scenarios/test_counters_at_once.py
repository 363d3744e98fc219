"""Several counters posting on one server at once keep the books right (issue 18).

Four processes post invoices and receipts at the same moment for the same few customers, some
of them stopped at a credit limit. Afterwards every series is gapless with distinct numbers,
every balance equals its postings (`check`), no stop-sales customer is over the limit, and the
audit chain is one unbroken chain.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import TEST_SHOP
from factories import make_customer
from vyapar_lite.db import close_data_file, open_data_file
from vyapar_lite.db.models import AuditEntry, Customer, Receipt, SalesDoc
from vyapar_lite.services import audit_chain, balances, health, shop

WORKER = Path(__file__).with_name("counter_worker.py")
COUNTERS = 4
EACH = int(os.environ.get("VYAPAR_COUNTER_DOCS", "250"))  # 4 x 250 = 1,000 documents
LIMIT = 500000  # ₹5,000

pytestmark = pytest.mark.slow


def _serial(number: str) -> int:
    return int(number.rsplit("/", 1)[1])


def test_four_counters_posting_at_once_keep_the_books_right(shop_server) -> None:  # type: ignore[no-untyped-def]
    address = shop_server.new_shop()
    open_data_file(address)
    shop.save_profile(TEST_SHOP)
    free = [make_customer(f"Open Account {i}").code for i in range(4)]
    stopped = [
        make_customer(
            f"Stopped {i}", credit_limit=LIMIT, check_credit_limit=True, stop_sales=True
        ).code
        for i in range(3)
    ]
    close_data_file()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    customers = ",".join(free + stopped)
    counters = [
        subprocess.Popen(
            [
                sys.executable,
                str(WORKER),
                address.url,
                str(seed),
                str(EACH),
                customers,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for seed in range(COUNTERS)
    ]
    results = [c.communicate(timeout=1200) for c in counters]
    for counter, (_out, err) in zip(counters, results, strict=True):
        assert counter.returncode == 0, err[-3000:]
    invoices = sum(int(out.split()[0]) for out, _ in results)
    refused = sum(int(out.split()[1]) for out, _ in results)
    receipts = sum(int(out.split()[2]) for out, _ in results)
    assert invoices + refused + receipts == COUNTERS * EACH
    assert refused > 0  # the stop-sales limit was reached and held

    open_data_file(address, create=False)
    try:
        numbers = [d.number for d in SalesDoc.select().where(SalesDoc.kind == "invoice")]
        assert sorted(_serial(n) for n in numbers) == list(range(1, invoices + 1))
        taken = [r.number for r in Receipt.select()]
        assert sorted(_serial(n) for n in taken) == list(range(1, receipts + 1))
        for code in stopped:
            owing = balances.balance_of(Customer.get(Customer.code == code).id)
            assert 0 < owing <= LIMIT, (code, owing)
        assert audit_chain.verify() is None
        assert AuditEntry.select().count() > invoices + receipts
        result = health.check()
        assert result.ok, result.problems[:10]
    finally:
        close_data_file()
        shop_server.drop(address)
