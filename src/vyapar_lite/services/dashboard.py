"""The dashboard's figures, each taken from the service behind the report it opens.

Sales come from the sales register (`sales_register.net_sales`: invoices and debit notes less
credit notes, cancelled ones left out); money received is what receipts brought in (posted cash,
UPI, bank and cleared cheques, counted on the day they count; write-offs and contras move no
money and bounced or cancelled receipts are left out); receivable, overdue and the ageing chart
come from the ageing as of today (`ageing_today`: the report's rows, kept between looks and
updated for the customers changed since); low stock from the item list's filter; the top
customers from `segments.best_customers`; the last backup from `backups`.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import peewee as pw

from vyapar_lite.db.models import Customer, Receipt
from vyapar_lite.services import (
    backups,
    expenses,
    item_list,
    money_accounts,
    sales_register,
    segments,
    threads,
)
from vyapar_lite.services.ageing_today import ageing_today
from vyapar_lite.services.segments import CustomerSales

MONTHS_CHARTED = 12
TOP_CUSTOMERS = 10
MONEY_IN = ("receipt", "invoice", "order")  # receipt origins that bring money in


@dataclass(frozen=True)
class Dashboard:
    today: date
    sales_today: int  # paise, net
    sales_month: int  # this calendar month up to today
    received_today: int
    received_month: int
    receivable: int  # what customers owe (positive balances)
    overdue: int  # the part of `receivable` past its due date
    overdue_customers: int  # customers with anything overdue
    over_limit_customers: int  # active customers whose balance is above their credit limit
    low_stock_items: int  # active tracked items at or below their low-stock level
    last_backup_at: datetime | None
    monthly_sales: list[tuple[date, int]]  # the last 12 calendar months, this one last
    ageing_labels: tuple[str, ...]  # "Not due", "1-30 days", ...
    ageing_totals: tuple[int, ...]  # paise per label
    top_customers: list[CustomerSales]  # by net sales over the charted months
    cash_in_hand: int = 0  # every cash account's balance at the end of today
    in_the_bank: int = 0  # every bank account's, "Bank (not yet set)" included
    spent_today: int = 0  # posted expenses dated today


def dashboard(today: date | None = None) -> Dashboard:
    """Every figure of the dashboard as of `today` (default: the computer's date).

    Two reads run side by side, each on its own connection: the ageing (many small queries,
    Python between them) here, the sales figures (a few big aggregates, SQLite's C code, which
    lets go of the GIL) on a helper thread. On 2 cores that takes about the longer of the two."""
    today = today or date.today()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="dashboard") as helper:
        selling = helper.submit(_on_own_connection, _sales_figures, today)
        owed = ageing_today(today)
        sales = selling.result()
    overdue_by_row = [sum(row.bands[1:]) for row in owed.rows]
    balances = {row.code: row.balance for row in owed.rows}
    return Dashboard(
        today=today,
        sales_today=sales.today,
        sales_month=sales.month,
        received_today=sales.received_today,
        received_month=sales.received_month,
        receivable=owed.total_receivable,
        overdue=sum(overdue_by_row),
        overdue_customers=sum(1 for amount in overdue_by_row if amount > 0),
        over_limit_customers=len(over_limit(balances)),
        low_stock_items=item_list.count(item_list.ItemFilter(low_stock=True)),
        last_backup_at=backups.last_backup_at(),
        monthly_sales=sales.by_month,
        ageing_labels=owed.labels,
        ageing_totals=owed.band_totals,
        top_customers=sales.top,
        cash_in_hand=sum(b.balance for b in money_accounts.balances(on=today, kind="cash")),
        in_the_bank=sum(b.balance for b in money_accounts.balances(on=today, kind="bank")),
        spent_today=expenses.spent_on(today),
    )


@dataclass(frozen=True)
class _Sales:
    today: int
    month: int
    received_today: int
    received_month: int
    by_month: list[tuple[date, int]]
    top: list[CustomerSales]


def _sales_figures(today: date) -> _Sales:
    month_start = today.replace(day=1)
    first = first_charted_month(today)
    return _Sales(
        today=sales_register.net_sales(today, today),
        month=sales_register.net_sales(month_start, today),
        received_today=received(today, today),
        received_month=received(month_start, today),
        by_month=sales_register.monthly_net_sales(first, MONTHS_CHARTED),
        top=segments.best_customers(first, today, limit=TOP_CUSTOMERS),
    )


def _on_own_connection(work: Callable[[date], _Sales], today: date) -> _Sales:
    try:
        return work(today)
    finally:
        threads.end_of_work()


def received(start: date, end: date) -> int:
    """Money received from customers in `start .. end` (paise): receipts count on the day they
    count (`counted_on`, for a cheque counted when it cleared; else the receipt's date)."""
    money_in = (Receipt.status == "posted") & Receipt.origin.in_(MONEY_IN)
    on_the_day = money_in & Receipt.counted_on.is_null() & Receipt.receipt_date.between(start, end)
    cleared = money_in & Receipt.counted_on.between(start, end)
    total = 0
    for condition in (on_the_day, cleared):  # two index ranges rather than a scan of COALESCE
        query: Any = Receipt.select(pw.fn.COALESCE(pw.fn.SUM(Receipt.amount), 0)).where(condition)
        total += int(query.scalar())
    return total


def over_limit(balances: dict[str, int]) -> list[str]:
    """Codes of active customers with a credit limit whose balance (code -> paise) is above it."""
    limits: Any = (
        Customer.select(Customer.code, Customer.credit_limit)
        .where((Customer.credit_limit > 0) & Customer.is_active & ~Customer.is_cash)
        .order_by(Customer.code)
        .tuples()
    )
    return [code for code, limit in limits if balances.get(code, 0) > limit]


def first_charted_month(today: date) -> date:
    """The first day of the month MONTHS_CHARTED - 1 months before `today`'s."""
    index = today.year * 12 + today.month - 1 - (MONTHS_CHARTED - 1)
    return date(index // 12, index % 12 + 1, 1)
