"""Both sides of the account of a customer who is also a supplier.

The receivable side is the customer ledger (`ledger_entry`: SUM(debit - credit), > 0 they owe
us). The payable side is `payable_entry`: purchase bills are credits, payments to them and
contras are debits, so SUM(credit - debit) > 0 is what we owe them. The net is receivable -
payable (> 0: they owe us on balance). Both are SQL sums over the indexed integer columns.

The customer statement shows the payable side through `statement.set_supplier_side_source`;
`install()` registers it (the app and the CLI call it at start-up). In the statement's sign
convention the side's balance is debit - credit, so a negative closing is what we owe them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import peewee as pw

from vyapar_lite.db.models import Customer, PayableEntry, PaymentOut, PurchaseBill
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.services import balances, entry_words, statement
from vyapar_lite.services.allocations import customer_row
from vyapar_lite.services.sales_postings import tuples

KIND_LABELS = {
    "purchase": QT_TRANSLATE_NOOP("statement_kinds", "Purchase bill"),
    "payment": QT_TRANSLATE_NOOP("statement_kinds", "Payment"),
    "contra": QT_TRANSLATE_NOOP("statement_kinds", "Contra settlement"),
    "cancel": QT_TRANSLATE_NOOP("statement_kinds", "Cancelled"),
}


@dataclass(frozen=True)
class AccountSides:
    receivable: int  # they owe us (< 0: they are in advance)
    payable: int  # we owe them (< 0: we paid them in advance)
    net: int  # receivable - payable (> 0: they owe us on balance)


@dataclass(frozen=True)
class PayableLine:
    entry_date: date
    kind: str
    doc_number: str
    description: str
    debit: int
    credit: int
    balance: int  # running: what we owe them after this line


def post(
    customer_id: int,
    on: date,
    kind: str,
    *,
    doc_type: str,
    doc_id: int,
    doc_number: str,
    description: str,
    debit: int = 0,
    credit: int = 0,
) -> None:
    """One payable-side posting, inside the caller's transaction."""
    PayableEntry.create(
        customer=customer_id,
        entry_date=on,
        kind=kind,
        doc_type=doc_type,
        doc_id=doc_id,
        doc_number=doc_number,
        description=description,
        debit=debit,
        credit=credit,
        created_at=datetime.now(),
    )


def payable_of(customer_id: int, as_of: date | None = None) -> int:
    query = PayableEntry.select(
        pw.fn.COALESCE(pw.fn.SUM(PayableEntry.credit) - pw.fn.SUM(PayableEntry.debit), 0)
    ).where(PayableEntry.customer == customer_id)
    if as_of is not None:
        query = query.where(PayableEntry.entry_date <= as_of)
    return int(query.scalar())


def sides_of(customer_id: int, as_of: date | None = None) -> AccountSides:
    receivable = balances.balance_of(customer_id, as_of)
    payable = payable_of(customer_id, as_of)
    return AccountSides(receivable, payable, receivable - payable)


def account_sides(code: str, *, as_of: date | None = None) -> AccountSides:
    return sides_of(customer_row(code).id, as_of)


def payable_ledger(code: str, *, limit: int = 1000) -> list[PayableLine]:
    """The latest `limit` payable-side postings, oldest first, with the running balance."""
    customer = customer_row(code)
    rows: list[Any] = list(
        PayableEntry.select()
        .where(PayableEntry.customer == customer.id)
        .order_by(PayableEntry.entry_date.desc(), PayableEntry.id.desc())
        .limit(limit)
    )
    rows.reverse()
    shown = sum(r.credit - r.debit for r in rows)
    running = payable_of(customer.id) - shown
    lines = []
    for r in rows:
        running += r.credit - r.debit
        lines.append(
            PayableLine(
                r.entry_date, r.kind, r.doc_number, r.description, r.debit, r.credit, running
            )
        )
    return lines


def statement_side(code: str, start: date, end: date) -> statement.SideSummary | None:
    """The statement hook: the payable side for the period (debit - credit convention), or
    None for a customer who is not a supplier and has no payable postings."""
    customer = Customer.get_or_none(Customer.code == code.strip().upper())
    if customer is None:
        return None
    mine = PayableEntry.customer == customer.id
    has_entries = PayableEntry.select(PayableEntry.id).where(mine).exists()
    if not customer.also_supplier and not has_entries:
        return None
    opening = -payable_of(customer.id, start - timedelta(days=1))
    rows: list[Any] = list(
        PayableEntry.select(
            PayableEntry,
            PurchaseBill.bill_number,
            PurchaseBill.status.alias("bill_status"),
            PaymentOut.mode,
            PaymentOut.reference,
            PaymentOut.cheque_number,
            PaymentOut.status.alias("payment_status"),
        )
        .join(
            PurchaseBill,
            pw.JOIN.LEFT_OUTER,
            on=(PayableEntry.doc_type == "purchase_bill")
            & (PurchaseBill.id == PayableEntry.doc_id),
        )
        .switch(PayableEntry)
        .join(
            PaymentOut,
            pw.JOIN.LEFT_OUTER,
            on=(PayableEntry.doc_type == "payment_out") & (PaymentOut.id == PayableEntry.doc_id),
        )
        .where(mine & PayableEntry.entry_date.between(start, end))
        .order_by(PayableEntry.entry_date, PayableEntry.id)
        .objects()
    )
    running = opening
    lines = []
    total_debit = total_credit = 0
    for r in rows:
        running += r.debit - r.credit
        total_debit += r.debit
        total_credit += r.credit
        lines.append(_line(r, running))
    return statement.SideSummary(opening, total_debit, total_credit, running, lines)


def _line(r: Any, running: int) -> statement.StatementLine:
    label = KIND_LABELS.get(r.kind, r.kind.replace("_", " ").capitalize())
    status = ""
    if r.kind == "cancel":
        status = "reversal"
        label = (
            QT_TRANSLATE_NOOP("statement_kinds", "Bill cancelled")
            if r.doc_type == "purchase_bill"
            else QT_TRANSLATE_NOOP("statement_kinds", "Payment cancelled")
        )
    elif "cancelled" in (r.bill_status, r.payment_status):
        label, status = f"{label} (cancelled)", "cancelled"
    if r.doc_type == "purchase_bill":
        reference = entry_words.their_bill(r.bill_number) if r.bill_number else ""
    elif r.mode:
        reference = entry_words.paid_by(r.mode, r.reference or r.cheque_number)
    else:
        reference = ""
    return statement.StatementLine(
        r.entry_date,
        r.kind,
        label,
        r.doc_number,
        r.description,
        reference,
        r.debit,
        r.credit,
        running,
        status,
    )


def install() -> None:
    """Register the payable side with customer statements (call once at start-up)."""
    statement.set_supplier_side_source(statement_side)


def suppliers_with_entries() -> list[int]:
    query = PayableEntry.select(PayableEntry.customer).distinct()
    return [int(c) for (c,) in tuples(query)]
