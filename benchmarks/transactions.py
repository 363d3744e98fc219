#!/usr/bin/env python3
"""The transactions import (history) on 100,000 rows: read, check (preview), import.

    python benchmarks/transactions.py [--rows 100000] [--customers 1000] [--seed 1] [--runs 1]

Makes a fresh shop in benchmarks/data/ with `--customers` customers, and a workbook of `--rows`
valid rows spread over them in date order through 2026-27: per customer an opening bill, then
invoices (18% GST), credit notes against some (a tenth of the invoice), debit notes, receipts
(about half with an Against number) that never pay more than is owed, and at the end a receipt
that overpays and a refund of part of it. Each run imports the whole file into a fresh copy of the
shop and checks what was written. Limit: the whole import (read + preview + import) under 20 s.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import TypeVar

try:
    from vyapar_lite.db import close_data_file, open_data_file
except ModuleNotFoundError:  # run without PYTHONPATH=src
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from vyapar_lite.db import close_data_file, open_data_file

from openpyxl import Workbook

from vyapar_lite.db.models import LedgerEntry
from vyapar_lite.domain.customer import CustomerDetails
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.domain.transaction_sheet import HEADERS
from vyapar_lite.exports.workbook import read_first_sheet
from vyapar_lite.services import customers, health, shop, transaction_import

DATA = Path(__file__).resolve().parent / "data"
START = date(2026, 4, 1)
_DAYS: dict[str, int] = {}  # document number -> its day (the generator's own record)
T = TypeVar("T")


CPU: list[float] = []  # the process's CPU seconds of each timed step, in order


def timed(work: Callable[[], T]) -> tuple[float, T]:
    """Wall-clock seconds of `work()` (its CPU seconds are kept in CPU: on a shared, loaded
    machine they show the work itself, the wall clock also the waiting for a core)."""
    started, cpu = time.perf_counter(), time.process_time()
    result = work()
    CPU.append(time.process_time() - cpu)
    return time.perf_counter() - started, result


def make_shop(path: Path, count: int) -> list[str]:
    open_data_file(path)
    try:
        shop.save_profile(ShopProfile(name="Benchmark Traders", state_code="27"))
        codes = []
        for n in range(count):
            state = "27" if n % 5 else "29"
            details = CustomerDetails(
                name=f"Customer {n}", phone=f"9{n:09d}", state_code=state, payment_terms_days=15
            )
            codes.append(customers.create_customer(details, confirmed=True).code)
    finally:
        close_data_file()
    return codes


def history_rows(codes: list[str], rows: int, seed: int) -> list[list[object]]:
    rng = random.Random(seed)
    per = rows // len(codes)
    out: list[list[object]] = []
    serial = 0
    for code in codes:
        owed: list[tuple[str, int]] = []  # open invoice numbers and what they still owe
        day = 0
        serial += 1
        opening = rng.randint(1000, 50000) * 100
        out.append(_row(day, "Opening bill", f"OB-{serial}", code, total=opening))
        owed.append((f"OB-{serial}", opening))
        while len(out) % per < per - 2 and len(out) % per != 0:
            day = min(day + rng.randint(0, 6), 360)
            serial += 1
            choice = rng.random()
            if choice < 0.45 or not owed:
                taxable = rng.randint(100, 20000) * 100
                gst = taxable * 18 // 100
                number = f"T-{serial}"
                out.append(_row(day, "Invoice", number, code, taxable, gst, taxable + gst))
                owed.append((number, taxable + gst))
            elif choice < 0.52 and owed[-1][0].startswith("T-"):
                number, left = owed[-1]
                taxable = left // 10 * 100 // 118
                if taxable <= 0:
                    continue
                gst = taxable * 18 // 100
                out.append(_row(day, "Credit note", f"C-{serial}", code, taxable, gst,
                                taxable + gst, against=number))  # fmt: skip
                owed[-1] = (number, left - taxable - gst)
            elif choice < 0.56:
                taxable = rng.randint(10, 500) * 100
                out.append(_row(day, "Debit note", f"D-{serial}", code, taxable, 0, taxable))
                owed.append((f"D-{serial}", taxable))
            else:
                due = sum(left for _, left in owed)
                amount = max(100, rng.randint(1, max(1, due // 100)) * 100 // 2)
                amount = min(amount, due)
                if amount <= 0:
                    continue
                against = owed[-1][0] if rng.random() < 0.5 and owed[-1][1] else ""
                out.append(_row(day, "Receipt", f"R-{serial}", code, total=amount,
                                mode="UPI", against=against))  # fmt: skip
                owed = _settle(owed, amount, against)
        serial += 1
        due = sum(left for _, left in owed)
        out.append(_row(day, "Receipt", f"R-{serial}", code, total=due + 100000, mode="Cash"))
        serial += 1
        out.append(_row(day, "Refund", f"F-{serial}", code, total=50000, mode="Bank"))
    out.sort(key=lambda r: r[0])  # type: ignore[arg-type,return-value]
    return [[d.strftime("%d-%m-%Y"), *rest] for d, *rest in out]  # type: ignore[attr-defined]


def _settle(owed: list[tuple[str, int]], amount: int, against: str) -> list[tuple[str, int]]:
    """What the import does: the Against number first, then the oldest due (every document has
    the same terms, so by date, then number; `owed` is in date order)."""
    by = dict(owed)
    order = [n for n, _ in owed]
    by_due = sorted(order, key=lambda n: (_DAYS[n], n))
    if against:
        take = min(by[against], amount)
        by[against] -= take
        amount -= take
    for number in by_due:
        take = min(by[number], amount)
        by[number] -= take
        amount -= take
    return [(n, by[n]) for n in order if by[n]]


def _row(  # noqa: PLR0917 (one sheet row: its cells in the sheet's order)
    day: int,
    kind: str,
    number: str,
    code: str,
    taxable: int = 0,
    gst: int = 0,
    total: int = 0,
    *,
    mode: str = "",
    against: str = "",
) -> list[object]:
    _DAYS[number] = day
    money = (None, None, total / 100) if kind in ("Receipt", "Refund", "Opening bill") else (
        taxable / 100, gst / 100, total / 100)  # fmt: skip
    return [START + timedelta(days=day), kind, number, code, *money, None, mode or None, None,
            against or None, None]  # fmt: skip


def write_workbook(path: Path, rows: list[list[object]]) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Transactions")
    sheet.append(list(HEADERS))
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--customers", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--check", action="store_true", help="run `check` after each import")
    args = parser.parse_args()
    DATA.mkdir(exist_ok=True)
    base = DATA / f"history-base-{args.customers}.vyapar"
    for suffix in ("", "-wal", "-shm", ".lock"):
        base.with_name(base.name + suffix).unlink(missing_ok=True)
    made, codes = timed(lambda: make_shop(base, args.customers))
    rows = history_rows(codes, args.rows, args.seed)
    workbook = DATA / f"history-{len(rows)}.xlsx"
    wrote, _ = timed(lambda: write_workbook(workbook, rows))
    print(f"shop with {len(codes):,} customers in {made:.1f} s; {len(rows):,} rows written to "
          f"{workbook.name} in {wrote:.1f} s")  # fmt: skip
    runs = []
    for number in range(args.runs):
        target = DATA / f"history-run-{number}.vyapar"
        shutil.copyfile(base, target)
        open_data_file(target, create=False)
        try:
            read, sheet = timed(lambda: read_first_sheet(workbook))
            check, preview = timed(partial(transaction_import.preview_transactions, sheet))
            if not preview.ok:
                shown = "; ".join(str(e) for e in preview.errors[:5])
                raise SystemExit(f"the generated file has problems: {shown}")
            del preview
            write, result = timed(partial(transaction_import.import_transactions, sheet))
            entries = LedgerEntry.select().count()
            assert result.created == len(rows) == entries, (result.created, len(rows), entries)
            if args.check:
                checked, health_result = timed(health.check)
                assert health_result.ok, health_result.problems[:5]
                print(f"check after the import: ok in {checked:.1f} s")
        finally:
            close_data_file()
        read_cpu, _, write_cpu = CPU[-3:] if not args.check else CPU[-4:-1]
        runs.append((read, check, write, read + write, read + check + write, read_cpu + write_cpu))
        for suffix in ("", "-wal", "-shm", ".lock"):
            target.with_name(target.name + suffix).unlink(missing_ok=True)
    labels = ("reading: read_first_sheet", "checking: preview", "import (checks, writes)",
              "import alone (CLI): read + import",
              "with preview (GUI): read + preview + import",
              "CPU seconds of the import alone (CLI)")  # fmt: skip
    print(f"{'seconds':<44} {'median':>8} {'min':>8} {'max':>8}")
    for i, label in enumerate(labels):
        values = [run[i] for run in runs]
        print(f"{label:<44} {statistics.median(values):8.2f} {min(values):8.2f} "
              f"{max(values):8.2f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
