"""Cash days closed at the daily closing: no more cash documents without the owner's password.

Once the drawer is counted and the day closed (`daily_closing.close_day`), the cash book up to
that day equals what was counted. A cash document dated on or before a closed day would make
the closing untrue, so `money_accounts.post` and `reverse` call `check_open` for every entry on
a cash account; it refuses with a message naming the date, unless the owner has typed the app
password (`services.app_lock`) for this change:

    with closed_days.owner_allows(password):
        receipts.post_receipt(...)          # dated on a closed day

Each entry let through that way is audited ("cash posted on a closed day"). The closing's own
cash short/excess entry (doc_type 'daily_closing') is not checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from typing import Literal

import peewee as pw

from vyapar_lite.db import ready
from vyapar_lite.db.closing_models import DailyClosing
from vyapar_lite.db.money_models import MoneyAccount
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.services import app_lock, audit

CLOSING_DOC_TYPE = "daily_closing"


class ClosedDay(ValidationError):
    """A cash entry dated on a closed day without the owner's password: a form asks for it and
    posts again inside `owner_allows` (ui/unusual_date.post_confirming)."""


_owner_allowed: ContextVar[bool] = ContextVar("owner_allowed", default=False)


def last_closed(account_id: int) -> date | None:
    """The last day closed for this cash account (None: never closed)."""
    value = (
        DailyClosing.select(pw.fn.MAX(DailyClosing.closing_date))
        .where(DailyClosing.account_id == account_id)
        .scalar()
    )
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def check_open(
    account_id: int,
    on: date,
    *,
    doc_type: str,
    doc_number: str = "",
    account: MoneyAccount | None = None,
    closed: date | Literal["unread"] | None = "unread",
) -> None:
    """Refuse a money entry dated on or before the account's last closed day, when the account
    is a cash account and the owner has not allowed it (see the module docstring). `account`:
    its row, when the caller has just read it (a posting: one query fewer); `closed`: its
    `last_closed` day, when read already (`money_receiving.ready_to_receive`)."""
    if doc_type == CLOSING_DOC_TYPE:
        return
    if account is None:
        account = ready.row_where(MoneyAccount, "id", account_id)
    kind = None if account is None else (account.kind, account.name)
    if kind is None or kind[0] != "cash":
        return
    if isinstance(closed, str):  # "unread"
        closed = last_closed(account_id)
    if closed is None or on > closed:
        return
    if _owner_allowed.get():
        audit.record(
            "override",
            CLOSING_DOC_TYPE,
            None,
            label=f"{kind[1]} closed up to {closed:%d-%m-%Y}",
            after={"date": on, "document": doc_number or doc_type},
            note="cash posted on a closed day with the owner's password",
        )
        return
    raise ClosedDay(
        FieldError(
            "doc_date",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{account} is closed up to {closed:%d-%m-%Y} (the cash was "
                    "counted at the daily closing): a cash document dated "
                    "{on:%d-%m-%Y} needs the owner's password.",
                ),
                account=kind[1],
                closed=closed,
                on=on,
            ),
        )
    )


@contextmanager
def owner_allows(password: str) -> Iterator[None]:
    """Let cash documents be dated on closed days inside this block, once the app password is
    right (ValidationError naming 'password' otherwise)."""
    if not app_lock.check(password):
        raise ValidationError(
            FieldError(
                "password",
                Message(QT_TRANSLATE_NOOP("messages", "The owner's password is not right")),
            )
        )
    token = _owner_allowed.set(True)
    try:
        yield
    finally:
        _owner_allowed.reset(token)
