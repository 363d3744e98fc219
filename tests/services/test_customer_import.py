"""Importing customers from an .xlsx file: preview, all-or-nothing, same rows as a single save."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from factories import make_customer
from sheet_files import customer_row, write_sheet
from vyapar_lite.db.models import AuditEntry, Customer, CustomerCategory, LedgerEntry
from vyapar_lite.domain.contact import PHONE_RULE
from vyapar_lite.domain.customer import CustomerDetails, OpeningBalance, OpeningKind
from vyapar_lite.domain.customer_sheet import HEADERS
from vyapar_lite.domain.sheet import RowError
from vyapar_lite.exports.workbook import read_first_sheet
from vyapar_lite.services import customer_import, customers, sequences

GSTIN_27 = "27AAPFU0939F1ZV"


def _counts() -> tuple[int, ...]:
    return (
        Customer.select().count(),
        LedgerEntry.select().count(),
        AuditEntry.select().count(),
        CustomerCategory.select().count(),
        sequences.peek("customer")[1],
    )


def _import(path: Path) -> customer_import.ImportResult:
    return customer_import.import_customers(read_first_sheet(path))


def _preview(path: Path) -> customer_import.ImportPreview:
    return customer_import.preview(read_first_sheet(path))


def _rejected(path: Path) -> list[str]:
    before = _counts()
    with pytest.raises(customer_import.ImportRejected) as caught:
        _import(path)
    assert _counts() == before
    return [str(e) for e in caught.value.errors]


# --- a clean file --------------------------------------------------------------------------------


def test_a_clean_file_imports_every_column_and_opening_balance(
    shop_file: Path, tmp_path: Path
) -> None:
    path = write_sheet(
        tmp_path / "customers.xlsx",
        [
            customer_row(
                "Mahesh Traders",
                phone=9822012345,
                email="accounts@mahesh.in",
                gstin=GSTIN_27,
                state="Maharashtra",
                type="Wholesaler",
                category="Hotels",
                credit_limit=50000.5,
                check_credit_limit="Yes",
                stop_sales="N",
                payment_terms=30,
                opening_balance=1500.5,
                opening_balance_type="Receivable",
                opening_balance_date=date(2026, 4, 1),
                billing_address="12, MG Road\nPune",
                shipping_address="Godown 4",
                city="Pune",
                pin_code=411001,
                also_supplier="TRUE",
                notes="Pays on the 5th",
            ),
            customer_row("Paid Ahead", code="vip-1", opening_balance="2,000",
                         opening_balance_type="Advance", opening_balance_date="31-03-2026"),
            customer_row("No Opening"),
        ],
    )  # fmt: skip

    result = _import(path)

    assert (result.created, result.first_code, result.last_code) == (3, "C0001", "C0002")
    mahesh = customers.get_customer("C0001")
    assert mahesh.details == CustomerDetails(
        name="Mahesh Traders",
        code="C0001",
        phone="9822012345",
        email="accounts@mahesh.in",
        gstin=GSTIN_27,
        pan="AAPFU0939F",
        state_code="27",
        customer_type="Wholesaler",
        category="Hotels",
        credit_limit=5000050,
        check_credit_limit=True,
        payment_terms_days=30,
        billing_address="12, MG Road\nPune",
        shipping_address="Godown 4",
        shipping_same_as_billing=False,
        city="Pune",
        pin_code="411001",
        also_supplier=True,
        notes="Pays on the 5th",
    )
    assert mahesh.balance == 150050
    assert customers.get_customer("VIP-1").balance == -200000
    assert customers.get_customer("C0002").balance == 0
    entries = [
        (e.kind, e.doc_type, e.doc_number, e.debit, e.credit, e.entry_date)
        for e in LedgerEntry.select()
    ]
    assert entries == [  # an opening bill, an opening credit
        ("opening", "sales_doc", "OB/C0001", 150050, 0, date(2026, 4, 1)),
        ("opening", "receipt", "OB/VIP-1", 0, 200000, date(2026, 3, 31)),
    ]
    assert sequences.peek("customer") == ("C", 3, 4)
    imported = Customer.select(Customer.id).where(Customer.code.in_(["C0001", "VIP-1", "C0002"]))
    logged = AuditEntry.select().where(AuditEntry.customer_id.in_(imported))
    assert sorted((e.record_type, e.note) for e in logged) == [
        ("customer", "imported from customers.xlsx"),
    ] * 3 + [
        ("receipt", "imported from customers.xlsx"),
        ("sales_doc", "imported from customers.xlsx"),
    ]


def test_imported_rows_and_audit_rows_match_a_single_save(shop_file: Path, tmp_path: Path) -> None:
    """The import writes what customers.create_customer() writes, apart from code and phone."""
    details = {
        "gstin": GSTIN_27,
        "state_code": "27",
        "customer_type": "Dealer",
        "category": "Hotels",
        "credit_limit": 123456,
        "stop_sales": True,
        "billing_address": "12, MG Road",
        "city": "Pune",
    }
    single = make_customer("Same Person", code="ONE", phone="9822000001", opening=5000, **details)
    path = write_sheet(
        tmp_path / "one.xlsx",
        [
            customer_row(
                "Same Person", code="TWO", phone="9822000002", gstin=GSTIN_27, state="27",
                type="Dealer", category="Hotels", credit_limit=1234.56, stop_sales="Yes",
                billing_address="12, MG Road", city="Pune", opening_balance=50,
                opening_balance_type="Receivable", opening_balance_date=date(2026, 4, 1),
            )
        ],
    )  # fmt: skip

    _import(path)

    def row(code: str) -> dict[str, Any]:
        values = Customer.select().where(Customer.code == code).dicts().get()
        for key in ("id", "code", "phone", "created_at", "updated_at"):
            values.pop(key)
        return values

    def audit_rows(code: str) -> list[tuple[Any, ...]]:
        customer_id = Customer.get(Customer.code == code).id
        rows = []
        for entry in AuditEntry.select().where(AuditEntry.customer_id == customer_id):
            after = json.loads(entry.after_json)
            after.pop("code", None)
            after.pop("phone", None)
            label = entry.record_label.replace(code, "<code>")
            rows.append((entry.action, entry.record_type, label, entry.before_json, after))
        return rows

    def opening(code: str) -> tuple[Any, ...]:
        entry = LedgerEntry.get(LedgerEntry.customer == Customer.get(Customer.code == code))
        return (entry.entry_date, entry.kind, entry.doc_number.replace(code, "<code>"),
                entry.description.replace(code, "<code>"), entry.debit, entry.credit)  # fmt: skip

    assert single.code == "ONE"
    assert row("TWO") == row("ONE")
    assert audit_rows("TWO") == audit_rows("ONE")
    assert opening("TWO") == opening("ONE")
    assert CustomerCategory.select().count() == 1  # the existing category is reused


def test_blank_codes_skip_codes_in_the_shop_and_in_the_file(
    shop_file: Path, tmp_path: Path
) -> None:
    make_customer("Existing", code="C0002")
    path = write_sheet(
        tmp_path / "c.xlsx",
        [customer_row("A"), customer_row("B"), customer_row("C", code="C0003"), customer_row("D")],
    )

    preview = _preview(path)
    result = _import(path)

    assert [r.code for r in preview.rows] == ["C0001", "C0004", "C0003", "C0005"]
    assert (result.first_code, result.last_code) == ("C0001", "C0005")
    assert customers.get_customer("C0005").details.name == "D"
    assert sequences.peek("customer") == ("C", 6, 4)
    assert make_customer("After").code == "C0006"


def test_typed_codes_leave_the_series_alone(shop_file: Path, tmp_path: Path) -> None:
    _import(write_sheet(tmp_path / "c.xlsx", [customer_row("A", code="X1")]))
    assert sequences.peek("customer") == ("C", 1, 4)


def test_preview_shows_codes_and_writes_nothing(shop_file: Path, tmp_path: Path) -> None:
    path = write_sheet(
        tmp_path / "c.xlsx",
        [customer_row("A", category="New group", opening_balance=10,
                      opening_balance_type="Receivable", opening_balance_date="01-04-2026")],
    )  # fmt: skip
    before = _counts()

    preview = _preview(path)

    assert _counts() == before
    assert preview.ok
    assert (preview.file_name, preview.rows_read, preview.errors) == ("c.xlsx", 1, [])
    (row,) = preview.rows
    assert (row.row_number, row.code, row.details.name) == (2, "C0001", "A")
    assert row.opening == OpeningBalance(1000, OpeningKind.RECEIVABLE, date(2026, 4, 1))


# --- files that are refused -----------------------------------------------------------------------


def test_one_bad_row_rejects_the_file_and_writes_nothing(shop_file: Path, tmp_path: Path) -> None:
    make_customer("Already Here", opening=100)
    good = [
        customer_row(f"Good {i}", category="Fresh", opening_balance=10,
                     opening_balance_type="Receivable", opening_balance_date=date(2026, 4, 1))
        for i in range(5)
    ]  # fmt: skip
    bad = customer_row("Bad GSTIN", gstin="27AAPFU0939F1ZX")
    path = write_sheet(tmp_path / "c.xlsx", [*good[:3], bad, *good[3:]])

    problems = _rejected(path)

    assert problems == [
        "row 5, GSTIN: The last character should be 'V' — check for a typing mistake"
    ]
    assert not CustomerCategory.select().where(CustomerCategory.name == "Fresh").exists()
    preview = _preview(path)
    assert not preview.ok
    assert preview.bad_rows == 1
    assert [r.row_number for r in preview.rows] == [2, 3, 4, 6, 7]  # the good rows are shown


def test_every_bad_row_and_column_is_listed(shop_file: Path, tmp_path: Path) -> None:
    path = write_sheet(
        tmp_path / "c.xlsx",
        [
            customer_row("", phone="12345"),
            customer_row("Fine"),
            customer_row("Owes", opening_balance=99.999),
            customer_row("Cash", code="CASH", state="Atlantis"),
        ],
    )

    assert _rejected(path) == [
        "row 2, Name: Enter the customer's name",
        "row 2, Phone: " + PHONE_RULE,
        "row 4, Opening balance: An amount can have at most 2 digits after the decimal point "
        "(paise)",
        "row 5, Code: CASH is the walk-in customer's code",
        "row 5, State: Enter a state as its two-digit GST code (for example 27) or its name "
        "(for example Maharashtra); 'Atlantis' is neither",
    ]


def test_duplicates_within_the_file_are_refused(shop_file: Path, tmp_path: Path) -> None:
    path = write_sheet(
        tmp_path / "c.xlsx",
        [
            customer_row("A", code="K1", phone="9822000001", gstin=GSTIN_27),
            customer_row("B", code="k1"),
            customer_row("C", phone=9822000001),
            customer_row("D", gstin=GSTIN_27.lower()),
        ],
    )

    assert _rejected(path) == [
        "row 3, Code: K1 is also on row 2",
        "row 4, Phone: 9822000001 is also on row 2",
        f"row 5, GSTIN: {GSTIN_27} is also on row 2",
    ]


def test_codes_already_in_the_shop_are_refused(shop_file: Path, tmp_path: Path) -> None:
    make_customer("Asha Verma", code="C0001")
    path = write_sheet(tmp_path / "c.xlsx", [customer_row("Copy", code="c0001")])

    assert _rejected(path) == ["row 2, Code: Code C0001 is already used by Asha Verma"]


def test_a_phone_or_gstin_already_in_the_shop_is_a_warning(shop_file: Path, tmp_path: Path) -> None:
    make_customer("Asha Verma", phone="9822000001", gstin=GSTIN_27, email="asha@x.in")
    path = write_sheet(
        tmp_path / "c.xlsx",
        [customer_row("Asha's Shop", phone="9822000001", gstin=GSTIN_27, email="ASHA@x.in")],
    )

    preview = _preview(path)
    result = _import(path)

    expected = [
        RowError(2, "Phone", "C0001 Asha Verma already has this phone (imported anyway)"),
        RowError(2, "Email", "C0001 Asha Verma already has this e-mail (imported anyway)"),
        RowError(2, "GSTIN", "C0001 Asha Verma already has this GSTIN (imported anyway)"),
    ]
    assert preview.ok
    assert preview.warnings == expected
    assert result.warnings == expected
    assert customers.get_customer("C0002").details.name == "Asha's Shop"


def test_a_missing_header_is_named(shop_file: Path, tmp_path: Path) -> None:
    headers = [h for h in HEADERS if h != "GSTIN"]
    path = write_sheet(tmp_path / "c.xlsx", [["x"] * len(headers)], headers=headers)

    assert _rejected(path) == [
        "row 1, GSTIN: The column 'GSTIN' is missing from row 1 (the headers)"
    ]


def test_an_empty_sheet(shop_file: Path, tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "c.xlsx", [])
    assert _rejected(path) == ["row 2: There are no customers below the header row"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.xlsx", b"Name,Phone\nAsha,9822000001\n", "notes.xlsx is not an Excel workbook"),
        ("old.xls", b"\xd0\xcf\x11\xe0 old excel", "old.xls is not an Excel workbook"),
        ("list.csv", b"Name\n", "list.csv is not an Excel workbook"),
    ],
)
def test_a_file_that_is_not_a_workbook(
    shop_file: Path, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)

    (problem,) = _rejected(path)

    assert problem.startswith(message)
    assert "save it as 'Excel Workbook (.xlsx)'" in problem


def test_a_missing_file(shop_file: Path, tmp_path: Path) -> None:
    assert _rejected(tmp_path / "nowhere.xlsx") == [f"There is no file {tmp_path / 'nowhere.xlsx'}"]


# --- a big file ----------------------------------------------------------------------------------


@pytest.mark.slow
def test_a_clean_10000_row_file_imports(shop_file: Path, tmp_path: Path) -> None:
    rows = (
        customer_row(
            f"Customer {i}",
            phone=9000000000 + i,
            state="Maharashtra",
            credit_limit=1500.5,
            opening_balance=(i % 1000) + 0.25 if i % 2 else None,
            opening_balance_type="Receivable" if i % 2 else None,
            opening_balance_date=date(2026, 4, 1) if i % 2 else None,
            city="Pune",
        )
        for i in range(10_000)
    )
    path = write_sheet(tmp_path / "big.xlsx", rows)

    result = _import(path)

    assert (result.created, result.first_code, result.last_code) == (10_000, "C0001", "C10000")
    assert Customer.select().count() == 10_001  # and CASH
    assert LedgerEntry.select().count() == 5_000
    assert AuditEntry.select().where(AuditEntry.note == "imported from big.xlsx").count() == 15_000
    last = customers.get_customer("C10000")
    assert (last.details.phone, last.details.credit_limit, last.balance) == (
        "9000009999",
        150050,
        99925,
    )


# --- cells that read empty but are not, and files too big to read ------------------------------


def _formula_without_value(path: Path, cell: str, formula: str) -> None:
    """Write `formula` into `cell` with no computed value, as a tool that does not calculate."""
    import zipfile

    part = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    xml = files[part].decode()
    column = "".join(c for c in cell if c.isalpha())
    row = cell[len(column) :]
    marker = f'<row r="{row}">'
    assert marker in xml
    xml = xml.replace(marker, marker + f'<c r="{cell}"><f>{formula}</f></c>', 1)
    files[part] = xml.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)


def test_an_uncomputed_formula_in_a_money_cell_is_an_error_not_zero(
    shop_file: Path, tmp_path: Path
) -> None:
    from sheet_files import HEADERS

    column = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[HEADERS.index("Credit limit")]
    path = write_sheet(tmp_path / "c.xlsx", [customer_row("Asha Verma")])
    _formula_without_value(path, f"{column}2", "100*2")
    assert _rejected(path) == [
        "row 2, Credit limit: a formula with no computed value: open and save the file in Excel "
        "or LibreOffice first"
    ]


def test_inf_or_nan_in_a_money_cell_is_an_error(shop_file: Path, tmp_path: Path) -> None:
    import zipfile

    path = write_sheet(tmp_path / "c.xlsx", [customer_row("Asha Verma", credit_limit=123456)])
    part = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    files[part] = files[part].replace(b"<v>123456</v>", b"<v>inf</v>")
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    assert _rejected(path) == [  # the row and the column are named, the amount never taken as 0
        "row 2, Credit limit: not a number (inf or NaN, or too large): type the amount"
    ]


def test_an_opening_balance_with_type_and_date_but_no_amount_is_an_error(
    shop_file: Path, tmp_path: Path
) -> None:
    path = write_sheet(
        tmp_path / "c.xlsx",
        [customer_row("Asha Verma", opening_balance_type="Receivable",
                      opening_balance_date="01-04-2026")],
    )  # fmt: skip
    assert _rejected(path) == [
        "row 2, Opening balance: Enter the amount: the opening balance's type or date is filled "
        "in, so a blank amount would be taken as 0"
    ]


def test_a_file_too_big_to_read_is_refused_before_reading(
    shop_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vyapar_lite.exports import workbook

    path = write_sheet(tmp_path / "c.xlsx", [customer_row(f"Customer {i}") for i in range(50)])
    monkeypatch.setattr(workbook, "MAX_UNPACKED_BYTES", 4000)
    sheet = read_first_sheet(path)
    assert sheet.rows == []
    assert sheet.problem.startswith("c.xlsx unpacks to ")
    assert "more than the 0 MB an import reads" in sheet.problem
    monkeypatch.setattr(workbook, "MAX_UNPACKED_BYTES", 256 * 1024 * 1024)
    monkeypatch.setattr(workbook, "MAX_ROWS", 20)
    sheet = read_first_sheet(path)
    assert sheet.rows == []
    assert sheet.problem == (
        "c.xlsx has more than 20 rows, the most one import takes: split it into smaller files"
    )
