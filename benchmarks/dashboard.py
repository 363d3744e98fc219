"""The Dashboard on the big shop: its figures, and the screen from shown to filled in.

    python benchmarks/dashboard.py [--data FILE] [--runs 9] [--today YYYY-MM-DD] [--max-ms 500]

Works on a copy in benchmarks/data/dashboard/ (the file given by --data is never opened; the copy
is opened with `open_data_file`, which migrates it as the app would, and removed at the end).
`--today` defaults to the last day with ledger entries, so "today" and "this month" have sales.

Measured, in this process, after one warm-up, median / min / max of --runs:

- `services.dashboard.dashboard` (every figure and the three charts' data), and each part of it;
- the Dashboard screen (offscreen Qt): from `DashboardPage.load()` to its `loaded` signal, i.e. the
  figures worked out on the worker thread, the cards filled in and the charts drawn: the very
  first look (every customer's open items read; it also builds the charts and imports QtCharts),
  looks with nothing changed, looks right after an invoice is posted (the ageing is brought up to
  date for that customer only: `services.ageing_today`), and the first look of a new session
  (the open items saved by the last one, as the window does on closing).

Exits 1 when the median first look of a session or look after a sale is over --max-ms (500).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

try:
    from vyapar_lite.db import close_data_file, database, open_data_file
except ModuleNotFoundError:  # run without PYTHONPATH=src
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from vyapar_lite.db import close_data_file, database, open_data_file

from reports import timings
from startup import DEFAULT_DATA, OtherLoad

WORK = Path(__file__).resolve().parent / "data" / "dashboard"


def line(label: str, seconds: list[float]) -> str:
    ms = [s * 1000 for s in seconds]
    return f"{label:<52} {statistics.median(ms):8.1f} {min(ms):8.1f} {max(ms):8.1f}"


def parts(today: date, runs: int) -> None:
    from vyapar_lite.services import (
        ageing,
        ageing_today,
        backups,
        dashboard,
        item_list,
        sales_register,
        segments,
    )

    month = today.replace(day=1)
    first = dashboard.first_charted_month(today)
    for label, work in (
        ("  sales today + this month (sales_register.net_sales)", lambda: (
            sales_register.net_sales(today, today), sales_register.net_sales(month, today))),
        ("  sales by month, 12 months", lambda: sales_register.monthly_net_sales(first, 12)),
        ("  received today + this month", lambda: (
            dashboard.received(today, today), dashboard.received(month, today))),
        ("  ageing as of today, worked out in full", lambda: ageing.ageing(today)),
        ("  ageing as of today, kept (nothing changed)", lambda: ageing_today.ageing_today(today)),
        ("  over the credit limit (from the ageing's balances)", lambda: dashboard.over_limit(
            {r.code: r.balance for r in ageing.ageing(today).rows})),
        ("  top 10 customers (segments.best_customers)", lambda: segments.best_customers(
            first, today, limit=10)),
        ("  low-stock items", lambda: item_list.count(item_list.ItemFilter(low_stock=True))),
        ("  last backup", backups.last_backup_at),
    ):  # fmt: skip
        print(line(label, timings(work, runs)))


def screen(today: date, runs: int) -> tuple[float, list[float], list[float], list[float]]:
    """Seconds from asking to a filled-in, drawn DashboardPage: (the very first look, which reads
    every customer's open items; looks with nothing changed; looks each right after a 10-line
    invoice is posted for the busiest customer, as when the shopkeeper comes back from the
    invoice screen; the first look of a new session, the open items kept in the file by the
    last one)."""
    from post_invoice import add_items, busiest_checked_customer
    from PySide6.QtWidgets import QApplication

    from vyapar_lite.services import ageing_today, sales
    from vyapar_lite.ui.dashboard.dashboard_page import DashboardPage

    app = QApplication.instance() or QApplication([])
    page = DashboardPage(today=today)
    page.resize(1200, 760)
    done: list[float] = []
    page.loaded.connect(lambda _d: done.append(time.perf_counter()))

    def one(show: bool = False) -> float:
        count = len(done)
        started = time.perf_counter()
        if show:
            page.show()  # loads on show
        else:
            page.load()
        while len(done) == count:
            app.processEvents()
            time.sleep(0.001)
        return done[-1] - started

    first = one(show=True)
    unchanged = [one() for _ in range(runs)]
    draft = sales.InvoiceDraft(busiest_checked_customer(), today, add_items(), received=10000)
    after_sale = []
    for _ in range(runs):
        sales.post_invoice(draft)
        after_sale.append(one())
    next_session = []
    for _ in range(runs):  # as the window does on closing, then a new session's first look
        ageing_today.save()
        ageing_today.forget()
        page.deleteLater()
        page = DashboardPage(today=today)
        page.resize(1200, 760)
        page.loaded.connect(lambda _d: done.append(time.perf_counter()))
        next_session.append(one(show=True))
    return first, unchanged, after_sale, next_session


def last_entry_day() -> date:
    value = database.execute_sql("SELECT MAX(entry_date) FROM ledger_entry").fetchone()[0]
    return date.fromisoformat(str(value)[:10]) if value else date.today()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the big shop file")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--today", type=date.fromisoformat, default=None)
    parser.add_argument("--max-ms", type=float, default=500.0)
    args = parser.parse_args(argv)
    source: Path = args.data.expanduser().absolute()
    if not source.exists():
        print(f"dashboard: no shop file at {source} (run generate_shop.py)", file=sys.stderr)
        return 2
    WORK.mkdir(parents=True, exist_ok=True)
    copy = WORK / source.name
    shutil.copyfile(source, copy)
    try:
        open_data_file(copy, create=False)
        today = args.today or last_entry_day()
        counts = database.execute_sql(
            "SELECT (SELECT COUNT(*) FROM customer), (SELECT COUNT(*) FROM ledger_entry), "
            "(SELECT COUNT(*) FROM sales_doc), (SELECT COUNT(*) FROM receipt)"
        ).fetchone()
        print(
            f"{source.name}: {counts[0]:,} customers, {counts[1]:,} ledger entries, "
            f"{counts[2]:,} sales documents, {counts[3]:,} receipts; today = {today}"
        )
        load = OtherLoad()
        from vyapar_lite.services import dashboard

        print(f"{'milliseconds':<52} {'median':>8} {'min':>8} {'max':>8}")
        first, unchanged, after_sale, next_session = screen(today, args.runs)
        print(line("screen: very first look (nothing kept yet)", [first]))
        print(line("screen: shown again, nothing changed", unchanged))
        print(line("screen: shown again after an invoice was posted", after_sale))
        print(line("screen: a new session's first look", next_session))
        print(line("services.dashboard.dashboard, ageing kept", timings(
            lambda: dashboard.dashboard(today), args.runs)))  # fmt: skip
        parts(today, args.runs)
        print(load.describe())
    finally:
        close_data_file()
        shutil.rmtree(WORK, ignore_errors=True)
    ok = True
    for label, seconds in (("first look of a session", next_session), ("after a sale", after_sale)):
        ms = statistics.median(seconds) * 1000
        ok = ok and ms <= args.max_ms
        verdict = "within" if ms <= args.max_ms else "OVER"
        print(f"dashboard {label}: {ms:.0f} ms (median), {verdict} the {args.max_ms:.0f} ms limit")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
