"""Backing up the big shop: how long it takes, and a consistent copy while invoices keep coming.

    python benchmarks/backup.py [--data FILE] [--runs 3]

The big shop (`generate_shop.py`: 10,000 customers, 1,000,000 ledger entries) is first copied to a
temporary file, so the benchmark data is never changed. Then:

1. `sqlite_features.backup_to` alone (SQLite's online backup into a new file); the whole
   `backups.back_up_file` with `integrity_check`; the app's backup (the copy, `quick_check` and
   row counts on it, rename, rotation: what Back up now and the daily backup wait for) and then
   `check_in_full` (the full `integrity_check` the app runs afterwards in the background), each
   --runs times; an encrypted backup (checked in full before encrypting) once.
2. The app's backup while another thread posts 10-line invoices through `services.sales` as fast
   as it can: the copy must pass `integrity_check` and hold only whole invoices (every invoice with
   its 10 lines and its ledger entry; none half there), and invoices must have been posted while
   the backup ran.
Prints seconds; exits 1 when the copy is not consistent or the app's backup takes 3 s or more.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

try:
    from vyapar_lite.db import close_data_file, open_data_file
except ModuleNotFoundError:  # run without PYTHONPATH=src
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from vyapar_lite.db import close_data_file, open_data_file

from post_invoice import DAY, add_items, busiest_checked_customer, copy_shop
from startup import DEFAULT_DATA, OtherLoad

from vyapar_lite.db import database, sqlite_features
from vyapar_lite.services import backups, sales, threads

LIMIT_SECONDS = 3.0


def time_backups(copy: Path, folder: Path, runs: int) -> float:
    """Prints the timings; returns the median of the app's backup (copy + quick_check)."""
    plain, checked, quick, in_full = [], [], [], []
    for n in range(runs):
        target = folder / f"raw-{n}.vyapar"
        started = time.perf_counter()
        sqlite_features.backup_to(copy, target)
        plain.append(time.perf_counter() - started)
        target.unlink()
        out = folder / f"checked-{n}"
        started = time.perf_counter()
        backups.back_up_file(copy, out)
        checked.append(time.perf_counter() - started)
        shutil.rmtree(out)
        started = time.perf_counter()
        info = backups.back_up_file(copy, out, full_check=False).info
        quick.append(time.perf_counter() - started)
        started = time.perf_counter()
        backups.check_in_full(info)
        in_full.append(time.perf_counter() - started)
        shutil.rmtree(out)
    started = time.perf_counter()
    info = backups.back_up_file(copy, folder / "encrypted", password="benchmark pass").info
    encrypted = time.perf_counter() - started
    size = copy.stat().st_size / 1e6
    print(f"shop file {size:.0f} MB; seconds: median (min-max) of {runs} runs")
    print(f"  online backup (backup_to) alone          {_spread(plain)}")
    print(f"  back_up_file: copy + integrity_check     {_spread(checked)}")
    print(f"  back_up_file: copy + quick_check (app)   {_spread(quick)}  <- limit 3 s")
    print(f"  then check_in_full, in the background    {_spread(in_full)}")
    print(f"  encrypted backup (scrypt + AES-GCM)      {encrypted:.2f} ({info.size / 1e6:.0f} MB)")
    return statistics.median(quick)


def _spread(seconds: list[float]) -> str:
    return f"{statistics.median(seconds):.2f} ({min(seconds):.2f}-{max(seconds):.2f})"


def backup_while_posting(copy: Path, folder: Path) -> bool:
    lines = add_items()
    customer = busiest_checked_customer()
    draft = sales.InvoiceDraft(
        customer, DAY, lines, received=10000, mode="upi", confirm_unusual_date=True
    )
    stop = threading.Event()
    posted: list[float] = []

    def keep_posting() -> None:
        try:
            while not stop.is_set():
                sales.post_invoice(draft)
                posted.append(time.perf_counter())
        finally:
            threads.end_of_work()

    before = _invoices(copy)
    poster = threading.Thread(target=keep_posting)
    poster.start()
    while len(posted) < 20:  # posting at full speed before the backup starts
        time.sleep(0.01)
    started = time.perf_counter()
    result = backups.back_up_file(copy, folder / "while-posting", full_check=False)
    ended = time.perf_counter()
    time.sleep(0.3)
    stop.set()
    poster.join()
    during = sum(1 for t in posted if started <= t <= ended)
    in_copy = _invoices(result.info.path)
    problems = sqlite_features.file_problems(result.info.path)
    partial = _partial_invoices(result.info.path)
    print(
        f"backup while posting: {ended - started:.2f} s; {during} invoices posted during it "
        f"({len(posted)} in all); the copy holds {in_copy - before} of them, "
        f"integrity_check {'ok' if not problems else problems[:3]}, "
        f"{partial} invoices not whole"
    )
    return not problems and partial == 0 and during > 0 and before < in_copy < before + len(posted)


def _invoices(path: Path) -> int:
    conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM sales_doc").fetchone()[0])
    finally:
        conn.close()


def _partial_invoices(path: Path) -> int:
    """Invoices in the copy without all 10 lines or without their ledger entry."""
    conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
    try:
        return int(
            conn.execute(
                """SELECT COUNT(*) FROM sales_doc d
                   WHERE (SELECT COUNT(*) FROM sales_doc_line l WHERE l.doc_id = d.id) != 10
                      OR NOT EXISTS (SELECT 1 FROM ledger_entry e
                                     WHERE e.doc_number = d.number AND e.kind = 'invoice')"""
            ).fetchone()[0]
        )
    finally:
        conn.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the big shop file")
    parser.add_argument("--runs", type=int, default=3, help="timed backups")
    args = parser.parse_args(argv)
    source: Path = args.data.expanduser().absolute()
    if not source.exists():
        print(f"backup: no shop file at {source} (run generate_shop.py first)", file=sys.stderr)
        return 2
    folder = Path(tempfile.mkdtemp(prefix="vyapar-bench-"))
    try:
        copy = copy_shop(source, folder)
        open_data_file(copy, create=False)
        entries = database.execute_sql("SELECT COUNT(*) FROM ledger_entry").fetchone()[0]
        print(f"{source.name}: {entries:,} ledger entries; SQLite {sqlite3.sqlite_version}")
        load = OtherLoad()
        backup_seconds = time_backups(copy, folder, args.runs)
        ok = backup_while_posting(copy, folder)
        print(load.describe())
    finally:
        close_data_file()
        shutil.rmtree(folder, ignore_errors=True)
    print("consistent copy: " + ("yes" if ok else "NO"))
    fast = backup_seconds < LIMIT_SECONDS
    print(f"backup {backup_seconds:.2f} s: " + ("under" if fast else "OVER") + " the 3 s limit")
    return 0 if ok and fast else 1


if __name__ == "__main__":
    sys.exit(main())
