"""Debit notes against a posted invoice: an extra charge or a price raised after the invoice.

Taxed as the invoice was (its place of supply and tax kind), rounded to the rupee like an invoice
when Settings say so, due on the customer's payment terms from its own date. Postings: the note
and its lines, a ledger debit (kind 'debit_note', doc_type 'sales_doc'), an audit row. No stock
or points move. Not for a walk-in (CASH) sale, which is paid in full at the counter.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from vyapar_lite.db import database
from vyapar_lite.db.models import Customer
from vyapar_lite.domain import supply
from vyapar_lite.domain.errors import FieldError, ValidationError, raise_if_any
from vyapar_lite.domain.invoice import LineInput, check_lines, due_date, line_amounts, totals
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.services import doc_series, document_dates, sales_settings
from vyapar_lite.services.sales_postings import (
    active_rates,
    audit_note,
    check_note_date,
    create_note,
    insert_lines,
    ledger,
    line_row,
    posted_invoice,
    resolve_items,
    supply_scheme_of,
    tax_kind_of,
)
from vyapar_lite.services.sales_views import DocumentView, get_document


def post_debit_note(
    invoice_number: str,
    *,
    doc_date: date,
    lines: list[LineInput],
    reason: str,
    confirm_unusual_date: bool = False,
) -> DocumentView:
    """A debit note against a posted invoice (an extra charge or a price raised), taxed as the
    invoice was; a ledger debit the customer owes on its own due date."""
    reason = reason.strip()
    errors = []
    if not reason:
        errors.append(
            FieldError(
                "reason", Message(QT_TRANSLATE_NOOP("messages", "Say why the debit note is raised"))
            )
        )
    try:
        check_lines(lines, allowed_rates=active_rates())
    except ValidationError as exc:
        errors.extend(exc.errors)
    resolved, item_errors = resolve_items(lines)
    raise_if_any(errors + item_errors)
    document_dates.check(doc_date, confirmed=confirm_unusual_date, field="doc_date")
    with database.atomic():
        invoice = posted_invoice(invoice_number)
        check_note_date(invoice, doc_date)
        # taxed as the invoice was issued: no tax on a bill of supply's scheme or exempt lines
        typed, taxed = supply.taxed_lines(resolved.lines, supply_scheme_of(invoice))
        resolved = replace(resolved, lines=typed)
        amounts = [line_amounts(line, tax_kind_of(invoice)) for line in taxed]
        note_totals = totals(amounts, round_to_rupee=sales_settings.get().round_off)
        customer = Customer.get_by_id(invoice.customer_id)
        if customer.is_cash:
            raise ValidationError(
                FieldError(
                    "invoice",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "A walk-in (CASH) sale is paid in full at the counter: "
                            "bill the extra as a new sale instead of a debit note",
                        )
                    ),
                )
            )
        number, year = doc_series.take("debit_note", doc_date)
        doc = create_note(
            "debit_note",
            invoice,
            number=number,
            year=year,
            doc_date=doc_date,
            due=due_date(doc_date, customer.payment_terms_days),
            note_reason="debit",
            note_totals=note_totals,
            points_earned=0,
            points_redeemed=0,
            reason=reason,
        )
        insert_lines(
            [
                line_row(doc.id, n, line, item, part)
                for n, (line, item, part) in enumerate(
                    zip(resolved.lines, resolved.items, amounts, strict=True), start=1
                )
            ]
        )
        ledger(
            invoice.customer_id,
            doc_date,
            "debit_note",
            doc_type="sales_doc",
            doc_id=doc.id,
            doc_number=number,
            description=f"Debit note {number} against {invoice.number}: {reason}",
            debit=note_totals.grand_total,
        )
        audit_note(doc, invoice, note_totals.grand_total, len(amounts), reason, points=0)
    return get_document(number)
