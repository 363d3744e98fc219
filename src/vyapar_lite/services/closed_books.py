"""Books closed up to a date: documents dated on or before it can no longer be posted or cancelled.

Once a month's GST return is filed (or its accounts are settled), changing that month would make the
filed figures untrue: an April invoice cancelled in September would silently change April's sales
register and April's closing balances. The shop closes its books up to a date (a Settings row,
'books.closed_up_to', ISO date; absent or blank: nothing is closed). Every posting service numbers
its document through `doc_series.take`, which calls `check_open` with the document's date; every
cancellation calls it with the date of the document it reverses (the reversal is dated like the
document). Reopening is allowed (set an earlier date or none): the change is audited.
"""

from __future__ import annotations

from datetime import date

from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.services import setting_rows

KEY = "books.closed_up_to"

WHAT = {
    "invoice": "an invoice",
    "credit_note": "a credit note",
    "debit_note": "a debit note",
    "debit_memo": "a debit memo",
    "financial_note": "a financial credit note",
    "order": "a sale order",
    "receipt": "a receipt",
    "write_off": "a write-off",
    "payment_out": "a payment",
    "purchase_bill": "a purchase bill",
    "contra": "a contra",
    "expense": "an expense",
    "contra_voucher": "a contra voucher",
}


def closed_up_to() -> date | None:
    """The last closed day, or None when no period is closed."""
    text = setting_rows.text(KEY).strip()
    return date.fromisoformat(text) if text else None


def close_up_to(on: date | None) -> date | None:
    """Close the books up to `on` (None reopens everything); one audited transaction."""
    value = on.isoformat() if on else ""
    setting_rows.save_text(KEY, value, label="books closed up to", field="closed_up_to")
    return on


def check_open(on: date, what: str, *, doing: str = "posted", field: str = "doc_date") -> None:
    """Refuse (ValidationError naming the date) a document dated in the closed period.

    `what` is a kind of document (`invoice`, `receipt`, ...) or words ("invoice INV/26-27/0001");
    `doing` says what is refused ("posted", "cancelled")."""
    closed = closed_up_to()
    if closed is None or on > closed:
        return
    name = WHAT.get(what, what)
    raise ValidationError(
        FieldError(
            field,
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The books are closed up to {closed:%d-%m-%Y}: {name} dated "
                    "{on:%d-%m-%Y} cannot be {doing}. Reopen the period in "
                    "Settings if it must change.",
                ),
                closed=closed,
                name=name,
                on=on,
                doing=doing,
            ),
        )
    )
