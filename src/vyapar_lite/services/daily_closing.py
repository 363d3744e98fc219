"""The daily closing: count the drawer, post the difference, close the day.

`cash_day(on)` is what the closing screen shows: the Cash account's opening balance (its
balance at the end of the day before), the day's cash movements by kind (received, paid out),
and the cash the books expect in the drawer (opening + the day's movements); for a day already
closed, also what was counted.

`close_day(on, count, reason=...)` in ONE transaction: the closing row (expected, the count note
by note, counted, difference), the difference posted to the Cash account through
`money_accounts.post` (kind 'cash_short' when less was counted, 'cash_excess' when more; doc_type
'daily_closing'), and its audit row. From then on the Cash account's balance at the end of the
day equals what was counted, and cash documents dated on or before it need the owner's password
(`closed_days`). It refuses (ValidationError naming the field): a day already closed or before
the last closed day, a day after today, a day in the closed books, a difference without a reason.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import peewee as pw

from vyapar_lite.db import database
from vyapar_lite.db.closing_models import DailyClosing
from vyapar_lite.db.money_models import MoneyEntry
from vyapar_lite.domain.cash_count import NOTES, CashCount
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import audit, closed_books, closed_days, money_accounts
from vyapar_lite.services.closed_days import CLOSING_DOC_TYPE
from vyapar_lite.services.report_rows import rows_of

MAX_REASON = 500
KIND_WORDS = {  # said in the screens' language (language.shown)
    "opening": QT_TRANSLATE_NOOP("messages", "Opening balance"),
    "receipt": QT_TRANSLATE_NOOP("messages", "Received from customers"),
    "cheque_cleared": QT_TRANSLATE_NOOP("messages", "Cheques cleared"),
    "refund": QT_TRANSLATE_NOOP("messages", "Refunds paid"),
    "supplier": QT_TRANSLATE_NOOP("messages", "Paid to suppliers"),
    "expense": QT_TRANSLATE_NOOP("messages", "Expenses"),
    "contra": QT_TRANSLATE_NOOP("messages", "Moved between accounts"),
    "cancel": QT_TRANSLATE_NOOP("messages", "Cancelled documents"),
    "bounce": QT_TRANSLATE_NOOP("messages", "Cheques bounced"),
    "cash_short": QT_TRANSLATE_NOOP("messages", "Cash short at closing"),
    "cash_excess": QT_TRANSLATE_NOOP("messages", "Cash excess at closing"),
}


@dataclass(frozen=True)
class Movement:
    kind: str
    label: str
    received: int  # paise in
    paid: int  # paise out (positive)
    count: int


@dataclass(frozen=True)
class Closing:
    on: date
    expected: int
    counted: int
    difference: int  # counted - expected: negative is short
    reason: str
    count: CashCount
    closed_at: datetime


@dataclass(frozen=True)
class CashDay:
    account_id: int
    account_name: str
    on: date
    opening: int
    movements: tuple[Movement, ...]
    last_closed: date | None
    closing: Closing | None

    @property
    def received(self) -> int:
        return sum(m.received for m in self.movements if not _is_closing(m.kind))

    @property
    def paid(self) -> int:
        return sum(m.paid for m in self.movements if not _is_closing(m.kind))

    @property
    def expected(self) -> int:
        """The cash the books expect in the drawer at the end of the day, before any short or
        excess posted at its closing."""
        return self.opening + self.received - self.paid


def _is_closing(kind: str) -> bool:
    return kind in {"cash_short", "cash_excess"}


def _account(account_id: int | None) -> money_accounts.Account:
    if account_id is None:
        return money_accounts.cash_account()
    account = money_accounts.get_account(account_id)
    if account.kind != "cash":
        raise ValidationError(
            FieldError(
                "account",
                Message(
                    QT_TRANSLATE_NOOP("messages", "{name} is not a cash account"), name=account.name
                ),
            )
        )
    return account


def cash_day(on: date, *, account_id: int | None = None) -> CashDay:
    """The closing screen's figures for `on` (see the module docstring): three indexed queries."""
    account = _account(account_id)
    opening = money_accounts.balance(account.id, on=on - timedelta(days=1))
    rows = (
        MoneyEntry.select(
            MoneyEntry.kind,
            pw.fn.SUM(pw.Case(None, [(MoneyEntry.amount > 0, MoneyEntry.amount)], 0)),
            pw.fn.SUM(pw.Case(None, [(MoneyEntry.amount < 0, 0 - MoneyEntry.amount)], 0)),
            pw.fn.COUNT(MoneyEntry.id),
        )
        .where((MoneyEntry.account_id == account.id) & (MoneyEntry.entry_date == on))
        .group_by(MoneyEntry.kind)
    )
    movements = tuple(
        sorted(
            (
                Movement(
                    str(kind),
                    KIND_WORDS.get(str(kind), str(kind).replace("_", " ").capitalize()),
                    int(got),
                    int(out),
                    int(n),
                )
                for kind, got, out, n in rows_of(rows)
            ),
            key=lambda m: (_is_closing(m.kind), m.paid > 0 and not m.received, m.label),
        )
    )
    row = DailyClosing.get_or_none(
        (DailyClosing.account_id == account.id) & (DailyClosing.closing_date == on)
    )
    return CashDay(
        account.id,
        account.name,
        on,
        opening,
        movements,
        closed_days.last_closed(account.id),
        _closing(row) if row is not None else None,
    )


def _closing(row: DailyClosing) -> Closing:
    counts = json.loads(row.count_json or "{}")
    count = CashCount(
        {v: int(counts[f"note_{v}"]) for v in NOTES if f"note_{v}" in counts},
        coins=int(counts.get("coins", 0)),
    )
    return Closing(
        row.closing_date,
        row.expected,
        row.counted,
        row.difference,
        row.reason,
        count,
        row.closed_at,
    )


def close_day(
    on: date,
    count: CashCount,
    *,
    reason: str = "",
    account_id: int | None = None,
    today: date | None = None,
) -> CashDay:
    """Close the day with the drawer's count (see the module docstring)."""
    reason = " ".join(reason.split())
    today = today or date.today()
    if on > today:
        raise ValidationError(
            FieldError(
                "closing_date",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "{on:%d-%m-%Y} has not ended yet: close today or before"
                    ),
                    on=on,
                ),
            )
        )
    if len(reason) > MAX_REASON:
        raise ValidationError(
            FieldError(
                "reason",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Say the reason in at most {MAX_REASON} characters"
                    ),
                    MAX_REASON=MAX_REASON,
                ),
            )
        )
    counted = count.total
    with database.atomic():
        account = _account(account_id)
        closed_books.check_open(on, "a daily closing", doing="closed", field="closing_date")
        last = closed_days.last_closed(account.id)
        if last is not None and on <= last:
            raise ValidationError(
                FieldError(
                    "closing_date",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "{name} is already closed up to {last:%d-%m-%Y}: close a later day",
                        ),
                        name=account.name,
                        last=last,
                    ),
                )
            )
        day = cash_day(on, account_id=account.id)
        expected = day.expected
        difference = counted - expected
        if difference and not reason:
            word = "short" if difference < 0 else "excess"
            raise ValidationError(
                FieldError(
                    "reason",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "The count is {amount} {word}: say why (for example change "
                            "given wrongly, a payment not entered)",
                        ),
                        amount=format_money(abs(difference)),
                        word=word,
                    ),
                )
            )
        row = DailyClosing.create(
            account=account.id,
            closing_date=on,
            opening=day.opening,
            received=day.received,
            paid=day.paid,
            expected=expected,
            counted=counted,
            difference=difference,
            reason=reason,
            count_json=json.dumps(count.as_dict(), sort_keys=True),
            closed_at=datetime.now(),
        )
        number = f"CLOSE/{on:%d-%m-%Y}"
        if difference:
            word = "short" if difference < 0 else "excess"
            money_accounts.post(
                account.id,
                on,
                difference,
                kind=f"cash_{word}",
                doc_type=CLOSING_DOC_TYPE,
                doc_id=row.id,
                doc_number=number,
                description=f"Cash {word} at closing: {reason}",
            )
        audit.record(
            "post",
            CLOSING_DOC_TYPE,
            row.id,
            label=f"{account.name} closing {on:%d-%m-%Y}",
            after={
                "closing_date": on,
                "expected": expected,
                "counted": counted,
                "difference": difference,
                **count.as_dict(),
            },
            note=reason,
        )
    return cash_day(on, account_id=account.id)


def closings(account_id: int | None = None, *, limit: int = 30) -> list[Closing]:
    """The latest closings of a cash account, newest first."""
    account = _account(account_id)
    rows = (
        DailyClosing.select()
        .where(DailyClosing.account_id == account.id)
        .order_by(DailyClosing.closing_date.desc())
        .limit(limit)
    )
    return [_closing(r) for r in rows]
