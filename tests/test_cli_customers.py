"""vyapar-lite-cli import customers / export customers: summaries, listed problems, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from cli_runs import in_shop, run_cli
from sheet_files import customer_row, write_sheet
from vyapar_lite import cli
from vyapar_lite.db import close_data_file, open_data_file
from vyapar_lite.db.models import AuditEntry, Customer, LedgerEntry
from vyapar_lite.domain.contact import PHONE_RULE
from vyapar_lite.domain.customer import CustomerDetails
from vyapar_lite.domain.customer_sheet import HEADERS
from vyapar_lite.services import customers

GSTIN_27 = "27AAPFU0939F1ZV"


_run = run_cli


def _counts(path: Path) -> tuple[int, int, int]:
    return in_shop(
        path,
        lambda: (
            Customer.select().count(),
            LedgerEntry.select().count(),
            AuditEntry.select().count(),
        ),
    )


def test_import_a_clean_file(
    shop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [customer_row(f"Customer {i}", phone=9822000000 + i) for i in range(3)]
    rows[1] = customer_row("Owes", opening_balance=10, opening_balance_type="Receivable",
                           opening_balance_date="01-04-2026")  # fmt: skip
    path = write_sheet(tmp_path / "new customers.xlsx", rows)

    code, out, err = _run(capsys, "import", "customers", str(path), "--data", str(shop_path))

    assert (code, err) == (0, "")
    assert out == f"imported 3 customers (C0001–C0003) from {path}\n"
    assert _counts(shop_path)[:2] == (4, 1)


def test_import_one_customer_and_warnings(
    shop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_data_file(shop_path)
    customers.create_customer(CustomerDetails(name="Asha", phone="9822000001"))
    close_data_file()
    path = write_sheet(tmp_path / "c.xlsx", [customer_row("Asha's Shop", phone="9822000001")])

    code, out, err = _run(capsys, "import", "customers", str(path), "--data", str(shop_path))

    assert code == 0
    assert out == f"imported 1 customer (C0002) from {path}\n"
    assert err == "warning: row 2, Phone: C0001 Asha already has this phone (imported anyway)\n"


def test_a_bad_file_lists_every_bad_row_and_imports_nothing(
    shop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_sheet(
        tmp_path / "c.xlsx",
        [
            customer_row("Fine"),
            customer_row("Typo", gstin="27AAPFU0939F1ZX"),
            customer_row("", pin_code="0123"),
        ],
    )
    before = _counts(shop_path)

    code, out, err = _run(capsys, "import", "customers", str(path), "--data", str(shop_path))

    assert (code, out) == (1, "")
    assert err.splitlines() == [
        f"vyapar-lite-cli: nothing imported from {path}: 3 problems in 2 rows; "
        "fix them and import again",
        "row 3, GSTIN: The last character should be 'V' — check for a typing mistake",
        "row 4, Name: Enter the customer's name",
        "row 4, PIN code: A PIN code has 6 digits and does not start with 0",
    ]
    assert _counts(shop_path) == before


def test_more_than_200_problems_are_cut_short(
    shop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_sheet(tmp_path / "c.xlsx", [customer_row("", phone="1") for _ in range(150)])

    code, _, err = _run(capsys, "import", "customers", str(path), "--data", str(shop_path))

    lines = err.splitlines()
    assert code == 1
    assert "300 problems in 150 rows" in lines[0]
    assert len(lines) == 1 + 200 + 1
    assert lines[200] == "row 101, Phone: " + PHONE_RULE
    listing = tmp_path / "c.xlsx.problems.txt"
    assert lines[-1] == f"… and 100 more problems: all 300 are listed in {listing}"
    written = listing.read_text(encoding="utf-8").splitlines()
    assert "vyapar-lite-cli: " + written[0] == lines[0] and len(written) == 1 + 300
    assert written[1:201] == lines[1:201]
    assert written[-1].startswith("row 151, ")


def test_a_missing_header_or_a_non_workbook(
    shop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    headers = [h for h in HEADERS if h != "State"]
    path = write_sheet(tmp_path / "c.xlsx", [["x"] * len(headers)], headers=headers)
    code, _, err = _run(capsys, "import", "customers", str(path), "--data", str(shop_path))
    assert code == 1
    assert "row 1, State: The column 'State' is missing from row 1 (the headers)" in err

    text = tmp_path / "c.csv"
    text.write_text("Name\nAsha\n")
    code, _, err = _run(capsys, "import", "customers", str(text), "--data", str(shop_path))
    assert code == 1
    assert "c.csv is not an Excel workbook (.xlsx)" in err


def test_import_needs_an_existing_shop_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_sheet(tmp_path / "c.xlsx", [customer_row()])
    missing = tmp_path / "typo.vyapar"

    code, _, err = _run(capsys, "import", "customers", str(path), "--data", str(missing))

    assert code == 1
    assert "There is no shop data file" in err
    assert not missing.exists()


def test_export_customers(
    shop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_data_file(shop_path)
    customers.create_customer(CustomerDetails(name="Asha", gstin=GSTIN_27))
    close_data_file()
    out_path = tmp_path / "export.xlsx"

    code, out, err = _run(
        capsys, "export", "customers", "--out", str(out_path), "--data", str(shop_path)
    )

    assert (code, err) == (0, "")
    assert out == f"exported 1 customer to {out_path}\n"
    rows = list(load_workbook(out_path).worksheets[0].iter_rows(values_only=True))
    assert rows[0] == HEADERS
    assert rows[1][:2] == ("C0001", "Asha")


def test_export_then_import_elsewhere(
    shop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(capsys, "demo", "--out", str(tmp_path / "demo.vyapar"))[0] == 0
    out_path = tmp_path / "all.xlsx"
    args = ("--out", str(out_path), "--data", str(tmp_path / "demo.vyapar"))
    assert _run(capsys, "export", "customers", *args)[0] == 0

    code, out, _ = _run(capsys, "import", "customers", str(out_path), "--data", str(shop_path))

    assert code == 0
    assert out.startswith("imported 25 customers (C0001–C0025)")


@pytest.mark.parametrize(
    ("name", "message"),
    [("export.csv", "should end in .xlsx"), ("no/such/folder/x.xlsx", "there is no folder")],
)
def test_export_refuses_a_bad_target(
    shop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, message: str
) -> None:
    target = tmp_path / name
    code, _, err = _run(
        capsys, "export", "customers", "--out", str(target), "--data", str(shop_path)
    )
    assert code == 1
    assert message in err
    assert not target.exists()


def test_import_and_export_need_a_kind(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("import", "export"):
        with pytest.raises(SystemExit) as caught:
            cli.main([command])
        assert caught.value.code == 2
    assert "KIND" in capsys.readouterr().err
