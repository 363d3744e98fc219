"""The one definition of "open": what a customer owes bill by bill, and the credits that settle
no bill yet.

Open items (debits a receipt can settle) are the customer's posted sales documents of the kinds
in `OPEN_KINDS`: invoices, debit notes and opening bills (what they owed before the shop started
on Vyapar Lite, bill by bill as Tally keeps them). Each owes its grand total less the receipts
allocated to it (while the receipt is posted) and the posted credit notes against it, never
below 0 (`allocations.owing_docs`, `outstanding.owed_now` / `owed_as_of`).

Unallocated credits are everything credited to the customer that settles no open item:

- the part of each posted receipt (any origin: money, an order's advance, an opening credit,
  a write-off or a contra) not allocated to a posted document and not paid back by a refund;
- what posted credit notes gave beyond what their invoices still owed, less the refunds of it.

For every customer, `sum(open items) - unallocated credits = balance` (debits - credits on the
ledger); the property test in tests/services/test_open_items_properties.py holds it over random
histories. Outstanding, Ageing (and the dashboard's kept ageing), slow payers, reminders and the
receipt form all read open items through this definition, so they agree on what is overdue.

An advance is shown only when the customer owes nothing: it is `-balance` when the balance is
below 0, and 0 otherwise (money on account while bills are open is not an advance; it is taken
off the oldest bills in Ageing).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import peewee as pw

from vyapar_lite.db.models import (
    Allocation,
    Customer,
    LedgerEntry,
    PaymentOut,
    Receipt,
    RefundUse,
    SalesDoc,
)
from vyapar_lite.services.sales_postings import tuples

OPEN_KINDS = ("invoice", "debit_note", "opening_bill")
# The same list for plain SQL text (kept beside the tuple so the two cannot drift apart).
OPEN_KINDS_SQL = "(" + ", ".join(f"'{kind}'" for kind in OPEN_KINDS) + ")"
# Kinds that are sales (registers, sales figures, segments): an opening bill is not a sale.
SALE_KINDS = ("invoice", "credit_note", "debit_note")


@dataclass(frozen=True)
class Position:
    """Where one customer stands today, as open items and credits."""

    balance: int  # debits - credits on the ledger (> 0: owes the shop)
    open_total: int  # the sum of what their open items still owe
    unallocated: int  # credits that settle no open item

    @property
    def advance(self) -> int:
        """Paid ahead: only when the customer owes nothing."""
        return max(0, -self.balance)

    @property
    def receivable(self) -> int:
        return max(0, self.balance)


def position(customer_id: int) -> Position:
    """The customer's balance, open items' total and unallocated credits, each worked out on its
    own (not one from the others), so a check can compare them."""
    from vyapar_lite.services import allocations as alloc  # allocations imports OPEN_KINDS

    open_total = sum(d.outstanding for d in alloc.owing_docs(customer_id))
    return Position(balance_of(customer_id), open_total, unallocated_credits(customer_id))


def position_as_of(customer_id: int, as_of: date) -> Position:
    """`position` on a past (or any) date, each figure worked out on its own, in step with the
    ledger as the Outstanding report is (`outstanding.owed_as_of`): documents dated by then
    (and posted: a cancelled one is reversed on its own day), a receipt's money once its credit
    is on the ledger and until it is reversed (`outstanding.counted_as_of`: a post-dated cheque
    from when it was counted, a bounced one until it bounced), its allocations to documents
    that exist by then, refunds and credit notes dated by then."""
    from vyapar_lite.services import outstanding as o  # outstanding imports OPEN_KINDS

    docs = tuples(
        SalesDoc.select(
            SalesDoc.kind,
            SalesDoc.grand_total,
            o.paid_as_of(SalesDoc, as_of),
            o.credited_as_of(SalesDoc, as_of),
        ).where(
            (SalesDoc.customer == customer_id)
            & (SalesDoc.status == "posted")
            & SalesDoc.kind.in_(OPEN_KINDS)
            & (SalesDoc.doc_date <= as_of)
        )
    )
    open_total = excess = 0
    for kind, total, paid, credited in docs:
        open_total += max(0, int(total) - int(paid) - int(credited))
        if kind == "invoice" and credited:
            excess += max(0, int(paid) + int(credited) - int(total))
    receipts = tuples(
        Receipt.select(Receipt.id, Receipt.amount).where(
            (Receipt.customer == customer_id) & o.counted_as_of(Receipt.id, as_of)
        )
    )
    ids = [int(r) for r, _ in receipts]
    allocated = (
        Allocation.select(pw.fn.COALESCE(pw.fn.SUM(Allocation.amount), 0))
        .join(SalesDoc)
        .where(
            Allocation.receipt.in_(ids)
            & (SalesDoc.status == "posted")
            & (SalesDoc.doc_date <= as_of)
        )
        .scalar()
    )
    refunds = PaymentOut.select().where(
        (PaymentOut.customer == customer_id)
        & (PaymentOut.purpose == "refund")
        & (PaymentOut.status == "posted")
        & (PaymentOut.pay_date <= as_of)
    )
    paid_back = (
        RefundUse.select(pw.fn.COALESCE(pw.fn.SUM(RefundUse.amount), 0))
        .where(RefundUse.receipt.in_(ids) & RefundUse.payment.in_(refunds.select(PaymentOut.id)))
        .scalar()
    )
    notes_paid_back = refunds.select(
        pw.fn.COALESCE(pw.fn.SUM(PaymentOut.credit_note_part), 0)
    ).scalar()
    left = sum(int(a) for _, a in receipts) - int(allocated) - int(paid_back)
    unallocated = left + max(0, excess - int(notes_paid_back))
    balance = LedgerEntry.select(
        pw.fn.COALESCE(pw.fn.SUM(LedgerEntry.debit - LedgerEntry.credit), 0)
    ).where((LedgerEntry.customer == customer_id) & (LedgerEntry.entry_date <= as_of))
    return Position(int(balance.scalar()), open_total, unallocated)


def balance_of(customer_id: int) -> int:
    query = LedgerEntry.select(
        pw.fn.COALESCE(pw.fn.SUM(LedgerEntry.debit - LedgerEntry.credit), 0)
    ).where(LedgerEntry.customer == customer_id)
    return int(query.scalar())


def unallocated_credits(customer_id: int) -> int:
    """Receipts' money settling no posted document and not refunded, plus the credit-note
    balance (see the module docstring)."""
    from vyapar_lite.services import allocations as alloc

    receipts = tuples(
        Receipt.select(Receipt.id, Receipt.amount).where(
            (Receipt.customer == customer_id) & (Receipt.status == "posted")
        )
    )
    used = alloc.used_by(int(r) for r, _ in receipts)
    left = sum(int(amount) - sum(used[int(r)]) for r, amount in receipts)
    return left + alloc.credit_note_balance(customer_id)


def owing_codes(codes: Iterable[str]) -> set[str]:
    """Which of these customers owe something today (balance > 0): for them, money a receipt
    left unallocated is "on account", not an advance (see the module docstring)."""
    wanted = sorted(set(codes))
    owing: set[str] = set()
    for start in range(0, len(wanted), 500):
        query = (
            LedgerEntry.select(Customer.code)
            .join(Customer)
            .where(Customer.code.in_(wanted[start : start + 500]))
            .group_by(Customer.code)
            .having(pw.fn.SUM(LedgerEntry.debit - LedgerEntry.credit) > 0)
        )
        owing.update(str(code) for (code,) in tuples(query))
    return owing
