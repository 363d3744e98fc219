"""Issue 13, amounts and place of supply: tax-inclusive prices, points redeemed before tax,
HSN/SAC on B2B lines, GST unit codes, the GSTIN deciding the state, and SEZ supplies.

The shop is registered in Maharashtra (27) and does not round totals to the rupee here, so each
total is exactly what the lines add up to. Figures are worked out by hand in the comments.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factories import make_customer, make_item
from invoice_builders import points
from sheet_files import customer_row, write_sheet
from vyapar_lite.db.models import Customer, SalesDoc, SalesDocLine
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.domain.item import ItemDetails
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.exports.workbook import read_first_sheet
from vyapar_lite.services import (
    customer_import,
    customers,
    gst_settings,
    health,
    items,
    sales,
    sales_settings,
    shop,
)

DAY = date(2026, 5, 10)
SHOP_GSTIN = "27AAPFU0939F1ZV"
KARNATAKA_GSTIN = "29AAGCB7383J1Z4"
GUJARAT_GSTIN = "24AAACC1206D1ZM"


@pytest.fixture
def registered_shop(shop_file: Path) -> Path:
    shop.save_profile(ShopProfile(name="Test Traders", state_code="27", gstin=SHOP_GSTIN))
    settings = sales_settings.get()
    sales_settings.save(
        sales_settings.SalesSettings(False, settings.earn_per_paise, settings.point_value_paise)
    )
    return shop_file


def mrp(description: str, qty_milli: int, rate: int, gst_bp: int, **kw: object) -> LineInput:
    return LineInput(description, qty_milli, rate, gst_bp, price_includes_tax=True, **kw)  # type: ignore[arg-type]


def post(code: str, *lines: LineInput, **kw: object) -> sales.DocumentView:
    return sales.post_invoice(sales.InvoiceDraft(code, DAY, list(lines), **kw))  # type: ignore[arg-type]


def message(exc: pytest.ExceptionInfo[ValidationError], field: str) -> str:
    text = exc.value.for_field(field)
    assert text is not None, exc.value.errors
    return text


# --- 1. tax-inclusive prices add up to the price -------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (mrp("Shampoo", 1000, 9999, 1800), (8474, 763, 762, 9999)),  # not ₹100.00
        (mrp("Ghee 1 l", 2000, 67500, 500), (128571, 3215, 3214, 135000)),  # not ₹1,349.99
        (mrp("Biscuits", 1000, 4600, 500), (4381, 110, 109, 4600)),  # not ₹46.01
    ],
)
def test_an_mrp_invoice_totals_exactly_the_mrp(
    registered_shop: Path, line: LineInput, expected: tuple[int, int, int, int]
) -> None:
    """expected: (taxable, CGST, SGST, total)."""
    taxable, cgst, sgst, total = expected
    doc = post("CASH", line, received=total)

    t = doc.totals
    assert (t.taxable, t.cgst, t.sgst, t.igst, t.grand_total) == (taxable, cgst, sgst, 0, total)
    stored = SalesDoc.get(SalesDoc.number == doc.number)
    assert stored.grand_total == total
    (row,) = SalesDocLine.select().where(SalesDocLine.doc == stored.id)
    assert (row.taxable, row.cgst + row.sgst, row.total) == (taxable, total - taxable, total)


# --- 2. points redeemed are a discount known at the time of supply ------------------------------


def test_points_redeemed_come_off_the_lines_before_tax_in_proportion(
    registered_shop: Path,
) -> None:
    asha = make_customer("Asha Verma", state_code="27").code
    post(asha, LineInput("Saree", 1000, 500000, 500))  # ₹5,250: 52 points
    assert points(asha) == 52

    # lines ₹118 (18%) and ₹105 (5%) = ₹223; 50 points = ₹50 spread 118:105 by largest
    # remainder: 5000 × 118 / 223 = 2645.7 -> 2645 + the leftover paisa (.7 > .3) = 2646; 2354
    doc = post(
        asha,
        LineInput("Soap", 1000, 10000, 1800),
        LineInput("Rice", 1000, 10000, 500),
        redeem_points=50,
    )

    assert [line.loyalty_share for line in doc.lines] == [2646, 2354]
    # soap: ₹118 - ₹26.46 = ₹91.54 -> taxable 9154 / 1.18 = 7757.6 -> 7758, tax 1396 (698 + 698)
    # rice: ₹105 - ₹23.54 = ₹81.46 -> taxable 8146 / 1.05 = 7758.1 -> 7758, tax 388 (194 + 194)
    assert [(x.taxable, x.cgst, x.sgst, x.total) for x in doc.lines] == [
        (7758, 698, 698, 9154),
        (7758, 194, 194, 8146),
    ]
    t = doc.totals
    assert (t.taxable, t.cgst + t.sgst, t.loyalty_discount) == (15516, 1784, 0)
    assert t.grand_total == 22300 - 5000
    assert (doc.points_redeemed, doc.points_earned, doc.loyalty_in_lines) == (50, 1, 5000)
    assert points(asha) == 52 - 50 + 1


def test_a_credit_note_on_such_an_invoice_returns_its_share_of_points_and_money(
    registered_shop: Path,
) -> None:
    asha = make_customer("Asha Verma", state_code="27").code
    post(asha, LineInput("Saree", 1000, 500000, 500))  # 52 points
    # 4 × ₹100 at 18% = ₹472; 40 points off before tax -> ₹432: taxable 36610, tax 6590
    invoice = post(asha, LineInput("Soap", 4000, 10000, 1800), redeem_points=40)
    assert (invoice.totals.taxable, invoice.totals.grand_total) == (36610, 43200)
    assert (invoice.points_earned, points(asha)) == (4, 52 - 40 + 4)

    # 1 of 4 back: a quarter of everything, the ₹10 of points included
    first = sales.post_credit_note(invoice.number, doc_date=DAY, returns={1: 1000}, reason="One")
    assert (first.totals.taxable, first.totals.cgst, first.totals.sgst) == (9153, 824, 824)
    assert (first.totals.grand_total, first.loyalty_in_lines) == (10801, 1000)
    assert (first.points_earned, first.points_redeemed) == (-1, -10)  # 1 taken, 10 given back
    # the other 3: exactly what is left
    rest = sales.post_credit_note(invoice.number, doc_date=DAY, returns={1: 3000}, reason="Rest")
    assert first.totals.grand_total + rest.totals.grand_total == invoice.totals.grand_total
    assert first.loyalty_in_lines + rest.loyalty_in_lines == 4000
    assert (rest.points_earned, rest.points_redeemed) == (-3, -30)
    assert points(asha) == 52  # as before the invoice: every point earned and redeemed undone


# --- 3. HSN/SAC on lines to a registered customer -----------------------------------------------


def test_a_registered_customers_invoice_needs_hsn_of_4_digits_on_every_line(
    registered_shop: Path,
) -> None:
    buyer = make_customer("Kaveri Stores", gstin=KARNATAKA_GSTIN).code
    lines = [
        LineInput("Rice", 1000, 5000, 500, hsn_sac="1006"),
        LineInput("Gift wrapping", 1000, 2000, 1800),
        LineInput("Oil", 1000, 15000, 500, hsn_sac="151"),
        LineInput("Tin", 1000, 1000, 1800, hsn_sac="73AB"),
    ]
    with pytest.raises(ValidationError) as caught:
        post(buyer, *lines)

    assert message(caught, "line 2 HSN/SAC") == (
        "Line 2: an invoice to a registered customer needs an HSN/SAC code of at least 4 digits"
    )
    assert message(caught, "line 3 HSN/SAC").endswith("at least 4 digits; '151' has 3")
    assert message(caught, "line 4 HSN/SAC") == (
        "Line 4: '73AB' is not an HSN/SAC code: it has only digits"
    )
    assert caught.value.for_field("line 1 HSN/SAC") is None
    assert SalesDoc.select().count() == 0
    # an unregistered buyer's invoice may leave it off (Notification 78/2020, up to ₹5 crore)
    assert post("CASH", lines[1], received=2360).totals.grand_total == 2360


def test_above_5_crore_every_line_needs_6_digits(registered_shop: Path) -> None:
    gst_settings.save(gst_settings.GstSettings(turnover_above_5_crore=True))
    buyer = make_customer("Kaveri Stores", gstin=KARNATAKA_GSTIN).code
    with pytest.raises(ValidationError) as caught:
        post(buyer, LineInput("Rice", 1000, 5000, 500, hsn_sac="1006"))
    assert message(caught, "line 1 HSN/SAC").endswith("at least 6 digits; '1006' has 4")
    with pytest.raises(ValidationError) as walk_in:
        post("CASH", LineInput("Rice", 1000, 5000, 500, hsn_sac="1006"), received=5250)
    assert "at least 6 digits" in message(walk_in, "line 1 HSN/SAC")

    assert post(buyer, LineInput("Rice", 1000, 5000, 500, hsn_sac="100630")).number


def test_an_items_hsn_is_filled_into_the_line_and_must_be_digits(registered_shop: Path) -> None:
    make_item("Rice 1 kg", code="RICE", hsn_sac="1006", unit="kg", gst_rate_bp=500)
    buyer = make_customer("Kaveri Stores", gstin=KARNATAKA_GSTIN).code
    doc = post(buyer, LineInput("Rice", 1000, 5000, 500, item_code="RICE"))
    assert doc.lines[0].hsn_sac == "1006"
    with pytest.raises(ValidationError) as caught:
        make_item("Oil", code="OIL", hsn_sac="15A2")
    assert message(caught, "hsn_sac") == "An HSN/SAC code has only digits"


# --- 4. units map to GST unit codes ---------------------------------------------------------------


def test_an_item_gets_the_uqc_of_its_unit_and_the_line_keeps_it_as_issued(
    registered_shop: Path,
) -> None:
    make_item("Rice 1 kg", code="RICE", hsn_sac="1006", unit="kg", gst_rate_bp=500)
    make_item("Tiffin", code="TIFFIN", unit="dabba")  # the shop's own word: OTH
    make_item("Pen", code="PEN", unit="pcs", uqc="nos")  # chosen: NOS, the label stays pcs
    assert [items.get_item(c).details.uqc for c in ("RICE", "TIFFIN", "PEN")] == [
        "KGS",
        "OTH",
        "NOS",
    ]
    with pytest.raises(ValidationError) as caught:
        make_item("Bad", code="BAD", uqc="KILO")
    assert "not a GST unit code (UQC)" in message(caught, "uqc")

    doc = post(
        "CASH",
        LineInput("Rice", 1000, 5000, 500, item_code="RICE"),
        LineInput("Pen", 1000, 1000, 1800, item_code="PEN"),
        LineInput("Loose sugar", 2000, 4500, 0, unit="kg"),
        received=5250 + 1180 + 9000,
    )
    assert [(x.unit, x.uqc) for x in doc.lines] == [("kg", "KGS"), ("pcs", "NOS"), ("kg", "KGS")]

    rice = items.get_item("RICE").details
    items.update_item("RICE", ItemDetails(**{**rice.__dict__, "uqc": "BAG", "unit": "bag"}))
    assert sales.get_document(doc.number).lines[0].uqc == "KGS"  # as issued


# --- 5. the GSTIN decides the state ---------------------------------------------------------------


def test_an_imported_customer_with_a_gstin_and_no_state_is_billed_igst(
    registered_shop: Path, tmp_path: Path
) -> None:
    path = write_sheet(
        tmp_path / "customers.xlsx", [customer_row("Kaveri Stores", gstin=KARNATAKA_GSTIN)]
    )
    customer_import.import_customers(read_first_sheet(path))
    kaveri = Customer.get(Customer.name == "Kaveri Stores")
    assert kaveri.state_code == "29"

    # ₹1,000 at 18% from Maharashtra to Karnataka: IGST ₹180, not CGST ₹90 + SGST ₹90
    doc = post(kaveri.code, LineInput("Steel almirah", 1000, 100000, 1800, hsn_sac="9403"))

    assert (doc.place_of_supply, doc.tax_kind) == ("29", "inter")
    assert (doc.totals.igst, doc.totals.cgst, doc.totals.sgst) == (18000, 0, 0)
    assert doc.totals.grand_total == 118000


def test_a_customer_saved_earlier_with_a_blank_state_is_billed_by_the_gstin(
    registered_shop: Path,
) -> None:
    code = make_customer("Kaveri Stores", gstin=KARNATAKA_GSTIN).code
    Customer.update(state_code="").where(Customer.code == code).execute()  # as saved before

    doc = post(code, LineInput("Steel almirah", 1000, 100000, 1800, hsn_sac="9403"))

    assert (doc.place_of_supply, doc.totals.igst, doc.totals.cgst) == ("29", 18000, 0)
    details = customers.get_customer(code).details
    customers.update_customer(code, details)  # the next save fills it, audited
    assert customers.get_customer(code).details.state_code == "29"


def test_the_service_fills_a_blank_state_and_refuses_a_mismatch(registered_shop: Path) -> None:
    assert make_customer("Kaveri Stores", gstin=KARNATAKA_GSTIN).details.state_code == "29"
    with pytest.raises(ValidationError) as caught:
        make_customer("Wrong State", gstin=KARNATAKA_GSTIN, state_code="27")
    assert message(caught, "gstin") == (
        f"GSTIN {KARNATAKA_GSTIN} is registered in Karnataka (29) but the state chosen is "
        "Maharashtra (27)"
    )
    with pytest.raises(ValidationError) as abroad:
        make_customer("Abroad", gstin=KARNATAKA_GSTIN, state_code="96")
    assert "a customer with a GSTIN is not outside India" in message(abroad, "gstin")
    assert Customer.select().where(Customer.name.in_(["Wrong State", "Abroad"])).count() == 0


def test_an_import_row_whose_state_disagrees_with_its_gstin_names_row_and_column(
    registered_shop: Path, tmp_path: Path
) -> None:
    path = write_sheet(
        tmp_path / "customers.xlsx",
        [
            customer_row("Fine", gstin=GUJARAT_GSTIN),
            customer_row("Kaveri Stores", gstin=KARNATAKA_GSTIN, state="Maharashtra"),
        ],
    )
    with pytest.raises(customer_import.ImportRejected) as caught:
        customer_import.import_customers(read_first_sheet(path))

    assert [str(e) for e in caught.value.errors] == [
        f"row 3, GSTIN: GSTIN {KARNATAKA_GSTIN} is registered in Karnataka (29) but the state "
        "chosen is Maharashtra (27)"
    ]
    assert Customer.select().where(~Customer.is_cash).count() == 0


def test_check_names_a_customer_whose_state_disagrees_with_the_gstin(
    registered_shop: Path,
) -> None:
    code = make_customer("Kaveri Stores", gstin=KARNATAKA_GSTIN).code
    assert health.check().ok
    Customer.update(state_code="27").where(Customer.code == code).execute()  # an old mistake

    assert (
        f"customer {code}: GSTIN {KARNATAKA_GSTIN} is registered in state 29 but the "
        "customer's state is 27; correct the one that is wrong"
    ) in health.check().problems


# --- 6. SEZ units ---------------------------------------------------------------------------------


GSTIN_27B = "27AAPFU0939F2ZU"


def test_a_supply_to_an_sez_unit_in_the_shops_own_state_is_igst_with_payment(
    registered_shop: Path,
) -> None:
    unit = make_customer("Pune SEZ Unit", gstin=GSTIN_27B, is_sez=True).code
    line = LineInput("Steel almirah", 1000, 100000, 1800, hsn_sac="9403")

    doc = post(unit, line)  # no LUT: with payment of IGST (SEWP)

    assert (doc.place_of_supply, doc.tax_kind, doc.sez_supply) == ("27", "inter", "SEWP")
    assert (doc.totals.igst, doc.totals.cgst, doc.totals.grand_total) == (18000, 0, 118000)
    assert SalesDoc.get(SalesDoc.number == doc.number).sez_supply == "SEWP"


def test_under_lut_an_sez_supply_is_without_igst_unless_the_invoice_says_otherwise(
    registered_shop: Path,
) -> None:
    gst_settings.save(gst_settings.GstSettings(lut_for_zero_rated=True))
    unit = make_customer("Pune SEZ Unit", gstin=GSTIN_27B, is_sez=True).code
    line = LineInput("Steel almirah", 1000, 100000, 1800, hsn_sac="9403")

    without = post(unit, line)
    paid = post(unit, line, sez_with_tax=True)

    assert (without.tax_kind, without.sez_supply, without.totals.tax) == ("zero", "SEWOP", 0)
    assert without.totals.grand_total == 100000
    stored = SalesDoc.get(SalesDoc.number == without.number)
    assert (stored.tax_kind, stored.sez_supply, stored.igst_total) == ("inter", "SEWOP", 0)
    assert (paid.sez_supply, paid.totals.igst) == ("SEWP", 18000)
    # a note against it is taxed as its invoice: zero-rated, SEWOP
    note = sales.post_credit_note(without.number, doc_date=DAY, returns={1: 1000}, reason="Back")
    assert (note.tax_kind, note.sez_supply, note.totals.grand_total) == ("zero", "SEWOP", 100000)


def test_an_sez_unit_needs_its_gstin_and_the_flag_is_kept(registered_shop: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        make_customer("No GSTIN SEZ", state_code="27", is_sez=True)
    assert message(caught, "is_sez") == "An SEZ unit is registered for GST: enter its GSTIN"
    code = make_customer("Pune SEZ Unit", gstin=GSTIN_27B, is_sez=True).code
    assert customers.get_customer(code).details.is_sez
