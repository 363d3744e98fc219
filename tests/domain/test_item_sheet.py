"""The items sheet: reading rows (every problem listed by row and column) and writing them out."""

from __future__ import annotations

from decimal import Decimal

from sheet_files import item_row
from vyapar_lite.domain.item import DEFAULT_GST_RATES_BP, ItemDetails, TypePrice
from vyapar_lite.domain.item_sheet import HEADERS, read_sheet, sheet_row

RATES = DEFAULT_GST_RATES_BP


def _read(*rows: list[object]) -> tuple[list[object], list[str], list[str]]:
    reading = read_sheet([list(HEADERS), *rows], rates=RATES)
    return reading.records, [str(e) for e in reading.errors], [str(w) for w in reading.warnings]


def test_the_headers_are_the_agreed_columns() -> None:
    assert HEADERS == (
        "Code", "Name", "HSN/SAC", "Unit", "UQC", "Sale price", "Price includes tax", "GST rate",
        "Supply type", "Reverse charge", "Track stock", "Opening stock", "Low stock level",
        "Dealer price", "Wholesaler price", "Distributor price", "General discount %",
        "Dealer discount %", "Wholesaler discount %", "Distributor discount %", "Active",
    )  # fmt: skip


def test_a_full_row_reads_every_column() -> None:
    items, errors, _ = _read(
        item_row(
            "Glucose Biscuits",
            code="bis-250",
            hsn_sac=19053100,
            unit="Pack",
            sale_price=30,
            price_includes_tax="Yes",
            gst_rate="5%",
            track_stock="Y",
            opening_stock=120.5,
            low_stock_level="24",
            dealer_price=26.5,
            wholesaler_discount=7.5,
            general_discount="2",
            active="No",
        )
    )

    assert errors == []
    (item,) = items
    assert item.row_number == 2
    assert item.opening_stock_milli == 120500
    assert not item.is_active
    assert item.details == ItemDetails(
        name="Glucose Biscuits",
        code="BIS-250",
        hsn_sac="19053100",
        unit="pack",
        uqc="PAC",
        sale_price=3000,
        price_includes_tax=True,
        gst_rate_bp=500,
        track_stock=True,
        low_stock_milli=24000,
        type_prices={
            "General": TypePrice(None, 200),
            "Dealer": TypePrice(2650, None),
            "Wholesaler": TypePrice(None, 750),
        },
    )


def test_blanks_take_their_defaults() -> None:
    items, errors, _ = _read(item_row("Loose Sugar", gst_rate=0))

    assert errors == []
    (item,) = items
    assert item.details == ItemDetails(name="Loose Sugar", unit="pcs", uqc="PCS", gst_rate_bp=0)
    assert (item.opening_stock_milli, item.is_active) == (0, True)


def test_an_hsn_number_that_lost_its_leading_zero_gets_it_back() -> None:
    items, errors, _ = _read(item_row("Milk", hsn_sac=401), item_row("Ghee", hsn_sac=40590))

    assert errors == []
    assert [i.details.hsn_sac for i in items] == ["0401", "040590"]


def test_every_problem_in_every_row_is_listed() -> None:
    _, errors, _ = _read(
        item_row("Fine"),
        item_row(
            "",
            hsn_sac="12AB",
            sale_price="lots",
            gst_rate=12.5,
            opening_stock=3,
            dealer_price=20,
            dealer_discount=5,
        ),
        item_row("No rate", gst_rate=None, low_stock_level=-1, track_stock="maybe"),
    )

    assert errors == [
        "row 3, Name: Enter the item's name",
        "row 3, HSN/SAC: An HSN/SAC code has only digits",
        "row 3, Sale price: An amount can contain only digits, commas and one decimal point "
        "(for example 1,24,000.50)",
        "row 3, GST rate: 12.5% is not one of the shop's GST rates "
        "(0%, 0.25%, 3%, 5%, 12%, 18%, 28%, 40%)",
        "row 3, Opening stock: Set Track stock to Yes to give an opening stock",
        "row 3, Dealer discount %: Give Dealer either its own price or a discount, not both",
        "row 4, GST rate: Enter the GST rate in percent (0 for exempt goods)",
        "row 4, Track stock: Enter Yes or No (or Y/N, TRUE/FALSE); 'maybe' is neither",
        "row 4, Low stock level: The low-stock level cannot be negative",
    ]


def test_repeated_codes_are_errors_and_repeated_names_warnings() -> None:
    items, errors, warnings = _read(
        item_row("Sugar", code="S1"), item_row("sugar", code="s1"), item_row("Salt")
    )

    assert errors == ["row 3, Code: S1 is also on row 2"]
    assert warnings == ["row 3, Name: sugar is also on row 2"]
    assert len(items) == 3


def test_an_empty_sheet_and_wrong_headers() -> None:
    assert [str(e) for e in read_sheet([]).errors] == [
        "row 1: The sheet is empty; start from the template"
    ]
    assert [str(e) for e in read_sheet([list(HEADERS)]).errors] == [
        "row 2: There are no items below the header row"
    ]
    headers = [*HEADERS[:-1], "Actve"]
    assert [str(e) for e in read_sheet([headers, item_row()]).errors] == [
        "row 1, Active: The column 'Active' is missing from row 1 (the headers)",
        "row 1, Actve: Column U's header 'Actve' is not one of the template's columns; "
        "did you mean 'Active'?",
    ]


def test_sheet_row_round_trips_through_read_row() -> None:
    details = ItemDetails(
        name="Cow Ghee 1 l",
        code="I0007",
        hsn_sac="04059020",
        unit="bottle",
        uqc="BTL",
        sale_price=65050,
        price_includes_tax=True,
        gst_rate_bp=25,
        track_stock=True,
        low_stock_milli=2500,
        type_prices={"Dealer": TypePrice(60000, None), "Distributor": TypePrice(None, 1250)},
    )

    row = sheet_row("I0007", details, 4500, False)

    assert row[5] == Decimal("650.50")
    assert row[7] == Decimal("0.25")
    assert row[8:10] == ("Taxable", "No")
    assert row[11] == Decimal("4.5")
    items, errors, _ = _read(list(row))
    assert errors == []
    assert items[0].details == details
    assert (items[0].opening_stock_milli, items[0].is_active) == (4500, False)


def test_an_untracked_items_row_leaves_the_stock_columns_blank() -> None:
    row = sheet_row("I0001", ItemDetails(name="Delivery", unit="service"), None, True)

    assert row[10:13] == ("No", None, None)
    assert row[13:20] == (None,) * 7
    assert row[20] == "Yes"


def test_a_uqc_cell_is_a_code_from_the_official_list() -> None:
    items, errors, _ = _read(
        item_row("Rice", unit="bag", gst_rate=5),
        item_row("Pens", unit="pcs", uqc="nos", gst_rate=18),
        item_row("Oil", unit="tin", uqc="KILO", gst_rate=5),
    )

    assert len(items) == 2  # the good rows read; the import refuses the file for the bad one
    assert errors == [
        "row 4, UQC: 'KILO' is not a GST unit code (UQC); choose one from the list, for example "
        "NOS, PCS, KGS, LTR, BOX or OTH"
    ]
    good, no_errors, _ = _read(
        item_row("Rice", unit="bag", gst_rate=5), item_row("Pens", uqc="nos", gst_rate=18)
    )
    assert no_errors == []
    assert [i.details.uqc for i in good] == ["BAG", "NOS"]  # type: ignore[attr-defined]


def test_supply_type_and_reverse_charge_are_read_and_bad_ones_named() -> None:
    items, errors, _ = _read(
        item_row("Transport", hsn_sac="996511", gst_rate=5, reverse_charge="Yes"),
        item_row("Book", gst_rate=0, supply_type="exempt"),
        item_row("Milk", gst_rate=0, supply_type="Nil-rated (0%)"),  # as the export writes it
        item_row("Petrol", gst_rate=0, supply_type="non gst"),
    )
    assert errors == []
    assert [(i.details.supply_type, i.details.reverse_charge) for i in items] == [
        ("taxable", True), ("exempt", False), ("nil", False), ("non_gst", False),
    ]  # fmt: skip

    _, errors, _ = _read(
        item_row("Tea", supply_type="Zero"),
        item_row("Soap", reverse_charge="Maybe"),
        item_row("Salt", gst_rate=5, supply_type="Exempt"),
    )
    assert errors[0] == (
        "row 2, Supply type: 'Zero' is not a supply type: Taxable, Nil-rated, Exempt or Non-GST"
    )
    assert errors[1].startswith("row 3, Reverse charge: ")
    assert errors[2].startswith("row 4, Supply type: An exempt item carries no GST")


def test_a_file_from_the_older_template_still_imports() -> None:
    """Supply type and Reverse charge came later: without them an item is taxable, not RCM."""
    old = [h for h in HEADERS if h not in ("Supply type", "Reverse charge")]
    row = dict(zip(HEADERS, item_row("Rice", gst_rate=5), strict=True))
    reading = read_sheet([old, [row[h] for h in old]], rates=RATES)
    assert reading.errors == []
    details = reading.records[0].details
    assert (details.supply_type, details.reverse_charge) == ("taxable", False)
