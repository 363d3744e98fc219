"""The customers workbook: reopened with openpyxl, safe against formulas, and round-tripping."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from factories import make_customer
from vyapar_lite.db import open_data_file
from vyapar_lite.domain.customer import OpeningKind
from vyapar_lite.domain.customer_sheet import HEADERS
from vyapar_lite.exports import workbook
from vyapar_lite.exports.customers import export_customers, write_template
from vyapar_lite.services import customer_export, customer_import, customers, shop
from vyapar_lite.services.sample_shop import SHOP, fill_sample_shop

TEMPLATE = Path(__file__).resolve().parents[2] / "resources" / "templates" / "customers.xlsx"
GSTIN_27 = "27AAPFU0939F1ZV"
COL = {header: index for index, header in enumerate(HEADERS)}


def _row(**values: object) -> list[object]:
    row: list[object] = [None] * len(HEADERS)
    for header, value in values.items():
        row[COL[header.replace("_", " ")]] = value
    return row


def _all_rows(path: Path) -> list[tuple[object, ...]]:
    return list(load_workbook(path).worksheets[0].iter_rows(values_only=True))


# --- the file itself -----------------------------------------------------------------------------


def test_an_exported_sheet_reopens_with_headers_formats_and_dates(
    shop_file: Path, tmp_path: Path
) -> None:
    make_customer(
        "Mahesh Traders",
        phone="9822012345",
        gstin=GSTIN_27,
        state_code="27",
        credit_limit=12400050,
        check_credit_limit=True,
        payment_terms_days=30,
        billing_address="12, MG Road\nPune",
        pin_code="411001",
        opening=150050,
    )
    path = tmp_path / "customers.xlsx"

    count = export_customers(path, customer_export.customer_rows())

    assert count == 1
    ws = load_workbook(path).worksheets[0]
    assert ws.title == "Customers"
    assert [c.value for c in ws[1]] == list(HEADERS)
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:AB2"
    assert ws.column_dimensions["B"].width == 28
    row = {header: cell for header, cell in zip(HEADERS, ws[2], strict=True)}
    assert {h: c.value for h, c in row.items()} == {
        "Code": "C0001",
        "Name": "Mahesh Traders",
        "Phone": "9822012345",
        "Alternate phone": None,
        "Email": None,
        "Preferred contact": "Phone",
        "GSTIN": GSTIN_27,
        "PAN": "AAPFU0939F",
        "State": "Maharashtra",
        "Country": None,
        "SEZ unit": "No",
        "Composition dealer": "No",
        "Type": "General",
        "Category": None,
        "Credit limit": 124000.5,
        "Check credit limit": "Yes",
        "Stop sales": "No",
        "Payment terms (days)": 30,
        "Opening balance": 1500.5,
        "Opening balance type": "Receivable",
        "Opening balance date": datetime(2026, 4, 1),
        "Billing address": "12, MG Road\nPune",
        "Shipping address": "12, MG Road\nPune",
        "City": None,
        "PIN code": "411001",
        "Also supplier": "No",
        "Transporter": None,
        "Notes": None,
    }
    assert row["Phone"].data_type == "s"  # text, so Excel keeps every digit and a leading +
    assert row["PIN code"].data_type == "s"
    for money in ("Credit limit", "Opening balance"):
        assert (row[money].data_type, row[money].number_format) == ("n", workbook.MONEY_FORMAT)
    assert row["Opening balance date"].is_date
    assert row["Opening balance date"].number_format == "dd-mm-yyyy"


def test_money_is_written_exactly(tmp_path: Path) -> None:
    path = tmp_path / "m.xlsx"
    export_customers(path, [_row(Credit_limit=Decimal("999999999999.99"))])
    assert _all_rows(path)[1][COL["Credit limit"]] == 999999999999.99


def test_cash_is_left_out_and_inactive_customers_are_in(shop_file: Path) -> None:
    make_customer("Active")
    gone = make_customer("Gone")
    customers.set_active(gone.code, False)

    rows = list(customer_export.customer_rows())

    assert [(r[0], r[1]) for r in rows] == [("C0001", "Active"), ("C0002", "Gone")]
    assert customer_export.customer_count() == 2


def test_an_advance_opening_balance(shop_file: Path) -> None:
    make_customer("Paid Ahead", opening=20000, opening_kind=OpeningKind.ADVANCE)
    (row,) = customer_export.customer_rows()
    assert row[COL["Opening balance"] : COL["Opening balance date"] + 1] == (
        Decimal("200.00"),
        "Advance",
        date(2026, 4, 1),
    )


def test_an_empty_shop_exports_the_header_row(shop_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "none.xlsx"
    assert export_customers(path, customer_export.customer_rows()) == 0
    assert _all_rows(path) == [HEADERS]
    assert load_workbook(path).worksheets[0].auto_filter.ref == "A1:AB1"


def test_progress_is_reported(tmp_path: Path) -> None:
    seen: list[int] = []
    export_customers(
        tmp_path / "p.xlsx", [_row(Name=f"N{i}") for i in range(1200)], progress=seen.append
    )
    assert seen == [500, 1000]


def test_a_failed_export_leaves_no_half_file(tmp_path: Path) -> None:
    path = tmp_path / "c.xlsx"
    path.write_bytes(b"the previous export")

    def rows() -> object:
        yield _row(Name="One")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        export_customers(path, rows())  # type: ignore[arg-type]
    assert path.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["c.xlsx"]


# --- text is never a formula ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '=HYPERLINK("http://evil.example", "Click")',
        "=1+2",
        "+91 98220 12345",
        "-2+3",
        "@SUM(A1:A2)",
        "\t=1+2",
        "=cmd|' /C calc'!A0",
    ],
)
def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path, text: str) -> None:
    path = tmp_path / "f.xlsx"
    export_customers(path, [_row(Name=text, Notes=text, City=text)])

    cells = load_workbook(path).worksheets[0][2]
    for header in ("Name", "Notes", "City"):
        cell = cells[COL[header]]
        assert cell.data_type == "s"
        assert cell.value == text
        assert cell.quotePrefix
    formulas = load_workbook(path, data_only=True).worksheets[0][2][COL["Name"]].value
    assert formulas == text  # a formula would read back as None here


def test_a_leading_carriage_return_is_text_too(tmp_path: Path) -> None:
    """XML turns a carriage return into a line feed, so it is written as one."""
    path = tmp_path / "cr.xlsx"
    export_customers(path, [_row(Name="\r=1+2", Notes="a\r\nb")])

    cells = load_workbook(path).worksheets[0][2]
    assert (cells[COL["Name"]].data_type, cells[COL["Name"]].value) == ("s", "\n=1+2")
    assert cells[COL["Name"]].quotePrefix
    assert cells[COL["Notes"]].value == "a\nb"


def test_characters_xml_cannot_hold_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "ctl.xlsx"
    export_customers(path, [_row(Name="Bell\x07 Traders", Notes="x\x00y")])
    row = _all_rows(path)[1]
    assert (row[COL["Name"]], row[COL["Notes"]]) == ("Bell Traders", "xy")


def test_safe_text_cells_directly() -> None:
    ws = workbook.new_workbook().create_sheet("x")
    assert workbook.text_cell(ws, "Asha") == "Asha"
    cell = workbook.text_cell(ws, "=1")
    assert not isinstance(cell, str)
    assert (cell.data_type, cell.value) == ("s", "=1")


# --- export, then import into a new shop ---------------------------------------------------------


def test_export_then_import_into_a_new_shop_round_trips_every_column(
    data_file: Path, tmp_path: Path
) -> None:
    fill_sample_shop()
    make_customer(
        "=Risky, Name",
        code="X/1",
        phone="+971501234567",
        email="a.b@example.ae",
        state_code="96",
        country="United Arab Emirates",
        alt_phone="9822012399",
        preferred_contact="WhatsApp",
        transporter="Gati Cargo",
        customer_type="Distributor",
        category="Export",
        credit_limit=1,
        stop_sales=True,
        payment_terms_days=365,
        billing_address="PO Box 1\nDubai",
        shipping_address="Warehouse 9, Jebel Ali",
        shipping_same_as_billing=False,
        also_supplier=True,
        notes="@first line\n-second line\n+third",
        opening=99_999_999_99,
        opening_kind=OpeningKind.ADVANCE,
    )
    make_customer("Pune SEZ Unit", gstin="27AAPFU0939F2ZU", state_code="27", is_sez=True,
                  preferred_contact="Email", email="sez@example.com")  # fmt: skip
    make_customer("Nashik Composition Traders", gstin="27AAACN1234F1ZX", state_code="27",
                  is_composition=True)  # fmt: skip
    customers.set_active("C0003", False)
    exported = list(customer_export.customer_rows())
    by_name = {row[1]: row for row in exported}
    # every field of the form is in the file (Country, SEZ unit, the contact fields, Transporter)
    assert "United Arab Emirates" in by_name["=Risky, Name"]
    assert {"9822012399", "WhatsApp", "Gati Cargo"} <= set(by_name["=Risky, Name"])
    assert "Yes" in by_name["Pune SEZ Unit"] and "Email" in by_name["Pune SEZ Unit"]
    path = tmp_path / "all.xlsx"
    export_customers(path, exported)

    open_data_file(tmp_path / "new.vyapar")
    shop.save_profile(SHOP)
    result = customer_import.import_customers(workbook.read_first_sheet(path))

    assert result.created == len(exported) > 20
    assert list(customer_export.customer_rows()) == exported
    dealer = next(row for row in exported if row[1] == "Nashik Composition Traders")
    assert dealer[COL["Composition dealer"]] == "Yes"
    assert customers.get_customer(str(dealer[0])).details.is_composition
    path_again = tmp_path / "again.xlsx"
    export_customers(path_again, customer_export.customer_rows())
    assert _all_rows(path_again) == _all_rows(path)


# --- the template --------------------------------------------------------------------------------


def test_the_committed_template_has_exactly_the_headers() -> None:
    wb = load_workbook(TEMPLATE)
    assert wb.sheetnames == ["Customers", "How to fill"]
    assert _all_rows(TEMPLATE) == [HEADERS]
    notes = [row[0] for row in wb["How to fill"].iter_rows(min_row=2, values_only=True)]
    assert notes[: len(HEADERS)] == list(HEADERS)


def test_the_committed_template_is_what_the_code_writes(tmp_path: Path) -> None:
    """Run build_scripts/make_templates.py after changing the columns or their notes."""
    fresh = tmp_path / "customers.xlsx"
    write_template(fresh)
    for name in ("Customers", "How to fill"):
        committed = list(load_workbook(TEMPLATE)[name].iter_rows(values_only=True))
        assert list(load_workbook(fresh)[name].iter_rows(values_only=True)) == committed


def test_the_template_imports_as_an_empty_sheet(shop_file: Path) -> None:
    preview = customer_import.preview(workbook.read_first_sheet(TEMPLATE))
    assert [e.message for e in preview.errors] == ["There are no customers below the header row"]
