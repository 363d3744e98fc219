"""Row locks that keep the books right when several counters write to one server at once.

A SQLite file has one writer at a time (the lock file and SQLite's own write lock), and every
service was written for that. On a server each write transaction first takes the writers' lock
(`server.WRITER_LOCK`, in `ServerDatabase.begin`): writers still take turns, so a document's
number, the customer's balance its credit-limit check reads and the audit chain's head are the
ones the last committed writer left (READ COMMITTED reads what is committed when each statement
starts). Readers are never blocked: reports read committed rows while a counter posts.

The row locks below say, where the books depend on it, which row a transaction must hold: the
number series, the customer whose balance is checked or allocated, the audit chain's head. They
are taken after the writers' lock, so they never wait for each other (no deadlock) and keep each
of those rules true even for a write that bypasses the writers' lock. On SQLite they are plain
reads (SQLite has no `FOR UPDATE`; its write lock already covers them).
"""

from __future__ import annotations

from typing import Any

from vyapar_lite.db.dialect import is_server


def for_update(query: Any) -> Any:
    """`query` (a peewee SELECT) locking the rows it reads until the transaction ends."""
    return query.for_update() if is_server(query.model._meta.database) else query


def hold_customer(customer_id: int) -> None:
    """Lock the customer's row for this transaction: the balance its credit-limit check reads
    and the money its receipt allocates stay as read until the document is saved."""
    from vyapar_lite.db.models import Customer

    list(for_update(Customer.select(Customer.id).where(Customer.id == customer_id)))


def hold_audit_head(db: Any) -> None:
    """Lock the audit chain's head row: the next audit row chains to the last one committed."""
    if is_server(db):
        db.execute_sql("SELECT last_id FROM audit_chain_head WHERE id = 1 FOR UPDATE").fetchall()
