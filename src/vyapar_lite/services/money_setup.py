"""Setting up money accounts: add Cash counters and bank accounts, say which account each
payment mode reaches (UPI / card settlement), and re-assign what "Bank (not yet set)" holds.

Each write is one audited transaction. Posting and reading are in `money_accounts`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import peewee as pw

from vyapar_lite.db import database
from vyapar_lite.db.money_models import ModeAccount, MoneyAccount, MoneyEntry
from vyapar_lite.domain.errors import FieldError, ValidationError, raise_if_any
from vyapar_lite.domain.money import MAX_PAISE, format_money
from vyapar_lite.services import audit, closed_books, money_accounts
from vyapar_lite.services.money_accounts import MODE_WORDS, Account

IFSC = re.compile(r"^[A-Z]{4}0[A-Z0-9]{6}$")
MAX_NAME = 60


@dataclass(frozen=True)
class NewAccount:
    name: str
    kind: str  # 'cash' | 'bank'
    account_digits: str = ""
    ifsc: str = ""
    opening_balance: int = 0  # paise; may be negative (an overdraft)
    opening_date: date | None = None


def check(new: NewAccount) -> list[FieldError]:
    errors = []
    name = new.name.strip()
    if not name:
        errors.append(FieldError("name", "Enter the account's name (e.g. SBI current account)"))
    elif len(name) > MAX_NAME:
        errors.append(FieldError("name", f"A name can have at most {MAX_NAME} characters"))
    elif MoneyAccount.get_or_none(pw.fn.LOWER(MoneyAccount.name) == name.lower()) is not None:
        errors.append(FieldError("name", f"There is already an account named {name}"))
    if new.kind not in money_accounts.KINDS:
        errors.append(FieldError("kind", "Choose Cash or Bank"))
    if new.kind == "bank":
        digits = new.account_digits.strip()
        if not re.fullmatch(r"\d{4,6}", digits):
            errors.append(
                FieldError("account digits", "Enter the last 4 to 6 digits of the account number")
            )
        if not IFSC.match(new.ifsc.strip().upper()):
            errors.append(
                FieldError("ifsc", "Enter the IFSC: 4 letters, 0, then 6 letters or digits")
            )
    if abs(new.opening_balance) > MAX_PAISE:
        errors.append(FieldError("opening balance", f"At most {format_money(MAX_PAISE)}"))
    if new.opening_balance and new.opening_date is None:
        errors.append(FieldError("opening date", "Enter the date the opening balance is as of"))
    return errors


def add_account(new: NewAccount) -> Account:
    """A new Cash counter or bank account, with its opening balance as an entry (kind
    'opening') dated its opening date; one audited transaction."""
    raise_if_any(check(new))
    bank = new.kind == "bank"
    with database.atomic():
        row = MoneyAccount.create(
            name=new.name.strip(),
            kind=new.kind,
            account_digits=new.account_digits.strip() if bank else "",
            ifsc=new.ifsc.strip().upper() if bank else "",
            opening_date=new.opening_date,
            created_at=datetime.now(),
        )
        if new.opening_balance:
            assert new.opening_date is not None
            money_accounts.post(
                row.id,
                new.opening_date,
                new.opening_balance,
                kind="opening",
                doc_type="money_account",
                doc_id=row.id,
                description="Opening balance",
            )
        audit.record(
            "create",
            "money_account",
            row.id,
            label=row.name,
            after={
                "name": row.name,
                "kind": new.kind,
                "account_digits": row.account_digits,
                "ifsc": row.ifsc,
                "opening_balance": new.opening_balance,
                "opening_date": new.opening_date,
            },
        )
    return money_accounts.get_account(row.id)


def mode_accounts() -> dict[str, int]:
    """mode -> the account its money reaches."""
    return {r.mode: int(r.account_id) for r in ModeAccount.select()}


def set_mode_account(mode: str, account_id: int) -> None:
    """Say which account a mode's money reaches from now on (cash: a cash account; the rest: a
    bank). What was posted before stays where it is (`reassign` moves it)."""
    if mode not in MODE_WORDS:
        raise ValidationError(FieldError("mode", "Choose a payment mode"))
    account = money_accounts.get_account(account_id)
    if (mode == "cash") != (account.kind == "cash"):
        wanted = "a Cash account" if mode == "cash" else "a bank account"
        raise ValidationError(FieldError("account", f"{MODE_WORDS[mode]} money goes to {wanted}"))
    with database.atomic():
        before = mode_accounts().get(mode)
        ModeAccount.insert(mode=mode, account=account_id).on_conflict(
            conflict_target=[ModeAccount.mode], preserve=[ModeAccount.account]
        ).execute()  # an upsert both stores take (SQLite's REPLACE is not PostgreSQL's)
        audit.record(
            "settings",
            "mode_account",
            None,
            label=f"{MODE_WORDS[mode]} money goes to",
            before={"account": before},
            after={"account": account.name},
        )


@dataclass(frozen=True)
class UnsetEntry:
    id: int
    entry_date: date
    amount: int
    doc_number: str
    description: str


def unset_entries(*, limit: int = 5000) -> list[UnsetEntry]:
    """What "Bank (not yet set)" holds, oldest first, for the re-assign screen."""
    query: Any = (
        MoneyEntry.select(
            MoneyEntry.id,
            MoneyEntry.entry_date,
            MoneyEntry.amount,
            MoneyEntry.doc_number,
            MoneyEntry.description,
        )
        .join(MoneyAccount)
        .where(MoneyAccount.placeholder == True)  # noqa: E712
        .order_by(MoneyEntry.entry_date, MoneyEntry.id)
        .limit(limit)
        .tuples()
    )
    return [UnsetEntry(*row) for row in query]


def reassign(entry_ids: Iterable[int], to_account_id: int) -> int:
    """Move entries from "Bank (not yet set)" to a real bank account, in bulk; returns how many.

    Only entries the placeholder holds move (what a document posted to a chosen account stays);
    one audited transaction."""
    ids = sorted(set(entry_ids))
    if not ids:
        raise ValidationError(FieldError("entries", "Tick the entries to move"))
    target = money_accounts.get_account(to_account_id)
    if target.kind != "bank" or target.placeholder or not target.active:
        raise ValidationError(FieldError("account", "Choose the bank account the money reached"))
    with database.atomic():
        placeholder_ids = [
            a.id for a in money_accounts.accounts(kind="bank", include_closed=True) if a.placeholder
        ]
        moved = 0
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            moved += (
                MoneyEntry.update(account=target.id)
                .where(MoneyEntry.id.in_(chunk) & MoneyEntry.account.in_(placeholder_ids))
                .execute()
            )
        if moved != len(ids):
            raise ValidationError(
                FieldError("entries", "Some ticked entries are not in Bank (not yet set) any more")
            )
        audit.record(
            "reassign",
            "money_entry",
            None,
            label=f"{moved} entries to {target.name}",
            after={"account": target.name, "entries": ids},
        )
    return moved


def set_opening(account_id: int, amount: int, on: date) -> None:
    """An account's opening balance as of `on` (the Cash account made by the migration starts
    at 0): its 'opening' entry is replaced, the old figure kept in the audit row. One
    transaction; nothing dated in the closed period (`closed_books`) changes."""
    account = money_accounts.get_account(account_id)
    if abs(amount) > MAX_PAISE:
        raise ValidationError(FieldError("opening balance", f"At most {format_money(MAX_PAISE)}"))
    with database.atomic():
        old: Any = MoneyEntry.select().where(
            (MoneyEntry.account == account_id)
            & (MoneyEntry.kind == "opening")
            & (MoneyEntry.doc_type == "money_account")
        )
        before = [(e.entry_date, e.amount) for e in old]
        for day in [on, *(d for d, _ in before)]:
            closed_books.check_open(day, f"the opening balance of {account.name}", doing="changed")
        MoneyEntry.delete().where(MoneyEntry.id.in_([e.id for e in old])).execute()
        if amount:
            money_accounts.post(
                account_id,
                on,
                amount,
                kind="opening",
                doc_type="money_account",
                doc_id=account_id,
                description="Opening balance",
            )
        MoneyAccount.update(opening_date=on).where(MoneyAccount.id == account_id).execute()
        audit.record(
            "update",
            "money_account",
            account_id,
            label=account.name,
            before={"opening_balance": sum(a for _, a in before),
                    "opening_date": before[0][0] if before else None},
            after={"opening_balance": amount, "opening_date": on},
        )  # fmt: skip
