"""vyapar-lite-cli export gstr1: a month or a quarter, JSON or the offline tool's Excel layout;
what makes the return not ready printed first; bad arguments and shops that file no GSTR-1
refused with a message and nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cli_runs import in_shop, run_cli
from return_builders import ReturnShop, return_shop_file
from vyapar_lite.db.models import Shop
from vyapar_lite.services import closed_books

SHEETS = ["b2b,sez,de", "b2cl", "b2cs", "cdnr", "cdnur", "exp", "exemp", "hsn(b2b)", "hsn(b2c)",
          "docs"]  # fmt: skip


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ReturnShop]:
    return return_shop_file(tmp_path_factory.mktemp("cli-gstr1"))


def test_a_month_as_json_with_what_is_not_ready_first(
    shop: tuple[Path, ReturnShop], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, built = shop
    out = tmp_path / "may.json"
    code, stdout, err = run_cli(
        capsys, "export", "gstr1", "--data", str(path), "--period", "2026-05", "--out", str(out)
    )
    assert code == 0, err
    assert "exported GSTR-1 for May 2026 (fp 052026)" in stdout
    # the debit notes' free-text lines have HSN; nothing is closed yet
    assert err.splitlines() == [
        "not ready: No period's books are closed: the 18 documents in the period can still be "
        "cancelled, and more can be posted. Close the books up to 31-05-2026 in Settings (Books "
        "closed up to) once the return is filed."
    ]
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["fp"] == "052026"
    assert built.numbers["june"] not in out.read_text(encoding="utf-8")


def test_a_quarter_in_the_excel_layout(
    shop: tuple[Path, ReturnShop], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, built = shop
    out = tmp_path / "q1.xlsx"
    code, stdout, err = run_cli(capsys, "export", "gstr1", "--data", str(path), "--quarter",
                                "2026-Q1", "--format", "xlsx", "--out", str(out))  # fmt: skip
    assert code == 0, err
    assert "Q1 2026-27 (April 2026 to June 2026) (fp 062026)" in stdout
    wb = load_workbook(out)
    assert wb.sheetnames == SHEETS
    b2b = wb["b2b,sez,de"]
    assert [c.value for c in b2b[4]][:5] == [
        "GSTIN/UIN of Recipient", "Receiver Name", "Invoice Number", "Invoice date",
        "Invoice Value",
    ]  # fmt: skip
    numbers = {row[2].value for row in b2b.iter_rows(min_row=5)}
    assert {built.numbers["april"], built.numbers["b2b_intra"]} <= numbers  # April is in Q1
    assert str(b2b["L3"].value).startswith("=SUM(L5:L")


def test_books_closed_for_the_month_leave_nothing_to_say(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = return_shop_file(tmp_path)
    in_shop(path, lambda: closed_books.close_up_to(__import__("datetime").date(2026, 5, 31)))
    code, _, err = run_cli(capsys, "export", "gstr1", "--data", str(path), "--period",
                           "2026-05", "--out", str(tmp_path / "may.json"))  # fmt: skip
    assert (code, err) == (0, "")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--period", "2026-13"], "--period: 2026-13 is not a GST return month"),
        (["--period", "05-2026"], "--period: Expected a month as YYYY-MM"),
        (["--quarter", "2026-Q5"], "--quarter: Expected a quarter as YYYY-Qn"),
        (["--period", "2026-05", "--format", "xlsx"], "should end in .xlsx for --format xlsx"),
    ],
)
def test_bad_arguments_are_named(
    shop: tuple[Path, ReturnShop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    out = tmp_path / "out.json"
    code, _, err = run_cli(capsys, "export", "gstr1", "--data", str(shop[0]), *args,
                           "--out", str(out))  # fmt: skip
    assert code == 1 and message in err and "Traceback" not in err
    assert not out.exists()


def test_both_a_month_and_a_quarter_is_a_usage_error(
    shop: tuple[Path, ReturnShop], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        from vyapar_lite import cli

        cli.main(["export", "gstr1", "--data", str(shop[0]), "--period", "2026-05",
                  "--quarter", "2026-Q1", "--out", "x.json"])  # fmt: skip
    assert exc.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"gstin": ""}, "The shop has no GSTIN"),
        ({"composition": True, "composition_rate_bp": 100}, "composition scheme"),
    ],
)
def test_a_shop_that_files_no_gstr1_gets_nothing_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: dict[str, object], message: str
) -> None:
    path, _ = return_shop_file(tmp_path)
    in_shop(path, lambda: Shop.update(**change).execute())
    out = tmp_path / "may.json"
    code, _, err = run_cli(capsys, "export", "gstr1", "--data", str(path), "--period",
                           "2026-05", "--out", str(out))  # fmt: skip
    assert code == 1
    assert "GSTR-1 for May 2026 was not written: " in err and message in err
    assert not out.exists()


def test_help_names_the_periods_and_formats(capsys: pytest.CaptureFixture[str]) -> None:
    from vyapar_lite import cli

    with pytest.raises(SystemExit):
        cli.main(["export", "gstr1", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for words in ("--period YYYY-MM", "--quarter YYYY-Qn", "2026-Q1 is April to June 2026",
                  "{json,xlsx}", "not ready"):  # fmt: skip
        assert words in text, words
