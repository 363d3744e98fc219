"""Contra vouchers (`CV/<year>/`): money moved between two of the shop's own accounts (cash
deposited in the bank, cash withdrawn, one bank to another). Not the contra settlement of a
customer who is also a supplier (`contra`), which moves no money.

Posting (ONE transaction with its audit row): the number, the voucher, money out of one
account and into the other on its date (`money_accounts.post`, kind 'contra'). Cancelling
(with a reason) reverses both on its date. Refused, naming the field, nothing written: the same
account on both sides, an amount of ₹0 or less, a date further ahead than Settings allow.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from vyapar_lite.db import database
from vyapar_lite.db.money_models import ContraVoucher, MoneyAccount
from vyapar_lite.domain import expense as rules
from vyapar_lite.domain.errors import FieldError, ValidationError, raise_if_any
from vyapar_lite.services import (
    audit,
    counters,
    doc_series,
    document_dates,
    money_accounts,
    money_vouchers,
    numbering_settings,
)


@dataclass(frozen=True)
class ContraDraft:
    voucher_date: date
    from_account_id: int
    to_account_id: int
    amount: int
    notes: str = ""


@dataclass(frozen=True)
class ContraView:
    number: str
    voucher_date: date
    from_account: str
    to_account: str
    amount: int
    notes: str
    status: str
    cancel_reason: str


def _words(source: Any, target: Any) -> str:
    if source.kind == "cash" and target.kind == "bank":
        return f"Cash deposited in {target.name}"
    if source.kind == "bank" and target.kind == "cash":
        return f"Cash withdrawn from {source.name}"
    return f"{source.name} to {target.name}"


def post_contra_voucher(draft: ContraDraft) -> ContraView:
    """Move money between two accounts in ONE transaction."""
    errors = rules.check_amount(draft.amount)
    errors += rules.check_date(
        draft.voucher_date,
        today=document_dates.today(),
        future_days=numbering_settings.future_days(),
    )
    source = MoneyAccount.get_or_none(MoneyAccount.id == draft.from_account_id)
    target = MoneyAccount.get_or_none(MoneyAccount.id == draft.to_account_id)
    if source is None or not source.active:
        errors.append(FieldError("from", "Choose the account the money leaves"))
    if target is None or not target.active:
        errors.append(FieldError("to", "Choose the account the money reaches"))
    if draft.from_account_id == draft.to_account_id:
        errors.append(FieldError("to", "Money moves between two different accounts"))
    if len(draft.notes) > 200:
        errors.append(FieldError("notes", "At most 200 characters"))
    raise_if_any(errors)
    assert source is not None and target is not None
    words = _words(source, target)
    with database.atomic():
        number, year = doc_series.take("contra_voucher", draft.voucher_date)
        row = ContraVoucher.create(
            number=number,
            counter=counters.current(),
            fin_year=year,
            voucher_date=draft.voucher_date,
            from_account=draft.from_account_id,
            to_account=draft.to_account_id,
            amount=draft.amount,
            notes=draft.notes.strip(),
            created_at=datetime.now(),
        )
        for account_id, amount in (
            (draft.from_account_id, -draft.amount),
            (draft.to_account_id, draft.amount),
        ):
            money_accounts.post(
                account_id,
                draft.voucher_date,
                amount,
                kind="contra",
                doc_type="contra_voucher",
                doc_id=row.id,
                doc_number=number,
                description=words,
            )
        audit.record(
            "post",
            "contra_voucher",
            row.id,
            label=number,
            after={
                "date": draft.voucher_date,
                "from": source.name,
                "to": target.name,
                "amount": draft.amount,
            },
            note=draft.notes.strip(),
        )
    return get_contra_voucher(number)


def cancel_contra_voucher(number: str, reason: str) -> ContraView:
    number = money_vouchers.cancel_voucher(
        number,
        reason,
        model=ContraVoucher,
        doc_type="contra_voucher",
        noun="contra voucher",
        find=_find,
        dated=lambda row: row.voucher_date,
    )
    return get_contra_voucher(number)


def _find(number: str) -> ContraVoucher:
    row = ContraVoucher.get_or_none(ContraVoucher.number == number.strip().upper())
    if row is None:
        raise ValidationError(FieldError("number", f"There is no contra voucher {number.strip()}"))
    return row


def get_contra_voucher(number: str) -> ContraView:
    row = _find(number)
    return ContraView(
        number=row.number,
        voucher_date=row.voucher_date,
        from_account=money_accounts.get_account(row.from_account_id).name,
        to_account=money_accounts.get_account(row.to_account_id).name,
        amount=row.amount,
        notes=row.notes,
        status=row.status,
        cancel_reason=row.cancel_reason,
    )
