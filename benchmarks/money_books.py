"""Where the money is, on a big shop: migrating its receipts and refunds into money entries, a
month's cash book, a month's bank book and a day's day book.

    python benchmarks/money_books.py --data FILE [--runs 11]

Works on a copy in benchmarks/data/money/ (the shop file given is never opened; the copy is
removed at the end unless --keep). Opening the copy with `open_data_file` migrates it as the app
would (migration 21 posts what every receipt and refund moved): that is timed once; a shop
generated at this version (its documents bulk-loaded after the migration, so with no money
entries) has migration 21's step run over it instead, timed the same way. Then, in
this process, one warm-up and --runs timed calls each (median and min):

- the cash book of the last month with entries (`money_books.account_book`, every movement with
  its running balance, as the Reports screen and `export cash-book` read it);
- the bank book ("Bank (not yet set)", where the migration put every other mode) of that month;
- the day book of the busiest day of that month (`money_books.day_book`: every document of the
  day and the money each moved).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import time
from datetime import date
from pathlib import Path

from vyapar_lite.db import close_data_file, database, money_backfill, open_data_file
from vyapar_lite.services import money_accounts, money_books

HERE = Path(__file__).resolve().parent


def _times(call: object, runs: int) -> tuple[float, float]:
    call()  # type: ignore[operator]
    spent = []
    for _ in range(runs):
        start = time.perf_counter()
        call()  # type: ignore[operator]
        spent.append(time.perf_counter() - start)
    return statistics.median(spent), min(spent)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    folder = HERE / "data" / "money"
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / args.data.name
    shutil.copyfile(args.data, copy)
    print(f"load before: {os.getloadavg()[0]:.2f} (1-minute average, 2 cores)")
    try:
        start = time.perf_counter()
        opened = open_data_file(copy, create=False)
        spent = time.perf_counter() - start
        if opened.migrated_from == opened.schema_version:
            print(f"opened (already at version {opened.schema_version}): {spent:.2f} s")
        else:
            versions = f"{opened.migrated_from} -> {opened.schema_version}"
            print(f"opened and migrated {versions}: {spent:.2f} s")
        if not database.execute_sql("SELECT COUNT(*) FROM money_entry").fetchone()[0]:
            # generated at this version (bulk-loaded after the migration): run migration 21's
            # step as an older file would, in one transaction, over the shop's documents
            start = time.perf_counter()
            with database.atomic():
                for table in ("money_entry", "mode_account", "expense_head", "money_account"):
                    database.execute_sql(f"DELETE FROM {table}")
                money_backfill.backfill(database)
            print(f"migration 21's step (money_backfill): {time.perf_counter() - start:.2f} s")
        entries = database.execute_sql("SELECT COUNT(*) FROM money_entry").fetchone()[0]
        last = date.fromisoformat(
            database.execute_sql("SELECT MAX(entry_date) FROM money_entry").fetchone()[0]
        )
        month = last.replace(day=1)
        busiest = database.execute_sql(
            "SELECT entry_date FROM money_entry WHERE entry_date >= ? GROUP BY entry_date "
            "ORDER BY COUNT(*) DESC LIMIT 1",
            (month.isoformat(),),
        ).fetchone()[0]
        day = date.fromisoformat(busiest)
        cash = money_accounts.cash_account().id
        bank = next(a.id for a in money_accounts.accounts(kind="bank") if a.placeholder)
        print(f"{entries:,} money entries; month {month:%Y-%m}, busiest day {day}")
        for what, call in (
            ("cash book, a month", lambda: money_books.account_book(cash, month, last)),
            ("bank book, a month", lambda: money_books.account_book(bank, month, last)),
            ("day book, a day", lambda: money_books.day_book(day)),
        ):
            rows = call().count
            median, least = _times(call, args.runs)
            print(
                f"{what}: {rows:,} rows, median {median * 1000:.0f} ms, min {least * 1000:.0f} ms"
            )
        print(f"load after: {os.getloadavg()[0]:.2f}")
    finally:
        close_data_file()
        if not args.keep:
            copy.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
