"""A receipt draft checked before it is previewed or posted: the customer (not a walk-in), the
amount, mode, reference, drawer, cheque and notes; its split over the open documents (asked for
or oldest due first) and any write-offs; an advance for services (`advance_tax`). Every problem
is a field's message, all at once. Whether it is counted now: a post-dated cheque waits for
clearance when Settings say so (`payment_settings.cheque_settings`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from vyapar_lite.db.models import Customer
from vyapar_lite.domain.errors import FieldError, ValidationError, raise_if_any
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.domain.money import format_money
from vyapar_lite.domain.payment import (
    check_amount,
    check_cheque,
    check_reference,
    is_post_dated,
)
from vyapar_lite.services import (
    advance_tax,
    money_accounts,
)
from vyapar_lite.services import allocation_postings as postings
from vyapar_lite.services import allocations as alloc
from vyapar_lite.services.payment_settings import cheque_settings
from vyapar_lite.services.sales_postings import check_mode, check_notes

if TYPE_CHECKING:
    from vyapar_lite.services.receipts import ReceiptDraft


@dataclass(frozen=True)
class Prepared:
    """A receipt draft checked, with its split: what the preview shows and the posting writes."""

    customer: Customer
    docs: dict[str, alloc.OpenDoc]
    allocations: dict[str, int]
    write_offs: dict[str, int]
    post_dated: bool
    counted: bool


def prepare(draft: ReceiptDraft) -> Prepared:
    """The draft checked (every message at once) and its split worked out; raises
    ValidationError."""
    customer = alloc.customer_row(draft.customer_code)
    if customer.is_cash:
        raise ValidationError(
            FieldError(
                "customer",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Choose the customer who pays (a walk-in has no account)"
                    )
                ),
            )
        )
    errors = check_amount(draft.amount)
    errors += check_mode(draft.mode)
    errors += check_reference(draft.reference)
    errors += money_accounts.chosen_account_errors(draft.mode, draft.account_id)  # the drawer
    cheque = draft.cheque
    post_dated = False
    if draft.mode == "cheque":
        if cheque is None:
            errors.append(
                FieldError(
                    "cheque number",
                    Message(
                        QT_TRANSLATE_NOOP("messages", "Enter the cheque's number, bank and date")
                    ),
                )
            )
        else:
            errors += check_cheque(
                cheque.number, cheque.bank, cheque.cheque_date, draft.receipt_date
            )
            post_dated = is_post_dated(cheque.cheque_date, draft.receipt_date)
    elif cheque is not None:
        errors.append(
            FieldError(
                "mode",
                Message(
                    QT_TRANSLATE_NOOP("messages", "Cheque details are only for a payment by cheque")
                ),
            )
        )
    errors += check_notes(draft.notes)
    raise_if_any(errors)

    docs = {d.number: d for d in alloc.owing_docs(customer.id)}
    owed = {n: d.outstanding for n, d in docs.items()}
    wanted, errors = postings.split(draft.allocations, docs, draft.amount)
    write_offs = postings.clean(draft.write_offs)
    for number, paise in write_offs.items():
        field_name = f"write off {number}"
        left = owed.get(number, 0) - wanted.get(number, 0)
        if number not in docs:
            errors.append(
                FieldError(
                    field_name,
                    Message(
                        QT_TRANSLATE_NOOP("messages", "{number} is not an open document"),
                        number=number,
                    ),
                )
            )
        elif paise > left:
            errors.append(
                FieldError(
                    field_name,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "{number} has only {left} left to write off after this receipt",
                        ),
                        number=number,
                        left=format_money(left),
                    ),
                )
            )
    if write_offs and not draft.write_off_reason.strip():
        errors.append(
            FieldError(
                "write off reason",
                Message(QT_TRANSLATE_NOOP("messages", "Say why the amount is written off")),
            )
        )
    if draft.services_rate_bp:
        errors += advance_tax.check(draft.services_rate_bp, allocated=sum(wanted.values()))
    raise_if_any(errors)
    counted = not (post_dated and cheque_settings().count_on == "clearance")
    return Prepared(customer, docs, wanted, write_offs, post_dated, counted)
