"""vyapar-lite-cli import items / export items: summaries, listed problems, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from cli_runs import in_shop, run_cli
from sheet_files import item_row, write_item_sheet
from vyapar_lite import cli
from vyapar_lite.db import close_data_file, open_data_file
from vyapar_lite.db.models import AuditEntry, Item, StockMove
from vyapar_lite.domain.item_sheet import HEADERS
from vyapar_lite.services import items
from vyapar_lite.services.sample_shop import fill_sample_shop

_run = run_cli


def _counts(path: Path) -> tuple[int, int, int]:
    return in_shop(
        path,
        lambda: (Item.select().count(), StockMove.select().count(), AuditEntry.select().count()),
    )


def test_import_a_clean_file(
    shop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_item_sheet(
        tmp_path / "new items.xlsx",
        [
            item_row("Sugar", unit="kg", sale_price=46, track_stock="Yes", opening_stock=150),
            item_row("Salt", gst_rate=0),
            item_row("Pen", gst_rate=18),
        ],
    )

    code, out, err = _run(capsys, "import", "items", str(path), "--data", str(shop_path))

    assert (code, err) == (0, "")
    assert out == f"imported 3 items (I0001–I0003) from {path}\n"
    assert _counts(shop_path)[:2] == (3, 1)


def test_import_one_item_with_a_warning(
    shop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_item_sheet(tmp_path / "i.xlsx", [item_row("Sugar"), item_row("SUGAR", code="S2")])

    code, out, err = _run(capsys, "import", "items", str(path), "--data", str(shop_path))

    assert code == 0
    assert out == f"imported 2 items (I0001–S2) from {path}\n"
    assert err == "warning: row 3, Name: SUGAR is also on row 2\n"


def test_a_bad_file_lists_every_bad_row_and_imports_nothing(
    shop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_item_sheet(
        tmp_path / "i.xlsx",
        [item_row("Fine"), item_row("", hsn_sac="99"), item_row("Half", opening_stock=1.2345)],
    )
    before = _counts(shop_path)

    code, out, err = _run(capsys, "import", "items", str(path), "--data", str(shop_path))

    assert (code, out) == (1, "")
    assert err.splitlines() == [
        f"vyapar-lite-cli: nothing imported from {path}: 3 problems in 2 rows; "
        "fix them and import again",
        "row 3, Name: Enter the item's name",
        "row 3, HSN/SAC: A SAC (services) code has 6 digits starting 99, e.g. 998714",
        "row 4, Opening stock: A quantity can have at most 3 digits after the decimal point",
    ]
    assert _counts(shop_path) == before


def test_export_the_sample_items(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "demo.vyapar"
    open_data_file(data)
    fill_sample_shop()
    rice = items.get_item("I0001")
    close_data_file()
    out_file = tmp_path / "items.xlsx"

    code, out, err = _run(capsys, "export", "items", "--out", str(out_file), "--data", str(data))

    assert (code, err) == (0, "")
    assert out == f"exported 20 items to {out_file}\n"
    rows = list(load_workbook(out_file).worksheets[0].iter_rows(values_only=True))
    assert rows[0] == HEADERS
    assert rows[1][:4] == ("I0001", rice.details.name, rice.details.hsn_sac, rice.details.unit)
    assert len(rows) == 21


def test_export_refuses_a_bad_out_path(
    shop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(
        capsys, "export", "items", "--out", str(tmp_path / "i.csv"), "--data", str(shop_path)
    )
    assert code == 1
    assert err == f"vyapar-lite-cli: {tmp_path / 'i.csv'} should end in .xlsx (an Excel workbook)\n"
    missing = tmp_path / "no" / "i.xlsx"
    code, _, err = _run(capsys, "export", "items", "--out", str(missing), "--data", str(shop_path))
    assert code == 1
    assert err == f"vyapar-lite-cli: there is no folder {missing.parent} to write i.xlsx in\n"


def test_import_items_needs_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["import", "items"])
    assert caught.value.code == 2
    assert "FILE.xlsx" in capsys.readouterr().err
