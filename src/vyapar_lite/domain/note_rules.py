"""When a credit note may still reduce output tax (s.34(2) CGST Act).

A registered person who issues a credit note for a supply declares it in the return for the month
it is issued, "but not later than the thirtieth day of November following the end of the
financial year in which such supply was made, or the date of furnishing of the relevant annual
return, whichever is earlier" (s.34(2), as amended by the Finance Act 2022; before that it was
September). After that day the shop may still give the customer a *financial* credit note,
without GST, which reduces what the customer owes but never the output tax.
"""

from __future__ import annotations

from datetime import date


def gst_credit_deadline(invoice_date: date) -> date:
    """The last day a credit note may reduce the tax on an invoice dated `invoice_date`:
    30 November after the end of its financial year (April to March)."""
    year_end = invoice_date.year + 1 if invoice_date.month >= 4 else invoice_date.year
    return date(year_end, 11, 30)


def tax_credit_refusal(invoice_number: str, invoice_date: date, note_date: date) -> str:
    """Why a GST credit note dated `note_date` is too late ("" when it is in time)."""
    deadline = gst_credit_deadline(invoice_date)
    if note_date <= deadline:
        return ""
    return (
        f"A credit note reducing GST on {invoice_number} (dated {invoice_date:%d-%m-%Y}) could be "
        f"issued only up to {deadline:%d-%m-%Y} (s.34(2) CGST Act); give a financial credit "
        "note without GST instead"
    )
