"""The receipt-table rows that receipts share with cheques and contra settlements: a write-off
(WO/…) posted with its allocations and ledger credit, a row cancelled with its ledger credit
reversed, and the refusal to cancel a receipt whose advance a refund paid back. Each runs inside
its caller's transaction."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from vyapar_lite.db.models import Customer, Receipt
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.services import allocation_postings as postings
from vyapar_lite.services import allocations as alloc
from vyapar_lite.services import (
    audit,
    counters,
    doc_series,
    document_parties,
    money_accounts,
)
from vyapar_lite.services.receipt_views import (
    credit_entry,
)
from vyapar_lite.services.sales_postings import ledger


def post_write_off(
    customer: Customer,
    on: date,
    by_doc: Mapping[int, int],
    reason: str,
    *,
    with_receipt: int | None,
) -> Receipt:
    """A write-off document (WO/…) allocated to the documents it settles, with its ledger credit
    (kind 'write_off'). Inside the caller's transaction."""
    number, year = doc_series.take("write_off", on)
    total = sum(by_doc.values())
    row = Receipt.create(
        number=number,
        counter=counters.current(),
        fin_year=year,
        receipt_date=on,
        customer=customer.id,
        amount=total,
        mode="",
        origin="write_off",
        notes=reason,
        with_receipt_id=with_receipt,
        created_at=datetime.now(),
    )
    document_parties.take("receipt", row.id, customer)
    ledger(
        customer.id,
        on,
        "write_off",
        doc_type="receipt",
        doc_id=row.id,
        doc_number=number,
        description=f"Written off: {reason}",
        credit=total,
    )
    alloc.insert_allocations(row.id, by_doc)
    numbers = alloc.current_allocations(row.id)
    audit.record(
        "post",
        "receipt",
        row.id,
        label=number,
        after={"kind": "write_off", "date": on, "amount": total, "allocations": numbers},
        customer_id=customer.id,
        note=reason,
    )
    return row


def cancel_row(r: Receipt, reason: str, *, status: str = "cancelled") -> None:
    """Mark a receipt-table row cancelled, reversing its ledger credit if it was counted."""
    entry = credit_entry(r.id) if r.status == "posted" else None
    Receipt.update(status=status, cancel_reason=reason).where(Receipt.id == r.id).execute()
    money_accounts.reverse(
        "receipt",
        r.id,
        r.cleared_on or r.receipt_date,
        description=f"{r.number} {status}: {reason}",
    )
    if entry is not None:
        postings.post_cancel(
            ledger, "receipt", r.id, r.number, customer_id=r.customer_id, on=entry[1],
            description=f"{r.number} cancelled: {reason}", debit=r.amount,
        )  # fmt: skip
    postings.record_cancel(
        "receipt", r.id, r.number, customer_id=r.customer_id, was=r.status, now=status,
        reason=reason,
    )  # fmt: skip


def refused_while_refunded(r: Receipt) -> None:
    if alloc.refunded_from(r.id):
        raise ValidationError(
            FieldError(
                "number",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "A refund paid back part of {number}'s advance; cancel the refund first",
                    ),
                    number=r.number,
                ),
            )
        )
