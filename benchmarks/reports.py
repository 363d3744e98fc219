"""Reports on the big shop: balances, a 10,000-entry statement, ageing, and statement exports.

    python benchmarks/reports.py [--data FILE] [--runs 7] [--export-runs 3]
        [--export-rows 100000] [--big-rows 1000000] [--skip-exports] [--skip-big]

Works on copies in benchmarks/data/reports/ (the shop file given by --data is never opened; the
copies are removed at the end unless --keep): each copy is opened with `open_data_file`, which
migrates it as the app would.

Queries (in this process; one warm-up, then median and min of --runs), each at named dates so no
figure depends on when the shop was generated: the last day with entries, the month-end before
it, mid-history (the middle entry's date), today (--today, default the real today) and late in a
month (that month's day furthest after a kept day, the latest of those: ageing's open items are
kept on every 4th, 8th, 12th, 16th, 20th, 24th, 28th and month-end, so this date, the 27th,
moves them the most, three days of documents; before migration 33 it was the day before the
month-end, seven days after the 23rd):

- customer balances report (`services.balances.balances`, every customer, sorted by balance);
- a statement of about 10,000 entries (the CASH customer's latest ones): the header plus every
  line (rows, running balances and documents' facts read; each line's object made when looked
  at), the same with a `StatementLine` made for every line, and the header plus the first page
  of 100 lines (what a lazily loaded screen reads);
- ageing of every customer (`services.ageing.ageing`);
- the raw-SQL floors with the standard sqlite3 module: all-time sums from the covering index,
  and the statement's ledger rows as tuples with the running balance by `itertools.accumulate`
  (the window query `SUM() OVER` is printed beside it: SQLite materialises it, slower).

It ends with issue 21's table: what / now (median) / raw-SQL floor / target / met.

Exports (a second copy, to which two customers are added whose entries are copies of the shop's
first --export-rows and --big-rows entries):

- the --export-rows statement through `exports.statement.export_statement` (database read
  included), against bare openpyxl write-only loops writing the same cells from rows already in
  memory: "naive" makes a new styled cell for every date and amount, as openpyxl's documentation
  does; "reused" reuses one styled cell per column and format, as the exporter does. Runs
  alternate; the ratios are of the medians;
- the --big-rows statement in a child process: its wall time and peak memory (ru_maxrss).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path
from typing import Any

try:
    from vyapar_lite.db import close_data_file, open_data_file
except ModuleNotFoundError:  # run without PYTHONPATH=src
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from vyapar_lite.db import close_data_file, open_data_file

from startup import DEFAULT_DATA, OtherLoad

WORK = Path(__file__).resolve().parent / "data" / "reports"
STATEMENT_ENTRIES = 10_000
PAGE = 100


def timings(work: Callable[[], object], runs: int) -> list[float]:
    work()  # warm-up
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        seconds.append(time.perf_counter() - started)
    return seconds


def line(label: str, seconds: list[float], note: str = "") -> str:
    median, low = statistics.median(seconds) * 1000, min(seconds) * 1000
    return f"{label:<58} {median:9.1f} {low:9.1f}  {note}"


def copy_shop(source: Path, name: str) -> Path:
    WORK.mkdir(parents=True, exist_ok=True)
    target = WORK / name
    for suffix in ("", "-wal", "-shm", ".lock"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target


# --- queries ---------------------------------------------------------------------------------

# The targets (issue 21), milliseconds.
TARGETS = {"balances last day": 100.0, "balances month-end": 100.0,
           "balances mid-history": 150.0, "statement": 40.0, "ageing": 300.0}  # fmt: skip

# The raw-SQL floors on the same data, through the standard sqlite3 module (tuples, no app code).
# All-time sums, read from the covering index ledger_entry_balance alone.
FLOOR_BALANCES = "SELECT customer_id, SUM(debit - credit) FROM ledger_entry GROUP BY customer_id"
# The statement's lines: the ledger columns it shows, in date order, with the running balance.
# Until issue 21's third pass the floor was SQL's window `SUM() OVER (ORDER BY entry_date, id)`;
# SQLite materialises the window (a co-routine scanned afterwards, EXPLAIN QUERY PLAN) and that
# costs more than reading the rows, so the floor is now the rows read as tuples and the balance
# added up in Python (`itertools.accumulate`), as the app does. The window is still timed and
# printed beside it.
FLOOR_STATEMENT = (
    "SELECT entry_date, kind, doc_number, description, debit, credit FROM ledger_entry "
    "WHERE customer_id = ? AND entry_date BETWEEN ? AND ? ORDER BY entry_date, id"
)
FLOOR_STATEMENT_WINDOW = (
    "SELECT entry_date, kind, doc_number, description, debit, credit, "
    "SUM(debit - credit) OVER (ORDER BY entry_date, id) FROM ledger_entry "
    "WHERE customer_id = ? AND entry_date BETWEEN ? AND ? ORDER BY entry_date, id"
)


def statement_floor(con: sqlite3.Connection, params: tuple[Any, ...]) -> list[int]:
    """The floor's rows and running balances: tuples from the cursor, `accumulate` in C."""
    rows = con.execute(FLOOR_STATEMENT, params).fetchall()
    return list(accumulate(r[4] - r[5] for r in rows))


@dataclass(frozen=True)
class AsOf:
    """The dates every figure is taken at, named, so none depends on when the shop was made."""

    last: date  # the shop's last day with entries
    month_end: date  # the month-end before it
    middle: date  # the date of the middle entry
    today: date  # the real today (after the data: the "everything" shortcuts)
    late: date  # that month's day furthest after a kept day: the most its items move (ageing)

    def named(self) -> list[tuple[str, date]]:
        return [("last day", self.last), ("month-end", self.month_end),
                ("mid-history", self.middle), ("today", self.today),
                ("late in a month", self.late)]  # fmt: skip


def as_of_dates(con: sqlite3.Connection, today: date) -> AsOf:
    last = date.fromisoformat(con.execute("SELECT MAX(entry_date) FROM ledger_entry").fetchone()[0])
    middle = date.fromisoformat(
        con.execute(
            "SELECT entry_date FROM ledger_entry ORDER BY entry_date LIMIT 1 "
            "OFFSET (SELECT COUNT(*) / 2 FROM ledger_entry)"
        ).fetchone()[0]
    )
    month_end = last.replace(day=1) - timedelta(days=1)
    return AsOf(last, month_end, middle, max(today, last), furthest_from_a_kept_day(month_end))


def furthest_from_a_kept_day(month_end: date) -> date:
    """The day of `month_end`'s month with the most days since the day before it whose open
    items are kept (`month_end_items.DAYS_OF_MONTH` and every month-end), the latest of those:
    the date ageing moves a kept day's items the furthest for."""
    from vyapar_lite.services.month_end_items import DAYS_OF_MONTH

    first = month_end.replace(day=1)
    kept = {first - timedelta(days=1), month_end}
    kept.update(month_end.replace(day=d) for d in DAYS_OF_MONTH if d <= month_end.day)
    days = [first + timedelta(days=n) for n in range(month_end.day)]
    return max(days, key=lambda d: ((d - max(k for k in kept if k <= d)).days, d))


def query_benchmarks(path: Path, runs: int, today: date) -> list[tuple[str, float, str, str]]:
    """Times each report; returns the issue's table rows (what, median ms, floor, target)."""
    from vyapar_lite.services import ageing, balances, statement

    open_data_file(path)
    table: list[tuple[str, float, str, str]] = []
    try:
        con = sqlite3.connect(path)
        when = as_of_dates(con, today)
        cash = con.execute("SELECT id, code FROM customer WHERE is_cash").fetchone()
        start = date.fromisoformat(
            con.execute(
                "SELECT entry_date FROM ledger_entry WHERE customer_id = ? "
                "ORDER BY entry_date DESC, id DESC LIMIT 1 OFFSET ?",
                (cash[0], STATEMENT_ENTRIES - 1),
            ).fetchone()[0]
        )
        floor_balances = statistics.median(
            timings(lambda: con.execute(FLOOR_BALANCES).fetchall(), runs)
        ) * 1000  # fmt: skip
        statement_params = (cash[0], start, when.last)
        floor_statement = statistics.median(
            timings(lambda: statement_floor(con, statement_params), runs)
        ) * 1000  # fmt: skip
        floor_window = statistics.median(
            timings(lambda: con.execute(FLOOR_STATEMENT_WINDOW, statement_params).fetchall(), runs)
        ) * 1000  # fmt: skip
        print(f"as of: {', '.join(f'{n} {d}' for n, d in when.named())}")
        print(f"{'milliseconds':<58} {'median':>9} {'min':>9}")
        for label, day in when.named():
            report = balances.balances(day)
            seconds = timings(lambda d=day: balances.balances(d), runs)
            print(line(f"customer balances report as of {day} ({label})", seconds,
                       f"{report.count:,} customers"), flush=True)  # fmt: skip
            target = TARGETS.get(f"balances {label}", TARGETS["balances last day"])
            floor = f"{floor_balances:.0f} (all-time sums, covering index)"
            table.append((f"balances, as of {label} ({day})", statistics.median(seconds) * 1000,
                          floor, f"<= {target:.0f} ms"))  # fmt: skip
        head = statement.open_statement(cash[1], start, when.last)

        def whole() -> object:
            h = statement.open_statement(cash[1], start, when.last)
            return statement.statement_lines(h)

        def first_page() -> object:
            h = statement.open_statement(cash[1], start, when.last)
            return statement.statement_lines(h, limit=PAGE)

        def every_line_made() -> object:
            h = statement.open_statement(cash[1], start, when.last)
            return list(statement.statement_lines(h))

        note = f"{head.line_count:,} lines, {start} to {when.last}"
        seconds = timings(whole, runs)
        # every line's row, running balance and document facts read; the lines' objects made
        # when looked at (statement.StatementLines), as the screen's model takes them
        print(line("statement: header + every line", seconds, note), flush=True)
        made = timings(every_line_made, runs)
        print(line("statement: the same, a StatementLine made for each", made,
                   "(as an export or a printout makes them)"))  # fmt: skip
        print(line(f"statement: header + first {PAGE} lines", timings(first_page, runs), note))
        print(f"{'floor: statement rows + accumulate / window SUM() OVER':<58} "
              f"{floor_statement:9.1f} {floor_window:9.1f}  (median, ms)")  # fmt: skip
        table.append((f"statement, {head.line_count:,} lines, every line",
                      statistics.median(seconds) * 1000,
                      f"{floor_statement:.0f} (rows as tuples + accumulate; "
                      f"window SUM() OVER {floor_window:.0f})",
                      f"<= {TARGETS['statement']:.0f} ms"))  # fmt: skip
        for label, day in when.named():
            aged = ageing.ageing(day)
            seconds = timings(lambda d=day: ageing.ageing(d), runs)
            print(line(f"ageing, all customers, as of {day} ({label})", seconds,
                       f"{aged.count:,} rows"), flush=True)  # fmt: skip
            table.append((f"ageing, all customers, as of {label} ({day})",
                          statistics.median(seconds) * 1000, "-",
                          f"<= {TARGETS['ageing']:.0f} ms"))  # fmt: skip
        con.close()
    finally:
        close_data_file()
    return table


def print_table(table: list[tuple[str, float, str, str]]) -> None:
    """The issue's table: what / now (median) / floor / target, and whether it is met."""
    print()
    print("| what | now (median ms) | raw-SQL floor (ms) | target | met |")
    print("|---|---|---|---|---|")
    for what, now, floor, target in table:
        met = "yes" if now <= float(target.split()[1]) else "NO"
        print(f"| {what} | {now:.0f} | {floor} | {target} | {met} |")


# --- exports ---------------------------------------------------------------------------------


def add_copied_customer(con: sqlite3.Connection, code: str, rows: int) -> None:
    """A customer whose entries are copies of the shop's first `rows` entries."""
    con.execute(
        "INSERT INTO customer (code, name, city, created_at, updated_at) "
        "VALUES (?, ?, 'Pune', '2023-11-23 09:00:00', '2023-11-23 09:00:00')",
        (code, f"Benchmark {code}"),
    )
    customer_id = con.execute("SELECT id FROM customer WHERE code = ?", (code,)).fetchone()[0]
    con.execute(
        "INSERT INTO ledger_entry (customer_id, entry_date, kind, doc_number, description, "
        "debit, credit, created_at) SELECT ?, entry_date, kind, doc_number, description, debit, "
        "credit, created_at FROM ledger_entry ORDER BY id LIMIT ?",
        (customer_id, rows),
    )


def prepare_export_shop(source: Path, rows: int, big_rows: int) -> Path:
    path = copy_shop(source, "export.vyapar")
    open_data_file(path)  # migrate first, as the app would
    close_data_file()
    started = time.perf_counter()
    con = sqlite3.connect(path)
    with con:
        add_copied_customer(con, "BENCH-SMALL", rows)
        if big_rows:
            add_copied_customer(con, "BENCH-BIG", big_rows)
    con.close()
    print(f"export shop: {path.name}, customers with {rows:,} and {big_rows:,} copied entries "
          f"({time.perf_counter() - started:.1f} s to add)")  # fmt: skip
    return path


def statement_cells(code: str) -> tuple[Any, list[tuple[Any, ...]]]:
    """The statement's header and, per line, the exporter's cell values and formats."""
    from vyapar_lite.exports.report_workbook import MONEY_FORMAT, rupees
    from vyapar_lite.services import statement

    head = statement.open_statement(code, date(2000, 1, 1), date(2100, 1, 1))
    cells = []
    for ln in statement.iter_statement_lines(head):
        cells.append((
            ln.entry_date, ln.type_label, ln.doc_number, ln.description, ln.reference,
            rupees(ln.debit) if ln.debit else None, MONEY_FORMAT,
            rupees(ln.credit) if ln.credit else None, MONEY_FORMAT,
            rupees(ln.balance), MONEY_FORMAT,
        ))  # fmt: skip
    return head, cells


def bare_naive(out: Path, rows: list[tuple[Any, ...]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Statement")
    ws.append(["Date", "Type", "Number", "Description", "Reference", "Debit", "Credit", "Balance"])
    for day, kind, number, text, ref, debit, dfmt, credit, cfmt, balance, bfmt in rows:
        d = WriteOnlyCell(ws, value=day)
        d.number_format = "dd-mm-yyyy"
        cells: list[object] = [d, kind, number, text, ref]
        for value, fmt in ((debit, dfmt), (credit, cfmt), (balance, bfmt)):
            if value is None:
                cells.append(None)
                continue
            cell = WriteOnlyCell(ws, value=value)
            cell.number_format = fmt
            cells.append(cell)
        ws.append(cells)
    wb.save(out)


def bare_reused(out: Path, rows: list[tuple[Any, ...]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Statement")
    ws.append(["Date", "Type", "Number", "Description", "Reference", "Debit", "Credit", "Balance"])
    styled: dict[tuple[int, str], Any] = {}

    def cell(column: int, fmt: str, value: object) -> object:
        c = styled.get((column, fmt))
        if c is None:
            c = styled[(column, fmt)] = WriteOnlyCell(ws)
            c.number_format = fmt
        c.value = value
        return c

    for day, kind, number, text, ref, debit, dfmt, credit, cfmt, balance, bfmt in rows:
        ws.append([
            cell(0, "dd-mm-yyyy", day), kind, number, text, ref,
            None if debit is None else cell(5, dfmt, debit),
            None if credit is None else cell(6, cfmt, credit),
            cell(7, bfmt, balance),
        ])  # fmt: skip
    wb.save(out)


def export_benchmarks(path: Path, runs: int) -> None:
    from vyapar_lite.exports.statement import export_statement
    from vyapar_lite.services import statement

    open_data_file(path)
    try:
        head, rows = statement_cells("BENCH-SMALL")
        out = WORK / "statement.xlsx"
        times: dict[str, list[float]] = {"app": [], "naive": [], "reused": []}

        def app() -> None:
            h = statement.open_statement("BENCH-SMALL", head.start, head.end)
            export_statement(out, h)

        work = {"app": app, "naive": lambda: bare_naive(out, rows),
                "reused": lambda: bare_reused(out, rows)}  # fmt: skip
        order = list(work)
        for n in range(runs):
            for name in order if n % 2 == 0 else reversed(order):
                started = time.perf_counter()
                work[name]()
                times[name].append(time.perf_counter() - started)
        print(f"{'seconds, ' + format(len(rows), ',') + '-line statement to .xlsx':<58} "
              f"{'median':>9} {'min':>9}")  # fmt: skip
        labels = {
            "app": "export_statement (reads the database too)",
            "naive": "bare openpyxl loop, new styled cells",
            "reused": "bare openpyxl loop, reused styled cells",
        }
        for name, label in labels.items():
            s = times[name]
            print(f"{label:<58} {statistics.median(s):9.2f} {min(s):9.2f}")
        app_median = statistics.median(times["app"])
        for name in ("naive", "reused"):
            ratio = app_median / statistics.median(times[name])
            print(f"ratio export / {labels[name]}: {ratio:.2f}")
    finally:
        close_data_file()


def big_export(path: Path) -> None:
    """The big statement exported in a child process: wall time and peak memory."""
    out = WORK / "statement-big.xlsx"
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, __file__, "--child-export", str(path), "BENCH-BIG", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        print(result.stderr[-2000:], file=sys.stderr)
        raise SystemExit(2)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"big statement export: {result.stdout.strip()}; {seconds:.1f} s wall, "
          f"peak memory {peak_mb:.0f} MB, file {out.stat().st_size / 1e6:.1f} MB")  # fmt: skip


def child_export(path: Path, code: str, out: Path) -> None:
    from vyapar_lite.exports.statement import export_statement
    from vyapar_lite.services import statement

    open_data_file(path)
    try:
        head = statement.open_statement(code, date(2000, 1, 1), date(2100, 1, 1))
        print(f"{export_statement(out, head):,} lines")
    finally:
        close_data_file()


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the big shop file")
    parser.add_argument("--runs", type=int, default=7, help="timed query runs (default 7)")
    parser.add_argument("--export-runs", type=int, default=3, help="timed export runs (3)")
    parser.add_argument("--export-rows", type=int, default=100_000, help="default 100000")
    parser.add_argument("--big-rows", type=int, default=1_000_000, help="default 1000000")
    parser.add_argument("--skip-exports", action="store_true", help="queries only")
    parser.add_argument("--skip-big", action="store_true", help="no --big-rows export")
    parser.add_argument("--today", type=date.fromisoformat, default=None,
                        help="the 'today' figures' date (default: the real today, or the shop's "
                        "last day if that is later)")  # fmt: skip
    parser.add_argument("--keep", action="store_true", help=f"keep the copies in {WORK}")
    parser.add_argument("--child-export", nargs=3, metavar=("SHOP", "CODE", "OUT"),
                        help=argparse.SUPPRESS)  # fmt: skip
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child_export:
        shop, code, out = args.child_export
        child_export(Path(shop), code, Path(out))
        return 0
    source: Path = args.data.expanduser().absolute()
    if not source.exists():
        print(f"reports: no shop file at {source} (run generate_shop.py first)", file=sys.stderr)
        return 2
    other_load = OtherLoad()
    try:
        today = args.today or date.today()
        table = query_benchmarks(copy_shop(source, "queries.vyapar"), args.runs, today)
        if not args.skip_exports:
            big = 0 if args.skip_big else args.big_rows
            path = prepare_export_shop(source, args.export_rows, big)
            export_benchmarks(path, args.export_runs)
            if big:
                big_export(path)
    finally:
        if not args.keep:
            shutil.rmtree(WORK, ignore_errors=True)
    print_table(table)
    print(other_load.describe(), f"(load average {os.getloadavg()[0]:.2f} at the end)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
