"""Builders for the customer-segment tests: customers with invoices, notes and receipts on known
days (0% GST free-text lines, so every document's total is exactly the paise given)."""

from __future__ import annotations

from datetime import date

from factories import make_customer
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import sales, sales_cancel, sales_debit_notes, sales_notes
from vyapar_lite.services.payments import ReceiptDraft, record_receipt


def customer(name: str, **fields: object) -> str:
    """A customer; returns the code."""
    return make_customer(name, **fields).code


def sale(code: str, paise: int, on: date, *, received: int = 0) -> str:
    """An invoice of exactly `paise`; returns its number."""
    line = LineInput(description="Goods", qty_milli=1000, rate=paise, gst_rate_bp=0)
    draft = sales.InvoiceDraft(code, on, [line], received=received)
    return sales.post_invoice(draft).number


def credit(invoice_number: str, paise: int, on: date) -> str:
    """A price-correction credit note of `paise` against the invoice's first line."""
    note = sales_notes.post_credit_note(
        invoice_number, doc_date=on, price_corrections={1: paise}, reason="Rate agreed lower"
    )
    return note.number


def debit(invoice_number: str, paise: int, on: date) -> str:
    line = LineInput(description="Freight", qty_milli=1000, rate=paise, gst_rate_bp=0)
    note = sales_debit_notes.post_debit_note(
        invoice_number, doc_date=on, lines=[line], reason="Freight charged"
    )
    return note.number


def cancel(invoice_number: str) -> None:
    sales_cancel.cancel_invoice(invoice_number, "Entered twice")


def receive(code: str, paise: int, on: date, allocations: dict[str, int] | None = None) -> str:
    draft = ReceiptDraft(code, on, paise, allocations=allocations)
    return record_receipt(draft).number
