"""Item rules: every field's check, type prices, quantities, rates and the price a type pays."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.item import (
    DEFAULT_GST_RATES_BP,
    MAX_QTY_MILLI,
    ItemDetails,
    TypePrice,
    clean_hsn_sac,
    clean_item,
    clean_item_code,
    clean_unit,
    format_qty,
    format_rate,
    is_low,
    parse_qty,
    parse_rate_percent,
    percent_from_decimal,
    price_for_type,
    qty_decimal,
    qty_from_decimal,
    rate_decimal,
)


def _errors(details: ItemDetails, **kwargs: object) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        clean_item(details, **kwargs)  # type: ignore[arg-type]
    return {e.field: e.message for e in caught.value.errors}


# --- clean_item ----------------------------------------------------------------------------------


def test_a_clean_item_is_normalised() -> None:
    details = ItemDetails(
        name="  Basmati   Rice  5 kg ",
        code=" rice-5 ",
        hsn_sac="1006.30 20",
        unit=" KG ",
        sale_price=67500,
        gst_rate_bp=500,
        track_stock=True,
        low_stock_milli=5000,
        type_prices={"Dealer": TypePrice(62000, None), "General": TypePrice(None, 0)},
    )

    clean = clean_item(details, rates=DEFAULT_GST_RATES_BP)

    assert clean.name == "Basmati Rice 5 kg"
    assert clean.code == "RICE-5"
    assert clean.hsn_sac == "10063020"
    assert clean.unit == "kg"
    assert clean.type_prices == {"Dealer": TypePrice(62000, None)}  # a 0% discount is no discount


def test_every_problem_is_reported_at_once() -> None:
    details = ItemDetails(
        name=" ",
        code="bad code!",
        hsn_sac="12AB",
        unit="sq.ft",
        sale_price=-1,
        gst_rate_bp=10001,
        low_stock_milli=-5,
    )

    assert _errors(details) == {
        "name": "Enter the item's name",
        "code": "An item code has 1-30 letters, digits, '-', '/', '.' or '_' (e.g. I0001)",
        "hsn_sac": "An HSN/SAC code has only digits",
        "unit": "A unit is 1-10 letters (pcs, kg, box, or your own)",
        "sale_price": "The sale price cannot be negative",
        "gst_rate_bp": "A GST rate is 0% to 100%",
        "low_stock_milli": "The low-stock level cannot be negative",
    }


def test_a_blank_code_is_left_for_the_series_and_a_long_name_refused() -> None:
    assert clean_item(ItemDetails(name="Soap")).code == ""
    assert _errors(ItemDetails(name="x" * 201)) == {"name": "At most 200 characters"}
    assert clean_item(ItemDetails(name="x" * 200)).name == "x" * 200


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", ""),
        ("1006", "1006"),
        ("100630", "100630"),
        ("10063020", "10063020"),
        ("0402", "0402"),
        ("1006 30 20", "10063020"),
        ("998714", "998714"),
    ],
)
def test_good_hsn_and_sac_codes(typed: str, expected: str) -> None:
    assert clean_hsn_sac(typed) == expected


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("100", "An HSN code has 4, 6 or 8 digits, e.g. 1006 or 10063020"),
        ("10063", "An HSN code has 4, 6 or 8 digits, e.g. 1006 or 10063020"),
        ("0012", "An HSN code has 4, 6 or 8 digits, e.g. 1006 or 10063020"),
        ("100630201", "An HSN code has 4, 6 or 8 digits, e.g. 1006 or 10063020"),
        ("9987", "A SAC (services) code has 6 digits starting 99, e.g. 998714"),
        ("99871400", "A SAC (services) code has 6 digits starting 99, e.g. 998714"),
        ("HSN1006", "An HSN/SAC code has only digits"),
    ],
)
def test_bad_hsn_and_sac_codes(typed: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        clean_hsn_sac(typed)
    assert caught.value.for_field("hsn_sac") == message


def test_units_from_the_list_or_the_shopkeepers_own() -> None:
    assert clean_unit("Dozen") == "dozen"
    assert clean_unit("tola") == "tola"
    assert clean_unit("abcdefghij") == "abcdefghij"
    for bad, message in (
        ("", "Choose a unit (pcs, kg, box …)"),
        ("abcdefghijk", "A unit is 1-10 letters (pcs, kg, box, or your own)"),
        ("kg2", "A unit is 1-10 letters (pcs, kg, box, or your own)"),
    ):
        with pytest.raises(ValidationError) as caught:
            clean_unit(bad)
        assert caught.value.for_field("unit") == message


def test_codes() -> None:
    assert clean_item_code(" 8901234567890 ") == "8901234567890"
    assert clean_item_code("atta/10.kg_b") == "ATTA/10.KG_B"
    for bad in ("", "-A", "A" * 31, "A B"):
        with pytest.raises(ValidationError):
            clean_item_code(bad)


def test_the_gst_rate_must_be_one_of_the_shops_rates() -> None:
    details = ItemDetails(name="Soap", gst_rate_bp=1200)

    assert clean_item(details).gst_rate_bp == 1200  # the range alone without the shop's rates
    assert _errors(details, rates=[0, 500, 1800]) == {
        "gst_rate_bp": "12% is not one of the shop's GST rates (0%, 5%, 18%)"
    }
    assert clean_item(details, rates=[1200]).gst_rate_bp == 1200


def test_a_low_stock_level_needs_stock_tracking() -> None:
    details = ItemDetails(name="Atta", low_stock_milli=2000)

    assert _errors(details) == {
        "low_stock_milli": "Track this item's stock to use a low-stock level"
    }
    assert clean_item(ItemDetails(name="Atta", low_stock_milli=2000, track_stock=True))


def test_type_price_rules() -> None:
    details = ItemDetails(
        name="Biscuits",
        type_prices={
            "General": TypePrice(2500, None),
            "Dealer": TypePrice(2600, 500),
            "Wholesaler": TypePrice(-1, None),
            "Distributor": TypePrice(None, 10001),
            "VIP": TypePrice(100, None),
        },
    )

    assert _errors(details) == {
        "price.General": "General customers pay the sale price; give them a discount instead",
        "discount.Dealer": "Give Dealer either its own price or a discount, not both",
        "price.Wholesaler": "A price cannot be negative",
        "discount.Distributor": "A discount is 0% to 100%",
        "price.VIP": "VIP is not a customer type",
    }


def test_type_prices_keep_the_customer_type_order() -> None:
    details = ItemDetails(
        name="Biscuits",
        type_prices={
            "Distributor": TypePrice(None, 1000),
            "General": TypePrice(None, 200),
            "Dealer": TypePrice(2400, None),
            "Wholesaler": TypePrice(None, None),
        },
    )

    assert list(clean_item(details).type_prices) == ["General", "Dealer", "Distributor"]


def test_the_price_each_type_pays() -> None:
    details = ItemDetails(
        name="Biscuits",
        sale_price=3000,
        type_prices={
            "General": TypePrice(None, 200),
            "Dealer": TypePrice(2600, None),
            "Wholesaler": TypePrice(None, 1000),
        },
    )

    assert price_for_type(details, "General") == (3000, 200)
    assert price_for_type(details, "Dealer") == (2600, 0)
    assert price_for_type(details, "Wholesaler") == (3000, 1000)
    assert price_for_type(details, "Distributor") == (3000, 0)


def test_low_stock() -> None:
    assert is_low(5000, 5000)
    assert is_low(0, 0)  # a level of 0 warns when the item runs out
    assert is_low(-1000, 0)
    assert not is_low(5001, 5000)
    assert not is_low(None, 5000)  # not tracked


# --- quantities ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "milli"),
    [("1.5", 1500), ("2", 2000), (" 0.001 ", 1), ("1,000", 1000000), (".5", 500), ("3.", 3000)],
)
def test_parse_qty(typed: str, milli: int) -> None:
    assert parse_qty(typed) == milli


def test_parse_qty_refusals() -> None:
    cases = {
        "": "Enter a quantity",
        "1.2345": "A quantity can have at most 3 digits after the decimal point",
        "0": "The quantity must be more than 0",
        "-2": "The quantity cannot be negative",
        "two": "A quantity has only digits and one decimal point, e.g. 1.5",
        "1.2.3": "A quantity has only digits and one decimal point, e.g. 1.5",
        "1000001": "The quantity is too large",
    }
    for typed, message in cases.items():
        with pytest.raises(ValidationError) as caught:
            parse_qty(typed, field="qty")
        assert caught.value.for_field("qty") == message, typed


def test_parse_qty_with_zero_or_negative_allowed() -> None:
    assert parse_qty("0", allow_zero=True) == 0
    assert parse_qty("-2.5", allow_negative=True) == -2500
    assert parse_qty("\u22123", allow_negative=True) == -3000
    assert parse_qty("+4", allow_negative=True) == 4000


def test_format_qty() -> None:
    assert format_qty(1500, "kg") == "1.5 kg"
    assert format_qty(2000, "pcs") == "2 pcs"
    assert format_qty(1, "g") == "0.001 g"
    assert format_qty(-500) == "-0.5"
    assert format_qty(12345678000, "pcs") == "1,23,45,678 pcs"
    assert format_qty(0) == "0"


@given(st.integers(min_value=-MAX_QTY_MILLI, max_value=MAX_QTY_MILLI))
def test_quantities_round_trip_through_text_and_decimals(milli: int) -> None:
    text = format_qty(milli)
    assert parse_qty(text, allow_zero=True, allow_negative=True) == milli
    assert qty_from_decimal(qty_decimal(milli)) == milli


def test_qty_decimal_has_no_exponent() -> None:
    assert str(qty_decimal(10_000_000)) == "10000"
    assert str(qty_decimal(1500)) == "1.5"
    with pytest.raises(ValidationError):
        qty_from_decimal(Decimal("NaN"))


# --- rates and discounts ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "bp"),
    [("18", 1800), ("0.25", 25), ("18%", 1800), (" 5 % ", 500), ("0", 0), ("100", 10000)],
)
def test_parse_rate_percent(typed: str, bp: int) -> None:
    assert parse_rate_percent(typed) == bp


def test_parse_rate_percent_refusals() -> None:
    cases = {
        "": "Enter a percentage, e.g. 18",
        "eighteen": "Enter a percentage as a number, e.g. 18 or 0.25",
        "0.125": "A percentage can have at most 2 digits after the decimal point",
        "101": "A percentage is 0 to 100",
    }
    for typed, message in cases.items():
        with pytest.raises(ValidationError) as caught:
            parse_rate_percent(typed, field="rate")
        assert caught.value.for_field("rate") == message, typed
    with pytest.raises(ValidationError):
        percent_from_decimal(Decimal("Infinity"))


def test_format_rate() -> None:
    assert [format_rate(bp) for bp in DEFAULT_GST_RATES_BP] == [
        "0%", "0.25%", "3%", "5%", "12%", "18%", "28%", "40%",
    ]  # fmt: skip
    assert format_rate(250) == "2.5%"
    assert str(rate_decimal(10000)) == "100"


@given(st.integers(min_value=0, max_value=10000))
def test_rates_round_trip(bp: int) -> None:
    assert parse_rate_percent(format_rate(bp)) == bp
