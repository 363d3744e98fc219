"""`vyapar-lite-cli export tally`: the file, and clear words for bad arguments."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cli_runs import in_shop, run_cli
from tally_builders import build_tally_shop
from vyapar_lite import cli
from vyapar_lite.db import close_data_file
from vyapar_lite.db.models import SalesDoc


@pytest.fixture
def shop(shop_file: Path) -> Path:
    build_tally_shop()
    close_data_file()
    return shop_file


def test_export_tally_writes_the_periods_vouchers(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "may.xml"
    code, stdout, err = run_cli(capsys, "export", "tally", "--data", str(shop),
                                "--from", "2026-05-01", "--to", "2026-05-31",
                                "--out", str(out))  # fmt: skip
    assert (code, err) == (0, "")
    count = len(list(ET.parse(out).getroot().iter("VOUCHER")))
    assert stdout == f"exported {count} vouchers to {out} (2026-05-01 to 2026-05-31)\n"
    assert count == 17
    assert out.stat().st_mode & 0o044 == 0o044  # readable by the accountant's copy tool


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--from", "2026-13-01", "--to", "2026-05-31"],
         "argument --from: 2026-13-01 is not a real date; expected a date in the form YYYY-MM-DD"),
        (["--from", "01-05-2026", "--to", "2026-05-31"],
         "argument --from: expected a date in the form YYYY-MM-DD"),
        (["--from", "2026-05-01"], "the following arguments are required: --to"),
    ],
)  # fmt: skip
def test_bad_dates_are_explained(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["export", "tally", *argv, "--out", str(tmp_path / "x.xml")])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err
    assert not (tmp_path / "x.xml").exists()


def test_mistakes_that_need_the_shop_are_explained(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ("--data", str(shop))
    code, _, err = run_cli(capsys, "export", "tally", *data, "--from", "2026-06-30",
                           "--to", "2026-04-01", "--out", str(tmp_path / "x.xml"))  # fmt: skip
    assert (code, err) == (
        1,
        "vyapar-lite-cli: --from 2026-06-30 is after --to 2026-04-01; "
        "the period must start first\n",
    )
    code, _, err = run_cli(capsys, "export", "tally", *data, "--from", "2026-04-01",
                           "--to", "2026-06-30", "--out", str(tmp_path / "x.xlsx"))  # fmt: skip
    assert (code, err) == (
        1,
        f"vyapar-lite-cli: {tmp_path / 'x.xlsx'} should end in .xml (an XML file for Tally)\n",
    )
    missing = tmp_path / "nowhere" / "x.xml"
    code, _, err = run_cli(capsys, "export", "tally", *data, "--from", "2026-04-01",
                           "--to", "2026-06-30", "--out", str(missing))  # fmt: skip
    assert (code, err) == (
        1,
        f"vyapar-lite-cli: there is no folder {missing.parent} to write x.xml in\n",
    )
    assert list(tmp_path.glob("*.xml*")) == []


def test_a_damaged_document_is_named_not_a_traceback(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def tamper() -> None:
        SalesDoc.update(grand_total=SalesDoc.grand_total + 1).where(
            SalesDoc.number == "INV/26-27/00002"
        ).execute()

    in_shop(shop, tamper)
    out = tmp_path / "x.xml"
    code, _, err = run_cli(capsys, "export", "tally", "--data", str(shop), "--from", "2026-04-01",
                           "--to", "2026-06-30", "--out", str(out))  # fmt: skip
    assert (code, err) == (
        1,
        "vyapar-lite-cli: the input is not valid:\n"
        "  books: INV/26-27/00002: its total is not what its lines add up to; "
        "run Check the books (vyapar-lite-cli check) before exporting\n",
    )
    assert not out.exists()
