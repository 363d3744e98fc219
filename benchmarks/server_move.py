"""`move-to-server` of a shop file, its phases timed (issue 18): rows, indexes, verification.

    PYTHONPATH=src:benchmarks python benchmarks/server_move.py --data FILE [--runs 3]
        [--profile OUT.prof]

The shop file given by --data is never opened for writing: it is copied with SQLite's online
backup into a temporary folder first, and the copy is what is moved. A throwaway server is
started there (`pg_server.LocalServer`: PostgreSQL's default durability, fsync on) and each run
moves the copy into a new database with `store_move.move_to_server`, as `vyapar-lite-cli
move-to-server` does. The phases are timed by wrapping the move's own functions: the rows
(`store_move._copy` less what follows), the indexes, foreign keys and ANALYZE made again after
the load (the end of `server_features.loading_new_database`), and the verification
(`store_move._verify`), of which `health.check` apart. Prints each run's figures with the load
average before and after; to compare two versions of the code, run this script alternately
with each one's `src` first on PYTHONPATH, in one sitting.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pg_server import LocalServer
from server_round_trip import copy_shop
from startup import OtherLoad

from vyapar_lite.db import server_features
from vyapar_lite.services import health, store_move

BIG_SHOP = Path("/work/bigshop/shop-10k-1m-docs.vyapar")


class Phases:
    """Wall-clock seconds per phase of one move, gathered by wrapping the move's functions."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def add(self, name: str, seconds: float) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds

    @contextlib.contextmanager
    def wrapped(self) -> Iterator[None]:
        copy, verify, check = store_move._copy, store_move._verify, health.check
        loading = server_features.loading_new_database
        phases = self

        def timed_copy(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return copy(*args, **kwargs)
            finally:
                phases.add("copy", time.perf_counter() - start)

        def timed_verify(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return verify(*args, **kwargs)
            finally:
                phases.add("verification", time.perf_counter() - start)

        def timed_check(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return check(*args, **kwargs)
            finally:
                phases.add("check", time.perf_counter() - start)

        @contextlib.contextmanager
        def timed_loading(*args: Any, **kwargs: Any) -> Iterator[Any]:
            with loading(*args, **kwargs) as each_table:
                if each_table is not None:  # each table's indexes made when it is loaded
                    made = each_table.loaded

                    def timed_made(table: str) -> None:
                        start = time.perf_counter()
                        made(table)
                        phases.add("indexes", time.perf_counter() - start)

                    each_table.loaded = timed_made
                yield each_table
                start = time.perf_counter()
            phases.add("indexes", time.perf_counter() - start)

        store_move._copy = timed_copy  # type: ignore[assignment]
        store_move._verify = timed_verify  # type: ignore[assignment]
        health.check = timed_check  # type: ignore[assignment]
        server_features.loading_new_database = timed_loading  # type: ignore[assignment]
        try:
            yield
        finally:
            store_move._copy, store_move._verify, health.check = copy, verify, check
            server_features.loading_new_database = loading


@contextlib.contextmanager
def statements_timed(top: int) -> Iterator[None]:
    """With `top`: each statement's text (its first 110 characters) -> calls and seconds,
    the `top` slowest printed at the end."""
    if not top:
        yield
        return
    from vyapar_lite.db import server

    execute = server._Cursor.execute
    spent: dict[str, list[float]] = {}

    def timed(self: Any, sql: str, params: Any = None) -> Any:
        start = time.perf_counter()
        try:
            return execute(self, sql, params)
        finally:
            entry = spent.setdefault(" ".join(sql.split())[:110], [0, 0.0])
            entry[0] += 1
            entry[1] += time.perf_counter() - start

    server._Cursor.execute = timed  # type: ignore[method-assign]
    try:
        yield
    finally:
        server._Cursor.execute = execute  # type: ignore[method-assign]
        for sql, (calls, seconds) in sorted(spent.items(), key=lambda kv: -kv[1][1])[:top]:
            print(f"{seconds:7.2f} s {int(calls):6} x {sql}")


def server_cpu(data: Path) -> float:
    """CPU seconds used so far by the server's processes (the postmaster and its children:
    the move's backend, the WAL writer, the checkpointer, parallel workers that have ended),
    from /proc (Linux)."""
    postmaster = int((data / "postmaster.pid").read_text().split()[0])
    ticks = os.sysconf("SC_CLK_TCK")
    children = Path(f"/proc/{postmaster}/task/{postmaster}/children").read_text().split()
    total = 0.0
    for pid in [postmaster, *map(int, children)]:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # ended meanwhile
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
        if pid == postmaster:  # children that have ended (parallel index builders)
            total += (int(fields[13]) + int(fields[14])) / ticks
    return total


def load() -> str:
    return f"{os.getloadavg()[0]:.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=BIG_SHOP)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--profile", type=Path, help="write a cProfile of the last run here")
    parser.add_argument(
        "--queries", type=int, default=0, help="print the N statements that took longest in all"
    )
    args = parser.parse_args(argv)
    print(f"code: {Path(store_move.__file__).parents[2]}", flush=True)
    with tempfile.TemporaryDirectory(prefix="vyapar-move-") as folder:
        shop = copy_shop(args.data, Path(folder))
        with LocalServer() as server:
            print(server.settings(), flush=True)
            for run in range(args.runs):
                address = server.new_database(f"moved_{run}")
                phases = Phases()
                before, host = load(), OtherLoad()
                profiler = cProfile.Profile() if args.profile and run == args.runs - 1 else None
                start, cpu, on_server = (
                    time.perf_counter(),
                    time.process_time(),
                    server_cpu(server.data),
                )
                with phases.wrapped(), statements_timed(args.queries):
                    if profiler is not None:
                        profiler.enable()
                    moved = store_move.move_to_server(shop, address)
                    if profiler is not None:
                        profiler.disable()
                total = time.perf_counter() - start
                cpu = time.process_time() - cpu
                on_server = server_cpu(server.data) - on_server
                if profiler is not None:
                    profiler.dump_stats(str(args.profile))
                s = phases.seconds
                rows = s.get("copy", 0.0) - s.get("indexes", 0.0)
                print(
                    f"run {run + 1}: {moved.rows:,} rows in {moved.tables} tables; "
                    f"total {total:.1f} s: rows {rows:.1f} s, indexes/keys/ANALYZE "
                    f"{s.get('indexes', 0.0):.1f} s, verification "
                    f"{s.get('verification', 0.0):.1f} s (check {s.get('check', 0.0):.1f} s); "
                    f"CPU: this process {cpu:.1f} s, the server {on_server:.1f} s; "
                    f"load {before} -> {load()}; {host.host()}",
                    flush=True,
                )
                server.admin(f"DROP DATABASE moved_{run}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
