"""Cancelling a money voucher (an expense or a contra voucher): one way for both.

The voucher is marked cancelled with its reason, the money it moved goes back to its accounts on
its own date (`money_accounts.reverse`), and an audit row says so, in one transaction; the
number stays used. A voucher dated in a closed period cannot be cancelled (`closed_books`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import peewee as pw

from vyapar_lite.db import database
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.services import audit, closed_books, money_accounts


def cancel_voucher(
    number: str,
    reason: str,
    *,
    model: type[pw.Model],
    doc_type: str,
    noun: str,
    find: Callable[[str], Any],
    dated: Callable[[Any], date],
) -> str:
    """Cancel the `model` row `find(number)` gives (`doc_type` as its money entries name it,
    `noun` for the messages, `dated(row)` its date); returns its number."""
    reason = reason.strip()
    if not reason:
        raise ValidationError(
            FieldError(
                "reason",
                Message(
                    QT_TRANSLATE_NOOP("messages", "Say why the {noun} is cancelled"), noun=noun
                ),
            )
        )
    with database.atomic():
        row = find(number)
        if row.status != "posted":
            raise ValidationError(
                FieldError(
                    "number",
                    Message(
                        QT_TRANSLATE_NOOP("messages", "{number} is already cancelled"),
                        number=row.number,
                    ),
                )
            )
        on = dated(row)
        closed_books.check_open(on, row.number, doing="cancelled")
        model.update(status="cancelled", cancel_reason=reason).where(
            model.id == row.id  # type: ignore[attr-defined]
        ).execute()
        money_accounts.reverse(
            doc_type, row.id, on, description=f"{row.number} cancelled: {reason}"
        )
        audit.record(
            "cancel",
            doc_type,
            row.id,
            label=row.number,
            before={"status": "posted"},
            after={"status": "cancelled"},
            note=reason,
        )
    return str(row.number)
