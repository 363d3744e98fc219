"""The denomination helper's arithmetic: count x value adds up, in paise."""

from __future__ import annotations

import pytest

from vyapar_lite.domain.cash_count import CashCount
from vyapar_lite.domain.errors import ValidationError


def test_notes_and_coins_add_up() -> None:
    count = CashCount({2000: 1, 500: 3, 10: 7}, coins=1250)
    assert count.line(500) == 150000
    assert count.total == 200000 + 150000 + 7000 + 1250
    assert count.as_dict() == {"note_2000": 1, "note_500": 3, "note_10": 7, "coins": 1250}


def test_a_negative_count_or_an_unknown_note_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        CashCount({500: -1, 5: 2})
    assert {e.field for e in caught.value.errors} == {"note_500", "note_5"}
