"""vyapar-lite-cli export cash-book / bank-book / day-book / expenses."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cli_runs import run_cli
from payment_builders import customer, receive
from report_sheets import read_table
from vyapar_lite.domain.expense import TaxAtRate
from vyapar_lite.services import expenses, money_accounts, money_setup

DAY = date(2026, 5, 10)


@pytest.fixture
def books(shop_file: Path) -> dict[str, str]:
    bank = money_setup.add_account(
        money_setup.NewAccount(
            "SBI current", "bank", "4321", "SBIN0001234", 500000, date(2026, 4, 1)
        )
    )
    money_setup.set_mode_account("upi", bank.id)
    code = customer()
    cash_receipt = receive(code, 120000, DAY)
    upi_receipt = receive(code, 30000, DAY, mode="upi", reference="UPI-9")
    bill = expenses.GstBill(
        "27AAPFU0939F1ZV", "EB/1", DAY, "MSEDCL", [TaxAtRate(1800, 10000, cgst=900, sgst=900)]
    )
    power = expenses.post_expense(
        expenses.ExpenseDraft(DAY, "Electricity", 11800, bank.id, "May", bill)
    ).number
    wages = expenses.post_expense(
        expenses.ExpenseDraft(DAY, "Wages", 50000, money_accounts.cash_account().id)
    ).number
    return {"cash": cash_receipt, "upi": upi_receipt, "power": power, "wages": wages}


def test_export_cash_book(
    books: dict[str, str], shop_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cash.xlsx"
    code, stdout, err = run_cli(
        capsys, "export", "cash-book", "--data", str(shop_file), "--from", "2026-05-01",
        "--to", "2026-05-31", "--out", str(out),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert stdout == f"exported 2 movements to {out} (2026-05-01 to 2026-05-31)\n"
    t = read_table(out)
    values = t.values()
    assert values[0][2] == "Brought forward"
    assert [row[1] for row in values[1:]] == [books["cash"], books["wages"]]
    assert [row[5] for row in values[1:]] == [1200, 700]
    assert str(t.total[3].value).startswith("=SUM(D")
    assert str(t.after[0][5].value).startswith("=F")  # closing = opening + in - out


def test_export_bank_book_needs_a_bank_s_name(
    books: dict[str, str], shop_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bank.xlsx"
    code, _, err = run_cli(
        capsys, "export", "bank-book", "--data", str(shop_file), "--account", "sbi current",
        "--from", "2026-05-01", "--to", "2026-05-31", "--out", str(out),
    )  # fmt: skip
    assert (code, err) == (0, "")
    values = read_table(out).values()
    assert values[0][5] == 5000  # opening, brought forward
    assert [(row[1], row[3], row[4]) for row in values[1:]] == [
        (books["upi"], 300, None),
        (books["power"], None, 118),
    ]
    code, _, err = run_cli(
        capsys, "export", "bank-book", "--data", str(shop_file), "--account", "Axis",
        "--from", "2026-05-01", "--to", "2026-05-31", "--out", str(out),
    )  # fmt: skip
    assert code == 1
    assert "--account" in err and "No money account 'Axis'" in err


def test_export_day_book_and_expenses(
    books: dict[str, str], shop_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "day.xlsx"
    code, stdout, err = run_cli(
        capsys, "export", "day-book", "--data", str(shop_file), "--on", "2026-05-10",
        "--out", str(out),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert stdout.startswith("exported 4 documents")
    values = read_table(out).values()
    assert {row[2] for row in values} == set(books.values())
    out = tmp_path / "expenses.xlsx"
    code, _, err = run_cli(
        capsys, "export", "expenses", "--data", str(shop_file), "--from", "2026-05-01",
        "--to", "2026-05-31", "--out", str(out),
    )  # fmt: skip
    assert (code, err) == (0, "")
    rows = read_table(out).values()
    assert [(r[1], r[2], r[5], r[8], r[9], r[12]) for r in rows] == [
        (books["power"], "Electricity", "27AAPFU0939F1ZV", 100, 9, 118),
        (books["wages"], "Wages", None, None, None, 500),
    ]
