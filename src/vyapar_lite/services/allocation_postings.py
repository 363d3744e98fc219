"""What receipts and payments out share when money is spread over open documents (a receipt over
invoices and debit notes, a supplier payment over bills): the split asked for, cleaned and
checked, or worked out oldest due first; the audited re-allocation; how the money moved (mode,
cheque or reference columns); and what a cancellation needs (a reason; a document still live, in
an open period). Each caller runs these inside its own posting transaction."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Protocol

from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.domain.payment import Owing, auto_allocate, check_allocations
from vyapar_lite.services import audit, closed_books

if TYPE_CHECKING:
    from vyapar_lite.services.receipt_views import ChequeDetails


class OpenDocument(Protocol):
    @property
    def outstanding(self) -> int: ...

    def owing(self) -> Owing: ...


def clean(amounts: Mapping[str, int]) -> dict[str, int]:
    """Numbers upper-cased and trimmed, amounts of 0 left out (negatives kept, to be refused)."""
    result: dict[str, int] = {}
    for number, paise in amounts.items():
        if paise:
            key = number.strip().upper()
            result[key] = result.get(key, 0) + paise
    return result


def split(
    asked: Mapping[str, int] | None,
    documents: Mapping[str, OpenDocument],
    amount: int,
    *,
    what: str = "receipt",
) -> tuple[dict[str, int], list[FieldError]]:
    """The allocations for `amount`: oldest due first when none were asked for, else those
    asked for (cleaned) with the messages about any that cannot be."""
    if asked is None:
        return auto_allocate([d.owing() for d in documents.values()], amount), []
    wanted = clean(asked)
    owed = {number: d.outstanding for number, d in documents.items()}
    return wanted, check_allocations(wanted, owed, amount=amount, what=what)


def record_reallocation(
    doc_type: str,
    row_id: int,
    number: str,
    *,
    before: Mapping[str, int],
    after: Mapping[str, int],
    customer_id: int,
    reason: str,
) -> None:
    """The audit row of a changed split (inside the caller's transaction)."""
    audit.record(
        "reallocate",
        doc_type,
        row_id,
        label=number,
        before={"allocations": dict(before)},
        after={"allocations": dict(after)},
        customer_id=customer_id,
        note=reason.strip(),
    )


def reason_given(reason: str, what: str) -> str:
    """The reason a cancellation needs, trimmed; refused when blank."""
    reason = reason.strip()
    if not reason:
        raise ValidationError(
            FieldError(
                "reason",
                Message(
                    QT_TRANSLATE_NOOP("messages", "Say why the {what} is cancelled"), what=what
                ),
            )
        )
    return reason


def money_columns(mode: str, reference: str, cheque: ChequeDetails | None) -> dict[str, object]:
    """How the money moved, as a receipt's or payment out's columns: the mode, and the cheque's
    number, bank and date, or else the reference typed."""
    return {
        "mode": mode,
        "reference": "" if cheque else reference.strip(),
        "cheque_number": cheque.number.strip() if cheque else "",
        "cheque_bank": cheque.bank.strip() if cheque else "",
        "cheque_date": cheque.cheque_date if cheque else None,
    }


def may_cancel(
    number: str,
    status: str,
    dated: date,
    *,
    live: tuple[str, ...] = ("posted",),
    refused: str = "",
) -> None:
    """Refuse to cancel a document: `refused` (why this one is cancelled elsewhere), one not
    `live` (already cancelled), or one dated in the closed period (`closed_books`)."""
    if refused:
        raise ValidationError(FieldError("number", refused))
    if status not in live:
        raise ValidationError(
            FieldError(
                "number",
                Message(
                    QT_TRANSLATE_NOOP("messages", "{number} is already {status}"),
                    number=number,
                    status=status,
                ),
            )
        )
    closed_books.check_open(dated, number, doing="cancelled")
