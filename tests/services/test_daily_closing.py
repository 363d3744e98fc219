"""The daily closing: the drawer the books expect, the count, the short/excess posted, the day
closed to cash documents without the owner's password."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from money_builders import CASH_ID, move
from vyapar_lite.db import database
from vyapar_lite.db.closing_models import DailyClosing
from vyapar_lite.db.money_models import MoneyEntry
from vyapar_lite.domain.cash_count import CashCount
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import (
    app_lock,
    closed_books,
    closed_days,
    daily_closing,
    money_accounts,
    money_check,
)

DAY = date(2026, 5, 4)
TODAY = date(2026, 5, 10)


def test_the_expected_cash_is_the_opening_plus_the_days_movements(shop_file: Path) -> None:
    move(CASH_ID, date(2026, 5, 3), 500000)
    move(CASH_ID, DAY, 118000, number="RCT/1")
    move(CASH_ID, DAY, 20000, number="RCT/2")
    move(CASH_ID, DAY, -30000, kind="expense", number="EXP/1")
    move(CASH_ID, date(2026, 5, 5), 99900)  # the next day: not in this closing

    day = daily_closing.cash_day(DAY)

    assert (day.opening, day.received, day.paid, day.expected) == (500000, 138000, 30000, 608000)
    assert [(m.label, m.received, m.paid, m.count) for m in day.movements] == [
        ("Received from customers", 138000, 0, 2),
        ("Expenses", 0, 30000, 1),
    ]
    assert day.closing is None


def test_a_short_count_posts_cash_short_and_closes_the_day(shop_file: Path) -> None:
    move(CASH_ID, DAY, 608000)
    count = CashCount({500: 12, 100: 0, 20: 4}, coins=500)  # 6000 + 80 + 5 = 6085 rupees

    day = daily_closing.close_day(DAY, count, reason="change given wrongly", today=TODAY)

    assert day.closing is not None
    assert (day.closing.expected, day.closing.counted, day.closing.difference) == (
        608000,
        608500,
        500,
    )
    short = daily_closing.close_day(
        date(2026, 5, 5), CashCount({500: 12}), reason="tea money taken", today=TODAY
    )
    assert short.closing is not None and short.closing.difference == -8500
    entry = MoneyEntry.get(MoneyEntry.kind == "cash_short")
    assert (entry.account_id, entry.entry_date, entry.amount, entry.doc_type) == (
        CASH_ID,
        date(2026, 5, 5),
        -8500,
        "daily_closing",
    )
    assert "tea money taken" in entry.description
    assert money_accounts.balance(CASH_ID, on=date(2026, 5, 5)) == 600000  # what was counted
    assert DailyClosing.select().count() == 2
    assert closed_days.last_closed(CASH_ID) == date(2026, 5, 5)


def test_a_difference_without_a_reason_is_refused_and_nothing_written(shop_file: Path) -> None:
    move(CASH_ID, DAY, 10000)
    with pytest.raises(ValidationError) as caught:
        daily_closing.close_day(DAY, CashCount({50: 1}), today=TODAY)
    assert caught.value.for_field("reason") == (
        "The count is ₹50.00 short: say why (for example change given wrongly, a payment not "
        "entered)"
    )
    assert DailyClosing.select().count() == 0
    assert MoneyEntry.select().where(MoneyEntry.doc_type == "daily_closing").count() == 0


def test_a_day_closed_twice_a_future_day_or_a_closed_period_is_refused(shop_file: Path) -> None:
    daily_closing.close_day(DAY, CashCount(), today=TODAY)
    with pytest.raises(ValidationError, match="already closed up to 04-05-2026"):
        daily_closing.close_day(DAY, CashCount(), today=TODAY)
    with pytest.raises(ValidationError, match="already closed up to 04-05-2026"):
        daily_closing.close_day(date(2026, 5, 1), CashCount(), today=TODAY)
    with pytest.raises(ValidationError, match="has not ended yet"):
        daily_closing.close_day(date(2026, 5, 11), CashCount(), today=TODAY)
    closed_books.close_up_to(date(2026, 5, 6))
    with pytest.raises(ValidationError, match="books are closed up to 06-05-2026"):
        daily_closing.close_day(date(2026, 5, 6), CashCount(), today=TODAY)
    assert DailyClosing.select().count() == 1


def test_a_closed_day_takes_no_cash_document_without_the_owners_password(
    shop_file: Path,
) -> None:
    app_lock.set_password("owner-secret")
    move(CASH_ID, DAY, 10000)
    daily_closing.close_day(DAY, CashCount({100: 1}), today=TODAY)
    before = MoneyEntry.select().count()

    with pytest.raises(closed_days.ClosedDay) as caught:
        move(CASH_ID, DAY, 5000, number="RCT/9")
    assert caught.value.for_field("doc_date") == (
        "Cash is closed up to 04-05-2026 (the cash was counted at the daily closing): a cash "
        "document dated 04-05-2026 needs the owner's password."
    )
    with pytest.raises(closed_days.ClosedDay):
        move(CASH_ID, date(2026, 5, 1), 5000)  # back-dated before the closing too
    with (
        pytest.raises(ValidationError, match="owner's password is not right"),
        closed_days.owner_allows("wrong"),
    ):
        move(CASH_ID, DAY, 5000)
    assert MoneyEntry.select().count() == before

    with closed_days.owner_allows("owner-secret"):
        move(CASH_ID, DAY, 5000, number="RCT/9")
    move(CASH_ID, date(2026, 5, 5), 7000)  # the next day is open
    assert MoneyEntry.select().count() == before + 2
    assert money_accounts.balance(CASH_ID, on=DAY) == 15000


def test_check_finds_a_closing_whose_short_entry_was_changed(shop_file: Path) -> None:
    move(CASH_ID, DAY, 10000)
    daily_closing.close_day(DAY, CashCount({50: 1}), reason="short", today=TODAY)
    assert money_check.problems() == []
    database.execute_sql("UPDATE money_entry SET amount = -4000 WHERE doc_type = 'daily_closing'")
    assert money_check.problems() == [
        "cash closing of 04-05-2026: its money entries net -₹40.00 but the document says -₹50.00"
    ]
