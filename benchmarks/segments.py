"""Customer segments on the big shop: best customers, loyal, slow payers, dormant, by type and
by category (`services.segments`, `slow_payers`, `segment_groups`).

    python benchmarks/segments.py [--data benchmarks/data/shop-10k-1m.vyapar] [--runs 5] [--keep]

The generated shop has ledger entries but no sales documents, so the script works on a copy in
benchmarks/data/segments/ (the file given by --data is never opened): the copy is opened with
`open_data_file` (migrated as the app would), then every ledger invoice becomes a posted
`sales_doc` (1 in 50 a cancelled one, 1 in 40 followed by a credit note for a tenth of it, due
after the customer's payment terms) and every receipt is allocated to the customer's oldest
invoice, in one SQL transaction. Then each segment runs once to warm up and --runs times;
the median and min are printed. Aim: under 1 s each.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

try:
    from vyapar_lite.db import close_data_file, database, open_data_file
except ModuleNotFoundError:  # run without PYTHONPATH=src
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from vyapar_lite.db import close_data_file, database, open_data_file

from vyapar_lite.services import segment_groups, segments, slow_payers

DEFAULT = Path(__file__).resolve().parent / "data" / "shop-10k-1m.vyapar"
WORK = Path(__file__).resolve().parent / "data" / "segments"

_DOCUMENTS = [
    """INSERT INTO sales_doc (id, kind, number, fin_year, doc_date, due_date, customer_id,
           place_of_supply, tax_kind, taxable_total, grand_total, status, created_at)
       SELECT e.id, 'invoice', 'B' || e.id, '2026-27', e.entry_date,
              date(e.entry_date, '+' || c.payment_terms_days || ' days'), e.customer_id, '27',
              'intra', e.debit, e.debit, CASE WHEN e.id % 50 = 0 THEN 'cancelled' ELSE 'posted' END,
              e.created_at
       FROM ledger_entry e JOIN customer c ON c.id = e.customer_id WHERE e.kind = 'invoice'""",
    """INSERT INTO sales_doc (kind, number, fin_year, doc_date, customer_id, place_of_supply,
           tax_kind, against_id, taxable_total, grand_total, status, created_at)
       SELECT 'credit_note', 'CN' || d.id, d.fin_year, date(d.doc_date, '+3 days'), d.customer_id,
              '27', 'intra', d.id, d.grand_total / 10, d.grand_total / 10, 'posted', d.created_at
       FROM sales_doc d WHERE d.kind = 'invoice' AND d.id % 40 = 0 AND d.status = 'posted'""",
    """INSERT INTO receipt (id, number, fin_year, receipt_date, customer_id, amount, mode,
           status, created_at)
       SELECT e.id, 'BR' || e.id, '2026-27', e.entry_date, e.customer_id, e.credit, 'cash',
              'posted', e.created_at
       FROM ledger_entry e WHERE e.kind = 'receipt' AND e.credit > 0""",
    # each receipt settles (part of) the customer's latest invoice before it
    """INSERT INTO allocation (receipt_id, doc_id, amount, created_at)
       SELECT r.id, d.id, MIN(r.amount, d.grand_total), r.created_at
       FROM receipt r JOIN sales_doc d ON d.id = (
           SELECT d2.id FROM sales_doc d2 WHERE d2.customer_id = r.customer_id
             AND d2.kind = 'invoice' AND d2.doc_date <= r.receipt_date
           ORDER BY d2.doc_date DESC LIMIT 1)""",
]


def prepare(source: Path, keep: bool) -> Path:
    WORK.mkdir(parents=True, exist_ok=True)
    copy = WORK / source.name
    if keep and copy.exists():
        return copy
    shutil.copyfile(source, copy)
    open_data_file(copy)
    started = time.perf_counter()
    with database.atomic():
        for statement in _DOCUMENTS:
            database.execute_sql(statement)
    counts = {
        table: database.execute_sql(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        for table in ("customer", "ledger_entry", "sales_doc", "allocation")
    }
    print(f"documents made in {time.perf_counter() - started:.1f} s: {counts}")
    close_data_file()
    return copy


def timed(name: str, work: Callable[[], object], runs: int) -> None:
    result = work()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    rows = len(result) if isinstance(result, list) else 0
    print(f"{name:<34} median {statistics.median(times):6.3f} s  min {min(times):6.3f} s"
          f"  ({rows:,} rows)")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", action="store_true", help="keep (and reuse) the working copy")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"{args.data} is missing: make it with benchmarks/generate_shop.py (see README)")
        return 1
    copy = prepare(args.data, args.keep)
    open_data_file(copy)
    try:
        end = date(2026, 11, 22)
        year = (date(2026, 4, 1), end)
        timed("best customers (year, top 50)", lambda: segments.best_customers(*year), args.runs)
        timed("best customers (year, all)",
              lambda: segments.best_customers(*year, limit=None), args.runs)  # fmt: skip
        timed("loyal (5 of 6 months)", lambda: segments.loyal_customers(end), args.runs)
        timed("dormant (90 days)", lambda: segments.dormant_customers(end), args.runs)
        timed("slow payers (year)", lambda: slow_payers.slow_payers(*year), args.runs)
        timed("by type", lambda: segment_groups.customer_groups("type", *year), args.runs)
        by_category = lambda: segment_groups.customer_groups("category", *year)  # noqa: E731
        general = lambda: segment_groups.group_members("type", "General", *year)  # noqa: E731
        timed("by category", by_category, args.runs)
        timed("one type's customers (General)", general, args.runs)
    finally:
        close_data_file()
        if not args.keep:
            for path in WORK.glob(f"{copy.name}*"):
                path.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
