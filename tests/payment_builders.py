"""Builders and probes for the payment service tests: invoices to pay, receipts, suppliers."""

from __future__ import annotations

from datetime import date

import peewee as pw

from factories import make_customer
from vyapar_lite.db.models import LedgerEntry, PayableEntry
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import sales
from vyapar_lite.services.payments import ChequeDetails, ReceiptDraft, record_receipt

DAY = date(2026, 5, 10)


def customer(name: str = "Sharma Traders", **fields: object) -> str:
    """A customer (terms 0 days unless given); returns the code."""
    return make_customer(name, **fields).code


def supplier(name: str = "Gupta Electricals", **fields: object) -> str:
    fields.setdefault("also_supplier", True)
    return make_customer(name, **fields).code


def invoice(code: str, paise: int, on: date = DAY, *, gst_rate_bp: int = 0) -> str:
    """An invoice of exactly `paise` (one free-text 0% line of whole rupees); returns its number."""
    line = LineInput(  # an HSN: a registered customer's invoice needs one (Notification 78/2020)
        description="Goods", qty_milli=1000, rate=paise, gst_rate_bp=gst_rate_bp, hsn_sac="8516"
    )
    return sales.post_invoice(sales.InvoiceDraft(code, on, [line])).number


def receive(
    code: str,
    paise: int,
    on: date = DAY,
    allocations: dict[str, int] | None = None,
    **fields: object,
) -> str:
    draft = ReceiptDraft(code, on, paise, allocations=allocations, **fields)  # type: ignore[arg-type]
    return record_receipt(draft).number


def cheque(number: str = "123456", *, on: date, bank: str = "HDFC Bank") -> ChequeDetails:
    return ChequeDetails(number, bank, on)


def ledger_balance(customer_id: int) -> int:
    total = (
        LedgerEntry.select(pw.fn.COALESCE(pw.fn.SUM(LedgerEntry.debit - LedgerEntry.credit), 0))
        .where(LedgerEntry.customer == customer_id)
        .scalar()
    )
    return int(total)


def payable_balance(customer_id: int) -> int:
    total = (
        PayableEntry.select(pw.fn.COALESCE(pw.fn.SUM(PayableEntry.credit - PayableEntry.debit), 0))
        .where(PayableEntry.customer == customer_id)
        .scalar()
    )
    return int(total)


def outstanding(number: str) -> int:
    return sales.get_document(number).outstanding
