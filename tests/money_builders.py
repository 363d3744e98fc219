"""Money movements for the closing and reconciliation tests, posted as the documents post them
(through `money_accounts.post`, inside a transaction with an audit row)."""

from __future__ import annotations

from datetime import date

from vyapar_lite.db import database
from vyapar_lite.services import audit, money_accounts, money_setup

CASH_ID = 1


def move(account_id: int, on: date, amount: int, *, kind: str = "receipt", number: str = "") -> int:
    with database.atomic():
        entry = money_accounts.post(
            account_id,
            on,
            amount,
            kind=kind,
            doc_type="test",
            doc_id=None,
            doc_number=number,
            description=f"{kind} {number}".strip(),
        )
        audit.record("post", "test", entry, label=number or kind)
    return entry


def bank(name: str = "SBI current", *, opening: int = 0, on: date | None = None) -> int:
    account = money_setup.add_account(
        money_setup.NewAccount(
            name, "bank", "4321", "SBIN0001234", opening_balance=opening, opening_date=on
        )
    )
    return account.id
