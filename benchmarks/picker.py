"""The invoice form's customer picker on the big shop: open it, type 3 letters, see the matches.

    python benchmarks/picker.py [--data FILE] [--runs 200] [--seed 1] [--max-ms 50] [--in-place]

Offscreen, in one process (as the shopkeeper's app is): opens a copy of the shop file (so a
migration or the lock never touches the shared file; `--in-place` uses it directly), builds the
invoice form once and times:

- open: building a new invoice form (the picker with CASH chosen, an empty line grid, the
  first preview) and focusing the customer box;
- find: typing 3 letters into the customer box, one key at a time as a shopkeeper does (from the
  second letter each key asks `customer_list.quick_find` for up to 10 matches with their
  balances), until the list shows its matches; the prefixes are the first 3 letters of random
  customers' names;
- each key: the same per keystroke.

Prints median, p95 and max milliseconds and exits 1 when the p95 of `find` is over --max-ms.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

try:
    from vyapar_lite.db import close_data_file, open_data_file
except ModuleNotFoundError:  # run without PYTHONPATH=src
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from vyapar_lite.db import close_data_file, open_data_file

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

DEFAULT_DATA = Path(__file__).resolve().parent / "data" / "shop-10k-1m.vyapar"
# PySide6 6.12.0 on CPython 3.11 takes one reference from None on every call of a wrapped method
# that returns nothing (setText, setVisible, ...); None's count starts near 20,000 and the process
# aborts ("none_dealloc") when it reaches 0. These references keep a long run alive; they change
# no timing. (Python 3.12+ makes None immortal, so there this does nothing.)
_NONE_RESERVE = [None] * 1_000_000


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def report(name: str, values: list[float]) -> None:
    print(
        f"{name:>9}: median {statistics.median(values):6.2f} ms   "
        f"p95 {percentile(values, 0.95):6.2f} ms   max {max(values):6.2f} ms   (n={len(values)})"
    )


def prefixes(path: Path, count: int, seed: int) -> list[str]:
    con = sqlite3.connect(path)
    try:
        names = [
            n
            for (n,) in con.execute(
                "SELECT name FROM customer WHERE is_active = 1 AND code != 'CASH'"
            )
        ]
    finally:
        con.close()
    return prefixes_of(names, count, seed)


def prefixes_of(names: list[str], count: int, seed: int) -> list[str]:
    """`count` random 3-letter starts of the customers' `names`."""
    rng = random.Random(seed)
    words = [n[:3].lower() for n in names if len(n) >= 3 and n[:3].isalpha()]
    return [rng.choice(words) for _ in range(count)]


class NoMatch(Exception):
    """A typed prefix found no customer."""


def type_prefixes(app: QApplication, words: list[str]) -> tuple[list[float], ...]:
    """On the open shop: a new invoice form, then each word typed into its customer box a key
    at a time; (open, find, each key) in milliseconds (see the module docstring)."""
    from vyapar_lite.ui.sales.invoice_form import InvoiceForm

    form = InvoiceForm()
    form.resize(1200, 720)
    form.show()
    app.processEvents()
    opens, finds, keys = [], [], []
    for word in words:
        started = time.perf_counter()
        form.new_invoice()
        opens.append((time.perf_counter() - started) * 1000)
        edit = form.picker.edit
        edit.setFocus()
        edit.selectAll()
        started = time.perf_counter()
        for letter in word:
            before = time.perf_counter()
            QTest.keyClick(edit, letter)
            keys.append((time.perf_counter() - before) * 1000)
        shown = form.picker.box.list.count()
        finds.append((time.perf_counter() - started) * 1000)
        if not shown:
            raise NoMatch(word)
        form.picker.box.hide()
    return opens, finds, keys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-ms", type=float, default=50.0)
    parser.add_argument("--in-place", action="store_true")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"{args.data} is missing: run benchmarks/generate_shop.py first", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = args.data
        if not args.in_place:
            path = Path(folder) / args.data.name
            shutil.copyfile(args.data, path)
        open_data_file(path, create=False)
        try:
            words = prefixes(path, args.runs, args.seed)
            try:
                opens, finds, keys = type_prefixes(app, words)
            except NoMatch as exc:
                print(f"no match for {exc.args[0]!r}", file=sys.stderr)
                return 2
            print(f"{path.name}: {args.runs} searches, 3 letters each")
            report("open", opens)
            report("find", finds)
            report("each key", keys)
        finally:
            close_data_file()
    p95 = percentile(finds, 0.95)
    if p95 > args.max_ms:
        print(f"FAIL: find p95 {p95:.1f} ms is over {args.max_ms} ms")
        return 1
    print(f"ok: find p95 {p95:.1f} ms (limit {args.max_ms} ms)")
    return 0


if __name__ == "__main__":
    status = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)  # skip the interpreter's teardown: it would free the None reserve first
