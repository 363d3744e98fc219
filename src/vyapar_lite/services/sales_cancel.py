"""Cancelling a posted invoice: everything it moved comes back, and its number stays used.

Nothing is deleted. The invoice is marked cancelled (with the reason), and reversal entries undo
what it moved, dated like the invoice so the customer's statement nets it out on its own day:

- a ledger credit of its grand total (kind 'cancel', doc_type 'sales_doc', the same doc_id);
- its counter receipt (origin 'invoice') is cancelled too, with a ledger debit (kind 'cancel',
  doc_type 'receipt');
- stock back in for items that track stock; points earned taken back, points redeemed given back;
- a sale order's advance it used is freed (an allocation counts only while its document is
  posted) and the order's invoiced quantities and status are recomputed.

An invoice with credit or debit notes against it is corrected with a credit note instead, and
one dated in the closed period (`closed_books`) is not cancelled at all.
"""

from __future__ import annotations

from datetime import datetime

from vyapar_lite.db import database
from vyapar_lite.db.models import Allocation, Item, Receipt, SaleOrder, SalesDoc, SalesDocLine
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.services import audit, closed_books, money_accounts, order_link
from vyapar_lite.services.sales_postings import find_doc, ledger, move_points, move_stock, tuples
from vyapar_lite.services.sales_views import DocumentView, get_document


def cancel_invoice(number: str, reason: str) -> DocumentView:
    """Cancel a posted invoice: everything it moved is reversed; its number stays used."""
    reason = reason.strip()
    if not reason:
        raise ValidationError(FieldError("reason", "Say why the invoice is cancelled"))
    with database.atomic():
        doc = find_doc(number)
        if doc.kind != "invoice":
            raise ValidationError(
                FieldError("number", f"{doc.number} is not an invoice; only invoices are cancelled")
            )
        if doc.status == "cancelled":
            raise ValidationError(
                FieldError("number", f"Invoice {doc.number} is already cancelled")
            )
        closed_books.check_open(doc.doc_date, f"invoice {doc.number}", doing="cancelled")
        notes = [
            str(n)
            for (n,) in tuples(
                SalesDoc.select(SalesDoc.number).where(
                    (SalesDoc.against == doc.id) & (SalesDoc.status == "posted")
                )
            )
        ]
        if notes:
            raise ValidationError(
                FieldError(
                    "number",
                    f"Invoice {doc.number} has notes against it ({', '.join(notes)}); "
                    "correct it with a credit note instead of cancelling it",
                )
            )
        on = doc.doc_date
        SalesDoc.update(
            status="cancelled", cancel_reason=reason, cancelled_at=datetime.now()
        ).where(SalesDoc.id == doc.id).execute()
        ledger(
            doc.customer_id,
            on,
            "cancel",
            doc_type="sales_doc",
            doc_id=doc.id,
            doc_number=doc.number,
            description=f"Invoice {doc.number} cancelled: {reason}",
            credit=doc.grand_total,
        )
        counter = list(
            Receipt.select()
            .join(Allocation)
            .where(
                (Allocation.doc == doc.id)
                & (Receipt.origin == "invoice")
                & (Receipt.status == "posted")
            )
        )
        for receipt in counter:
            _cancel_counter_receipt(receipt, doc, reason)
        _return_stock(doc, "sale_cancel")
        move_points(doc.customer_id, [-doc.points_earned, doc.points_redeemed], on, doc.id)
        if doc.order_id is not None:
            order_link.refresh(SaleOrder.get_by_id(doc.order_id))
        audit.record(
            "cancel",
            "sales_doc",
            doc.id,
            label=doc.number,
            before={"status": "posted"},
            after={"status": "cancelled", "receipts": [r.number for r in counter]},
            customer_id=doc.customer_id,
            note=reason,
        )
    return get_document(doc.number)


def _cancel_counter_receipt(receipt: Receipt, doc: SalesDoc, reason: str) -> None:
    Receipt.update(status="cancelled", cancel_reason=reason).where(
        Receipt.id == receipt.id
    ).execute()
    money_accounts.reverse(  # its money goes back, dated like its ledger reversal
        "receipt",
        receipt.id,
        doc.doc_date,
        description=f"Receipt {receipt.number} cancelled with invoice {doc.number}",
    )
    ledger(
        doc.customer_id,
        doc.doc_date,
        "cancel",
        doc_type="receipt",
        doc_id=receipt.id,
        doc_number=receipt.number,
        description=f"Receipt {receipt.number} cancelled with invoice {doc.number}",
        debit=receipt.amount,
    )
    audit.record(
        "cancel",
        "receipt",
        receipt.id,
        label=receipt.number,
        before={"status": "posted"},
        after={"status": "cancelled"},
        customer_id=doc.customer_id,
        note=reason,
    )


def _return_stock(doc: SalesDoc, reason: str) -> None:
    moves = (
        SalesDocLine.select(SalesDocLine.item, SalesDocLine.qty_milli)
        .join(Item)
        .where((SalesDocLine.doc == doc.id) & Item.track_stock)
    )
    move_stock(tuples(moves), reason, doc.id, doc.doc_date)
