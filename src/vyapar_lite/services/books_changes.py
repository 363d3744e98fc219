"""What changed in the books since a mark, read from the audit log: how the kept figures (the
dashboard's ageing, `ageing_today`; the month-end balances, `month_end_balances`) bring
themselves up to date, on a shop file and on a server with several counters posting at once.

A mark is the audit log's last row (id, hash) when the kept figure was worked out. Why the audit
log, and not the ids of the rows a figure sums (ledger entries): on a server those ids come from
a sequence when each row is inserted, not when its transaction commits, so a counter that took
ledger id 100 can commit after one that took 101; a reader that saw 101 and marked "everything up
to 101" would never count 100. The audit log's ids are not handed out so: `audit.record_change`
first locks the chain's head row (`db.locks.hold_audit_head`, `FOR UPDATE` on a server; SQLite's
one writer on a file), then takes the last *committed* id + 1, and holds the lock until its
transaction commits. So audit ids are gapless and in commit order on both stores, and a reader
that has seen audit row N has seen every transaction whose audit rows are numbered N or less;
every later one will have rows above N. Every service write records its audit rows in its own
transaction, naming the customer it touched (`customer_id`), so "the customers named in audit
rows after the mark" is exactly what a kept figure may have missed.

A kept figure reads the mark *before* the books, and recounts the customers named since its old
mark (a recount replaces what was kept for them: counting one twice is harmless, never missing
one). A transaction that commits between the two reads may already be in the recount; its audit
rows are after the new mark, so its customers are recounted again at the next look.
"""

from __future__ import annotations

from vyapar_lite.db import audit_seal, database

Mark = tuple[int, str]  # the audit log's last row: (id, row_hash); (0, GENESIS) when empty

# Changes that name no customer and leave every balance and due date alone.
NO_CUSTOMER_EFFECT = frozenset({"item", "stock_move", "gst_rate", "sequence"})
# Changes naming no customer that write no ledger entry either (money vouchers, settings...):
# they leave every customer's ledger balance alone, whatever they do to the money accounts.
NO_LEDGER_EFFECT = NO_CUSTOMER_EFFECT | frozenset(
    {
        "expense_head",
        "expense",
        "contra_voucher",
        "money_account",
        "money_entry",
        "daily_closing",
        "setting",
        "settings",
        "shop",
        "customer_category",
        "reminder",
    }
)


def mark() -> Mark:
    """The audit log's last committed row now."""
    return audit_seal.tail(database)


def still_there(at: Mark) -> bool:
    """The audit row `at` names is in this shop's log with the same hash (not another shop's
    figures, nor a log replaced by a restore)."""
    last_id, last_hash = at
    if not last_id:  # the log was empty then: every row now came after
        return True
    row = database.execute_sql("SELECT row_hash FROM audit_entry WHERE id = ?", (last_id,))
    found = row.fetchone()
    return found is not None and str(found[0]) == last_hash


def customers_named_since(at: Mark, no_effect: frozenset[str]) -> dict[int, str] | None:
    """The customers (id -> code) named in audit rows after `at`; None when that cannot tell what
    changed: `at` is not in this log, or a row names no customer and its record type is not one
    of `no_effect`."""
    if not still_there(at):
        return None
    named: dict[int, str] = {}
    for record_type, customer_id, code in database.execute_sql(
        "SELECT a.record_type, a.customer_id, c.code FROM audit_entry a "
        "LEFT JOIN customer c ON c.id = a.customer_id WHERE a.id > ?",
        (at[0],),
    ).fetchall():
        if customer_id is None or code is None:
            if record_type not in no_effect:
                return None
        else:
            named[int(customer_id)] = str(code)
    return named
