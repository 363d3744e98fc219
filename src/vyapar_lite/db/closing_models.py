"""peewee models over the daily closing and bank reconciliation tables (migration 25).

Write through `services.daily_closing` and `services.bank_reconciliation`.
"""

from __future__ import annotations

import peewee as pw

from vyapar_lite.db.models import BaseModel
from vyapar_lite.db.money_models import MoneyAccount, MoneyEntry


class DailyClosing(BaseModel):
    """A cash account's day counted and closed: what the books expected in the drawer, what was
    counted (`count_json`: notes by value and coins) and the difference, posted as cash short
    or excess (a money entry of doc_type 'daily_closing'). Cash documents dated on or before a
    closed day need the owner's password (`services.closed_days`)."""

    id = pw.AutoField()
    account = pw.ForeignKeyField(MoneyAccount, column_name="account_id")
    account_id: int
    closing_date = pw.DateField()
    opening = pw.BigIntegerField()
    received = pw.BigIntegerField()
    paid = pw.BigIntegerField()
    expected = pw.BigIntegerField()
    counted = pw.BigIntegerField()
    difference = pw.BigIntegerField()
    reason = pw.TextField(default="")
    count_json = pw.TextField(default="{}")
    closed_at = pw.DateTimeField()


class BankReconciled(BaseModel):
    """A bank account's money entry ticked against the passbook: the day the bank shows it and
    the statement's words for it."""

    entry = pw.ForeignKeyField(MoneyEntry, column_name="entry_id", primary_key=True)
    entry_id: int
    bank_date = pw.DateField()
    statement_text = pw.TextField(default="")
    marked_at = pw.DateTimeField()


CLOSING_MODELS: list[type[BaseModel]] = [DailyClosing, BankReconciled]
