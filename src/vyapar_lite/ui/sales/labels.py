"""Words the sales screens show for kinds, statuses and payment modes (no Qt, no database)."""

from __future__ import annotations

from datetime import date

from vyapar_lite.domain.money import format_money

KIND_LABELS = {
    "invoice": "Invoice",
    "credit_note": "Credit note",
    "debit_note": "Debit note",
    "opening_bill": "Opening bill",
    "order": "Sale order",
    # the payments side (ui/payments), listed with the sales documents on a customer's page
    "receipt": "Receipt",
    "counter": "Receipt (with invoice)",
    "advance": "Order advance",
    "write_off": "Write-off",
    "contra": "Contra",
    "opening": "Opening credit",
    "refund": "Refund",
    "supplier": "Payment out",
    "purchase_bill": "Purchase bill",
}
SAVED_AS = {  # an invoice's window title once saved, by what it was issued as (`domain.supply`)
    "tax_invoice": "Sales invoice",
    "bill_of_supply": "Bill of supply",
    "invoice_cum_bill_of_supply": "Invoice-cum-bill of supply",
}
STATUS_LABELS = {
    "posted": "Posted",
    "cancelled": "Cancelled",
    "open": "Open",
    "partly_invoiced": "Partly invoiced",
    "invoiced": "Invoiced",
    "paid": "Paid",
    "part_paid": "Part paid",
    "pending": "Pending (post-dated)",
    "bounced": "Bounced",
}
MODE_LABELS = {
    "cash": "Cash",
    "upi": "UPI",
    "card": "Card",
    "bank": "Bank transfer",
    "cheque": "Cheque",
}
TAX_KIND_LABELS = {
    "intra": "Within the state (CGST + SGST)",
    "inter": "Other state (IGST)",
    "export": "Export (zero-rated)",
    "zero": "Zero-rated supply to an SEZ unit, without IGST (under LUT)",
}


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.replace("_", " ").capitalize())


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status.replace("_", " ").capitalize())


def mode_label(mode: str) -> str:
    return MODE_LABELS.get(mode, mode.title())


def day_text(day: date | None) -> str:
    """Day first, as shopkeepers write it: `22-11-2026` (blank for no date)."""
    return day.strftime("%d-%m-%Y") if day else ""


def balance_text(paise: int) -> str:
    """`₹1,250.00 to receive` / `₹200.00 advance held` / `Nil` (a customer's balance)."""
    if paise > 0:
        return f"{format_money(paise)} to receive"
    if paise < 0:
        return f"{format_money(-paise)} advance held"
    return "Nil"
