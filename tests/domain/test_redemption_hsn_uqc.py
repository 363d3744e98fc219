"""Points redeemed spread over lines, HSN digits needed on a line, GST unit codes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.hsn import check_line_codes, digits_needed
from vyapar_lite.domain.invoice import LineInput, TaxKind, line_amounts
from vyapar_lite.domain.redemption import redeem_on_lines, spread
from vyapar_lite.domain.uqc import UQC_NAMES, clean_uqc, uqc_for_unit


def test_largest_remainder_gives_the_leftover_paise_to_the_largest_fractions() -> None:
    # 100 over 1:1:1 = 33.33 each: the first line takes the leftover paisa (a tie goes first)
    assert spread(100, [1, 1, 1]) == [34, 33, 33]
    # 5000 over 118:105 = 2645.74 / 2354.26 -> 2646 / 2354
    assert spread(5000, [11800, 10500]) == [2646, 2354]
    assert spread(0, [5, 5]) == [0, 0]
    assert spread(7, [0, 10]) == [0, 7]
    with pytest.raises(ValueError, match="cannot take"):
        redeem_on_lines([line_amounts(LineInput("x", 1000, 100, 0), "intra")], 101, "intra")


@given(
    weights=st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=20),
    fraction=st.integers(min_value=0, max_value=1000),
)
def test_shares_always_add_up_and_follow_the_weights(weights: list[int], fraction: int) -> None:
    value = sum(weights) * fraction // 1000
    shares = spread(value, weights)

    assert sum(shares) == value
    whole = sum(weights) or 1
    for share, weight in zip(shares, weights, strict=True):
        assert abs(share * whole - value * weight) < whole  # within a paisa of the exact share


@given(
    rates=st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=10**7),
            st.integers(min_value=1, max_value=10**5),
            st.sampled_from([0, 25, 500, 1200, 1800, 2800]),
            st.booleans(),
        ),
        min_size=1,
        max_size=8,
    ),
    kind=st.sampled_from(["intra", "inter", "export", "zero"]),
    fraction=st.integers(min_value=0, max_value=1000),
)
def test_redeeming_takes_exactly_the_value_off_the_lines(
    rates: list[tuple[int, int, int, bool]], kind: TaxKind, fraction: int
) -> None:
    lines = [
        line_amounts(LineInput("x", qty, rate, gst, price_includes_tax=inclusive), kind)
        for rate, qty, gst, inclusive in rates
    ]
    before = sum(a.total for a in lines)
    value = before * fraction // 1000

    after, shares = redeem_on_lines(lines, value, kind)

    assert sum(shares) == value
    assert sum(a.total for a in after) == before - value
    for old, new, share in zip(lines, after, shares, strict=True):
        assert new.total == old.total - share
        assert min(new.taxable, new.cgst, new.sgst, new.igst) >= 0


def test_hsn_digits_by_buyer_and_turnover() -> None:
    assert digits_needed(registered_buyer=True, turnover_above_5_crore=False) == 4
    assert digits_needed(registered_buyer=False, turnover_above_5_crore=False) == 0
    assert digits_needed(registered_buyer=False, turnover_above_5_crore=True) == 6
    errors = check_line_codes(["1006", "", "12345", "99 87"], 6, why="a shop above ₹5 crore")
    assert [(e.field, e.message) for e in errors] == [
        (
            "line 1 HSN/SAC",
            "Line 1: a shop above ₹5 crore needs an HSN/SAC code of at least 6 digits; "
            "'1006' has 4",
        ),
        (
            "line 2 HSN/SAC",
            "Line 2: a shop above ₹5 crore needs an HSN/SAC code of at least 6 digits",
        ),
        (
            "line 3 HSN/SAC",
            "Line 3: a shop above ₹5 crore needs an HSN/SAC code of at least 6 digits; "
            "'12345' has 5",
        ),
        ("line 4 HSN/SAC", "Line 4: '99 87' is not an HSN/SAC code: it has only digits"),
    ]
    assert check_line_codes([""], 0, why="anyone") == []


@pytest.mark.parametrize(
    ("unit", "code"),
    [("pcs", "PCS"), ("Kg", "KGS"), ("ltr", "LTR"), ("box", "BOX"), ("nos", "NOS"),
     ("dozen", "DOZ"), ("pack", "PAC"), ("strip", "OTH"), ("", "OTH")],
)  # fmt: skip
def test_shop_units_map_to_their_gst_code(unit: str, code: str) -> None:
    assert uqc_for_unit(unit) == code
    assert code in UQC_NAMES


def test_a_chosen_code_must_be_on_the_official_list() -> None:
    assert clean_uqc("kgs") == "KGS"
    assert clean_uqc("BOX - Box") == "BOX"
    assert clean_uqc("", "bag") == "BAG"
    with pytest.raises(ValidationError) as caught:
        clean_uqc("KILO", field="line 1 UQC")
    assert caught.value.for_field("line 1 UQC") == (
        "'KILO' is not a GST unit code (UQC); choose one from the list, for example NOS, PCS, "
        "KGS, LTR, BOX or OTH"
    )
    assert len(UQC_NAMES) == 45  # INDIA.md's list
