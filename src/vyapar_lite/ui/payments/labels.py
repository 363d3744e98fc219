"""Words the payments screens show for kinds, statuses and cheque states (no database); the
words are marked for the "labels" context and shown through `ui/sales/labels.label`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import doc_series
from vyapar_lite.ui import language
from vyapar_lite.ui.sales import labels as sales_labels
from vyapar_lite.ui.sales.labels import kind_label

__all__ = ["kind_label"]

# ReceiptView.origin -> the kind a list shows (the words are in `ui/sales/labels.py`)
ORIGIN_KINDS = {
    "receipt": "receipt",
    "invoice": "counter",
    "order": "advance",
    "write_off": "write_off",
    "contra": "contra",
    "opening": "opening",
}
CHEQUE_LABELS = {
    "received": QT_TRANSLATE_NOOP("labels", "Cheque in hand"),
    "deposited": QT_TRANSLATE_NOOP("labels", "Deposited"),
    "cleared": QT_TRANSLATE_NOOP("labels", "Cleared"),
    "bounced": QT_TRANSLATE_NOOP("labels", "Bounced"),
}
# kinds whose numbers open in the payments windows (the rest are sales documents)
PAYMENT_KINDS = frozenset(
    (
        "receipt",
        "counter",
        "advance",
        "write_off",
        "refund",
        "supplier",
        "contra",
        "opening",
        "purchase_bill",
    )
)
SERIES_KINDS = {
    "receipt": "receipt",
    "write_off": "write_off",
    "payment_out": "refund",  # refunds and payments to suppliers share the PAY series
    "purchase_bill": "purchase_bill",
    "contra": "contra",
}


def kept_label(balance_after: int) -> str:
    """ "Kept as advance" / "Kept on account", in English: the key a screen translates (context
    "amounts") and a receipt prints (`printed`)."""
    if balance_after <= 0:
        return QT_TRANSLATE_NOOP("amounts", "Kept as advance")
    return QT_TRANSLATE_NOOP("amounts", "Kept on account")


def kept_text(paise: int, balance_after: int) -> str:
    """ "₹1,000.00 kept on account" in the screens' language (the saved bar)."""
    if balance_after <= 0:
        text = QCoreApplication.translate("labels", "{amount} kept as advance")
    else:
        text = QCoreApplication.translate("labels", "{amount} kept on account")
    return text.format(amount=format_money(paise))


def status_label(status: str, cheque_status: str = "") -> str:
    """`Posted`, `Pending (post-dated)`, `Bounced`…; a cheque's state is added when it says more
    (`Posted · Deposited`)."""
    text = sales_labels.status_label(status)
    cheque = sales_labels.label(CHEQUE_LABELS.get(cheque_status, "")) if cheque_status else ""
    quiet = status in ("bounced", "cancelled") or (status, cheque_status) == ("pending", "received")
    if cheque and not quiet:
        text = f"{text} · {cheque}"
    return text


def kind_of_number(number: str) -> str:
    """The payments kind a number belongs to (`RCT/…` → receipt), or "" for a sales document."""
    series = doc_series.kind_of_number(number)  # the prefixes the shop's series have used
    return SERIES_KINDS.get(series, "")


def _translated(english: str, paise: int) -> str:
    return QCoreApplication.translate("labels", english).format(amount=format_money(paise))


def payable_text(paise: int) -> str:
    """`₹82,000.00 to pay` / `₹500.00 paid ahead` / `Nil` (what the shop owes a supplier)."""
    if paise > 0:
        return _translated(QT_TRANSLATE_NOOP("labels", "{amount} to pay"), paise)
    if paise < 0:
        return _translated(QT_TRANSLATE_NOOP("labels", "{amount} paid ahead"), -paise)
    return QCoreApplication.translate("labels", "Nil")


def owed_text(paise: int) -> str:
    """One side of an account under its own heading (“They owe us”, “We owe them”):
    `₹82,000.00`, `Nil`, or `Nil (₹500.00 paid ahead)` when it is the other way round."""
    if paise > 0:
        return format_money(paise)
    if paise < 0:
        return _translated(QT_TRANSLATE_NOOP("labels", "Nil ({amount} paid ahead)"), -paise)
    return QCoreApplication.translate("labels", "Nil")


def net_text(paise: int) -> str:
    """`₹42,000.00 to receive` / `₹3,000.00 to pay` / `Nil`."""
    if paise > 0:
        return _translated(QT_TRANSLATE_NOOP("labels", "{amount} to receive"), paise)
    if paise < 0:
        return _translated(QT_TRANSLATE_NOOP("labels", "{amount} to pay"), -paise)
    return QCoreApplication.translate("labels", "Nil")


def days_text(days: int) -> str:
    """Days overdue in the allocation grid: blank when not overdue ("3 days", "3 दिन")."""
    if days <= 0:
        return ""
    return language.counted(days, "day")


def days_to_go_text(days: int) -> str:
    """A post-dated cheque's date from today: `in 5 days`, `today`, `3 days ago`."""
    if days > 0:
        return QCoreApplication.translate("labels", "in {days}").format(
            days=language.counted(days, "day")
        )
    if days == 0:
        return QCoreApplication.translate("labels", "today")
    return QCoreApplication.translate("labels", "{days} ago").format(
        days=language.counted(-days, "day")
    )
