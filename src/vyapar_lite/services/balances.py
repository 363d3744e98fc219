"""Customer balances as of a date: every customer's receivable, advance and net balance.

A balance is debits minus credits on the customer's ledger up to and including the date
(> 0: the customer owes the shop; < 0: an advance). The receivable and advance columns split it
by sign, so receivable - advance = balance on every row and in the totals, and the balance total
is the whole ledger's net (the sum of every customer's statement closing).

Speed (10,000 customers, 1,000,000 entries): the all-time sums read only the covering index
ledger_entry_balance (customer_id, debit, credit), about 0.1 s. A balance as of an earlier date
starts from the balances kept at the nearest month-end (`services.month_end_balances`) and
reads at most half a month of entries; see `balances_as_of`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from typing import Any, NamedTuple

import peewee as pw

from vyapar_lite.db import database
from vyapar_lite.db.dialect import indexed_by
from vyapar_lite.db.models import LedgerEntry
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.services import month_end_balances
from vyapar_lite.services.report_rows import rows_of
from vyapar_lite.services.report_scope import (
    EVERYONE,
    CustomerScope,
    customer_rows,
)

SHOW = ("all", "nonzero", "receivable", "advance")
SORT_KEYS = ("balance", "code", "name", "city")


# Sums over the entries on one side of a date, through the date index (see the module docstring).
def _after() -> str:
    return (
        "SELECT customer_id, SUM(debit - credit) FROM ledger_entry "
        f"{indexed_by('ledger_entry_date')} WHERE entry_date > ? GROUP BY customer_id"
    )


def _up_to() -> str:
    return (
        "SELECT customer_id, SUM(debit - credit) FROM ledger_entry "
        f"{indexed_by('ledger_entry_date')} WHERE entry_date <= ? GROUP BY customer_id"
    )


class BalanceRow(NamedTuple):
    code: str
    name: str
    city: str
    phone: str
    customer_type: str
    category: str
    is_active: bool
    receivable: int  # paise the customer owes (0 when they are in advance)
    advance: int  # paise paid ahead (0 when they owe)
    balance: int  # receivable - advance (> 0: owes the shop)


@dataclass(frozen=True)
class BalancesReport:
    """All rows in memory (one per customer; 10,000 rows are about 2 MB): a screen pages them."""

    as_of: date
    rows: list[BalanceRow]
    total_receivable: int
    total_advance: int
    total_balance: int

    @property
    def count(self) -> int:
        return len(self.rows)

    def page(self, offset: int, limit: int) -> list[BalanceRow]:
        return self.rows[max(offset, 0) : max(offset, 0) + max(limit, 0)]


def balances(
    as_of: date,
    scope: CustomerScope = EVERYONE,
    *,
    show: str = "all",
    sort: str = "balance",
    descending: bool = True,
) -> BalancesReport:
    """One row per customer in `scope` (ties in the sort broken by code)."""
    if show not in SHOW:
        raise ValidationError(FieldError("show", f"Choose one of {', '.join(SHOW)}"))
    if sort not in SORT_KEYS:
        raise ValidationError(FieldError("sort", f"Sort by one of {', '.join(SORT_KEYS)}"))
    sums = balances_as_of(as_of)
    keep = _SHOW_TESTS[show]
    rows = []
    total_receivable = total_advance = 0
    # Plain tuples in code order (the sort's tie-break), each made a row once: 10,000 rows cost
    # what reading them costs, not a CustomerInfo and a split per row as well.
    for customer_id, code, name, city, phone, kind, category, _, active in customer_rows(scope):
        balance = sums.get(customer_id, 0)
        if not keep(balance):
            continue
        if balance > 0:
            total_receivable += balance
            rows.append(
                BalanceRow(
                    code, name, city, phone, kind, category, bool(active), balance, 0, balance
                )
            )
        else:
            total_advance -= balance
            rows.append(
                BalanceRow(
                    code, name, city, phone, kind, category, bool(active), 0, -balance, balance
                )
            )
    rows.sort(key=_SORT_KEYS[sort], reverse=descending)  # stable, also reversed: ties by code
    return BalancesReport(
        as_of, rows, total_receivable, total_advance, total_receivable - total_advance
    )


def balances_as_of(as_of: date | None = None) -> dict[int, int]:
    """Every customer's balance (customer id -> paise) with entries up to `as_of` (None: all).

    Customers with no entries are left out (their balance is 0)."""
    everything = LedgerEntry.select(
        LedgerEntry.customer, pw.fn.SUM(LedgerEntry.debit - LedgerEntry.credit)
    ).group_by(LedgerEntry.customer)
    last = last_entry_date()
    kept = month_end_balances.balances_as_of(last if as_of is None else min(as_of, last))
    if kept is not None:
        return kept
    if as_of is None or as_of >= last:
        return dict(rows_of(everything))
    later = _count(LedgerEntry.entry_date > as_of)
    # Entries are never deleted, so the highest id is (about) how many there are.
    if 2 * later > int(LedgerEntry.select(pw.fn.MAX(LedgerEntry.id)).scalar() or 0):
        return dict(database.execute_sql(_up_to(), (as_of,)).fetchall())
    result: dict[int, int] = dict(rows_of(everything))
    for customer_id, after in database.execute_sql(_after(), (as_of,)).fetchall():
        result[customer_id] -= after
    return result


def balance_of(customer_id: int, as_of: date | None = None) -> int:
    """One customer's balance up to `as_of` (None: all entries)."""
    query = LedgerEntry.select(
        pw.fn.COALESCE(pw.fn.SUM(LedgerEntry.debit) - pw.fn.SUM(LedgerEntry.credit), 0)
    ).where(LedgerEntry.customer == customer_id)
    if as_of is not None:
        query = query.where(LedgerEntry.entry_date <= as_of)
    return int(query.scalar())


def balance_of_entries(condition: Any) -> int:
    """Debits minus credits of the entries matching a peewee `condition` on LedgerEntry."""
    query = LedgerEntry.select(
        pw.fn.COALESCE(pw.fn.SUM(LedgerEntry.debit) - pw.fn.SUM(LedgerEntry.credit), 0)
    ).where(condition)
    return int(query.scalar())


def last_entry_date() -> date:
    """The date of the latest ledger entry (date.min on empty books): a report as of this day or
    later sees every entry, which lets it take shortcuts."""
    last = LedgerEntry.select(pw.fn.MAX(LedgerEntry.entry_date)).scalar()
    if last is None:
        return date.min
    return last if isinstance(last, date) else date.fromisoformat(str(last)[:10])


def _count(condition: Any) -> int:
    """Entries on one side of a date, counted in the date index alone."""
    return int(LedgerEntry.select(pw.fn.COUNT(LedgerEntry.id)).where(condition).scalar() or 0)


_SHOW_TESTS: dict[str, Callable[[int], bool]] = {
    "all": lambda b: True,
    "nonzero": lambda b: b != 0,
    "receivable": lambda b: b > 0,
    "advance": lambda b: b < 0,
}
_SORT_KEYS: dict[str, Callable[[BalanceRow], Any]] = {
    "balance": itemgetter(9),  # BalanceRow.balance, read in C
    "code": itemgetter(0),
    "name": lambda r: r.name.casefold(),
    "city": lambda r: r.city.casefold(),
}
