"""Financial credit notes: a credit to the customer against an invoice, without GST.

After 30 November following the end of an invoice's financial year a credit note can no longer
reduce the tax on it (s.34(2) CGST Act); the shop may still give the customer a credit (a
discount agreed later, a goodwill amount) as a financial credit note. It reduces what the
customer owes and the invoice's outstanding, never the output tax: no tax lines, and it is kept
out of the sales register, the dashboard's sales and the returns (`non_gst`, note_reason
'financial'). Its own series (`FCN/...`) keeps the GST credit note series unbroken.

Postings: the note (kind 'credit_note', against the invoice) and its one line (0% GST, the amount
as its value), a ledger credit (kind 'credit_note'), an audit row. No stock or points move.
"""

from __future__ import annotations

from datetime import date

from vyapar_lite.db import database
from vyapar_lite.domain.errors import FieldError, ValidationError, raise_if_any
from vyapar_lite.domain.invoice import Totals
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import doc_series, non_gst
from vyapar_lite.services.sales_notes import credited_total
from vyapar_lite.services.sales_postings import (
    audit_note,
    check_note_date,
    create_note,
    insert_lines,
    ledger,
    posted_invoice,
)
from vyapar_lite.services.sales_views import DocumentView, get_document

DESCRIPTION = "Financial credit (no GST)"


def post_financial_credit_note(
    invoice_number: str, *, doc_date: date, amount: int, reason: str
) -> DocumentView:
    """A credit of `amount` paise against a posted invoice, without GST (see the module
    docstring). Refused when dated before the invoice or for more than is left of its total."""
    reason = reason.strip()
    errors = []
    if not reason:
        errors.append(
            FieldError(
                "reason", Message(QT_TRANSLATE_NOOP("messages", "Say why the credit is given"))
            )
        )
    if amount <= 0:
        errors.append(
            FieldError(
                "amount",
                Message(QT_TRANSLATE_NOOP("messages", "Enter the amount credited, more than ₹0")),
            )
        )
    raise_if_any(errors)
    with database.atomic():
        invoice = posted_invoice(invoice_number)
        check_note_date(invoice, doc_date)
        left = invoice.grand_total - credited_total(invoice)
        if amount > left:
            raise ValidationError(
                FieldError(
                    "amount",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "At most {left} of {number} is left to credit"
                        ),
                        left=format_money(left),
                        number=invoice.number,
                    ),
                )
            )
        number, year = doc_series.take("financial_note", doc_date)
        doc = create_note(
            "credit_note",
            invoice,
            number=number,
            year=year,
            doc_date=doc_date,
            due=None,
            note_reason=non_gst.FINANCIAL,
            note_totals=Totals(amount, 0, 0, 0, 0, 0, amount, ()),
            points_earned=0,
            points_redeemed=0,
            reason=reason,
        )
        insert_lines(
            [
                {
                    "doc": doc.id,
                    "line_no": 1,
                    "item": None,
                    "description": DESCRIPTION,
                    "hsn_sac": "",
                    "unit": "",
                    "qty_milli": 0,
                    "rate": 0,
                    "discount": 0,
                    "taxable": amount,
                    "gst_rate_bp": 0,
                    "cgst": 0,
                    "sgst": 0,
                    "igst": 0,
                    "total": amount,
                    "against_line": None,
                }
            ]
        )
        ledger(
            invoice.customer_id,
            doc_date,
            "credit_note",
            doc_type="sales_doc",
            doc_id=doc.id,
            doc_number=number,
            description=f"Financial credit note {number} against {invoice.number}: {reason}",
            credit=amount,
        )
        audit_note(doc, invoice, amount, 1, reason, points=0)
    return get_document(number)
