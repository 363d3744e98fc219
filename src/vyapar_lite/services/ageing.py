"""Ageing of receivables as of a date, per customer and in total, advances shown apart.

Each customer's balance on the date (as in the balances report) is split over the bands by
`domain.ageing.owed_by_band`: the newest open items that make up the balance, each aged from
its due date. Open items are the one definition in `services.open_items` (the Outstanding
report's rows): invoices, debit notes and opening bills, each for what it still owes on the date
(`outstanding.owed_as_of`). Since open items - unallocated credits = balance, covering the
balance with the newest items takes money on account off the oldest items first; Ageing and
Outstanding agree on which bills are overdue.

A customer in advance (balance < 0) has no band amounts and shows the advance apart, so for every
row and for the totals: sum of the bands = receivable, and receivable - advance = balance.

Speed: one read for all balances (`balances.balances_as_of`: from the kept month-ends on any
date), then what makes up each owing customer's balance: the open items kept at the month-end
(or last day with entries) before the date, moved to the date by what was posted since
(`month_end_items.known_as_of`: no document walked); for the customers those cannot tell (a
cheque bounced since, a balance that needs documents older than those kept), their newest
documents by due date, in the order of an index, read for all of them at once a few per
customer (`_Walk.read_ahead`), and for the few those do not cover, a walk over their documents
that stops as soon as the balance is covered (`_Walk.items`). The bands are worked out in one
pass per customer (`domain.ageing.owed_by_band`, each due date's band looked up once).
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

import peewee as pw

from vyapar_lite.db import database, dialect
from vyapar_lite.db.models import Customer, SalesDoc, Setting
from vyapar_lite.domain.ageing import (
    AgeingBands,
    OpenItem,
    by_band,
    owed_by_band,
    parse_bands,
    split_balance,
    what_makes_up,
)
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.services import ageing_server, audit, month_end_items
from vyapar_lite.services.balances import balance_of, balances_as_of, last_entry_date
from vyapar_lite.services.open_items import OPEN_KINDS
from vyapar_lite.services.outstanding import owed_as_of, owed_now
from vyapar_lite.services.report_scope import (
    EVERYONE,
    CustomerInfo,
    CustomerScope,
    customer_rows,
    customers_by_code,
    customers_in,
)

BANDS_SETTING = "ageing.bands"
_SHOWN: dict[str, Callable[[int], bool]] = {
    "nonzero": lambda balance: balance != 0,  # owes something or is in advance
    "receivable": lambda balance: balance > 0,
    "all": lambda balance: True,
}
SHOW = tuple(_SHOWN)
Progress = Callable[[int, int, str], None]
PROGRESS_EVERY = 500


def get_bands() -> AgeingBands:
    """The shop's bands (30, 60, 90 until changed in Settings)."""
    stored = Setting.get_or_none(Setting.key == BANDS_SETTING)
    return parse_bands(stored.value) if stored is not None else AgeingBands()


def save_bands(bands: AgeingBands) -> AgeingBands:
    """Keep the shop's bands (one audited transaction)."""
    with database.atomic():
        before = get_bands()
        if before == bands:
            return bands
        Setting.insert(key=BANDS_SETTING, value=bands.text()).on_conflict(
            conflict_target=[Setting.key], preserve=[Setting.value]
        ).execute()
        audit.record(
            "update",
            "setting",
            None,
            label="ageing bands",
            before={"bands": before.text()},
            after={"bands": bands.text()},
        )
    return bands


class AgeingRow(NamedTuple):
    code: str
    name: str
    city: str
    customer_type: str
    category: str
    bands: tuple[int, ...]  # paise per column of `AgeingReport.labels`, "Not due" first
    receivable: int  # the sum of `bands`
    advance: int
    balance: int  # receivable - advance


@dataclass(frozen=True)
class AgeingReport:
    as_of: date
    bands: AgeingBands
    rows: list[AgeingRow]  # by customer code
    band_totals: tuple[int, ...]
    total_receivable: int
    total_advance: int
    total_balance: int

    @property
    def labels(self) -> tuple[str, ...]:
        return self.bands.labels

    @property
    def count(self) -> int:
        return len(self.rows)

    def page(self, offset: int, limit: int) -> list[AgeingRow]:
        return self.rows[max(offset, 0) : max(offset, 0) + max(limit, 0)]


def ageing(
    as_of: date,
    scope: CustomerScope = EVERYONE,
    *,
    bands: AgeingBands | None = None,
    show: str = "nonzero",
    progress: Progress | None = None,
) -> AgeingReport:
    """The ageing report. `show`: "nonzero" (owes or in advance), "receivable" (owes), "all"."""
    if show not in SHOW:
        raise ValidationError(FieldError("show", f"Choose one of {', '.join(SHOW)}"))
    bands = bands or get_bands()
    if progress is not None:  # the kept open items first, saying so if worked out whole
        month_end_items.brought_up_to_date(progress=progress)
    sums = balances_as_of(as_of)
    customers = customer_rows(scope)  # plain tuples in code order: 10,000 make no objects
    walk = _Walk(as_of)
    walk.read_ahead({c[0]: sums[c[0]] for c in customers if sums.get(c[0], 0) > 0})
    shown, nothing, count = _SHOWN[show], (0,) * bands.count, len(customers)
    rows: list[AgeingRow] = []
    for done, (customer_id, code, name, city, _, kind, category, _, _) in enumerate(
        customers, start=1
    ):
        balance = sums.get(customer_id, 0)
        if shown(balance):
            if balance > 0:
                owed = tuple(walk.by_band(customer_id, balance, bands))
                rows.append(AgeingRow(code, name, city, kind, category, owed, balance, 0, balance))
            else:
                rows.append(
                    AgeingRow(code, name, city, kind, category, nothing, 0, -balance, balance)
                )
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, count, "Ageing receivables")
    return report_of(as_of, bands, rows)


def report_of(as_of: date, bands: AgeingBands, rows: list[AgeingRow]) -> AgeingReport:
    """The report made of these rows, with its totals."""
    totals = tuple(map(sum, zip(*(r.bands for r in rows), strict=True))) or (0,) * bands.count
    return AgeingReport(
        as_of,
        bands,
        rows,
        totals,
        sum(r.receivable for r in rows),
        sum(r.advance for r in rows),
        sum(r.balance for r in rows),
    )


@dataclass(frozen=True)
class Owing:
    """A customer's balance and the open items that make up what they owe, not yet aged: for a
    date on or after every ledger entry these do not change with the date (see `open_items`)."""

    info: CustomerInfo
    balance: int
    items: tuple[OpenItem, ...]  # newest first; () for a customer in advance

    def row(self, as_of: date, bands: AgeingBands) -> AgeingRow:
        return _row(self.info, self.balance, by_band(self.items, as_of, bands))


def open_items(as_of: date, codes: Iterable[str] | None = None) -> dict[str, Owing]:
    """Every customer (or these) who owes or is in advance on `as_of`, by code, with what makes
    up their balance: the rows of the "nonzero" report before they are put in bands."""
    if codes is None:
        sums = balances_as_of(as_of)
        customers = customers_in(EVERYONE)
    else:
        customers = customers_by_code(codes)
        sums = {customer_id: balance_of(customer_id, as_of) for customer_id in customers}
    walk = _Walk(as_of, rebuild=False)  # the dashboard's look: never waits for a rebuild
    walk.read_ahead({c: b for c, b in sums.items() if b > 0 and c in customers})
    owing = {}
    for customer_id, info in customers.items():
        balance = sums.get(customer_id, 0)
        if balance:
            items = walk.what_makes_up(customer_id, info, balance) if balance > 0 else []
            owing[info.code] = Owing(info, balance, tuple(items))
    return owing


def _row(info: CustomerInfo, balance: int, owed: list[int]) -> AgeingRow:
    receivable, advance = split_balance(balance)
    return AgeingRow(
        info.code,
        info.name,
        info.city,
        info.customer_type,
        info.category,
        tuple(owed),
        receivable,
        advance,
        balance,
    )


class _Walk:
    """A customer's open items on the date (`open_items`: invoices, debit notes and opening
    bills, each for what it still owes then), newest due first, as aged items.

    The documents are read in the order of the index sales_doc_due (customer, status, due date,
    date, kind, total), so SQLite hands them over without sorting and works out what a document
    still owes only when it is read. A customer's newest documents are the open ones (receipts
    settle the oldest due first), so a few cover the balance; the hundreds of settled bills
    behind them are never summed. (Summing every document, then sorting, took 5-12 s for 7,800
    customers on the 1,000,000-entry shop; one small query per customer, 0.6-1.7 s.)

    `read_ahead` reads every owing customer's newest `_AHEAD[0]` documents in one query per
    500 customers (SQLite: a correlated `LIMIT` subquery on the index, `INDEXED BY` it, as
    SQLite would otherwise take sales_doc_sales and sort), then the next ones for those not yet
    covered; `items` hands those over when they cover the balance (or are all the customer
    has), else walks the customer's documents one query at a time. On a server, where each
    query is a round trip, `ageing_server` reads them through a `LATERAL` join instead, until
    every owing customer is covered (no walk)."""

    def __init__(self, as_of: date, *, rebuild: bool = True) -> None:
        self.as_of = as_of
        self.rebuild = rebuild  # may the kept month-end items be worked out whole first
        everything = as_of >= last_entry_date()  # today, usually: the quicker sum is exact
        self.owed = owed_now(SalesDoc) if everything else owed_as_of(SalesDoc, as_of)
        # NULL for a document dated after the date: not worked out, skipped by `items`
        owed_then = pw.Case(None, [(SalesDoc.doc_date <= as_of, self.owed)], None)
        query = (
            SalesDoc.select(_due(SalesDoc), owed_then)
            # The customer is the last parameter, bound per customer: see `items`.
            .where(
                (SalesDoc.status == "posted")
                & SalesDoc.kind.in_(OPEN_KINDS)
                & (SalesDoc.customer == pw.SQL("?"))
            )
            .order_by(*_newest_first(SalesDoc))
        )
        self.sql, params = query.sql()
        self.params = list(params)
        marks = self.sql.count("?") + self.sql.count("%s")  # a server's peewee writes %s
        assert marks == len(self.params) + 1, "the customer must be the last '?'"
        self.known: dict[int, list[OpenItem]] = {}  # read ahead, enough for the balance
        self.columns: dict[date, int] = {}  # each due date's band (one report: one set of bands)

    def read_ahead(self, balances: dict[int, int]) -> None:
        """Read the newest documents of every customer in `balances` (id -> balance > 0) in a
        few queries, keeping those that cover the balance (see the class docstring). First
        those the open items kept at the month-end before the date tell (`month_end_items`);
        on a server the rest through a few LATERAL reads per 500 customers."""
        self.known.update(month_end_items.known_as_of(self.as_of, balances, rebuild=self.rebuild))
        pending = sorted(c for c in balances if c not in self.known)
        if not pending:
            return
        if dialect.is_server(database):
            rest = {customer: balances[customer] for customer in pending}
            self.known.update(ageing_server.newest_open_items(self._documents, rest))
            return
        read: dict[int, list[OpenItem]] = {}
        days: dict[Any, date] = {}
        skip = 0
        for limit in _AHEAD:
            sql = self._newest_sql(limit, skip)
            for start in range(0, len(pending), _CHUNK):
                chunk = pending[start : start + _CHUNK]
                chunk += [chunk[-1]] * (_CHUNK - len(chunk))  # the same SQL for every chunk
                for customer_id, due, owed in database.execute_sql(
                    sql, [*self.params_ahead, *chunk]
                ):
                    day = days.get(due) or days.setdefault(due, _day(due))
                    read.setdefault(customer_id, []).append(OpenItem(day, owed))
            left = []
            for customer_id in pending:
                items = read.get(customer_id, [])
                covered = sum(i.amount for i in items if i.amount > 0) >= balances[customer_id]
                if covered or len(items) < skip + limit:  # enough, or all the customer has
                    self.known[customer_id] = items
                else:
                    left.append(customer_id)
            pending, skip = left, skip + limit

    def _documents(self, limit: int | None, skip: int) -> Any:
        """The server's read-ahead query (`ageing_server`): its customer's documents dated by
        the date, (due, owed), newest due first, from the `skip`-th, `limit` of them."""
        order = _newest_first(SalesDoc)
        return (
            SalesDoc.select(_due(SalesDoc), self.owed, ageing_server.place_in(order))
            .where(
                (SalesDoc.customer == ageing_server.CUSTOMER)
                & (SalesDoc.status == "posted")
                & SalesDoc.kind.in_(OPEN_KINDS)
                & (SalesDoc.doc_date <= self.as_of)
            )
            .order_by(*order)
            .limit(limit)
            .offset(skip or None)
        )

    def _newest_sql(self, limit: int, skip: int) -> str:
        """(customer id, due, owed) of _CHUNK customers' open items dated by the date, from
        their `skip`-th newest, `limit` of them, each customer's newest due first. The
        customers are the last parameters (`params_ahead` come first)."""
        newest = SalesDoc.alias("newest")
        ids = (
            newest.select(newest.id)
            .where(
                (newest.customer == Customer.id)
                & (newest.status == "posted")
                & newest.kind.in_(OPEN_KINDS)
                & (newest.doc_date <= self.as_of)
            )
            .order_by(*_newest_first(newest))
            .limit(limit)
            .offset(skip or None)
        )
        query = (
            Customer.select(Customer.id, _due(SalesDoc), self.owed)
            .join(SalesDoc, on=SalesDoc.id.in_(ids))
            .where(Customer.id.in_([pw.SQL("?")] * _CHUNK))
            .order_by(Customer.id, *_newest_first(SalesDoc))
        )
        sql, params = query.sql()
        self.params_ahead = list(params)
        table = 'FROM "sales_doc" AS "newest" WHERE'
        assert table in sql, "the read-ahead's subquery names its table so"
        return sql.replace(table, table.replace(" WHERE", f" {dialect.indexed_by(_INDEX)} WHERE"))

    def by_band(self, customer_id: int, balance: int, bands: AgeingBands) -> list[int]:
        known = self.known.get(customer_id)
        if known is not None:
            return owed_by_band(known, balance, self.as_of, bands, self.columns)
        with closing(self.items(customer_id)) as items:
            return owed_by_band(items, balance, self.as_of, bands, self.columns)

    def what_makes_up(self, customer_id: int, info: CustomerInfo, balance: int) -> list[OpenItem]:
        if customer_id in self.known:
            return what_makes_up(self.known[customer_id], balance)
        with closing(self.items(customer_id)) as items:
            return what_makes_up(items, balance)

    def items(self, customer_id: int) -> Generator[OpenItem, None, None]:
        cursor = database.execute_sql(self.sql, [*self.params, customer_id])
        try:
            while (row := cursor.fetchone()) is not None:
                due, owed = row
                if owed is not None:
                    yield OpenItem(_day(due), int(owed))
        finally:
            cursor.close()


_INDEX = "sales_doc_due"
# Documents read ahead per owing customer, then the next ones for those still not covered (on
# the big shop 2.6 cover a balance on average; 4 cover 86% of customers, 8 all but 1.5%).
_AHEAD = (3, 5)
_CHUNK = 500  # customers per read-ahead query


def _due(doc: Any) -> Any:
    return pw.fn.COALESCE(doc.due_date, doc.doc_date)


def _newest_first(doc: Any) -> tuple[Any, ...]:
    """The order of the index sales_doc_due backwards (due, date, kind, total), then the id:
    read in it, SQLite sorts nothing. Documents due the same day fall in the same band, so
    how they are ordered among themselves changes no figure."""
    return (
        _due(doc).desc(),
        doc.doc_date.desc(),
        doc.kind.desc(),
        doc.grand_total.desc(),
        doc.id.desc(),
    )


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
