"""What receipts and payments out share when money is spread over open documents (a receipt over
invoices and debit notes, a supplier payment over bills): the split asked for, cleaned and
checked, or worked out oldest due first; the audited re-allocation; how the money moved (mode,
cheque or reference columns); and what a cancellation needs (a reason; a document still live, in
an open period). Each caller runs these inside its own posting transaction."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol

from vyapar_lite.domain.errors import FieldError, ValidationError, raise_if_any
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.domain.payment import Owing, auto_allocate, check_allocations
from vyapar_lite.services import audit, closed_books, counters, doc_series, document_parties

if TYPE_CHECKING:
    from vyapar_lite.db.models import Customer
    from vyapar_lite.services.receipt_views import ChequeDetails


@dataclass(frozen=True, kw_only=True)
class MoneyDraft:
    """How the money of a receipt or payment out draft moved, said once for both: keyword-only
    fields after each draft's own (who, when, how much stay positional)."""

    mode: str = "cash"
    reference: str = ""  # UPI/transaction id (cheques: `cheque`)
    cheque: ChequeDetails | None = None  # required when mode == "cheque"
    notes: str = ""
    account_id: int | None = None  # the cash drawer the money moved in (None: the mode's)


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


def reallocate(
    doc_type: str,
    row_id: int,
    number: str,
    *,
    asked: Mapping[str, int],
    documents: Mapping[str, OpenDocument],
    available: int,
    current: Callable[[], Mapping[str, int]],
    replace: Callable[[dict[str, int]], None],
    customer_id: int,
    reason: str,
    what: str = "receipt",
) -> None:
    """Replace a document's split with the one `asked` (checked against `documents` and the
    `available` money, refused with every message at once): `replace` writes the new rows, and
    the audit row keeps the `current` split before and the new one after. Inside the caller's
    transaction."""
    wanted, errors = split(asked, documents, available, what=what)
    raise_if_any(errors)
    before = dict(current())
    replace(wanted)
    audit.record(
        "reallocate",
        doc_type,
        row_id,
        label=number,
        before={"allocations": before},
        after={"allocations": dict(wanted)},
        customer_id=customer_id,
        note=reason.strip(),
    )


def post_cancel(
    post: Callable[..., object],
    doc_type: str,
    row_id: int,
    number: str,
    *,
    customer_id: int,
    on: date,
    description: str,
    **amount: int,
) -> None:
    """The reversing entry of a cancelled document (kind 'cancel'), through `post` (the
    customer's ledger or the supplier side); `amount` is its `debit=` or `credit=`."""
    post(
        customer_id, on, "cancel", doc_type=doc_type, doc_id=row_id, doc_number=number,
        description=description, **amount,
    )  # fmt: skip


def record_cancel(
    doc_type: str,
    row_id: int,
    number: str,
    *,
    customer_id: int,
    was: str,
    now: str,
    reason: str,
) -> None:
    """The audit row of a cancellation: the status it had and the one it has now."""
    audit.record(
        "cancel", doc_type, row_id, label=number, before={"status": was},
        after={"status": now}, customer_id=customer_id, note=reason,
    )  # fmt: skip


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


def create_document(
    model: Any,
    doc_type: str,
    *,
    dated: tuple[str, date],
    customer: Customer,
    amount: int,
    mode: str,
    reference: str,
    cheque: ChequeDetails | None,
    notes: str,
    **own: object,
) -> Any:
    """A receipt's or payment out's row: its number from the `doc_type` series for the date
    (`dated`: the date column's name and the date), the counter, the money columns and its own
    columns, with its parties' snapshot (`document_parties.take`). Inside the caller's
    transaction; the money it moves is the caller's (`money_accounts.receive` / `pay`)."""
    column, on = dated
    number, year = doc_series.take(doc_type, on)
    row = model.create(
        number=number,
        counter=counters.current(),
        fin_year=year,
        customer=customer.id,
        amount=amount,
        **{column: on},
        **money_columns(mode, reference, cheque),
        **own,
        notes=notes.strip(),
        created_at=datetime.now(),
    )
    document_parties.take(doc_type, row.id, customer)
    return row


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
