"""Ageing bands and which part of a balance is how old: hand-worked cases."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from vyapar_lite.domain.ageing import (
    AgeingBands,
    OpenItem,
    owed_by_band,
    parse_bands,
    split_balance,
)
from vyapar_lite.domain.errors import ValidationError

AS_OF = date(2026, 6, 30)


def due(days_past_due: int) -> date:
    return AS_OF - timedelta(days=days_past_due)


def test_the_default_bands_and_their_columns() -> None:
    bands = AgeingBands()
    assert bands.limits == (30, 60, 90)
    assert bands.labels == ("Not due", "0-30", "31-60", "61-90", "Over 90")
    assert bands.count == 5
    assert bands.text() == "30, 60, 90"


@pytest.mark.parametrize(
    ("days", "column"),
    [(-15, 0), (-1, 0), (0, 1), (30, 1), (31, 2), (60, 2), (61, 3), (90, 3), (91, 4), (5000, 4)],
)
def test_each_day_falls_in_one_column(days: int, column: int) -> None:
    assert AgeingBands().index_of(days) == column


def test_the_shopkeeper_s_own_bands() -> None:
    bands = parse_bands("15; 45  120")
    assert bands.labels == ("Not due", "0-15", "16-45", "46-120", "Over 120")
    assert [bands.index_of(d) for d in (15, 16, 45, 46, 120, 121)] == [1, 2, 2, 3, 3, 4]
    assert parse_bands("7").labels == ("Not due", "0-7", "Over 7")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Enter at least one band limit in days, for example 30, 60, 90"),
        ("30, sixty", "Type the band limits as whole days, for example 30, 60, 90"),
        ("30, -60", "Type the band limits as whole days, for example 30, 60, 90"),
        ("30, 30, 90", "Each band limit must be larger than the one before it"),
        ("60, 30", "Each band limit must be larger than the one before it"),
        ("0, 30", "Band limits are between 1 and 3650 days"),
        ("30, 4000", "Band limits are between 1 and 3650 days"),
        ("1 2 3 4 5 6 7 8 9", "Use at most 8 band limits"),
    ],
)
def test_bad_bands_are_refused_with_a_message(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_bands(text)
    assert exc.value.for_field("bands") == message


def test_bands_are_checked_however_they_are_made() -> None:
    with pytest.raises(ValidationError):
        AgeingBands(())
    with pytest.raises(ValidationError):
        AgeingBands((True, 60))  # type: ignore[arg-type]


def test_the_newest_items_make_up_the_balance() -> None:
    # Owed ₹5,000 in all. Newest first: ₹1,200 not yet due, ₹2,500 due 40 days ago, ₹3,000 due
    # 100 days ago. The ₹5,000 is the ₹1,200 + ₹2,500 + ₹1,300 of the oldest (the rest of it was
    # settled by receipts on account, which settle the oldest first).
    items = [OpenItem(due(-5), 120000), OpenItem(due(40), 250000), OpenItem(due(100), 300000)]
    assert owed_by_band(items, 500000, AS_OF, AgeingBands()) == [120000, 0, 250000, 0, 130000]


def test_a_smaller_balance_is_only_the_newest_part() -> None:
    items = [OpenItem(due(10), 80000), OpenItem(due(70), 50000)]
    assert owed_by_band(items, 30000, AS_OF, AgeingBands()) == [0, 30000, 0, 0, 0]


def test_items_with_nothing_open_are_skipped() -> None:
    items = [OpenItem(due(1), 0), OpenItem(due(2), 0), OpenItem(due(61), 10000)]
    assert owed_by_band(items, 10000, AS_OF, AgeingBands()) == [0, 0, 0, 10000, 0]


def test_nothing_is_owed_when_the_balance_is_nil_or_an_advance() -> None:
    items = [OpenItem(due(10), 80000)]
    assert owed_by_band(items, 0, AS_OF, AgeingBands()) == [0] * 5
    assert owed_by_band(items, -5000, AS_OF, AgeingBands()) == [0] * 5


def test_a_balance_the_items_do_not_explain_goes_in_the_oldest_band() -> None:
    items = [OpenItem(due(10), 1000)]
    assert owed_by_band(items, 2500, AS_OF, AgeingBands()) == [0, 1000, 0, 0, 1500]


def test_the_walk_stops_as_soon_as_the_balance_is_covered() -> None:
    read: list[int] = []

    def items() -> Iterator[OpenItem]:
        for n in range(1, 1000):
            read.append(n)
            yield OpenItem(due(n), 100)

    assert owed_by_band(items(), 250, AS_OF, AgeingBands()) == [0, 250, 0, 0, 0]
    assert read == [1, 2, 3]


def test_a_balance_splits_into_receivable_or_advance() -> None:
    assert split_balance(12345) == (12345, 0)
    assert split_balance(-500) == (0, 500)
    assert split_balance(0) == (0, 0)
