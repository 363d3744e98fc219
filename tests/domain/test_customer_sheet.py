"""The customers sheet: columns, reading each kind of cell, whole rows and whole sheets."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest

from vyapar_lite.domain.customer import CustomerDetails, OpeningBalance, OpeningKind
from vyapar_lite.domain.customer_sheet import (
    HEADERS,
    SheetCustomer,
    read_row,
    read_sheet,
    sheet_row,
)
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.sheet import (
    RowError,
    column_letter,
    excel_decimal,
    read_date,
    read_money,
    read_text,
    read_whole_number,
    read_yes_no,
)

ISSUE_HEADERS = (
    "Code, Name, Phone, Alternate phone, Email, Preferred contact, GSTIN, PAN, State, Country, "
    "SEZ unit, Composition dealer, Type, Category, Credit limit, Check credit limit, Stop sales, "
    "Payment terms (days), Opening balance, Opening balance type, Opening balance date, "
    "Billing address, Shipping address, City, PIN code, Also supplier, Transporter, Notes"
)
GSTIN_27 = "27AAPFU0939F1ZV"  # Maharashtra, PAN AAPFU0939F


def cells(**values: object) -> dict[str, object]:
    """A row keyed by header; keyword names are headers with spaces/brackets as underscores."""
    row: dict[str, object] = dict.fromkeys(HEADERS)
    row["Name"] = "Asha Verma"
    for key, value in values.items():
        header = next(h for h in HEADERS if _key(h) == key)
        row[header] = value
    return row


def _key(header: str) -> str:
    return header.lower().replace(" (days)", "").replace(" ", "_")


def read_ok(**values: object) -> SheetCustomer:
    customer, errors = read_row(7, cells(**values))
    assert errors == []
    assert customer is not None
    return customer


def read_bad(**values: object) -> list[RowError]:
    customer, errors = read_row(7, cells(**values))
    assert customer is None
    assert errors
    return errors


def sheet(*rows: dict[str, object]) -> list[tuple[object, ...]]:
    return [HEADERS, *(tuple(r[h] for h in HEADERS) for r in rows)]


# --- columns ------------------------------------------------------------------------------------


def test_the_columns_are_the_issues_headers_in_order() -> None:
    assert ", ".join(HEADERS) == ISSUE_HEADERS
    assert len(HEADERS) == 28


# --- money cells --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "paise"),
    [
        (1500.5, 150050),
        (1500, 150000),
        (0.1 + 0.2, 30),  # 0.30000000000000004 in binary; Excel shows 0.3
        (1234.56 * 3, 370368),  # 3703.6800000000003
        (99999.99, 9999999),
        (0.07, 7),
        (Decimal("12.30"), 1230),
        ("₹ 1,24,000.50", 12400050),
        ("Rs. 50", 5000),
        ("", 0),
        (None, 0),
        (-250.75, -25075),
    ],
)
def test_money_cells_become_exact_paise(value: object, paise: int) -> None:
    assert read_money(value, column="Credit limit") == paise


@pytest.mark.parametrize("value", [1.005, 0.125, "12.345", Decimal("1.001")])
def test_money_with_fractions_of_a_paisa_is_refused(value: object) -> None:
    with pytest.raises(ValidationError) as caught:
        read_money(value, column="Credit limit")
    assert caught.value.errors[0].field == "Credit limit"
    assert "2 digits after the decimal point" in caught.value.errors[0].message


@pytest.mark.parametrize("value", ["fifty", "12-34", True, datetime(2026, 4, 1)])
def test_money_that_is_not_an_amount_is_refused(value: object) -> None:
    with pytest.raises(ValidationError) as caught:
        read_money(value, column="Opening balance")
    assert caught.value.errors[0].field == "Opening balance"


def test_excel_numbers_keep_the_15_digits_excel_shows() -> None:
    assert excel_decimal(1500.5) == Decimal("1500.5")
    assert excel_decimal(0.1 + 0.2) == Decimal("0.3")
    assert excel_decimal(9822012345.0) == Decimal("9822012345")
    assert excel_decimal(7) == Decimal(7)


# --- text, phone and PIN cells -----------------------------------------------------------------


@pytest.mark.parametrize("value", [9822012345, 9822012345.0, "98220 12345", "+91 98220 12345"])
def test_a_phone_excel_turned_into_a_number_still_works(value: object) -> None:
    assert read_ok(phone=value).details.phone == "9822012345"


def test_a_phone_with_91_that_excel_made_a_number_loses_only_the_plus() -> None:
    assert read_ok(phone=919822012345).details.phone == "9822012345"


def test_pin_and_code_as_numbers() -> None:
    customer = read_ok(pin_code=411001, code=1001.0)
    assert (customer.details.pin_code, customer.details.code) == ("411001", "1001")


def test_text_cells() -> None:
    assert read_text(None, column="Notes") == ""
    assert read_text("a\r\nb\rc", column="Notes") == "a\nb\nc"
    assert read_text(12.5, column="Notes") == "12.5"
    assert read_text(date(2026, 4, 1), column="Notes") == "01-04-2026"


def test_names_and_addresses_are_tidied_by_the_customer_rules() -> None:
    details = read_ok(
        name="  Asha   Verma ", billing_address=" 12, MG Road\nPune ", email=" a@b.in "
    ).details
    assert (details.name, details.billing_address, details.email) == (
        "Asha Verma",
        "12, MG Road\nPune",
        "a@b.in",
    )


# --- yes/no, whole numbers, types ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "flag"),
    [
        ("Yes", True),
        ("yes", True),
        (" Y ", True),
        ("TRUE", True),
        ("true", True),
        (True, True),
        (1, True),
        ("No", False),
        ("n", False),
        ("FALSE", False),
        (False, False),
        (0, False),
        ("", False),
        (None, False),
    ],
)
def test_yes_no_cells(value: object, flag: bool) -> None:
    assert read_yes_no(value, column="Stop sales") is flag


def test_a_yes_no_cell_with_another_word_is_refused() -> None:
    errors = read_bad(stop_sales="maybe")
    assert errors == [
        RowError(7, "Stop sales", "Enter Yes or No (or Y/N, TRUE/FALSE); 'maybe' is neither")
    ]


@pytest.mark.parametrize(("value", "days"), [(30, 30), (30.0, 30), (" 45 ", 45), (None, 0)])
def test_payment_terms(value: object, days: int) -> None:
    assert read_whole_number(value, column="Payment terms (days)") == days


@pytest.mark.parametrize("value", [7.5, "thirty", "30 days"])
def test_payment_terms_must_be_whole_days(value: object) -> None:
    errors = read_bad(payment_terms=value)
    assert [e.column_header for e in errors] == ["Payment terms (days)"]


def test_payment_terms_over_a_year_are_refused_by_the_customer_rules() -> None:
    errors = read_bad(payment_terms=400)
    assert errors == [RowError(7, "Payment terms (days)", "Payment terms are 0 to 365 days")]


@pytest.mark.parametrize(
    ("value", "kind"), [("dealer", "Dealer"), ("", "General"), (None, "General")]
)
def test_customer_type_ignores_case(value: object, kind: str) -> None:
    assert read_ok(type=value).details.customer_type == kind


def test_an_unknown_customer_type_is_refused() -> None:
    assert [e.column_header for e in read_bad(type="Retail")] == ["Type"]


# --- state ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("Maharashtra", "27"),
        ("maharashtra", "27"),
        ("27", "27"),
        (27, "27"),
        (7, "07"),
        ("07 - Delhi", "07"),
        ("Foreign", "96"),
        ("Foreign / outside India", "96"),
        ("", ""),
    ],
)
def test_state_by_name_or_code(value: object, code: str) -> None:
    assert read_ok(state=value).details.state_code == code


def test_an_unknown_state_names_the_column() -> None:
    errors = read_bad(state="Bombay")
    assert [(e.row_number, e.column_header) for e in errors] == [(7, "State")]
    assert "'Bombay' is neither" in errors[0].message


def test_gstin_and_state_are_checked_together() -> None:
    assert read_ok(gstin=GSTIN_27, state="Maharashtra").details.pan == "AAPFU0939F"
    errors = read_bad(gstin=GSTIN_27, state="Karnataka")
    assert [e.column_header for e in errors] == ["GSTIN"]
    assert "registered in Maharashtra (27)" in errors[0].message


def test_a_bad_gstin_check_character_names_row_and_column() -> None:
    errors = read_bad(gstin="27AAPFU0939F1ZX")
    assert [str(e) for e in errors] == [
        "row 7, GSTIN: The last character should be 'V' — check for a typing mistake"
    ]


# --- dates and opening balances -------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [datetime(2026, 4, 1), date(2026, 4, 1), "01-04-2026", "1-4-2026", "2026-04-01", "01/04/2026"],
)
def test_dates(value: object) -> None:
    assert read_date(value, column="Opening balance date") == date(2026, 4, 1)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("31-02-2026", "31-02-2026 is not a real date"),
        ("April 1", "Enter the date as dd-mm-yyyy (for example 01-04-2026); 'April 1' is not one"),
        (
            "01-04-26",
            "Enter the date as dd-mm-yyyy (for example 01-04-2026); '01-04-26' is not one",
        ),
        (46113, "Enter the date as dd-mm-yyyy (for example 01-04-2026)"),
    ],
)
def test_bad_dates(value: object, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        read_date(value, column="Opening balance date")
    assert caught.value.errors[0].message == message


def test_an_opening_balance_row() -> None:
    customer = read_ok(
        opening_balance=1500.5, opening_balance_type="advance", opening_balance_date="01-04-2026"
    )
    assert customer.opening == OpeningBalance(150050, OpeningKind.ADVANCE, date(2026, 4, 1))


@pytest.mark.parametrize("amount", [0, 0.0])
def test_no_opening_balance_when_zero(amount: object) -> None:
    customer = read_ok(opening_balance=amount, opening_balance_type="Receivable")
    assert customer.opening is None


def test_no_opening_balance_when_nothing_of_it_is_filled_in() -> None:
    assert read_ok(opening_balance=None).opening is None


@pytest.mark.parametrize("amount", [None, ""])
def test_a_blank_amount_with_the_type_filled_in_is_an_error(amount: object) -> None:
    """A blank amount with its type (or date) filled in is a forgotten amount, not ₹0."""
    _customer, errors = read_row(
        7, cells(opening_balance=amount, opening_balance_type="Receivable")
    )
    assert [str(e) for e in errors] == [
        "row 7, Opening balance: Enter the amount: the opening balance's type or date is filled "
        "in, so a blank amount would be taken as 0"
    ]


def test_an_opening_balance_needs_its_type_and_date() -> None:
    errors = read_bad(opening_balance=500)
    assert [(e.column_header, e.message) for e in errors] == [
        ("Opening balance type", "Choose Receivable (they owe you) or Advance"),
        ("Opening balance date", "Enter the date of the opening balance"),
    ]


def test_a_negative_opening_balance_is_refused() -> None:
    errors = read_bad(
        opening_balance=-5, opening_balance_type="Receivable", opening_balance_date=date(2026, 4, 1)
    )
    assert [e.column_header for e in errors] == ["Opening balance"]


def test_a_bad_date_is_reported_once() -> None:
    errors = read_bad(
        opening_balance=5, opening_balance_type="Receivable", opening_balance_date="someday"
    )
    assert [e.column_header for e in errors] == ["Opening balance date"]


# --- whole rows ---------------------------------------------------------------------------------


def test_a_full_row() -> None:
    customer = read_ok(
        code="c-17",
        name="Mahesh Traders",
        phone=9822012345,
        email="accounts@mahesh.in",
        gstin=GSTIN_27.lower(),
        state=27,
        type="Wholesaler",
        category=" Hotels ",
        credit_limit=50000,
        check_credit_limit="Y",
        stop_sales="FALSE",
        payment_terms=30,
        billing_address="12, MG Road\nPune",
        shipping_address="Godown 4, Bhosari",
        city="Pune",
        pin_code=411001,
        also_supplier=True,
        notes="=not a formula",
    )
    assert customer.row_number == 7
    assert customer.details == CustomerDetails(
        name="Mahesh Traders",
        code="C-17",
        phone="9822012345",
        email="accounts@mahesh.in",
        gstin=GSTIN_27,
        pan="AAPFU0939F",
        state_code="27",
        customer_type="Wholesaler",
        category="Hotels",
        credit_limit=5000000,
        check_credit_limit=True,
        stop_sales=False,
        payment_terms_days=30,
        billing_address="12, MG Road\nPune",
        shipping_address="Godown 4, Bhosari",
        shipping_same_as_billing=False,
        city="Pune",
        pin_code="411001",
        also_supplier=True,
        notes="=not a formula",
    )


@pytest.mark.parametrize("shipping", [None, "", "12, MG Road", " 12, MG Road "])
def test_a_blank_or_equal_shipping_address_means_same_as_billing(shipping: object) -> None:
    details = read_ok(billing_address="12, MG Road", shipping_address=shipping).details
    assert details.shipping_same_as_billing
    assert details.shipping_address == "12, MG Road"


def test_every_problem_in_a_row_is_listed_with_its_column() -> None:
    errors = read_bad(
        name="  ",
        phone="12345",
        email="not-an-email",
        pan="ABC",
        credit_limit="lots",
        pin_code="0123",
        also_supplier="sometimes",
    )
    assert [e.column_header for e in errors] == [
        "Name",
        "Phone",
        "Email",
        "PAN",
        "Credit limit",
        "PIN code",
        "Also supplier",
    ]
    assert {e.row_number for e in errors} == {7}


def test_a_category_name_over_100_characters_is_refused() -> None:
    assert read_bad(category="x" * 101) == [RowError(7, "Category", "At most 100 characters")]


def test_the_cash_code_is_refused() -> None:
    assert read_bad(code="cash") == [RowError(7, "Code", "CASH is the walk-in customer's code")]


def test_a_bad_code() -> None:
    errors = read_bad(code="C 001")
    assert [e.column_header for e in errors] == ["Code"]


def test_a_written_row_reads_back_the_same() -> None:
    details = CustomerDetails(
        name="Fatima Shaikh",
        code="C0042",
        phone="+971501234567",
        state_code="96",
        customer_type="Dealer",
        credit_limit=1234567,
        stop_sales=True,
        billing_address="Dubai",
        notes="@home\nsecond line",
    )
    opening = OpeningBalance(99, OpeningKind.RECEIVABLE, date(2025, 3, 31))
    values = sheet_row("C0042", details, opening)
    assert values[HEADERS.index("Credit limit")] == Decimal("12345.67")
    assert values[HEADERS.index("State")] == "Foreign / outside India"
    customer, errors = read_row(2, dict(zip(HEADERS, values, strict=True)))
    assert errors == []
    assert customer == SheetCustomer(2, replace(details, shipping_address="Dubai"), opening)


# --- whole sheets -------------------------------------------------------------------------------


def test_a_sheet_with_blank_rows() -> None:
    rows = sheet(cells(name="One", phone="9822000001"))
    rows += [(None,) * 22, ("", "  "), tuple(cells(name="Two", phone="9822000002").values())]
    reading = read_sheet(rows)
    assert reading.errors == []
    assert [(c.row_number, c.details.name) for c in reading.customers] == [(2, "One"), (5, "Two")]
    assert reading.rows_read == 2


def test_headers_in_another_order_and_case_are_matched() -> None:
    headers = list(reversed(HEADERS))
    headers[0] = " notes "
    values = dict(zip(HEADERS, cells(name="Asha", city="Pune").values(), strict=True))
    reading = read_sheet([headers, [values[h] for h in reversed(HEADERS)]])
    assert reading.errors == []
    assert reading.customers[0].details.city == "Pune"


def test_short_rows_are_padded_with_blanks() -> None:
    reading = read_sheet([HEADERS, ("C9", "Short Row")])
    assert reading.errors == []
    assert reading.customers[0].details.code == "C9"


def test_a_missing_and_a_misnamed_header_are_named() -> None:
    headers = [h for h in HEADERS if h != "Email"]
    headers[headers.index("PIN code")] = "Pincode"
    reading = read_sheet([headers, ["x"] * len(headers)])
    assert reading.customers == []
    assert [str(e) for e in reading.errors] == [
        "row 1, Email: The column 'Email' is missing from row 1 (the headers)",
        "row 1, PIN code: The column 'PIN code' is missing from row 1 (the headers)",
        "row 1, Pincode: Column X's header 'Pincode' is not one of the template's columns; "
        "did you mean 'PIN code'?",
    ]


def test_a_header_twice() -> None:
    reading = read_sheet([[*HEADERS, "phone"]])
    assert [e.message for e in reading.errors] == [
        "The column 'Phone' appears twice (columns C and AC)"
    ]


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([], "The sheet is empty; start from the template"),
        ([(None, None), ()], "The sheet is empty; start from the template"),
        ([(None,), HEADERS], "Row 1 must hold the column headers; start from the template"),
        ([HEADERS], "There are no customers below the header row"),
        ([HEADERS, (None,) * 22], "There are no customers below the header row"),
    ],
)
def test_empty_sheets(rows: list[tuple[object, ...]], message: str) -> None:
    reading = read_sheet(rows)
    assert [e.message for e in reading.errors] == [message]
    assert reading.customers == []


def test_duplicates_within_the_file() -> None:
    reading = read_sheet(
        sheet(
            cells(name="A", code="C1", phone="9822000001", gstin=GSTIN_27, email="x@y.in"),
            cells(name="B", code="c1", phone="9822000002"),
            cells(name="C", phone="+91 98220 00001", email="X@Y.in"),
            cells(name="D", gstin=GSTIN_27),
        )
    )
    assert [str(e) for e in reading.errors] == [
        "row 3, Code: C1 is also on row 2",
        "row 4, Phone: 9822000001 is also on row 2",
        f"row 5, GSTIN: {GSTIN_27} is also on row 2",
    ]
    assert [str(w) for w in reading.warnings] == ["row 4, Email: X@Y.in is also on row 2"]


def test_errors_come_in_row_then_column_order() -> None:
    reading = read_sheet(
        sheet(cells(name="", notes="ok"), cells(phone="1", name=""), cells(pin_code="1"))
    )
    assert [(e.row_number, e.column_header) for e in reading.errors] == [
        (2, "Name"),
        (3, "Name"),
        (3, "Phone"),
        (4, "PIN code"),
    ]


def test_row_error_text() -> None:
    assert str(RowError(7, "GSTIN", "Bad")) == "row 7, GSTIN: Bad"
    assert str(RowError(3, "", "Bad")) == "row 3: Bad"
    assert str(RowError(0, "", "Not a workbook")) == "Not a workbook"


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 21, 25, 26, 27, 701, 702)] == [
        "A",
        "V",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]


def test_the_form_s_other_fields_are_read_and_bad_ones_named() -> None:
    foreign = read_ok(
        state="Foreign", country="United Arab Emirates", alternate_phone=9822012399,
        preferred_contact="whatsapp", transporter="Gati Cargo",
    ).details  # fmt: skip
    assert (foreign.country, foreign.alt_phone) == ("United Arab Emirates", "9822012399")
    assert (foreign.preferred_contact, foreign.transporter) == ("WhatsApp", "Gati Cargo")
    errors = read_bad(state="Maharashtra", country="Nepal", preferred_contact="Fax")
    assert [(e.row_number, e.column_header) for e in errors] == [
        (7, "Preferred contact"),
        (7, "Country"),
    ]
    assert "Choose Phone, SMS, WhatsApp or Email" in errors[0].message
    assert "A country is for a buyer outside India" in errors[1].message


def test_a_file_from_the_older_template_still_imports() -> None:
    new = ("Alternate phone", "Preferred contact", "Country", "Transporter", "Composition dealer")
    old = [h for h in HEADERS if h not in new]
    reading = read_sheet([old, ["C9", "Asha Verma"]])
    assert reading.errors == []
    details = reading.customers[0].details
    assert (details.preferred_contact, details.country, details.transporter) == ("Phone", "", "")
    assert details.is_composition is False


def test_a_composition_dealer_is_read_written_and_bad_values_named() -> None:
    dealer = read_ok(gstin=GSTIN_27, state="27", composition_dealer="yes").details
    assert dealer.is_composition is True
    assert read_ok(composition_dealer=None).details.is_composition is False
    values = sheet_row("", dealer, None)
    assert values[HEADERS.index("Composition dealer")] == "Yes"
    back, errors = read_row(2, dict(zip(HEADERS, values, strict=True)))
    assert errors == [] and back is not None and back.details == dealer

    assert read_bad(gstin=GSTIN_27, state="27", composition_dealer="sometimes") == [
        RowError(
            7, "Composition dealer", "Enter Yes or No (or Y/N, TRUE/FALSE); 'sometimes' is neither"
        )
    ]
    (no_gstin,) = read_bad(composition_dealer="Yes")
    assert (no_gstin.row_number, no_gstin.column_header) == (7, "Composition dealer")
    assert "enter its GSTIN" in no_gstin.message
    reading = read_sheet(sheet(cells(name="Ok"), cells(name="Bad", composition_dealer="maybe")))
    assert [(e.row_number, e.column_header) for e in reading.errors] == [(3, "Composition dealer")]
    assert str(reading.errors[0]).startswith("row 3, Composition dealer: Enter Yes or No")
