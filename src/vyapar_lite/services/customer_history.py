"""A customer's history for their page: ledger postings and the audit trail of their record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from peewee import fn

from vyapar_lite.db.models import AuditEntry, Customer, LedgerEntry
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.services import audit

KIND_LABELS = {
    "opening": "Opening balance",
    "invoice": "Invoice",
    "receipt": "Receipt",
    "credit_note": "Credit note",
    "debit_note": "Debit note",
    "cancel": "Cancelled",  # the reversal of a cancelled invoice or of its counter receipt
}


@dataclass(frozen=True)
class LedgerLine:
    entry_date: date
    kind: str
    doc_number: str
    description: str
    debit: int
    credit: int
    balance: int  # running balance after this line, paise (> 0: they owe us)


def ledger(code: str, *, limit: int = 1000) -> list[LedgerLine]:
    """The latest `limit` postings, oldest first, with the running balance."""
    customer_id = _customer_id(code)
    rows: list[Any] = list(
        LedgerEntry.select(
            LedgerEntry.entry_date,
            LedgerEntry.kind,
            LedgerEntry.doc_number,
            LedgerEntry.description,
            LedgerEntry.debit,
            LedgerEntry.credit,
        )
        .where(LedgerEntry.customer == customer_id)
        .order_by(LedgerEntry.entry_date.desc(), LedgerEntry.id.desc())
        .limit(limit)
        .tuples()
    )
    rows.reverse()
    total = (
        LedgerEntry.select(fn.COALESCE(fn.SUM(LedgerEntry.debit - LedgerEntry.credit), 0))
        .where(LedgerEntry.customer == customer_id)
        .scalar()
    )
    running = int(total) - sum(row[4] - row[5] for row in rows)  # carried in from older ones
    lines = []
    for entry_date, kind, number, description, debit, credit in rows:
        running += debit - credit
        lines.append(LedgerLine(entry_date, kind, number, description, debit, credit, running))
    return lines


def changes(code: str, *, limit: int = 500) -> list[audit.Change]:
    """Every audited change on the customer's record and postings, newest first."""
    customer_id = _customer_id(code)
    rows = (
        AuditEntry.select()
        .where(AuditEntry.customer_id == customer_id)
        .order_by(AuditEntry.id.desc())
        .limit(limit)
    )
    return [audit.to_change(row) for row in rows]


def _customer_id(code: str) -> int:
    row = Customer.get_or_none(Customer.code == code.strip().upper())
    if row is None:
        raise ValidationError(FieldError("code", f"There is no customer with code {code}"))
    return int(row.id)
