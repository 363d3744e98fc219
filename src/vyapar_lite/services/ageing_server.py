"""Ageing's read-ahead on a server: every owing customer's newest open items in a few queries.

Ageing covers each owing customer's balance with their newest open items (`services.ageing`,
`domain.ageing.what_makes_up`). On a SQLite file that read is a query per customer, or a few
per 500 customers through `INDEXED BY`; on a server each query is a round trip (about 2 ms on a
LAN), so a query per customer made the first look at a freshly moved 10,000-customer shop take
16 s. Here a server reads them a chunk of customers at a time, each customer's documents through
a `LATERAL` subquery on the index `sales_doc_due` (customer, status, due, date, kind, total), so
only the newest few documents of each are read and only theirs are worked out:

1. the newest `sizes[0]` documents of every customer in the chunk;
2. for those they do not cover, the next `sizes[1]`, and so on;
3. for those still not covered, all the rest of their documents (a handful of customers).

So a chunk costs at most `len(sizes) + 1` queries, whatever its customers' histories. The items
handed back are exactly those the one-customer walk (`ageing._Walk.items`) would read before
the balance is covered, in its order (the same `documents` query, which says the order); the
property test `tests/services/test_ageing_server_properties.py` holds them equal on both stores.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import peewee as pw

from vyapar_lite.db import database
from vyapar_lite.domain.ageing import OpenItem

# The customer whose documents the `documents` query reads: the outer query's row.
CUSTOMER = pw.SQL('"owing"."id"')
CHUNK = 500  # customers per query
SIZES = (4, 16)  # documents read per customer, then the next ones for those not yet covered

Documents = Callable[[int | None, int], Any]  # (limit, skip) -> a peewee SELECT of (due, owed)


def newest_open_items(documents: Documents, balances: dict[int, int]) -> dict[int, list[OpenItem]]:
    """{customer id: their newest open items, enough to cover the balance or all they have}
    for every customer in `balances` (id -> balance > 0).

    `documents(limit, skip)` is the walk's query for one customer, `CUSTOMER`: (due date,
    owed on the date) of the documents dated on or before the date, newest due first, from the
    `skip`-th, at most `limit` of them (None: all)."""
    sizes, chunk = SIZES, CHUNK
    known: dict[int, list[OpenItem]] = {}
    ids = sorted(balances)
    for start in range(0, len(ids), chunk):
        pending = ids[start : start + chunk]
        read: dict[int, list[OpenItem]] = {}
        skip = 0
        for limit in (*sizes, None):
            _read(documents(limit, skip), pending, read)
            left = []
            for customer_id in pending:
                items = read.get(customer_id, [])
                covered = sum(i.amount for i in items if i.amount > 0) >= balances[customer_id]
                if covered or limit is None or len(items) < skip + limit:
                    known[customer_id] = items  # enough, or all the customer has
                else:
                    left.append(customer_id)
            if not left or limit is None:
                break
            pending, skip = left, skip + limit
    return known


def _read(query: Any, customers: list[int], into: dict[int, list[OpenItem]]) -> None:
    """Each customer's rows of `query`, appended in its order."""
    sql, params = query.sql()
    outer = (
        'SELECT "owing"."id", "doc".* FROM unnest(%s::integer[]) WITH ORDINALITY '
        'AS "owing"("id", "n") CROSS JOIN LATERAL (' + sql + ') AS "doc" '
        'ORDER BY "owing"."n", "doc"."place"'
    )
    days: dict[Any, date] = {}
    for customer_id, due, owed, _place in database.execute_sql(outer, [customers, *params]):
        day = days.get(due) or days.setdefault(due, _day(due))
        into.setdefault(customer_id, []).append(OpenItem(day, int(owed)))


def place_in(order: Sequence[Any]) -> Any:
    """The column that keeps a document's place in the walk's order, for `documents`' query:
    its rows come out of the `LATERAL` join in any order and are put back in this one."""
    return pw.fn.ROW_NUMBER().over(order_by=list(order)).alias("place")


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
