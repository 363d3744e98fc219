"""The second kill test's worker: one kind of work in a loop until it is killed (see
test_crash_modes.py).

Run as `python crash_modes.py`; it imports the app once, then serves lines on stdin:
`run MODE AFTER DELAY_MS SEED ARGS...` forks a child that does MODE's work and is killed with
SIGKILL DELAY_MS after the work starts and AFTER imports, backups or restores have finished (the
child says both on a pipe; `inside` kills itself from inside SQLite); the answer is
`killed STATUS`. Modes:
- `inside SHOP`: posts invoices and receipts with a progress handler on the connection that
  SIGKILLs the process after a random number of SQLite virtual-machine steps, so the kill lands
  inside a statement or a commit, not between them;
- `import SHOP SHEET`: imports the customers sheet again and again (all rows or none);
- `backup SHOP`: backs the shop up again and again;
- `restore SHOP BACKUP`: restores the backup over the shop again and again;
- `migrate SHOP`: opens (and so migrates) an old-version shop file once.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time
import traceback
from datetime import date, datetime, timedelta
from pathlib import Path

from vyapar_lite.db import close_data_file, database, open_data_file
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import backup_restore, backups, customer_import, payments, sales

DAY = date(2026, 5, 10)


def inside(shop: Path, rng: random.Random) -> None:
    open_data_file(shop, create=False)
    steps = rng.randint(1, 100)  # times the interval below: within the first few postings

    def countdown() -> int:
        nonlocal steps
        steps -= 1
        if steps <= 0:
            os.kill(os.getpid(), signal.SIGKILL)
        return 0

    database.connection().set_progress_handler(countdown, rng.choice((50, 200, 1000)))
    while True:
        try:
            if rng.random() < 0.6:
                line = LineInput("RICE5", rng.randint(1, 5) * 1000, 65000, 500, item_code="RICE5")
                sales.post_invoice(sales.InvoiceDraft(rng.choice(("RETAIL1", "CASH")), DAY,
                                                      [line], received=0))  # fmt: skip
            else:
                payments.record_receipt(
                    payments.ReceiptDraft("RETAIL1", DAY, rng.randint(1, 50) * 1000)
                )
        except ValidationError:
            continue


def import_again(shop: Path, sheet: Path) -> None:
    from vyapar_lite.exports.workbook import read_first_sheet

    open_data_file(shop, create=False)
    data = read_first_sheet(sheet)
    _ready()
    while True:
        customer_import.import_customers(data)
        _done()


def backup_again(shop: Path, rng: random.Random) -> None:
    open_data_file(shop, create=False)
    when = datetime(2026, 5, 10, 20, 0) + timedelta(minutes=rng.randint(0, 10**6))
    _ready()
    while True:
        when += timedelta(seconds=1)
        backups.back_up(now=when)
        _done()


def restore_again(shop: Path, backup: Path, rng: random.Random) -> None:
    when = datetime(2026, 5, 10, 20, 0) + timedelta(minutes=rng.randint(0, 10**6))
    _ready()
    while True:
        when += timedelta(seconds=1)
        backup_restore.restore(backup, shop, now=when)
        _done()


def migrate(shop: Path) -> None:
    _ready()
    open_data_file(shop, create=False)
    close_data_file()
    time.sleep(60)  # done: wait to be killed


_READY = [-1]  # the child's end of the pipe to the worker


def _ready() -> None:
    """Tell the worker the repeated work starts now, so no kill is spent on opening the shop or
    reading the sheet on a machine that is slow today."""
    os.write(_READY[0], b"r")


def _done() -> None:
    """Tell the worker one import, backup or restore finished: it waits for AFTER of them before
    its DELAY_MS starts, so on a slow or busy machine some kills still land after whole ones."""
    os.write(_READY[0], b"d")


def serve() -> None:
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] == "quit":
            return
        mode, after, delay_ms = words[1], int(words[2]), int(words[3])
        seed, args = int(words[4]), words[5:]
        ready, ready_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(ready)
            _READY[0] = ready_w
            _child(mode, seed, [Path(a) for a in args])
        os.close(ready_w)
        if mode == "inside":  # it kills itself; a guard in case it finishes the steps early
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:
                done, status = os.waitpid(pid, os.WNOHANG)
                if done:
                    break
                time.sleep(0.005)
            else:
                os.kill(pid, signal.SIGKILL)
                _, status = os.waitpid(pid, 0)
        else:
            alive = os.read(ready, 1) == b"r"  # the work starts now (b"": it ended before)
            for _ in range(after):
                alive = alive and os.read(ready, 1) == b"d"
            if alive:
                time.sleep(delay_ms / 1000)
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
        os.close(ready)
        print(f"killed {status}", flush=True)


def _child(mode: str, seed: int, args: list[Path]) -> None:
    rng = random.Random(seed)
    try:
        if mode == "inside":
            inside(args[0], rng)
        elif mode == "import":
            import_again(args[0], args[1])
        elif mode == "backup":
            backup_again(args[0], rng)
        elif mode == "restore":
            restore_again(args[0], args[1], rng)
        elif mode == "migrate":
            migrate(args[0])
    except BaseException:
        sys.stderr.write(traceback.format_exc())
    finally:
        os._exit(3)


if __name__ == "__main__":
    serve()
