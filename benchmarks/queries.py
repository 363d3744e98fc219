"""Raw SQLite timings on the big shop: all-customer balances, the open-time checks, opening.

    python benchmarks/queries.py [--data FILE] [--runs 5] [--no-cold] [--integrity]

Measured in this process, each as median and min seconds of --runs:

- balances: `SELECT customer_id, SUM(debit)-SUM(credit) FROM ledger_entry GROUP BY customer_id`
  through the standard `sqlite3` module (and its query plan);
- quick_check: `PRAGMA quick_check`, which the app runs at every open, on a fresh connection;
- open_data_file: the app's whole open (lock, checks including quick_check, migration check);
- with the cache cold (unless --no-cold): the same after dropping the shop file from the OS page
  cache (Linux `posix_fadvise(DONTNEED)`, that file only), as on the first open after a reboot,
  plus quick_check after first reading the file front to back (a possible remedy);
- --integrity: one `PRAGMA integrity_check` (the full check; not run by the app at open).

Nothing is written to the file, except that the first open_data_file migrates a file made by an
older version, as the app would. Balances and quick_check use a fresh connection per run, so
SQLite's own page cache starts empty and only the OS page cache differs between warm and cold.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

try:
    from vyapar_lite.db import close_data_file, open_data_file
except ModuleNotFoundError:  # run without PYTHONPATH=src
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from vyapar_lite.db import close_data_file, open_data_file

from startup import DEFAULT_DATA, OtherLoad, drop_from_page_cache

BALANCES = "SELECT customer_id, SUM(debit)-SUM(credit) FROM ledger_entry GROUP BY customer_id"


def on_fresh_connection(path: Path, sql: str) -> Callable[[], object]:
    def run() -> object:
        con = sqlite3.connect(path)
        try:
            return con.execute(sql).fetchall()
        finally:
            con.close()

    return run


def open_and_close(path: Path) -> Callable[[], object]:
    def run() -> object:
        opened = open_data_file(path, create=False)
        close_data_file()
        return opened

    return run


def read_through_then(path: Path, then: Callable[[], object]) -> Callable[[], object]:
    def run() -> object:
        with path.open("rb") as f:
            while f.read(1 << 20):
                pass
        return then()

    return run


def timings(work: Callable[[], object], runs: int, cold: Path | None) -> list[float]:
    work()  # warm-up (also warms the OS cache for the warm runs)
    seconds = []
    for _ in range(runs):
        if cold is not None:
            drop_from_page_cache(cold)
        started = time.perf_counter()
        work()
        seconds.append(time.perf_counter() - started)
    return seconds


def line(label: str, seconds: list[float]) -> str:
    return f"{label:<48} {statistics.median(seconds):8.3f} {min(seconds):8.3f}"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shop file to read")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each (default 5)")
    parser.add_argument("--no-cold", action="store_true", help="skip the cold-cache timings")
    parser.add_argument("--integrity", action="store_true", help="also time integrity_check")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    path: Path = args.data.expanduser().absolute()
    if not path.exists():
        print(f"queries: no shop file at {path} (run generate_shop.py first)", file=sys.stderr)
        return 2
    con = sqlite3.connect(path)
    entries = con.execute("SELECT COUNT(*) FROM ledger_entry").fetchone()[0]
    customers = con.execute("SELECT COUNT(*) FROM customer").fetchone()[0]
    plan = " / ".join(row[3] for row in con.execute(f"EXPLAIN QUERY PLAN {BALANCES}"))
    con.close()
    print(f"{path}: {path.stat().st_size / 1e6:.1f} MB, {customers:,} customers, "
          f"{entries:,} ledger entries; SQLite {sqlite3.sqlite_version}")  # fmt: skip
    print(f"balances plan: {plan}")
    print(f"{'seconds':<48} {'median':>8} {'min':>8}")
    balances = on_fresh_connection(path, BALANCES)
    quick_check = on_fresh_connection(path, "PRAGMA quick_check")
    result = quick_check()
    if result != [("ok",)]:
        print(f"quick_check reports problems: {result!r:.300}", file=sys.stderr)
        return 1
    other_load = OtherLoad()
    rows: list[tuple[str, Callable[[], object], bool]] = [
        ("balances, all customers", balances, False),
        ("PRAGMA quick_check", quick_check, False),
        ("open_data_file (lock, checks, migrations)", open_and_close(path), False),
    ]
    if not args.no_cold:
        rows += [
            ("balances, all customers (cold file)", balances, True),
            ("PRAGMA quick_check (cold file)", quick_check, True),
            ("open_data_file (cold file)", open_and_close(path), True),
            ("read file front to back + quick_check (cold)", read_through_then(path, quick_check),
             True),
        ]  # fmt: skip
    for label, work, cold in rows:
        print(line(label, timings(work, args.runs, path if cold else None)), flush=True)
    if args.integrity:
        integrity = on_fresh_connection(path, "PRAGMA integrity_check")
        print(line("PRAGMA integrity_check (one run)", timings(integrity, 1, None)))
    print(other_load.describe())
    return 0


if __name__ == "__main__":
    sys.exit(main())
