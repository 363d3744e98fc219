"""Receipts (payment in): record, re-allocate, cancel; write-offs at settlement; using an advance.

Postings (each write is ONE transaction with its audit rows):

- a receipt (`RCT/<year>/`): the receipt row; a ledger credit of its amount (kind 'receipt',
  doc_type 'receipt') dated the receipt date, except a post-dated cheque while Settings count
  cheques on clearance: that one is saved 'pending' and credited when cleared (`cheques`);
  its allocations (planned ones while pending: an allocation counts only while its receipt is
  'posted'); what is not allocated stays as the customer's advance;
- a write-off (`WO/<year>/`): a receipt-table row (origin 'write_off', no money) allocated to the
  invoices it settles, with its own ledger credit (kind 'write_off'); the reason in `notes`;
- re-allocation replaces a receipt's allocations (delete + insert, audited before/after); the
  amount never changes;
- cancelling: status 'cancelled' and, if it was counted, a ledger debit (kind 'cancel') dated
  like its credit; its allocations stop counting, so its invoices are open again; a write-off
  posted with it is cancelled with it; the number stays used;
- applying an advance: allocations of existing unallocated receipt money (oldest first);
- an advance for services (`services_rate_bp`): GST is payable when it is received (s.13(2) CGST
  Act, Rule 50); the receipt settles no invoice and its tax is stored with it (`advance_tax`).

A draft is checked in `receipt_checks`; the write-off and cancelled rows cheques and contra
settlements share are `receipt_postings`; what receipts and payments out share (the split, the
document row, re-allocation, cancelling) is `allocation_postings`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from vyapar_lite.db import database, locks
from vyapar_lite.db.models import Allocation, Customer, Receipt, SalesDoc
from vyapar_lite.domain.errors import FieldError, ValidationError, raise_if_any
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.domain.money import format_money
from vyapar_lite.domain.payment import (
    check_amount,
    days_overdue,
)
from vyapar_lite.services import (
    advance_tax,
    audit,
    balances,
    closed_books,
    doc_series,
    document_dates,
    money_accounts,
    posting_turn,
)
from vyapar_lite.services import allocation_postings as postings
from vyapar_lite.services import allocations as alloc
from vyapar_lite.services.receipt_checks import prepare
from vyapar_lite.services.receipt_postings import cancel_row, post_write_off, refused_while_refunded
from vyapar_lite.services.receipt_views import (
    ChequeDetails,
    OpenDocument,
    ReceiptView,
    find_receipt,
    get_receipt,
)
from vyapar_lite.services.sales_postings import MODE_LABELS, find_doc, ledger
from vyapar_lite.services.sales_views import outstanding

REALLOCATABLE = ("receipt", "order")
CANCELLABLE = ("receipt", "write_off")


@dataclass(frozen=True)
class ReceiptDraft(postings.MoneyDraft):
    customer_code: str
    receipt_date: date
    amount: int
    allocations: dict[str, int] | None = None  # None = auto, oldest due first; {} = all advance
    write_offs: dict[str, int] = field(default_factory=dict)  # doc number -> paise written off
    write_off_reason: str = ""
    confirm_unusual_date: bool = False  # the user confirmed a far-off date (`document_dates`)
    services_rate_bp: int = 0  # an advance for services at this GST rate (0: not; `advance_tax`)


@dataclass(frozen=True)
class ReceiptPreview:
    customer_name: str
    number_preview: str
    open_invoices: list[OpenDocument]
    allocations: dict[str, int]
    allocated: int
    advance: int
    write_off_total: int
    post_dated: bool
    counted_now: bool
    balance_before: int
    balance_after: int
    advance_before: int


def preview_receipt(draft: ReceiptDraft) -> ReceiptPreview:
    """What the form shows before saving; raises ValidationError for bad input."""
    p = prepare(draft)
    before = balances.balance_of(p.customer.id)
    allocated = sum(p.allocations.values())
    write_off_total = sum(p.write_offs.values())
    return ReceiptPreview(
        customer_name=p.customer.name,
        number_preview=doc_series.preview("receipt", draft.receipt_date),
        open_invoices=[
            OpenDocument(
                d.kind,
                d.number,
                "",
                d.doc_date,
                d.due_date,
                d.total,
                d.outstanding,
                days_overdue(d.due_date, draft.receipt_date),
            )
            for d in p.docs.values()
        ],
        allocations=p.allocations,
        allocated=allocated,
        advance=draft.amount - allocated,
        write_off_total=write_off_total,
        post_dated=p.post_dated,
        counted_now=p.counted,
        balance_before=before,
        balance_after=before - (draft.amount if p.counted else 0) - write_off_total,
        advance_before=alloc.advance_of(p.customer.id),
    )


@posting_turn.run_again_on_conflict
def record_receipt(draft: ReceiptDraft) -> ReceiptView:
    """Save the receipt, its ledger credit, allocations and any write-off in ONE transaction.
    A far-off date needs `confirm_unusual_date` (`services.document_dates`)."""
    document_dates.check(
        draft.receipt_date, confirmed=draft.confirm_unusual_date, field="receipt_date"
    )
    with posting_turn.transaction():
        # the customer's row locked first (`posting_turn`): nobody allocates the same money
        # meanwhile, and the split is worked out on the documents as they are now (so it is
        # worked out inside the transaction, unlike an invoice's)
        locks.hold_customer(alloc.customer_row(draft.customer_code).id)
        p = prepare(draft)
        customer = p.customer
        cheque = draft.cheque
        receipt: Receipt = postings.create_document(
            Receipt, "receipt", dated=("receipt_date", draft.receipt_date), customer=customer,
            amount=draft.amount, mode=draft.mode, reference=draft.reference, cheque=cheque,
            notes=draft.notes, cheque_status="received" if cheque else "",
            status="posted" if p.counted else "pending", origin="receipt",
        )  # fmt: skip
        number = receipt.number
        money_accounts.receive(
            draft.mode,
            draft.receipt_date,
            draft.amount,
            doc_type="receipt",
            doc_id=receipt.id,
            doc_number=number,
            description=_description(draft),
            account_id=draft.account_id,
        )
        tax = None
        if draft.services_rate_bp:  # taxable when received: s.13(2) CGST Act, Rule 50
            tax = advance_tax.work_out(customer, draft.amount, draft.services_rate_bp)
            advance_tax.take(receipt.id, tax)
        if p.counted:
            ledger(
                customer.id,
                draft.receipt_date,
                "receipt",
                doc_type="receipt",
                doc_id=receipt.id,
                doc_number=number,
                description=_description(draft),
                credit=draft.amount,
            )
        alloc.insert_allocations(receipt.id, alloc.by_id(p.allocations, p.docs))
        write_off_number = ""
        if p.write_offs:
            write_off_number = post_write_off(
                customer,
                draft.receipt_date,
                alloc.by_id(p.write_offs, p.docs),
                draft.write_off_reason.strip(),
                with_receipt=receipt.id,
            ).number
        audit.record(
            "post",
            "receipt",
            receipt.id,
            label=number,
            after={
                "date": draft.receipt_date,
                "amount": draft.amount,
                "mode": draft.mode,
                "reference": draft.reference.strip(),
                "cheque": _cheque_audit(cheque),
                "status": "posted" if p.counted else "pending",
                "allocations": p.allocations,
                "write_off": write_off_number,
                **({"gst_on_advance": tax.tax, "gst_rate_bp": tax.rate_bp} if tax else {}),
            },
            customer_id=customer.id,
        )
    return get_receipt(number)


def reallocate(number: str, allocations: Mapping[str, int], *, reason: str = "") -> ReceiptView:
    """Replace a receipt's allocations (audited); its amount never changes."""
    with database.atomic():
        r = find_receipt(number)
        if r.origin not in REALLOCATABLE:
            raise ValidationError(
                FieldError(
                    "number",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "{number} is {origin}; its allocation is fixed"
                        ),
                        number=r.number,
                        origin=_origin_text(r),
                    ),
                )
            )
        if r.status not in ("posted", "pending"):
            raise ValidationError(
                FieldError(
                    "number",
                    Message(
                        QT_TRANSLATE_NOOP("messages", "Receipt {number} is {status}"),
                        number=r.number,
                        status=r.status,
                    ),
                )
            )
        closed_books.check_open(r.receipt_date, r.number, doing="re-allocated")
        docs = {d.number: d for d in alloc.owing_docs(r.customer_id, exclude_receipt=r)}
        available = r.amount - alloc.refunded_from(r.id)
        postings.reallocate(
            "receipt", r.id, r.number, asked=allocations, documents=docs, available=available,
            current=lambda: alloc.current_allocations(r.id),
            replace=lambda wanted: alloc.replace_allocations(r.id, alloc.by_id(wanted, docs)),
            customer_id=r.customer_id, reason=reason,
        )  # fmt: skip
    return get_receipt(r.number)


def cancel_receipt(number: str, reason: str) -> ReceiptView:
    """Cancel a receipt or a write-off: everything it did is reversed; the number stays used."""
    reason = postings.reason_given(reason, "receipt")
    with database.atomic():
        r = find_receipt(number)
        elsewhere = r.origin not in CANCELLABLE
        refused = (
            Message(
                QT_TRANSLATE_NOOP("messages", "{number} is {origin}; cancel that instead"),
                number=r.number,
                origin=_origin_text(r),
            )
            if elsewhere
            else ""
        )
        postings.may_cancel(
            r.number, r.status, r.receipt_date, live=("posted", "pending"), refused=refused
        )
        refused_while_refunded(r)
        cancel_row(r, reason)
        linked = Receipt.select().where(
            (Receipt.customer == r.customer_id)
            & (Receipt.with_receipt_id == r.id)
            & (Receipt.status == "posted")
        )
        for write_off_row in list(linked):
            cancel_row(write_off_row, f"cancelled with {r.number}: {reason}")
    return get_receipt(r.number)


def write_off(invoice_number: str, amount: int, *, on: date, reason: str) -> ReceiptView:
    """Write off (discount allowed) part of what an invoice or debit note still owes."""
    reason = reason.strip()
    errors = check_amount(amount)
    if not reason:
        errors.append(
            FieldError(
                "write off reason",
                Message(QT_TRANSLATE_NOOP("messages", "Say why the amount is written off")),
            )
        )
    raise_if_any(errors)
    with database.atomic():
        doc = owing_doc(invoice_number)
        owed = outstanding([doc]).get(doc.id, 0)
        if amount > owed:
            raise ValidationError(
                FieldError(
                    f"write off {doc.number}",
                    Message(
                        QT_TRANSLATE_NOOP("messages", "{number} has only {owed} outstanding"),
                        number=doc.number,
                        owed=format_money(owed),
                    ),
                )
            )
        customer = Customer.get_by_id(doc.customer_id)
        row = post_write_off(customer, on, {doc.id: amount}, reason, with_receipt=None)
    return get_receipt(row.number)


def apply_advance(
    code: str, invoice_number: str, amount: int, *, on: date | None = None
) -> dict[str, int]:
    """Allocate the customer's unallocated receipt money (oldest receipt first) to an invoice or
    debit note; returns receipt number -> paise used."""
    raise_if_any(check_amount(amount))
    with database.atomic():
        customer = alloc.customer_row(code)
        doc = owing_doc(invoice_number)
        if doc.customer_id != customer.id:
            raise ValidationError(
                FieldError(
                    "invoice",
                    Message(
                        QT_TRANSLATE_NOOP("messages", "{number} is another customer's document"),
                        number=doc.number,
                    ),
                )
            )
        owed = outstanding([doc]).get(doc.id, 0)
        available = alloc.unallocated_receipts(customer.id)
        errors = []
        if amount > owed:
            errors.append(
                FieldError(
                    f"allocation {doc.number}",
                    Message(
                        QT_TRANSLATE_NOOP("messages", "{number} has only {owed} outstanding"),
                        number=doc.number,
                        owed=format_money(owed),
                    ),
                )
            )
        advance = sum(left for _, left in available)
        if amount > advance:
            errors.append(
                FieldError(
                    "amount",
                    Message(
                        QT_TRANSLATE_NOOP("messages", "{name} has only {advance} advance"),
                        name=customer.name,
                        advance=format_money(advance),
                    ),
                )
            )
        raise_if_any(errors)
        used: dict[str, int] = {}
        left = amount
        for receipt, free in available:
            take = min(left, free)
            if take <= 0:
                break
            Allocation.create(
                receipt=receipt.id, doc=doc.id, amount=take, created_at=datetime.now()
            )
            used[receipt.number] = take
            left -= take
        audit.record(
            "apply_advance",
            "sales_doc",
            doc.id,
            label=doc.number,
            after={"amount": amount, "receipts": used, "date": on or date.today()},
            customer_id=customer.id,
        )
    return used


def owing_doc(number: str) -> SalesDoc:
    doc = find_doc(number, field="invoice")
    if doc.kind not in alloc.OWING_KINDS or doc.status != "posted":
        raise ValidationError(
            FieldError(
                "invoice",
                Message(
                    QT_TRANSLATE_NOOP("messages", "{number} is not a posted invoice or debit note"),
                    number=doc.number,
                ),
            )
        )
    return doc


def _description(draft: ReceiptDraft) -> str:
    label = MODE_LABELS[draft.mode]
    if draft.cheque is not None:
        return f"Receipt ({label} {draft.cheque.number.strip()}, {draft.cheque.bank.strip()})"
    ref = draft.reference.strip()
    return f"Receipt ({label} {ref})" if ref else f"Receipt ({label})"


def _cheque_audit(cheque: ChequeDetails | None) -> dict[str, object] | None:
    if cheque is None:
        return None
    return {"number": cheque.number, "bank": cheque.bank, "date": cheque.cheque_date}


def _origin_text(r: Receipt) -> str:
    return {
        "invoice": "taken with an invoice at the counter",
        "order": "an order's advance",
        "write_off": "a write-off",
        "contra": "a contra settlement",
    }.get(r.origin, "a receipt")
