"""What the invoice form asks the sales service while the invoice is typed, beyond the preview
itself: the total a walk-in pays (to fill Received), and the totals to show when only the payment
part of the invoice is wrong."""

from __future__ import annotations

from dataclasses import replace

from vyapar_lite.domain import supply
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.invoice import line_amounts, totals
from vyapar_lite.services import sales, sales_settings
from vyapar_lite.services.sales import InvoiceDraft, InvoicePreview

PAYMENT_FIELDS = {"received", "points", "mode", "account"}  # "account": the cash drawer


def walk_in_total(draft: InvoiceDraft) -> int:
    """What a walk-in pays: the invoice total, to fill Received before asking the service.
    (A walk-in sale is always within the shop's state, never an export, never redeems.)"""
    settings = sales_settings.get()
    # no tax on a bill of supply (s.32(1), s.10(4) CGST Act)
    _typed, taxed = supply.taxed_lines(draft.lines, sales.shop_scheme())
    amounts = [line_amounts(line, "intra") for line in taxed]
    return totals(amounts, round_to_rupee=settings.round_off).grand_total


def for_totals(
    draft: InvoiceDraft, exc: ValidationError, *, walk_in: bool
) -> InvoicePreview | None:
    """When only the payment part is wrong, still the totals (with received = a valid amount),
    so the shopkeeper sees what to take; None when anything else is wrong."""
    if not all(e.field in PAYMENT_FIELDS for e in exc.errors):
        return None
    received = walk_in_total(draft) if walk_in else 0
    fallback = replace(draft, received=received, redeem_points=0, mode="cash", account_id=None)
    try:
        return sales.preview_invoice(fallback)
    except ValidationError:
        return None
