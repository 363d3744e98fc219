"""vyapar-lite-cli export statement / balances / ageing / outstanding / sales-register / pack."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from report_builders import ReportShop, build_report_shop
from report_sheets import read_table
from vyapar_lite import cli
from vyapar_lite.db import is_open


@pytest.fixture
def shop(shop_file: Path) -> ReportShop:
    return build_report_shop()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert not is_open(), "the command left the shop file open"
    return code, out, err


def _usage_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as exc:
        cli.main(list(argv))
    assert exc.value.code == 2
    return capsys.readouterr().err


def test_export_balances(
    shop: ReportShop, shop_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "balances.xlsx"
    code, stdout, err = _run(
        capsys, "export", "balances", "--data", str(shop_file), "--as-of", "2026-06-30",
        "--out", str(out),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert stdout == f"exported 7 customers to {out} (balances as of 2026-06-30)\n"
    assert load_workbook(out).sheetnames == ["Balances"]
    t = read_table(out)
    assert [row[0].value for row in t.rows] == [
        shop.kaveri, shop.asha, shop.old, shop.dealer, shop.quiet, "CASH", shop.ravi,
    ]  # fmt: skip


def test_export_balances_filtered_and_sorted(
    shop: ReportShop, shop_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "pune.xlsx"
    code, _, _ = _run(
        capsys, "export", "balances", "--data", str(shop_file), "--as-of", "2026-06-30",
        "--city", "Pune", "--sort", "code", "--out", str(out),
    )  # fmt: skip
    assert code == 0
    assert [row[0].value for row in read_table(out).rows] == [shop.asha, shop.ravi, shop.old]


def test_export_statement(
    shop: ReportShop, shop_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "asha.xlsx"
    code, stdout, err = _run(
        capsys, "export", "statement", "--data", str(shop_file), "--customer", shop.asha.lower(),
        "--from", "2026-04-01", "--to", "2026-06-30", "--out", str(out),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert stdout == f"exported 8 statement lines to {out} (C0001, 2026-04-01 to 2026-06-30)\n"
    assert len(read_table(out).rows) == 9  # brought forward + 8 entries


def test_export_ageing_with_bands(
    shop: ReportShop, shop_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "ageing.xlsx"
    code, stdout, _ = _run(
        capsys, "export", "ageing", "--data", str(shop_file), "--as-of", "2026-06-30",
        "--bands", "15,45", "--out", str(out),
    )  # fmt: skip
    assert code == 0
    assert stdout == f"exported 5 customers to {out} (ageing as of 2026-06-30)\n"
    assert read_table(out).headers[5:9] == ["Not due", "0-15", "16-45", "Over 45"]


def test_export_outstanding_register_and_pack(
    shop: ReportShop, shop_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ("--data", str(shop_file))
    owed, register, pack = (
        tmp_path / "owed.xlsx",
        tmp_path / "register.xlsx",
        tmp_path / "pack.xlsx",
    )
    assert _run(capsys, "export", "outstanding", *data, "--as-of", "2026-06-30",
                "--customer", shop.kaveri, "--out", str(owed))[1] == (
        f"exported 2 outstanding invoices to {owed} (as of 2026-06-30)\n"
    )  # fmt: skip
    assert _run(capsys, "export", "sales-register", *data, "--from", "2026-04-01",
                "--to", "2026-06-30", "--out", str(register))[1] == (
        f"exported 8 register rows to {register} (2026-04-01 to 2026-06-30)\n"
    )  # fmt: skip
    assert _run(capsys, "export", "pack", *data, "--from", "2026-04-01", "--to", "2026-06-30",
                "--out", str(pack))[1] == f"exported 6 customer statements to {pack}\n"  # fmt: skip
    assert load_workbook(pack).sheetnames[:3] == ["Summary", "Sales register", "HSN summary"]
    hsn = tmp_path / "hsn.xlsx"
    assert _run(capsys, "export", "hsn", *data, "--from", "2026-04-01", "--to", "2026-06-30",
                "--out", str(hsn))[1] == (
        f"exported 5 HSN rows to {hsn} (2026-04-01 to 2026-06-30)\n"
    )  # fmt: skip
    assert read_table(hsn).headers[:4] == ["Tab", "HSN/SAC", "Description", "UQC"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["statement", "--customer", "C0001", "--from", "01-04-2026", "--to", "2026-06-30"],
         "argument --from: expected a date in the form YYYY-MM-DD (for example 2026-04-01), "
         "not '01-04-2026'"),
        (["statement", "--customer", "C0001", "--from", "2026-04-01", "--to", "20260630"],
         "argument --to: expected a date in the form YYYY-MM-DD (for example 2026-04-01), "
         "not '20260630'"),
        (["balances", "--as-of", "2026-02-30"],
         "argument --as-of: 2026-02-30 is not a real date; expected a date in the form "
         "YYYY-MM-DD (for example 2026-04-01)"),
        (["sales-register", "--from", "2026-4-1", "--to", "2026-06-30"],
         "argument --from: expected a date in the form YYYY-MM-DD"),
        (["ageing", "--as-of", "yesterday"], "argument --as-of: expected a date in the form"),
    ],
)  # fmt: skip
def test_dates_are_read_strictly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    err = _usage_error(capsys, "export", *argv, "--out", str(tmp_path / "x.xlsx"))
    assert message in err
    assert not (tmp_path / "x.xlsx").exists()


def test_mistakes_that_need_the_shop_are_explained(
    shop: ReportShop, shop_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, out = ("--data", str(shop_file)), str(tmp_path / "x.xlsx")
    code, _, err = _run(capsys, "export", "pack", *data, "--from", "2026-06-30",
                        "--to", "2026-04-01", "--out", out)  # fmt: skip
    assert (code, err) == (
        1,
        "vyapar-lite-cli: --from 2026-06-30 is after --to 2026-04-01; "
        "the period must start first\n",
    )
    code, _, err = _run(capsys, "export", "statement", *data, "--customer", "NOPE",
                        "--from", "2026-04-01", "--to", "2026-06-30", "--out", out)  # fmt: skip
    assert (code, err) == (
        1,
        "vyapar-lite-cli: the input is not valid:\n"
        "  customer: There is no customer with code NOPE\n",
    )
    code, _, err = _run(capsys, "export", "outstanding", *data, "--customer", "NOPE", "--out", out)
    assert (code, err) == (
        1,
        "vyapar-lite-cli: the input is not valid:\n"
        "  customer: There is no customer with code NOPE\n",
    )
    code, _, err = _run(capsys, "export", "ageing", *data, "--bands", "60,30", "--out", out)
    assert (code, err) == (
        1,
        "vyapar-lite-cli: the input is not valid:\n"
        "  bands: Each band limit must be larger than the one before it\n",
    )
    code, _, err = _run(capsys, "export", "balances", *data, "--out", str(tmp_path / "x.csv"))
    assert (code, err) == (
        1,
        f"vyapar-lite-cli: {tmp_path / 'x.csv'} should end in .xlsx (an Excel workbook)\n",
    )
    assert not (tmp_path / "x.xlsx").exists()
