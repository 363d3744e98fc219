"""vyapar-lite-cli export gstr3b: the outward tables as the portal's JSON or a workbook; bad
arguments refused with a message and nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cli_runs import run_cli
from return_builders import ReturnShop, return_shop_file


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ReturnShop]:
    return return_shop_file(tmp_path_factory.mktemp("cli-gstr3b"))


def test_a_month_as_json(
    shop: tuple[Path, ReturnShop], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _built = shop
    out = tmp_path / "may.json"
    code, stdout, err = run_cli(
        capsys, "export", "gstr3b", "--data", str(path), "--period", "2026-05", "--out", str(out)
    )
    assert code == 0, err
    assert "exported GSTR-3B outward supplies for May 2026 (ret_period 052026)" in stdout
    assert "Inward supplies are not covered yet" in err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) == {"gstin", "ret_period", "sup_details", "inter_sup"}
    assert data["inter_sup"]["unreg_details"][0]["pos"] == "29"


def test_a_quarter_as_a_workbook(
    shop: tuple[Path, ReturnShop], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _built = shop
    out = tmp_path / "q1.xlsx"
    code, stdout, err = run_cli(
        capsys, "export", "gstr3b", "--data", str(path), "--quarter", "2026-Q1",
        "--format", "xlsx", "--out", str(out),
    )  # fmt: skip
    assert code == 0, err
    assert "Q1 2026-27" in stdout
    assert load_workbook(out).sheetnames == ["3.1 Outward supplies", "3.2 Inter-state"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--period", "2026-13"], "2026-13 is not a GST return month"),
        (["--period", "May"], "Expected a month as YYYY-MM"),
        (["--quarter", "2026-Q5"], "Expected a quarter as YYYY-Qn"),
    ],
)
def test_bad_periods_are_refused(
    shop: tuple[Path, ReturnShop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    path, _built = shop
    out = tmp_path / "x.json"
    code, _stdout, err = run_cli(
        capsys, "export", "gstr3b", "--data", str(path), *argv, "--out", str(out)
    )
    assert code == 1 and message in err and "Traceback" not in err
    assert not out.exists()


def test_the_wrong_suffix_is_refused(
    shop: tuple[Path, ReturnShop], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _built = shop
    out = tmp_path / "x.xlsx"
    code, _stdout, err = run_cli(
        capsys, "export", "gstr3b", "--data", str(path), "--period", "2026-05", "--out", str(out)
    )
    assert code == 1 and "should end in .json for --format json" in err
    assert not out.exists()
