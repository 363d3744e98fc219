"""Counters posting at once on a server, for server.py: the counter processes and their rounds.

Two ways of posting, both reported by server.py:

- **back to back**: each counter posts its invoices one after another from the same moment, as
  fast as it can (the worst case: four counters that never pause);
- **rounds**: the counters start each post at the same moment: before every post each counter
  says it is ready and waits for the word (a barrier per round, kept by the parent over a Unix
  socket; the wait is not timed), so every round four invoices meet on the server together,
  which is what "4 counters posting at once" means for one post's time.

A counter is this module run as a program with the code to post with first on its PYTHONPATH,
so the same run can time another checkout's code (`--compare-src`, the "before" of a change)
against this one's on the same server, alternately.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date
from multiprocessing.connection import Client, Connection, Listener
from pathlib import Path

DAY = date(2026, 11, 23)
AUTHKEY = b"vyapar-counters"


def counter(
    url: str, seed: int, posts: int, customers: list[str], *, parent_at: str, rounds: bool
) -> None:
    """Post `posts` 10-line invoices from this process; print the milliseconds as JSON.
    `parent_at`: the parent's socket, which says when to start (each round's post, `rounds`)."""
    from post_invoice import ITEMS

    from vyapar_lite.db import close_data_file, open_data_file
    from vyapar_lite.db.models import Item
    from vyapar_lite.db.store import server_address
    from vyapar_lite.domain.invoice import LineInput, line_amounts, totals
    from vyapar_lite.services import sales, sales_settings

    open_data_file(server_address(url), create=False)
    codes = {
        str(i.name): str(i.code)
        for i in Item.select().where(Item.name.in_([item[0] for item in ITEMS]))
    }
    lines = [
        LineInput(name, n * 1000, price, rate, item_code=codes[name], hsn_sac=hsn)
        for n, (name, price, rate, hsn) in enumerate(ITEMS, start=1)
    ]
    round_off = sales_settings.get().round_off
    cash_total = totals(
        [line_amounts(line, "intra") for line in lines], round_to_rupee=round_off
    ).grand_total
    rng = random.Random(seed)
    times, refused = [], 0
    parent: Connection = Client(parent_at, family="AF_UNIX", authkey=AUTHKEY)
    parent.send("connected")
    parent.recv()  # back to back: the word to start; rounds: the first round's
    for n in range(posts):
        if rounds and n:
            parent.send("ready")
            parent.recv()
        code = rng.choice(customers)
        draft = (
            sales.InvoiceDraft(
                "CASH", DAY, lines, received=cash_total, mode="cash", confirm_unusual_date=True
            )
            if code == "CASH"
            else sales.InvoiceDraft(
                code, DAY, lines, received=10000, mode="upi", confirm_unusual_date=True
            )
        )
        started = time.perf_counter()
        try:
            sales.post_invoice(draft)
        except sales.CreditLimitStop:
            refused += 1
            continue
        times.append((time.perf_counter() - started) * 1000)
    parent.send("done")
    close_data_file()
    print(json.dumps({"ms": times, "refused": refused}))


def posting(
    url: str, counters: int, posts: int, customers: list[str], *, rounds: bool, src: Path
) -> tuple[list[float], float]:
    """(every post's milliseconds, wall seconds) of `counters` processes posting `posts`
    invoices each with the code in `src`, back to back or in rounds."""
    here = Path(__file__).resolve().parent
    mine = Path(__import__("vyapar_lite").__file__).resolve().parents[1]
    path = [str(src), *(p for p in sys.path if p and Path(p).resolve() != mine)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(here), *path])}
    with tempfile.TemporaryDirectory(prefix="vyapar-counters-") as folder:
        address = str(Path(folder) / "barrier")
        with Listener(address, family="AF_UNIX", authkey=AUTHKEY) as listener:
            children = [
                subprocess.Popen(
                    [
                        sys.executable,
                        __file__,
                        url,
                        str(seed),
                        str(posts),
                        ",".join(customers),
                        address,
                        "rounds" if rounds else "back-to-back",
                    ],
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                    env=env,
                )
                for seed in range(counters)
            ]
            links = [_accepted(listener, children) for _ in children]
            for link in links:
                assert link.recv() == "connected"
            started = time.perf_counter()
            for n in range(posts if rounds else 1):
                if n:
                    for link in links:
                        assert link.recv() == "ready"
                for link in links:
                    link.send("go")
            for link in links:
                assert link.recv() == "done"
            wall = time.perf_counter() - started
    every: list[float] = []
    for n, child in enumerate(children, start=1):
        out, err = child.communicate(timeout=3600)
        if child.returncode:
            raise SystemExit(f"counter {n} failed:\n{err[-3000:]}")
        every += json.loads(out.strip().splitlines()[-1])["ms"]
    return every, wall


def _accepted(listener: Listener, children: list[subprocess.Popen[str]]) -> Connection:
    """The next counter's connection; a counter that failed before connecting is said, not
    waited for."""
    server = listener._listener._socket  # type: ignore[attr-defined]  # no timeout of its own
    server.settimeout(1.0)
    while True:
        try:
            return listener.accept()
        except TimeoutError:
            for child in children:
                if child.poll():
                    _out, err = child.communicate()
                    raise SystemExit(f"a counter failed:\n{err[-3000:]}") from None


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="one counter (see the module docstring)")
    parser.add_argument("url")
    parser.add_argument("seed", type=int)
    parser.add_argument("posts", type=int)
    parser.add_argument("customers")
    parser.add_argument("parent_at")
    parser.add_argument("mode", choices=["rounds", "back-to-back"])
    args = parser.parse_args()
    counter(
        args.url,
        args.seed,
        args.posts,
        args.customers.split(","),
        parent_at=args.parent_at,
        rounds=args.mode == "rounds",
    )
