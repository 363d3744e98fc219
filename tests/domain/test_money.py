"""Tests for vyapar_lite.domain.money: parsing, formatting, rounding and words."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.money import (
    MAX_PAISE,
    amount_in_words,
    divide_round,
    format_indian_number,
    format_money,
    from_decimal_rupees,
    parse_money,
    percent_of,
    round_paise,
    to_decimal_rupees,
)

amounts = st.integers(min_value=-MAX_PAISE, max_value=MAX_PAISE)


@pytest.mark.parametrize(
    ("text", "paise"),
    [
        ("1,24,000.50", 12400050),
        ("124,000.50", 12400050),
        ("124000", 12400000),
        ("₹ 50", 5000),
        ("₹50", 5000),
        ("Rs. 50", 5000),
        ("Rs 50", 5000),
        ("rs.50", 5000),
        ("INR 50", 5000),
        ("50.5", 5050),
        (".5", 50),
        ("5.", 500),
        ("0.05", 5),
        ("  42  ", 4200),
        ("0", 0),
        ("007", 700),
        ("+12", 1200),
        ("9,99,99,99,99,999.99", MAX_PAISE),
    ],
)
def test_parse_money_accepts(text: str, paise: int) -> None:
    assert parse_money(text) == paise


@pytest.mark.parametrize(
    ("text", "paise"),
    [("-10", -1000), ("-₹1,24,000.00", -12400000), ("₹ -10", -1000), ("\u221210.5", -1050)],
)
def test_parse_money_negative_when_allowed(text: str, paise: int) -> None:
    assert parse_money(text, allow_negative=True) == paise


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("", "Enter an amount"),
        ("   ", "Enter an amount"),
        ("₹", "Enter an amount"),
        ("Rs.", "Enter an amount"),
        ("-", "Enter an amount"),
        (".", "at least one digit"),
        ("1.2.3", "only one decimal point"),
        ("12a", "only digits, commas and one decimal point"),
        ("1 000", "only digits, commas and one decimal point"),
        ("$50", "only digits, commas and one decimal point"),
        ("--10", "only digits, commas and one decimal point"),
        ("१२", "only digits, commas and one decimal point"),  # Devanagari digits
        ("1.234", "at most 2 digits after the decimal point (paise)"),
        ("1.500", "at most 2 digits after the decimal point (paise)"),
        ("1.2,3", "not the paise"),
        (",100", "Commas must sit between digits"),
        ("100,", "Commas must sit between digits"),
        ("1,,000", "Commas must sit between digits"),
        ("-10", "cannot be negative"),
        ("10,00,00,00,00,000", "too large"),
        ("9,99,99,99,99,999.991", "at most 2 digits"),
        ("1" * 5000, "too large"),
    ],
)
def test_parse_money_rejects(text: str, phrase: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_money(text, field="price")
    message = info.value.for_field("price")
    assert message is not None
    assert phrase in message
    assert [e.field for e in info.value.errors] == ["price"]


def test_parse_money_default_field_and_negative_range() -> None:
    with pytest.raises(ValidationError) as info:
        parse_money("x")
    assert info.value.for_field("amount") is not None
    with pytest.raises(ValidationError, match="too large"):
        parse_money("-10,00,00,00,00,000", allow_negative=True)
    assert parse_money("-0") == 0


@pytest.mark.parametrize(
    ("paise", "with_symbol", "without_symbol"),
    [
        (12400000, "₹1,24,000.00", "1,24,000.00"),
        (50, "₹0.50", "0.50"),
        (5, "₹0.05", "0.05"),
        (0, "₹0.00", "0.00"),
        (1000000000, "₹1,00,00,000.00", "1,00,00,000.00"),
        (99900, "₹999.00", "999.00"),
        (100000, "₹1,000.00", "1,000.00"),
        (-12400000, "-₹1,24,000.00", "-1,24,000.00"),
        (-1, "-₹0.01", "-0.01"),
        (MAX_PAISE, "₹9,99,99,99,99,999.99", "9,99,99,99,99,999.99"),
    ],
)
def test_format_money(paise: int, with_symbol: str, without_symbol: str) -> None:
    assert format_money(paise) == with_symbol
    assert format_money(paise, symbol=False) == without_symbol


@pytest.mark.parametrize(
    ("number", "text"),
    [(0, "0"), (999, "999"), (1000, "1,000"), (12400000, "1,24,00,000"), (-100000, "-1,00,000")],
)
def test_format_indian_number(number: int, text: str) -> None:
    assert format_indian_number(number) == text


@given(amounts)
def test_parse_inverts_format(paise: int) -> None:
    assert parse_money(format_money(paise), allow_negative=True) == paise
    assert parse_money(format_money(paise, symbol=False), allow_negative=True) == paise


_INDIAN = re.compile(r"-?₹(\d{1,3}|\d{1,2}(,\d{2})*,\d{3})\.\d{2}")


@given(amounts)
def test_format_uses_indian_grouping(paise: int) -> None:
    text = format_money(paise)
    assert _INDIAN.fullmatch(text), text
    assert text.startswith("-") == (paise < 0)


@pytest.mark.parametrize(
    ("numerator", "denominator", "result"),
    [
        (5, 10, 1),
        (4, 10, 0),
        (15, 10, 2),
        (-5, 10, -1),
        (-4, 10, 0),
        (-15, 10, -2),
        (25, 2, 13),
        (-25, 2, -13),
        (7, 1, 7),
        (0, 3, 0),
        (2, 3, 1),
        (-2, 3, -1),
    ],
)
def test_divide_round_half_away_from_zero(numerator: int, denominator: int, result: int) -> None:
    assert divide_round(numerator, denominator) == result


@pytest.mark.parametrize("denominator", [0, -1])
def test_divide_round_needs_positive_denominator(denominator: int) -> None:
    with pytest.raises(ValueError, match="positive"):
        divide_round(10, denominator)


@given(st.integers(min_value=-(10**20), max_value=10**20), st.integers(1, 10**8))
def test_divide_round_matches_decimal(numerator: int, denominator: int) -> None:
    exact = Decimal(numerator) / Decimal(denominator)
    # Precision 28 is enough: quotients stay below 10**21 and ties are exact.
    expected = int(exact.to_integral_value(rounding=ROUND_HALF_UP))
    assert divide_round(numerator, denominator) == expected


@pytest.mark.parametrize(
    ("paise", "basis_points", "result"),
    [
        (999, 1800, 180),  # 18% of ₹9.99 is 179.82 paise
        (1, 250, 0),  # 2.5% of 1 paisa is 0.025 paise
        (20, 250, 1),  # 2.5% of 20 paise is exactly half a paisa: rounds up
        (-20, 250, -1),
        (10000, 25, 25),  # 0.25% of ₹100
        (12400000, 1800, 2232000),
        (0, 1800, 0),
        (MAX_PAISE, 10000, MAX_PAISE),
    ],
)
def test_percent_of(paise: int, basis_points: int, result: int) -> None:
    assert percent_of(paise, basis_points) == result


@pytest.mark.parametrize(
    ("value", "result"),
    [
        ("17982.5", 17983),
        ("17982.49", 17982),
        ("-17982.5", -17983),
        ("0.5", 1),
        ("-0.5", -1),
        ("12", 12),
        ("1E+3", 1000),
    ],
)
def test_round_paise(value: str, result: int) -> None:
    assert round_paise(Decimal(value)) == result


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity"])
def test_round_paise_rejects_non_finite(value: str) -> None:
    with pytest.raises(ValueError, match="cannot round"):
        round_paise(Decimal(value))


@pytest.mark.parametrize(
    ("paise", "words"),
    [
        (12400000, "One Lakh Twenty-Four Thousand Rupees Only"),
        (12400050, "One Lakh Twenty-Four Thousand Rupees and Fifty Paise Only"),
        (0, "Zero Rupees Only"),
        (100, "One Rupee Only"),
        (5, "Five Paise Only"),
        (1, "One Paisa Only"),
        (101, "One Rupee and One Paisa Only"),
        (
            123456789000,
            "One Hundred Twenty-Three Crore Forty-Five Lakh Sixty-Seven Thousand Eight Hundred "
            "Ninety Rupees Only",
        ),
        (-12400000, "Minus One Lakh Twenty-Four Thousand Rupees Only"),
        (-5, "Minus Five Paise Only"),
        (2100, "Twenty-One Rupees Only"),
        (9900, "Ninety-Nine Rupees Only"),
        (4000, "Forty Rupees Only"),
        (1900, "Nineteen Rupees Only"),
        (100000, "One Thousand Rupees Only"),
        (10500, "One Hundred Five Rupees Only"),
        (1000000000, "One Crore Rupees Only"),
        (10000000000, "Ten Crore Rupees Only"),
        (100000000000, "One Hundred Crore Rupees Only"),
        (1000000000000, "One Thousand Crore Rupees Only"),
        (
            MAX_PAISE,
            "Ninety-Nine Thousand Nine Hundred Ninety-Nine Crore Ninety-Nine Lakh Ninety-Nine "
            "Thousand Nine Hundred Ninety-Nine Rupees and Ninety-Nine Paise Only",
        ),
    ],
)
def test_amount_in_words(paise: int, words: str) -> None:
    assert amount_in_words(paise) == words


def test_amount_in_words_recurses_on_large_crore_counts() -> None:
    # 1,00,000 crore: the crore count itself is written in lakh.
    assert amount_in_words(10**12 * 100) == "One Lakh Crore Rupees Only"


@given(amounts)
def test_amount_in_words_shape(paise: int) -> None:
    words = amount_in_words(paise)
    assert words.endswith(" Only")
    assert words.startswith("Minus ") == (paise < 0)
    assert ("Paise" in words or "Paisa" in words) == (abs(paise) % 100 != 0)


@pytest.mark.parametrize(
    ("paise", "text"),
    [(12400050, "124000.50"), (0, "0.00"), (5, "0.05"), (-150, "-1.50"), (MAX_PAISE, None)],
)
def test_to_decimal_rupees(paise: int, text: str | None) -> None:
    value = to_decimal_rupees(paise)
    assert value.as_tuple().exponent == -2
    if text is not None:
        assert str(value) == text


@given(amounts)
def test_decimal_round_trip(paise: int) -> None:
    assert from_decimal_rupees(to_decimal_rupees(paise)) == paise


@pytest.mark.parametrize(
    ("value", "paise"),
    [
        ("124000.50", 12400050),
        ("1.500", 150),
        ("1E+2", 10000),
        ("-0.05", -5),
        ("0E-10", 0),
        ("999999999999.99", MAX_PAISE),
    ],
)
def test_from_decimal_rupees(value: str, paise: int) -> None:
    assert from_decimal_rupees(Decimal(value)) == paise


@pytest.mark.parametrize(
    ("value", "phrase"),
    [
        ("1.505", "at most 2 digits"),
        ("0.001", "at most 2 digits"),
        ("1000000000000", "too large"),
        ("-1000000000000", "too large"),
        ("1E+1000000", "too large"),
        ("NaN", "as a number"),
        ("Infinity", "as a number"),
    ],
)
def test_from_decimal_rupees_rejects(value: str, phrase: str) -> None:
    with pytest.raises(ValidationError) as info:
        from_decimal_rupees(Decimal(value), field="rate")
    message = info.value.for_field("rate")
    assert message is not None
    assert phrase in message
