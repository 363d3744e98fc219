"""The demo shop moved to a server and back gives the same reports and `check` (issue 18).

Everything goes through `vyapar-lite-cli`, as a shopkeeper (or the benchmark,
benchmarks/server_round_trip.py, on the 1M-entry shop) would: the demo shop's file, the shop
moved to a throwaway server (`move-to-server`), and back into a new file. On each of the three:

- `export balances` and `export sales-register` (every document of the shop): the workbooks'
  sheets and, cell by cell, every value and number format; the one cell that may differ is the
  time the workbook was made ("Generated at"), so it is left out;
- `check`: its exit status, and `health.check()`'s problems and `health.summary()`'s counts.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from cli_runs import in_shop, run_cli
from pg_cluster import Cluster
from vyapar_lite.db import close_data_file, database, open_data_file
from vyapar_lite.services import health, sample_shop

AS_OF = "2026-11-30"
Cells = dict[str, list[tuple[str, Any, str]]]


def _cells(workbook: Path) -> Cells:
    """Every sheet's cells as (coordinate, value, number format), without "Generated at"'s."""
    sheets: Cells = {}
    book = load_workbook(workbook)
    for sheet in book.worksheets:
        cells = []
        for row in sheet.iter_rows():
            stamped = row[0].value == "Generated at"
            for cell in row:
                if cell.value is None or (stamped and cell.column > 1):
                    continue
                cells.append((cell.coordinate, cell.value, cell.number_format))
        sheets[sheet.title] = cells
    return sheets


def _results(
    capsys: pytest.CaptureFixture[str], data: str, folder: Path, period: tuple[str, str]
) -> tuple[Cells, Cells, tuple[int, list[str], health.FileSummary]]:
    folder.mkdir()
    balances, register = folder / "balances.xlsx", folder / "register.xlsx"
    code, _, err = run_cli(
        capsys, "export", "balances", "--data", data, "--as-of", AS_OF, "--out", str(balances)
    )
    assert (code, err) == (0, "")
    code, _, err = run_cli(
        capsys, "export", "sales-register", "--data", data, "--from", period[0],
        "--to", period[1], "--out", str(register),
    )  # fmt: skip
    assert (code, err) == (0, "")
    checked, out, err = run_cli(capsys, "check", "--data", data)
    assert out.startswith("ok: "), err
    open_data_file(_location(data), create=False)
    try:
        result, summary = health.check(), health.summary()
    finally:
        close_data_file()
    return _cells(balances), _cells(register), (checked, result.problems, summary)


def _location(data: str) -> Any:
    from vyapar_lite.db.store import data_location

    return data_location(data)


def _period(shop_file: Path) -> tuple[str, str]:
    """The financial years holding every sales document of the shop."""

    def read() -> tuple[str, str]:
        first, last = database.execute_sql(
            "SELECT MIN(doc_date), MAX(doc_date) FROM sales_doc"
        ).fetchone()
        start, end = date.fromisoformat(str(first)[:10]), date.fromisoformat(str(last)[:10])
        year = start.year if start.month >= 4 else start.year - 1
        last_year = end.year if end.month >= 4 else end.year - 1
        return f"{year}-04-01", f"{last_year + 1}-03-31"

    return in_shop(shop_file, read)


def test_the_demo_shop_moved_to_a_server_and_back_gives_the_same_reports_and_check(
    shop_server: Cluster, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shop_file = tmp_path / "demo.vyapar"
    open_data_file(shop_file)
    sample_shop.fill_sample_shop()
    close_data_file()
    period = _period(shop_file)
    in_file = _results(capsys, str(shop_file), tmp_path / "file", period)
    balances, register, checked = in_file
    assert len(balances["Balances"]) > 100 and len(register["Sales register"]) > 100
    assert checked[0] == 0 and checked[1] == [] and checked[2].ledger_entries > 0

    shop_server.admin("CREATE DATABASE round_trip")
    address = shop_server.address("round_trip")
    try:
        code, out, err = run_cli(
            capsys, "move-to-server", "--data", str(shop_file), "--to", address.url
        )
        assert code == 0, err
        assert "moved to" in out
        on_server = _results(capsys, address.url, tmp_path / "server", period)
        assert on_server == in_file

        back = tmp_path / "back.vyapar"
        code, out, err = run_cli(capsys, "move-to-server", "--data", address.url, "--to", str(back))
        assert code == 0, err
        assert _results(capsys, str(back), tmp_path / "back", period) == in_file
    finally:
        close_data_file()
        shop_server.drop(address)
