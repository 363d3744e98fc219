"""A document's posting transaction on a shop where several counters post at once (issue 18).

`transaction()` is the posting's `database.atomic()`: on a server it takes the writers' turn
*shared* (`db/locks.py`), so counters post side by side instead of one after another, and it
writes the posting's audit rows last (`audit.written_last`), so the audit chain's head, which
every posting locks, is held only for their insert and the commit. What keeps the books right
meanwhile is the row locks every posting takes in one order: its customer's row first (a
walk-in sale's CASH row excepted: nothing a sale does reads or changes it), then its number
series (invoice before receipt), then the audit chain's head. A posting that also changes a
row other postings read without locking it (a sale order's advance, when an order becomes an
invoice) takes the turn exclusive (`alone=True`), as every other write does.

On a server the posting's statements are sent in psycopg's pipeline
(`sqlite_features.batched`): the counter waits for the server only where it reads an answer
(a number, a new row's id, the audit chain's tail) and at the commit, so the stretch every
posting takes in turn (from its numbers to its commit) is a few round trips, not one a statement.

`run_again_on_conflict` (`db/locks.py`) wraps the posting service: a posting the server rolled
back to break a deadlock runs again. On a SQLite file the turn is the file's one writer and
both are plain transactions.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, nullcontext

from vyapar_lite.db import database, locks, sqlite_features
from vyapar_lite.services import audit

run_again_on_conflict = locks.run_again_on_conflict


@contextmanager
def transaction(*, alone: bool = False) -> Iterator[None]:
    """One posting's transaction (see the module docstring); `alone`: the writers' turn
    exclusive."""
    turn = nullcontext() if alone else locks.shared_turn()
    with sqlite_features.batched(database), turn, database.atomic(), audit.written_last():
        yield
