"""Invoice arithmetic, with figures worked out by hand (paise, thousandths, basis points)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.invoice import (
    CreditCheck,
    LineAmounts,
    LineInput,
    RateSummary,
    TaxKind,
    check_credit,
    check_lines,
    check_payment,
    document_number,
    due_date,
    financial_year,
    line_amounts,
    points_earned,
    price_correction,
    qty_text,
    redemption_value,
    returned_part,
    tax_on,
    totals,
)
from vyapar_lite.domain.money import divide_round

RUPEE = 100


def line(qty: int = 1000, rate: int = 100 * RUPEE, gst: int = 1800, **kw: object) -> LineInput:
    return LineInput("Item", qty, rate, gst, **kw)  # type: ignore[arg-type]


# --- the GST split ------------------------------------------------------------------------------


def test_18_percent_within_the_state_on_100_rupees() -> None:
    amounts = line_amounts(line(), "intra")

    assert amounts == LineAmounts(10000, 0, 10000, 1800, cgst=900, sgst=900, igst=0)
    assert (amounts.tax, amounts.total) == (1800, 11800)


def test_18_percent_to_another_state_is_igst() -> None:
    assert line_amounts(line(), "inter") == LineAmounts(10000, 0, 10000, 1800, 0, 0, 1800)


def test_an_export_carries_no_tax() -> None:
    amounts = line_amounts(line(), "export")

    assert (amounts.cgst, amounts.sgst, amounts.igst, amounts.total) == (0, 0, 0, 10000)


def test_a_quarter_percent_rate_halves_to_an_eighth_each_rounded_up() -> None:
    # ₹100 at 0.25%: IGST ₹0.25; within the state each half is ₹0.125 -> ₹0.13
    assert tax_on(10000, 25, "inter") == (0, 0, 25)
    assert tax_on(10000, 25, "intra") == (13, 13, 0)
    # ₹1,000 at 0.25%: ₹1.25 each, exactly
    assert tax_on(100000, 25, "intra") == (125, 125, 0)


def test_zero_rated_goods() -> None:
    assert line_amounts(line(gst=0), "intra") == LineAmounts(10000, 0, 10000, 0, 0, 0, 0)


# --- prices including tax -----------------------------------------------------------------------


def test_a_price_including_18_percent_takes_the_tax_out() -> None:
    # ₹118 including 18%: taxable ₹100, CGST ₹9 + SGST ₹9
    amounts = line_amounts(line(rate=11800, price_includes_tax=True), "intra")

    assert (amounts.gross, amounts.taxable, amounts.cgst, amounts.sgst) == (11800, 10000, 900, 900)
    assert amounts.total == 11800


def test_an_inclusive_price_adds_up_to_the_price() -> None:
    # ₹100 including 18%: 10000 × 10000 / 11800 = 8474.58 -> 8475; tax = ₹15.25, halves 763 + 762
    amounts = line_amounts(line(price_includes_tax=True), "intra")

    assert (amounts.taxable, amounts.cgst, amounts.sgst) == (8475, 763, 762)
    assert amounts.total == 10000  # not ₹100.01: the tax is what is left of the price


@pytest.mark.parametrize(
    ("qty", "rate", "gst", "kind", "expected"),
    [
        # MRP ₹99.99 at 18%: 9999 / 1.18 = 8473.73 -> 8474; tax ₹15.25 -> 763 + 762
        (1000, 9999, 1800, "intra", (8474, 763, 762, 0, 9999)),
        # 2 × ₹675 at 5%: 135000 / 1.05 = 128571.43 -> 128571; tax 6429 -> 3215 + 3214
        (2000, 67500, 500, "intra", (128571, 3215, 3214, 0, 135000)),
        # 1 × ₹46 at 5%: 4600 / 1.05 = 4380.95 -> 4381; tax 219 -> 110 + 109 (was 110 + 110)
        (1000, 4600, 500, "intra", (4381, 110, 109, 0, 4600)),
        # the same ₹46 to another state: IGST is the whole tax
        (1000, 4600, 500, "inter", (4381, 0, 0, 219, 4600)),
    ],
)
def test_the_issues_mrps_total_exactly_the_price(
    qty: int, rate: int, gst: int, kind: TaxKind, expected: tuple[int, ...]
) -> None:
    """(taxable, CGST, SGST, IGST, total) of a tax-inclusive line."""
    a = line_amounts(line(qty=qty, rate=rate, gst=gst, price_includes_tax=True), kind)

    assert (a.taxable, a.cgst, a.sgst, a.igst, a.total) == expected


@given(
    rate=st.integers(min_value=0, max_value=10**9),
    qty=st.integers(min_value=1, max_value=10**6),
    gst=st.sampled_from([0, 10, 25, 100, 300, 500, 1200, 1800, 2800, 4000]),
    kind=st.sampled_from(["intra", "inter"]),
    discount_bp=st.integers(min_value=0, max_value=10000),
)
def test_an_inclusive_line_always_totals_qty_times_price_less_discount(
    rate: int, qty: int, gst: int, kind: TaxKind, discount_bp: int
) -> None:
    amounts = line_amounts(
        line(qty=qty, rate=rate, gst=gst, price_includes_tax=True, discount_bp=discount_bp), kind
    )
    gross = divide_round(qty * rate, 1000)  # qty × price, rounded once

    assert amounts.gross == gross
    assert amounts.total == gross - amounts.discount
    assert amounts.cgst + amounts.sgst + amounts.igst == amounts.total - amounts.taxable
    assert abs(amounts.cgst - amounts.sgst) <= 1
    # the tax is within a paisa of the rate on the taxable value
    assert abs(amounts.tax - divide_round(amounts.taxable * gst, 10000)) <= 1
    if discount_bp == 0:
        assert amounts.total == gross


def test_an_inclusive_price_on_an_export_is_all_taxable_value() -> None:
    amounts = line_amounts(line(rate=11800, price_includes_tax=True), "export")

    assert (amounts.taxable, amounts.tax) == (11800, 0)


# --- quantities, discounts, rounding per line --------------------------------------------------


def test_a_fractional_quantity() -> None:
    # 1.5 kg at ₹45.50 = ₹68.25; 5% inter-state: ₹3.4125 -> ₹3.41
    amounts = line_amounts(line(qty=1500, rate=4550, gst=500), "inter")

    assert (amounts.gross, amounts.taxable, amounts.igst) == (6825, 6825, 341)


def test_a_percentage_discount() -> None:
    # 3 × ₹33.33 = ₹99.99; 10% off = ₹9.999 -> ₹10.00; taxable ₹89.99; 9% = 8.0991 -> ₹8.10
    amounts = line_amounts(line(qty=3000, rate=3333, discount_bp=1000), "intra")

    assert (amounts.gross, amounts.discount, amounts.taxable) == (9999, 1000, 8999)
    assert (amounts.cgst, amounts.sgst, amounts.total) == (810, 810, 10619)


def test_an_amount_discount() -> None:
    # ₹100 less ₹15 = ₹85; 5% IGST = ₹4.25
    amounts = line_amounts(line(gst=500, discount_amount=1500), "inter")

    assert (amounts.discount, amounts.taxable, amounts.igst) == (1500, 8500, 425)


def test_a_discount_comes_off_before_tax_is_taken_out_of_an_inclusive_price() -> None:
    # ₹118 including 18%, 10% off: ₹106.20 including tax -> taxable ₹90, CGST ₹8.10 each
    amounts = line_amounts(line(rate=11800, price_includes_tax=True, discount_bp=1000), "intra")

    assert (amounts.discount, amounts.taxable, amounts.cgst) == (1180, 9000, 810)


def test_half_a_paisa_rounds_up() -> None:
    # 1 unit at ₹0.05, 5% IGST = 0.25 paise -> 0; at ₹0.10 = 0.5 paise -> 1
    assert line_amounts(line(rate=5, gst=500), "inter").igst == 0
    assert line_amounts(line(rate=10, gst=500), "inter").igst == 1


# --- totals and round-off -------------------------------------------------------------------------


def test_totals_add_the_lines_and_group_tax_by_rate() -> None:
    lines = [
        line_amounts(line(), "intra"),
        line_amounts(line(rate=5000, gst=500), "intra"),
        line_amounts(line(rate=20000), "intra"),
    ]

    result = totals(lines, round_to_rupee=False)

    assert (result.taxable, result.cgst, result.sgst, result.igst) == (35000, 2825, 2825, 0)
    assert (result.round_off, result.grand_total) == (0, 40650)
    assert result.by_rate == (
        RateSummary(500, 5000, 125, 125, 0),
        RateSummary(1800, 30000, 2700, 2700, 0),
    )


def test_round_off_up_from_fifty_paise() -> None:
    amounts = LineAmounts(11850, 0, 11850, 0, 0, 0, 0)

    result = totals([amounts], round_to_rupee=True)

    assert (result.round_off, result.grand_total) == (50, 11900)


def test_round_off_down_below_fifty_paise() -> None:
    amounts = LineAmounts(11849, 0, 11849, 0, 0, 0, 0)

    result = totals([amounts], round_to_rupee=True)

    assert (result.round_off, result.grand_total) == (-49, 11800)


def test_no_round_off_when_the_setting_is_off() -> None:
    result = totals([LineAmounts(11849, 0, 11849, 0, 0, 0, 0)], round_to_rupee=False)

    assert (result.round_off, result.grand_total) == (0, 11849)


def test_a_loyalty_discount_comes_off_before_the_round_off() -> None:
    # ₹118.00 - ₹10.30 = ₹107.70 -> ₹108 (round-off +₹0.30)
    result = totals([line_amounts(line(), "intra")], round_to_rupee=True, loyalty_discount=1030)

    assert (result.loyalty_discount, result.round_off, result.grand_total) == (1030, 30, 10800)
    assert result.taxable == 10000  # the tax is on the line, not on the discounted total


# --- checking lines ---------------------------------------------------------------------------


def test_good_lines_pass() -> None:
    check_lines([line(), line(qty=500, gst=500)], allowed_rates={500, 1800})


def test_no_lines() -> None:
    with pytest.raises(ValidationError) as caught:
        check_lines([])

    assert caught.value.for_field("lines") == "Add at least one line"


def test_every_bad_line_is_named() -> None:
    bad = [
        LineInput(" ", 1000, 100, 1800),
        line(qty=0),
        line(rate=-1),
        line(gst=1700),
        line(discount_bp=10001),
        line(discount_bp=500, discount_amount=100),
        line(discount_amount=10001),
    ]

    with pytest.raises(ValidationError) as caught:
        check_lines(bad, allowed_rates={1800})

    fields = [e.field for e in caught.value.errors]
    assert fields == [
        "line 1 item",
        "line 2 quantity",
        "line 3 rate",
        "line 4 GST",
        "line 5 discount",
        "line 6 discount",
        "line 7 discount",
    ]
    assert caught.value.for_field("line 7 discount") == (
        "Line 7: the discount cannot be more than the line's value ₹100.00"
    )


# --- credit control and counter sales ----------------------------------------------------------


def test_within_the_credit_limit() -> None:
    result = check_credit(
        balance=30000, unpaid=20000, credit_limit=50000, check_limit=True, stop_sales=False
    )

    assert result == CreditCheck(0, False, "")


def test_over_the_limit_warns_by_how_much() -> None:
    result = check_credit(
        balance=40000, unpaid=20000, credit_limit=50000, check_limit=True, stop_sales=False
    )

    assert (result.over_by, result.blocked) == (10000, False)
    assert result.message == (
        "This sale takes the customer ₹100.00 over their credit limit of ₹500.00 "
        "(balance ₹400.00 + unpaid ₹200.00)."
    )


def test_stop_sales_blocks_over_the_limit() -> None:
    result = check_credit(
        balance=40000, unpaid=20000, credit_limit=50000, check_limit=True, stop_sales=True
    )

    assert (result.over_by, result.blocked) == (10000, True)
    assert result.message.endswith("Sales to this customer stop at the limit.")


def test_no_check_without_the_flags_or_when_paid_in_full() -> None:
    unchecked = check_credit(
        balance=90000, unpaid=20000, credit_limit=50000, check_limit=False, stop_sales=False
    )
    paid = check_credit(
        balance=90000, unpaid=0, credit_limit=50000, check_limit=True, stop_sales=True
    )

    assert unchecked == paid == CreditCheck(0, False, "")


def test_a_walk_in_sale_must_be_paid_in_full() -> None:
    check_payment(is_cash_customer=True, grand_total=11800, received=11800)
    with pytest.raises(ValidationError) as caught:
        check_payment(is_cash_customer=True, grand_total=11800, received=10000)

    assert caught.value.for_field("received") == (
        "A walk-in (CASH) sale must be paid in full: ₹118.00"
    )


def test_a_credit_customer_may_pay_part_or_nothing() -> None:
    check_payment(is_cash_customer=False, grand_total=11800, received=0)
    check_payment(is_cash_customer=False, grand_total=11800, received=5000)


@pytest.mark.parametrize(
    ("received", "words"), [(-1, "cannot be negative"), (11801, "More than the invoice total")]
)
def test_received_must_be_between_nothing_and_the_total(received: int, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_payment(is_cash_customer=False, grand_total=11800, received=received)

    assert words in (caught.value.for_field("received") or "")


# --- loyalty ------------------------------------------------------------------------------------


def test_points_are_earned_per_whole_amount_spent() -> None:
    # 1 point per ₹100
    assert points_earned(29999, 10000) == 2
    assert points_earned(30000, 10000) == 3
    assert points_earned(30000, 0) == 0
    assert points_earned(-100, 10000) == 0


def test_redeeming_points() -> None:
    # 50 points at ₹1 each take ₹50 off
    assert redemption_value(50, balance=80, point_value_paise=100, limit=11800) == 5000


@pytest.mark.parametrize(
    ("points", "words"),
    [
        (-1, "cannot be negative"),
        (81, "The customer has 80 points; 81 cannot be redeemed"),
        (80, "worth ₹80.00, more than the bill ₹70.00"),
    ],
)
def test_redeeming_is_refused(points: int, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        redemption_value(points, balance=80, point_value_paise=100, limit=7000)

    assert words in (caught.value.for_field("points") or "")


# --- numbers and dates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "year"),
    [
        (date(2027, 3, 31), "2026-27"),
        (date(2027, 4, 1), "2027-28"),
        (date(2026, 11, 22), "2026-27"),
        (date(2027, 1, 1), "2026-27"),
        (date(2099, 4, 1), "2099-00"),
    ],
)
def test_the_financial_year_runs_april_to_march(day: date, year: str) -> None:
    assert financial_year(day) == year


def test_document_numbers() -> None:
    assert document_number("INV", "2026-27", 1) == "INV/26-27/00001"
    assert document_number("CN", "2027-28", 12345) == "CN/27-28/12345"
    assert document_number("SO", "2026-27", 7, width=6) == "SO/26-27/000007"


@pytest.mark.parametrize(
    ("milli", "text"), [(1500, "1.5"), (2000, "2"), (1250, "1.25"), (1, "0.001"), (-500, "-0.5")]
)
def test_quantities_as_text(milli: int, text: str) -> None:
    assert qty_text(milli) == text


def test_due_date_adds_the_payment_terms() -> None:
    assert due_date(date(2026, 11, 22), 30) == date(2026, 12, 22)
    assert due_date(date(2026, 11, 22), 0) == date(2026, 11, 22)


# --- returns and price corrections -------------------------------------------------------------


def test_returning_a_line_in_three_parts_gives_back_exactly_its_amounts() -> None:
    original = LineAmounts(10000, 0, 10000, 1800, 900, 900, 0)

    first = returned_part(original, 3000, already=0, returning=1000)
    second = returned_part(original, 3000, already=1000, returning=1000)
    third = returned_part(original, 3000, already=2000, returning=1000)

    # 10000 / 3: 3333, then 6667 - 3333 = 3334, then 10000 - 6667 = 3333
    assert [p.taxable for p in (first, second, third)] == [3333, 3334, 3333]
    assert [p.cgst for p in (first, second, third)] == [300, 300, 300]


def test_returning_more_than_is_left_is_refused() -> None:
    original = LineAmounts(10000, 0, 10000, 1800, 900, 900, 0)

    with pytest.raises(ValidationError) as caught:
        returned_part(original, 3000, already=2500, returning=1000)

    assert caught.value.for_field("quantity") == "At most 0.5 can still be returned"


@given(
    amount=st.integers(0, 10**9),
    qty=st.integers(1, 10**6),
    cuts=st.lists(st.integers(1, 10**6), max_size=8),
)
def test_returned_parts_always_add_up_to_the_whole(amount: int, qty: int, cuts: list[int]) -> None:
    original = LineAmounts(amount, amount // 7, amount, 1800, amount // 3, amount // 3, amount)
    parts = sorted({c % qty for c in cuts if c % qty} | {qty})
    done = 0
    returned = []
    for upto in parts:
        returned.append(returned_part(original, qty, already=done, returning=upto - done))
        done = upto

    for name in ("gross", "discount", "taxable", "cgst", "sgst", "igst"):
        assert sum(getattr(p, name) for p in returned) == getattr(original, name)


def test_a_price_correction_takes_tax_with_it() -> None:
    assert price_correction(1000, 1800, "intra") == LineAmounts(1000, 0, 1000, 1800, 90, 90, 0)
    assert price_correction(1000, 1800, "inter").igst == 180
    assert price_correction(1000, 1800, "export").tax == 0


def test_a_price_correction_needs_an_amount() -> None:
    with pytest.raises(ValidationError) as caught:
        price_correction(0, 1800, "intra")

    assert caught.value.for_field("amount") == "Enter the amount of the price correction"
