"""Saving a receipt auto-allocated across 50 open invoices on the big shop: p95 under 20 ms.

    python benchmarks/receipt.py [--data FILE] [--runs 60] [--invoices 50] [--max-ms 20] [--keep]

The big shop (`generate_shop.py`, 10,000 customers and 1,000,000 ledger entries) is copied with
SQLite's online backup to a temporary file (the benchmark data is never changed; opening the copy
runs any pending migrations). Each run takes the next of the busiest customers (about 2,000
ledger entries each), posts 50 invoices for it through `sales.post_invoice` (untimed), then
times `payments.record_receipt` of their total by UPI with automatic allocation (oldest due
first): call to return, i.e. the validation, the open invoices' outstanding, the receipt, its
ledger credit, 50 allocations, the audit row, the commit and the `ReceiptView` read back.

With `--same-customer` every run uses the busiest customer, so its paid invoices pile up (50 more
a run): the last runs show what a long-standing customer with thousands of invoices costs.

Also timed: `payments.preview_receipt` (the form calls it as the amount is typed) and
`payments.open_invoices` (the allocation grid). Prints median, p95 and max in milliseconds; exits
1 when `record_receipt`'s p95 exceeds --max-ms.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

try:
    from vyapar_lite.db import close_data_file, open_data_file
except ModuleNotFoundError:  # run without PYTHONPATH=src
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from vyapar_lite.db import close_data_file, open_data_file

from post_invoice import copy_shop, p95, row
from startup import DEFAULT_DATA, OtherLoad

from vyapar_lite.db import database
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import payments, sales

DAY = date(2026, 11, 23)


def busiest_customers(count: int) -> list[str]:
    rows = database.execute_sql(
        """SELECT c.code FROM customer c JOIN ledger_entry e ON e.customer_id = c.id
           WHERE c.is_active AND NOT c.is_cash AND NOT c.stop_sales
           GROUP BY c.id ORDER BY COUNT(*) DESC LIMIT ?""",
        (count,),
    ).fetchall()
    return [str(r[0]) for r in rows]


def busiest_customer() -> str:
    return busiest_customers(1)[0]


def post_invoices(code: str, count: int, run: int) -> int:
    """`count` invoices dated over the last weeks (different due dates); returns their total."""
    total = 0
    for n in range(count):
        line = LineInput("Goods", 1000, 10000 + 100 * ((run * count + n) % 997), 500)
        on = DAY - timedelta(days=(n * 7) % 60)
        total += sales.post_invoice(
            sales.InvoiceDraft(code, on, [line], confirm_unusual_date=True)
        ).totals.grand_total
    return total


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the big shop file")
    parser.add_argument("--runs", type=int, default=60, help="timed receipts")
    parser.add_argument("--invoices", type=int, default=50, help="open invoices per receipt")
    parser.add_argument("--max-ms", type=float, default=20.0, help="p95 target for a receipt")
    parser.add_argument(
        "--same-customer", action="store_true", help="every run for the busiest customer"
    )
    parser.add_argument("--keep", action="store_true", help="keep the copy (its path is printed)")
    args = parser.parse_args(argv)
    if args.runs < 20:
        parser.error("--runs must be at least 20 for a p95")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    source: Path = args.data.expanduser().absolute()
    if not source.exists():
        print(f"receipt: no shop file at {source} (run generate_shop.py first)", file=sys.stderr)
        return 2
    folder = Path(tempfile.mkdtemp(prefix="vyapar-bench-"))
    worst = 0.0
    try:
        started = time.perf_counter()
        copy = copy_shop(source, folder)
        opened = open_data_file(copy, create=False)
        entries = database.execute_sql("SELECT COUNT(*) FROM ledger_entry").fetchone()[0]
        print(
            f"{source.name} copied and opened in {time.perf_counter() - started:.1f} s "
            f"(schema {opened.migrated_from} -> {opened.schema_version}); "
            f"{entries:,} ledger entries; SQLite {sqlite3.sqlite_version}"
        )
        codes = busiest_customers(1 if args.same_customer else args.runs)
        other_load = OtherLoad()
        saves: list[float] = []
        previews: list[float] = []
        grids: list[float] = []
        for run in range(args.runs):
            code = codes[run % len(codes)]
            total = post_invoices(code, args.invoices, run)
            draft = payments.ReceiptDraft(
                code, DAY, total, mode="upi", reference=f"UPI-{run}", confirm_unusual_date=True
            )
            t0 = time.perf_counter()
            open_docs = payments.open_invoices(code, on=DAY)
            t1 = time.perf_counter()
            payments.preview_receipt(draft)
            t2 = time.perf_counter()
            view = payments.record_receipt(draft)
            t3 = time.perf_counter()
            assert len(open_docs) >= args.invoices and len(view.settled) >= args.invoices
            grids.append(t1 - t0)
            previews.append(t2 - t1)
            saves.append(t3 - t2)
        print(f"milliseconds{'':<32} {'median':>7} {'p95':>7} {'max':>7}")
        who = codes[0] if args.same_customer else f"{len(codes)} customers"
        print(row(f"record_receipt, {args.invoices} invoices, {who}", saves))
        if args.same_customer:
            print(row("  first half of the runs", saves[: len(saves) // 2]))
            print(row("  second half (more paid invoices)", saves[len(saves) // 2 :]))
        print(row("preview_receipt", previews))
        print(row("open_invoices", grids))
        print(other_load.describe())
        worst = p95(saves) * 1000
        close_data_file()
        if args.keep:
            print(f"kept {copy}")
    finally:
        close_data_file()
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    if worst > args.max_ms:
        print(f"record_receipt p95 {worst:.2f} ms is over the target {args.max_ms:g} ms")
        return 1
    print(f"record_receipt p95 {worst:.2f} ms: within the target {args.max_ms:g} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
