"""Issue 13's prompt on the command line: `export gstr1` says how to mark the period filed, and
with --mark-filed marks it and closes the books up to the period's last day."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cli_runs import in_shop, run_cli
from return_builders import return_shop_file
from vyapar_lite.services import closed_books
from vyapar_lite.services.returns import filing
from vyapar_lite.services.returns.period import parse_month


def test_export_then_mark_filed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, _built = return_shop_file(tmp_path)
    out = tmp_path / "may.json"
    argv = ("export", "gstr1", "--data", str(path), "--period", "2026-05", "--out", str(out))
    code, stdout, err = run_cli(capsys, *argv)
    assert code == 0, err
    assert (
        "run this again with --mark-filed to mark May 2026 filed and close the books up to "
        "31-05-2026" in stdout
    )
    assert in_shop(path, closed_books.closed_up_to) is None

    code, stdout, err = run_cli(capsys, *argv, "--mark-filed")
    assert code == 0, err
    assert "marked May 2026 filed; books closed up to 31-05-2026" in stdout
    assert in_shop(path, closed_books.closed_up_to) == date(2026, 5, 31)
    assert in_shop(path, lambda: filing.is_filed(parse_month("2026-05")))

    code, stdout, err = run_cli(capsys, *argv)
    assert code == 0 and "May 2026 is already marked filed" in stdout


def test_a_failed_export_marks_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, _built = return_shop_file(tmp_path)
    out = tmp_path / "missing" / "may.json"
    code, _stdout, err = run_cli(
        capsys, "export", "gstr1", "--data", str(path), "--period", "2026-05", "--out", str(out),
        "--mark-filed",
    )  # fmt: skip
    assert code == 1 and "there is no folder" in err
    assert in_shop(path, filing.filed_periods) == []
    assert in_shop(path, closed_books.closed_up_to) is None
