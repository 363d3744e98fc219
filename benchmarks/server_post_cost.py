"""What one 10-line invoice costs on a server, counter by counter: statements, the counter's CPU,
the server's CPU and the wall time, this checkout's code against another's (issue 18).

    python benchmarks/server_post_cost.py [--posts 40] [--runs 3] [--compare-src OTHER/src]
        [--profile FILE]

Why: server.py's 4 counters run on the same machine as the server, so with 2 cores their own
CPU competes with the server's and a post's time there is mostly the machine being shared.
CPU seconds are what a post costs whatever else runs (a busy machine stretches the wall time,
not the CPU time), so they can be compared on a loaded machine, and they say what a counter
and the server each need: 4 posts at once cannot finish within 30 ms on 2 cores when together
they need more than 60 ms of CPU.

A throwaway local server (`pg_server.LocalServer`, fsync on) holds a new shop: its profile, one
credit-checked customer and benchmarks/post_invoice.py's ten items. A child process per code
(this checkout's src, and --compare-src's, alternately, --runs times each) opens it and posts
--posts invoices for the customer, part-paid by UPI (a receipt and an allocation too), after 3
not timed; it prints the medians per post: wall ms, its own CPU ms (`time.process_time`), its
server backend's CPU ms (from /proc: Linux), and the statements it sent. `--profile FILE`
runs this checkout's counter once more under cProfile (its timed posts only) and writes the
stats to FILE (read them with `python -m pstats FILE`), with the top functions by own time and
by cumulative time printed.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

DAY = date(2026, 11, 23)


def counter(url: str, code: str, posts: int, profile: str = "") -> None:
    """(child) Post `posts` invoices for `code` and print the medians as JSON; with `profile`,
    the timed posts run under cProfile and its stats go to that file."""
    from post_invoice import ITEMS

    from vyapar_lite.db import close_data_file, database, open_data_file
    from vyapar_lite.db import server as server_db
    from vyapar_lite.db.models import Item
    from vyapar_lite.db.store import server_address
    from vyapar_lite.domain.invoice import LineInput
    from vyapar_lite.services import sales

    sent = [0]
    cursor: Any = server_db._Cursor  # every statement the services send goes through it
    execute, executemany = cursor.execute, cursor.executemany

    def counted(method: Any) -> Any:
        def run(self: Any, *args: Any) -> Any:
            sent[0] += 1
            return method(self, *args)

        return run

    cursor.execute, cursor.executemany = counted(execute), counted(executemany)
    open_data_file(server_address(url), create=False)
    codes = {str(i.name): str(i.code) for i in Item.select()}
    lines = [
        LineInput(name, n * 1000, price, rate, item_code=codes[name], hsn_sac=hsn)
        for n, (name, price, rate, hsn) in enumerate(ITEMS, start=1)
    ]
    draft = sales.InvoiceDraft(
        code, DAY, lines, received=10000, mode="upi", confirm_unusual_date=True
    )
    backend = database.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    tick = os.sysconf("SC_CLK_TCK")

    def server_cpu() -> float:
        fields = Path(f"/proc/{backend}/stat").read_text().split()
        return (int(fields[13]) + int(fields[14])) / tick

    for _ in range(3):
        sales.post_invoice(draft)
    walls, cpus = [], []
    statements, server_started = sent[0], server_cpu()
    profiler = cProfile.Profile(time.process_time) if profile else None  # CPU, not waits
    for _ in range(posts):
        started, cpu = time.perf_counter(), time.process_time()
        if profiler is not None:
            profiler.runcall(sales.post_invoice, draft)
        else:
            sales.post_invoice(draft)
        walls.append((time.perf_counter() - started) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    if profiler is not None:
        profiler.dump_stats(profile)
    said = {
        "wall": statistics.median(walls),
        "cpu": statistics.median(cpus),
        "server": (server_cpu() - server_started) * 1000 / posts,
        "statements": (sent[0] - statements) / posts,
    }
    close_data_file()
    print(json.dumps(said))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--compare-src", type=Path, help="another checkout's src (the before)")
    parser.add_argument("--profile", type=Path, help="profile this code's posts into FILE")
    parser.add_argument("--counter", nargs=2, metavar=("URL", "CODE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.counter:
        counter(*args.counter, args.posts, str(args.profile or ""))
        return 0

    from pg_server import LocalServer
    from post_invoice import add_items

    from vyapar_lite.db import close_data_file, open_data_file
    from vyapar_lite.domain.shop import ShopProfile
    from vyapar_lite.services import customers, shop

    mine = Path(__import__("vyapar_lite").__file__).resolve().parents[1]
    codes = [("this", mine)] + ([("before", args.compare_src)] if args.compare_src else [])
    here = Path(__file__).resolve().parent
    found: dict[str, list[dict[str, float]]] = {}
    print(f"before: load average {os.getloadavg()[0]:.2f}")
    with LocalServer() as pg:
        address = pg.new_database("post_cost")
        open_data_file(address)
        shop.save_profile(ShopProfile(name="Sharma Traders", address="MG Road", city="Pune",
                                      state_code="27", gstin="27AAPFU0939F1ZV"))  # fmt: skip
        code = customers.create_customer(
            customers.CustomerDetails(
                name="Asha Stores", credit_limit=10**12, check_credit_limit=True
            )
        ).code
        add_items()
        close_data_file()

        def run_counter(src: Path, *extra: str) -> dict[str, float]:
            path = [str(here), str(src), *(p for p in sys.path if Path(p or ".") != mine)]
            out = subprocess.run(
                [sys.executable, __file__, "--posts", str(args.posts), *extra,
                 "--counter", address.url, code],
                capture_output=True, text=True, check=True, timeout=1800,
                env={**os.environ, "PYTHONPATH": os.pathsep.join(path)},
            ).stdout  # fmt: skip
            return dict(json.loads(out.strip().splitlines()[-1]))

        for run in range(args.runs):
            for name, src in codes if run % 2 == 0 else codes[::-1]:
                said = run_counter(src)
                found.setdefault(name, []).append(said)
                print(
                    f"  {name} code: {said['statements']:.0f} statements, wall "
                    f"{said['wall']:.1f} ms, counter CPU {said['cpu']:.1f} ms, server CPU "
                    f"{said['server']:.1f} ms per post; load average {os.getloadavg()[0]:.2f}",
                    flush=True,
                )
        if args.profile:
            run_counter(mine, "--profile", str(args.profile))
    if args.profile:
        _print_profile(args.profile, args.posts)
    for name, runs in found.items():
        medians = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        print(
            f"{name} code, medians of {len(runs)} runs: {medians['statements']:.0f} statements, "
            f"wall {medians['wall']:.1f} ms, counter CPU {medians['cpu']:.1f} ms, server CPU "
            f"{medians['server']:.1f} ms per post"
        )
    return 0


def _print_profile(path: Path, posts: int) -> None:
    """The profile's top functions, by their own time and by cumulative time, per post."""
    import pstats

    stats = pstats.Stats(str(path))
    print(f"CPU profile of {posts} posts under cProfile (its overhead included): {path}")
    for order in ("tottime", "cumulative"):
        stats.sort_stats(order).print_stats(30)


if __name__ == "__main__":
    sys.exit(main())
