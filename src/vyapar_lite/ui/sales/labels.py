"""Words the sales screens show for kinds, statuses and payment modes (no database). The English
words are the keys, marked for the "labels" translation context; `label()` and the `*_label`
functions give them in the app's language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money

CONTEXT = "labels"

KIND_LABELS = {
    "invoice": QT_TRANSLATE_NOOP("labels", "Invoice"),
    "credit_note": QT_TRANSLATE_NOOP("labels", "Credit note"),
    "debit_note": QT_TRANSLATE_NOOP("labels", "Debit note"),
    "opening_bill": QT_TRANSLATE_NOOP("labels", "Opening bill"),
    "order": QT_TRANSLATE_NOOP("labels", "Sale order"),
    # the payments side (ui/payments), listed with the sales documents on a customer's page
    "receipt": QT_TRANSLATE_NOOP("labels", "Receipt"),
    "counter": QT_TRANSLATE_NOOP("labels", "Receipt (with invoice)"),
    "advance": QT_TRANSLATE_NOOP("labels", "Order advance"),
    "write_off": QT_TRANSLATE_NOOP("labels", "Write-off"),
    "contra": QT_TRANSLATE_NOOP("labels", "Contra"),
    "opening": QT_TRANSLATE_NOOP("labels", "Opening credit"),
    "refund": QT_TRANSLATE_NOOP("labels", "Refund"),
    "supplier": QT_TRANSLATE_NOOP("labels", "Payment out"),
    "purchase_bill": QT_TRANSLATE_NOOP("labels", "Purchase bill"),
}
SAVED_AS = {  # an invoice's window title once saved, by what it was issued as (`domain.supply`)
    "tax_invoice": QT_TRANSLATE_NOOP("labels", "Sales invoice"),
    "bill_of_supply": QT_TRANSLATE_NOOP("labels", "Bill of supply"),
    "invoice_cum_bill_of_supply": QT_TRANSLATE_NOOP("labels", "Invoice-cum-bill of supply"),
}
STATUS_LABELS = {
    "posted": QT_TRANSLATE_NOOP("labels", "Posted"),
    "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
    "open": QT_TRANSLATE_NOOP("labels", "Open"),
    "partly_invoiced": QT_TRANSLATE_NOOP("labels", "Partly invoiced"),
    "invoiced": QT_TRANSLATE_NOOP("labels", "Invoiced"),
    "paid": QT_TRANSLATE_NOOP("labels", "Paid"),
    "part_paid": QT_TRANSLATE_NOOP("labels", "Part paid"),
    "pending": QT_TRANSLATE_NOOP("labels", "Pending (post-dated)"),
    "bounced": QT_TRANSLATE_NOOP("labels", "Bounced"),
}
MODE_LABELS = {
    "cash": QT_TRANSLATE_NOOP("labels", "Cash"),
    "upi": QT_TRANSLATE_NOOP("labels", "UPI"),
    "card": QT_TRANSLATE_NOOP("labels", "Card"),
    "bank": QT_TRANSLATE_NOOP("labels", "Bank transfer"),
    "cheque": QT_TRANSLATE_NOOP("labels", "Cheque"),
}
TAX_KIND_LABELS = {
    "intra": QT_TRANSLATE_NOOP("labels", "Within the state (CGST + SGST)"),
    "inter": QT_TRANSLATE_NOOP("labels", "Other state (IGST)"),
    "export": QT_TRANSLATE_NOOP("labels", "Export (zero-rated)"),
    "zero": QT_TRANSLATE_NOOP(
        "labels", "Zero-rated supply to an SEZ unit, without IGST (under LUT)"
    ),
}

# a customer's type and preferred contact (domain.customer): kept in English, shown translated
CUSTOMER_WORDS = {
    "General": QT_TRANSLATE_NOOP("labels", "General"),
    "Dealer": QT_TRANSLATE_NOOP("labels", "Dealer"),
    "Wholesaler": QT_TRANSLATE_NOOP("labels", "Wholesaler"),
    "Distributor": QT_TRANSLATE_NOOP("labels", "Distributor"),
    "Phone": QT_TRANSLATE_NOOP("labels", "Phone"),
    "SMS": QT_TRANSLATE_NOOP("labels", "SMS"),
    "WhatsApp": QT_TRANSLATE_NOOP("labels", "WhatsApp"),
    "Email": QT_TRANSLATE_NOOP("labels", "Email"),
}


def label(english: str) -> str:
    """One of the words above in the app's language."""
    return QCoreApplication.translate(CONTEXT, english)


def kind_label(kind: str) -> str:
    return label(KIND_LABELS.get(kind, kind.replace("_", " ").capitalize()))


def status_label(status: str) -> str:
    return label(STATUS_LABELS.get(status, status.replace("_", " ").capitalize()))


def mode_label(mode: str) -> str:
    return label(MODE_LABELS.get(mode, mode.title()))


def day_text(day: date | None) -> str:
    """Day first, as shopkeepers write it: `22-11-2026` (blank for no date)."""
    return day.strftime("%d-%m-%Y") if day else ""


def balance_text(paise: int) -> str:
    """`₹1,250.00 to receive` / `₹200.00 advance held` / `Nil` (a customer's balance)."""
    if paise > 0:
        return QCoreApplication.translate("labels", "{amount} to receive").format(
            amount=format_money(paise)
        )
    if paise < 0:
        return QCoreApplication.translate("labels", "{amount} advance held").format(
            amount=format_money(-paise)
        )
    return QCoreApplication.translate("labels", "Nil")
