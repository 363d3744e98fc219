"""The kill test's worker: posts documents in a loop until it is killed (see test_crash_kill.py).

Run as `python crash_worker.py SHOP_FILE LOG_FILE`. It imports the app once, then serves lines on
stdin: `run AFTER DELAY_MS SEED` forks a child that opens the shop and posts invoices, receipts,
cancellations and contra settlements as fast as it can. The child says on a pipe when it has the
shop open and after each document it committed; once it has committed AFTER documents, DELAY_MS
later, the worker kills the child with SIGKILL, reaps it and answers `killed STATUS COMMITS`.
Counting commits rather than time since opening puts the kills inside postings however slow or busy
the machine is (a busy machine once turned most timed kills into kills before any posting). A fork
costs milliseconds where a new interpreter costs most of a second, so hundreds of kills fit in a
test. Each child appends one line per committed document to LOG_FILE (`invoice NUMBER`, `receipt
NUMBER`, `cancel NUMBER`, `contra NUMBER`) after the service returned, with one unbuffered write.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time
import traceback
from datetime import date
from pathlib import Path

from vyapar_lite.db import open_data_file
from vyapar_lite.db.models import SalesDoc
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import payments, sales, sales_cancel

DAY = date(2026, 5, 10)
CUSTOMERS = ("RETAIL1", "RETAIL2", "SUPPLIER")
ITEMS = (("RICE5", 65000, 500), ("OIL1", 15500, 500), ("TIFFIN", 42000, 1800))


def post_forever(shop: Path, log_fd: int, seed: int, ready_fd: int) -> None:
    rng = random.Random(seed)
    open_data_file(shop, create=False)
    os.write(ready_fd, b"r")  # open: the worker starts counting commits now
    bill_no = seed * 1000
    while True:
        op = rng.choices(("invoice", "receipt", "cancel", "contra"), (5, 3, 1, 1))[0]
        try:
            if op == "invoice":
                number = _invoice(rng)
            elif op == "receipt":
                number = payments.record_receipt(
                    payments.ReceiptDraft(rng.choice(CUSTOMERS), DAY, rng.randint(1, 500) * 1000)
                ).number
            elif op == "cancel":
                number = _cancel(rng)
            else:
                bill_no += 1
                number = _contra(rng, bill_no)
        except ValidationError:
            continue  # a refused change (nothing to settle, ...) is fine
        if number:
            os.write(log_fd, f"{op} {number}\n".encode())
            os.write(ready_fd, b"c")  # committed (the worker may not be reading any more)


def _invoice(rng: random.Random) -> str:
    lines = []
    for code, rate, gst in rng.sample(ITEMS, rng.randint(1, 3)):
        lines.append(
            LineInput(code, rng.randint(1, 5) * 1000, rate, gst, item_code=code, discount_bp=0)
        )
    customer = rng.choice(("CASH", *CUSTOMERS))
    draft = sales.InvoiceDraft(customer, DAY, lines)
    if customer == "CASH" or rng.random() < 0.3:
        total = sales.preview_invoice(draft).totals.grand_total
        paid = total if customer == "CASH" else rng.randint(1, total)
        draft = sales.InvoiceDraft(customer, DAY, lines, received=paid)
    return sales.post_invoice(draft).number


def _cancel(rng: random.Random) -> str:
    posted = list(
        SalesDoc.select(SalesDoc.number)
        .where((SalesDoc.status == "posted") & (SalesDoc.kind == "invoice"))
        .order_by(SalesDoc.id.desc())
        .limit(20)
    )
    if not posted:
        return ""
    number = str(rng.choice(posted).number)
    sales_cancel.cancel_invoice(number, "kill test")
    return number


def _contra(rng: random.Random, bill_no: int) -> str:
    total = rng.randint(1, 200) * 1000
    gst = total * 18 // 118
    payments.record_bill(
        payments.BillDraft(
            "SUPPLIER", f"B{bill_no}", DAY, taxable=total - gst, gst=gst, total=total
        )
    )
    return payments.post_contra("SUPPLIER", DAY).number


def serve(shop: Path, log: Path) -> None:
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] == "quit":
            return
        after, delay_ms, seed = int(words[1]), int(words[2]), int(words[3])
        before = _lines(log)
        ready, ready_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(ready)
            _child(shop, log, seed, ready_w)
        os.close(ready_w)
        alive = os.read(ready, 1) == b"r"  # the child has the shop open (or ended: b"")
        for _ in range(after):
            alive = alive and os.read(ready, 1) == b"c"
        if alive:
            time.sleep(delay_ms / 1000)
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        os.close(ready)
        print(f"killed {status} {_lines(log) - before}", flush=True)


def _child(shop: Path, log: Path, seed: int, ready_fd: int) -> None:
    code = 3
    try:
        fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        post_forever(shop, fd, seed, ready_fd)
    except BaseException:
        with open(log, "a", encoding="utf-8") as f:
            f.write("error " + traceback.format_exc().replace("\n", " | ") + "\n")
    finally:
        os._exit(code)


def _lines(log: Path) -> int:
    try:
        return log.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


if __name__ == "__main__":
    serve(Path(sys.argv[1]), Path(sys.argv[2]))
