"""GSTR-1 on a big shop with documents: the month's tables, the JSON and the Excel workbook.

    python benchmarks/gstr1.py [--data FILE] [--month YYYY-MM] [--runs 3]

`--data` is a shop made by `generate_shop.py --documents` (default
benchmarks/data/shop-10k-1m-docs.vyapar); it is never opened itself: a copy in
benchmarks/data/gstr1/ is (opening migrates it, as the app would) and is removed afterwards.
`--month` defaults to the last whole month with invoices. Times (median and min of --runs, after
one warm-up) for: reading and classifying the month (`services.returns.gstr1.gstr1`), the
not-ready check, writing the JSON, writing the workbook; the other processes' CPU load is shown.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

try:
    from vyapar_lite.db import close_data_file, open_data_file
except ModuleNotFoundError:  # run without PYTHONPATH=src
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from vyapar_lite.db import close_data_file, open_data_file

from startup import OtherLoad

BENCHMARKS = Path(__file__).resolve().parent
DEFAULT_DATA = BENCHMARKS / "data" / "shop-10k-1m-docs.vyapar"
WORK = BENCHMARKS / "data" / "gstr1"


def timed(work: Callable[[], object], runs: int) -> list[float]:
    work()  # warm-up
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        seconds.append(time.perf_counter() - started)
    return seconds


def show(label: str, seconds: list[float], note: str = "") -> None:
    median, low = statistics.median(seconds), min(seconds)
    print(f"{label:<44} {median:8.2f} s {low:8.2f} s  {note}", flush=True)


def last_whole_month(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        last = con.execute("SELECT MAX(doc_date) FROM sales_doc WHERE kind = 'invoice'").fetchone()
    finally:
        con.close()
    if not last or not last[0]:
        raise SystemExit(f"{path} has no invoices: make it with generate_shop.py --documents")
    month_start = date.fromisoformat(last[0]).replace(day=1)
    previous = month_start - timedelta(days=1)
    return f"{previous:%Y-%m}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--month", help="YYYY-MM (default: the last whole month with invoices)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not args.data.is_file():
        raise SystemExit(f"no shop file at {args.data}: run generate_shop.py --documents first")
    WORK.mkdir(parents=True, exist_ok=True)
    copy = WORK / "shop.vyapar"
    for suffix in ("", "-wal", "-shm", ".lock"):
        copy.with_name(copy.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(args.data, copy)
    month = args.month or last_whole_month(copy)

    from vyapar_lite.exports.gstr1_json import write_gstr1_json
    from vyapar_lite.exports.gstr1_workbook import write_gstr1_workbook
    from vyapar_lite.services import shop
    from vyapar_lite.services.returns import gstr1, period, readiness

    load = OtherLoad()
    open_data_file(copy)
    try:
        profile = shop.get_profile()
        assert profile is not None
        when = period.parse_month(month)
        tables = gstr1.gstr1(when)
        docs = sum(r.total for r in tables.doc_issue)
        print(f"GSTR-1 for {when.label} on {args.data.name}: {docs:,} documents, "
              f"{len(tables.b2b):,} b2b, {len(tables.b2cl):,} b2cl, {len(tables.b2cs):,} b2cs "
              f"rows, {len(tables.hsn_b2b) + len(tables.hsn_b2c):,} HSN rows")  # fmt: skip
        print(f"{'':<44} {'median':>10} {'min':>10}")
        show("read and classify the month (gstr1)", timed(lambda: gstr1.gstr1(when), args.runs))
        show("not-ready check", timed(lambda: readiness.not_ready(when), args.runs))
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder)
            show("write the JSON (tables already worked out)",
                 timed(lambda: write_gstr1_json(out / "g.json", tables, profile.gstin), args.runs),
                 f"{(out / 'g.json').stat().st_size / 1e6:.1f} MB")  # fmt: skip
            show("write the workbook (tables already worked out)",
                 timed(lambda: write_gstr1_workbook(out / "g.xlsx", tables), args.runs),
                 f"{(out / 'g.xlsx').stat().st_size / 1e6:.1f} MB")  # fmt: skip
    finally:
        close_data_file()
        for suffix in ("", "-wal", "-shm", ".lock"):
            copy.with_name(copy.name + suffix).unlink(missing_ok=True)
    busy = load.cores()
    if busy is not None:
        print(f"other processes used about {busy:.1f} cores meanwhile")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
