"""Row locks that keep the books right when several counters write to one server at once.

A SQLite file has one writer at a time (the lock file and SQLite's own write lock), and every
service was written for that. On a server each write transaction first takes the writers' turn
(`server.WRITER_LOCK`, an advisory lock, in `ServerDatabase.begin`):

- **postings** (`shared_turn()`: an invoice, a receipt; `services/posting.py`) take it *shared*,
  so counters post at the same moment; what keeps their books right is the row locks below,
  taken in one order by every posting so that none waits for another in a circle: the
  customer's row first, then the number series (invoice before receipt: `doc_series.take_many`),
  then the audit chain's head *last*, just before commit (`services.audit.written_last`), so
  it is held only for the audit rows' insert and the commit;
- **every other write** (edits of customers and items, imports, closings, settings, kept
  figures, migrations' own advisory lock aside) takes it *exclusive*: it waits for the postings
  under way and holds new ones back until it commits, so it runs as the one writer it was
  written for.

READ COMMITTED reads what is committed when each statement starts, so a row read after its lock
is taken is the row as the last writer that held the lock left it. Readers are never blocked:
reports read committed rows while counters post. On SQLite these locks are plain reads (SQLite
has no `FOR UPDATE`; its write lock already covers them).

What each lock keeps right: the number series row (`sequences.next_number`): numbers distinct
and gapless (a rolled-back posting gives its number back); the customer's row (`hold_customer`,
`customer_as_locked`): the balance a credit-limit check reads, the open documents a receipt
allocates, the points a sale redeems stay as read until the document is committed; the audit
chain's head: one chain, ids in commit order (`services/books_changes.py` relies on it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import Any, TypeVar

from vyapar_lite.db.dialect import is_server

_SHARED_TURN: ContextVar[bool] = ContextVar("shared_turn", default=False)
# SQLSTATEs of a transaction the server gave up so another could go on: deadlock detected,
# serialization failure. Both leave nothing behind, so the posting may simply run again.
_RUN_AGAIN = frozenset({"40P01", "40001"})
ATTEMPTS = 3

T = TypeVar("T")


@contextmanager
def shared_turn() -> Iterator[None]:
    """The transaction begun inside takes the writers' turn shared (a posting: see above)."""
    token = _SHARED_TURN.set(True)
    try:
        yield
    finally:
        _SHARED_TURN.reset(token)


def turn_is_shared() -> bool:
    return _SHARED_TURN.get()


def run_again_on_conflict(post: Callable[..., T]) -> Callable[..., T]:
    """`post` run again (up to ATTEMPTS times in all) when the server rolled it back to break a
    deadlock or a serialization failure. Postings take their row locks in one order, so they do
    not deadlock with each other; but a row is also locked by what a posting's inserts refer to
    (a foreign key takes a KEY SHARE lock on the customer's row), and a walk-in sale (CASH,
    whose row no posting locks) that refers to a row another transaction holds can meet it the
    other way round. The server notices within deadlock_timeout (1 s) and rolls one back; it
    left nothing, so it runs again. Inside an outer transaction it cannot, and the error goes
    up to whoever began it."""

    from vyapar_lite.db.connection import database

    @wraps(post)
    def posted(*args: Any, **kwargs: Any) -> T:
        for attempt in range(1, ATTEMPTS + 1):
            try:
                return post(*args, **kwargs)
            except Exception as exc:  # psycopg's own (peewee wraps only some) or peewee's
                if _sqlstate(exc) not in _RUN_AGAIN or attempt == ATTEMPTS:
                    raise
                if database.in_transaction():
                    raise
        raise AssertionError("unreachable")

    return posted


def _sqlstate(exc: BaseException) -> str | None:
    """The server's SQLSTATE of `exc`: psycopg's error, or the one peewee wrapped (`orig`)."""
    for error in (exc, getattr(exc, "orig", None)):
        state = getattr(error, "sqlstate", None)
        if isinstance(state, str):
            return state
    return None


def for_update(query: Any) -> Any:
    """`query` (a peewee SELECT) locking the rows it reads until the transaction ends."""
    return query.for_update() if is_server(query.model._meta.database) else query


def hold_customer(customer_id: int) -> None:
    """Lock the customer's row for this transaction: the balance its credit-limit check reads
    and the money its receipt allocates stay as read until the document is saved."""
    from vyapar_lite.db.models import Customer

    list(for_update(Customer.select(Customer.id).where(Customer.id == customer_id)))


def customer_as_locked(customer_id: int) -> Any:
    """`hold_customer`, handing back the customer's row as it is now that it is locked."""
    from vyapar_lite.db import ready
    from vyapar_lite.db.models import Customer

    row = ready.row_where(Customer, "id", customer_id, for_update=True)  # built once: issue 18
    if row is None:
        raise Customer.DoesNotExist(customer_id)  # type: ignore[attr-defined]  # as .get()
    return row


def hold_audit_head(db: Any) -> None:
    """Lock the audit chain's head row: the next audit row chains to the last one committed."""
    if is_server(db):  # its answer not waited for: the next statement runs once it is held
        db.execute_sql("SELECT last_id FROM audit_chain_head WHERE id = 1 FOR UPDATE")
