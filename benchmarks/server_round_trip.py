"""The 1M-entry shop moved to a local PostgreSQL server and back: same results, and how long.

    python benchmarks/server_round_trip.py [--data FILE] [--as-of 2026-11-22]
        [--from 2026-11-01] [--to 2026-11-22] [--max-s 60] [--skip-back]

The shop file given by --data (default: the --documents benchmark shop) is never opened: it is
copied with SQLite's online backup into a temporary folder first. A throwaway server is started
there (`pg_server.LocalServer`: PostgreSQL's default durability), and through `vyapar-lite-cli`
in this process, as the shopkeeper would run it:

1. on the file: `export balances --as-of`, `export sales-register --from --to` and `check`;
2. `move-to-server --data FILE --to postgresql://...`: timed, the copy and the verification
   (row counts, every balance, `check`, the audit chain, all inside the move's transaction)
   apart;
3. the same three on the server;
4. `move-to-server --data postgresql://... --to NEW_FILE` (back to one PC): timed;
5. the same three on the new file.

The workbooks are compared cell by cell (every sheet, value and number format; the "Generated
at" time left out), `check` by its exit status, `health.check()`'s problems and
`health.summary()`'s counts. Prints the times, the load average and other processes' CPU use;
exits 1 when a result differs or the move to the server takes longer than --max-s.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

try:
    from vyapar_lite import cli
except ModuleNotFoundError:  # run without PYTHONPATH=src
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from vyapar_lite import cli

from openpyxl import load_workbook
from pg_server import LocalServer
from startup import OtherLoad

from vyapar_lite.db import close_data_file, open_data_file, server_features
from vyapar_lite.db.store import data_location
from vyapar_lite.services import health, store_move

BIG_SHOP = Path("/work/bigshop/shop-10k-1m-docs.vyapar")
Cells = dict[str, list[tuple[str, Any, str]]]


def copy_shop(source: Path, folder: Path) -> Path:
    """An independent copy of the shop file (online backup: safe even while it is open)."""
    target = folder / source.name
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return target


def cells(workbook: Path) -> Cells:
    """Every sheet's cells as (coordinate, value, number format), without "Generated at"'s."""
    sheets: Cells = {}
    book = load_workbook(workbook, read_only=True)
    for sheet in book.worksheets:
        found = []
        for row in sheet.iter_rows():
            stamped = bool(row) and getattr(row[0], "value", None) == "Generated at"
            for cell in row:
                value = getattr(cell, "value", None)
                if value is None or (stamped and cell.column > 1):
                    continue
                found.append((cell.coordinate, value, cell.number_format))
        sheets[sheet.title] = found
    book.close()
    return sheets


def cli_run(*argv: str) -> tuple[int, str]:
    """`vyapar-lite-cli argv` in this process: (exit status, what it printed)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = cli.main(list(argv))
    return code, out.getvalue().strip()


def timed(work: Callable[[], Any]) -> tuple[Any, float]:
    started = time.perf_counter()
    result = work()
    return result, time.perf_counter() - started


def results(data: str, folder: Path, args: argparse.Namespace) -> tuple[Any, ...]:
    """(balances' cells, register's cells, check's status, problems and counts), timing each."""
    folder.mkdir()
    balances, register = folder / "balances.xlsx", folder / "register.xlsx"
    (code, said), took = timed(
        lambda: cli_run(
            "export", "balances", "--data", data, "--as-of", args.as_of, "--out", str(balances)
        )
    )  # fmt: skip
    print(f"    export balances        {took:6.1f} s  {said}")
    if code:
        raise SystemExit(said)
    (code, said), took = timed(lambda: cli_run(
        "export", "sales-register", "--data", data, "--from", args.from_date, "--to",
        args.to_date, "--out", str(register)))  # fmt: skip
    print(f"    export sales-register  {took:6.1f} s  {said}")
    if code:
        raise SystemExit(said)
    (checked, said), took = timed(lambda: cli_run("check", "--data", data))
    print(f"    check                  {took:6.1f} s  {said.splitlines()[0]}")
    open_data_file(data_location(data), create=False)
    try:
        summary = health.summary()
        problems = health.check().problems
    finally:
        close_data_file()
    return cells(balances), cells(register), checked, problems, summary


def differences(name: str, first: tuple[Any, ...], other: tuple[Any, ...]) -> list[str]:
    labels = ("export balances", "export sales-register", "check's status", "check's problems",
              "the shop's counts")  # fmt: skip
    return [f"{name}: {label} differs" for label, a, b in zip(labels, first, other, strict=True)
            if a != b]  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=BIG_SHOP, help="the big shop file")
    parser.add_argument("--as-of", default="2026-11-22", help="the balances' date")
    parser.add_argument("--from", dest="from_date", default="2026-11-01")
    parser.add_argument("--to", dest="to_date", default="2026-11-22")
    parser.add_argument("--max-s", type=float, default=60.0, help="the move's target")
    args = parser.parse_args(argv)
    for text in (args.as_of, args.from_date, args.to_date):
        date.fromisoformat(text)
    source: Path = args.data.expanduser().absolute()
    if not source.is_file():
        print(f"server_round_trip: no shop file at {source} (is it generated yet?)")
        return 2
    load = OtherLoad()
    print(f"load average before: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}")
    with tempfile.TemporaryDirectory(prefix="vyapar-round-trip-") as work:
        folder = Path(work)
        shop_file, took = timed(lambda: copy_shop(source, folder))
        print(f"{source} copied in {took:.1f} s")
        with LocalServer() as server:
            print(f"local server: {server.settings()}")
            print("on the file:")
            in_file = results(str(shop_file), folder / "file", args)
            address = server.new_database("big_shop")
            verify_started: list[float] = []
            verify = store_move._verify

            def noted_verify(*a: Any) -> None:
                verify_started.append(time.perf_counter())
                verify(*a)

            store_move._verify = noted_verify  # the copy's and the verification's times apart
            loading = server_features.loading_new_database
            rows_in: list[float] = []

            @contextlib.contextmanager
            def noted_loading(db: Any) -> Iterator[Any]:
                with loading(db) as each_table:
                    yield each_table
                    rows_in.append(time.perf_counter())  # the last indexes and the keys next

            server_features.loading_new_database = noted_loading
            started = time.perf_counter()
            code, said = cli_run("move-to-server", "--data", str(shop_file), "--to", address.url)
            moved = time.perf_counter() - started
            if code:
                print(said)
                return 1
            server_features.loading_new_database = loading
            copy_s = verify_started[0] - started
            print(f"move-to-server: {moved:.1f} s (rows {rows_in[0] - started:.1f} s, indexes, "
                  f"keys and ANALYZE {verify_started[0] - rows_in[0]:.1f} s, verification "
                  f"{moved - copy_s:.1f} s): {said}")  # fmt: skip
            print("on the server:")
            on_server = results(address.url, folder / "server-results", args)
            back = folder / "back.vyapar"
            verify_started.clear()
            started = time.perf_counter()
            code, said = cli_run("move-to-server", "--data", address.url, "--to", str(back))
            moved_back = time.perf_counter() - started
            store_move._verify = verify
            if code:
                print(said)
                return 1
            copy_back = verify_started[0] - started
            print(f"back to a file: {moved_back:.1f} s (copy {copy_back:.1f} s, verification "
                  f"{moved_back - copy_back:.1f} s): {said}")  # fmt: skip
            print("on the file moved back:")
            in_back = results(str(back), folder / "back-results", args)
    print(f"load average after: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}; "
          f"{load.describe()}")  # fmt: skip
    problems = differences("server", in_file, on_server) + differences("back", in_file, in_back)
    for problem in problems:
        print(f"DIFFERENT: {problem}")
    if not problems:
        print(f"same results on the file, the server and the file moved back "
              f"({len(in_file[0]['Balances'])} + {len(in_file[1]['Sales register'])} cells, "
              f"check {'clean' if not in_file[3] else 'with the same problems'})")  # fmt: skip
    verdict = "within" if moved <= args.max_s else "OVER"
    print(f"move-to-server {moved:.1f} s: {verdict} the {args.max_s:g} s target")
    return 1 if problems or moved > args.max_s else 0


if __name__ == "__main__":
    sys.exit(main())
