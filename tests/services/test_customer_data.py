"""A customer's data export: everything the shop holds on them, and nothing on anyone else."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from cli_runs import run_cli
from factories import make_customer
from payment_builders import invoice, receive
from vyapar_lite.db import close_data_file
from vyapar_lite.db.connection import current_server
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.exports.customer_data import export_customer_data
from vyapar_lite.services.customer_data import customer_data


@pytest.fixture
def asha(shop_file: Path) -> str:
    code = make_customer("Asha Verma", code="ASHA", phone="9822011111").code
    make_customer("Ravi Kumar", code="RAVI")
    invoice(code, 150000)
    receive(code, 50000)
    invoice("RAVI", 99900)
    return code


def test_every_table_holds_only_this_customers_records(asha: str) -> None:
    data = customer_data(asha)

    tables = {t.title: t for t in data.tables}
    assert tables["Customer"].rows[0][tables["Customer"].columns.index("phone")] == "9822011111"
    assert len(tables["Sales documents"].rows) == 1
    assert len(tables["Receipts"].rows) == 1
    assert len(tables["Allocations"].rows) == 1
    assert len(tables["Ledger"].rows) == 2
    assert tables["Changes (audit log)"].rows
    everything = repr([t.rows for t in data.tables])
    assert "Ravi Kumar" not in everything and "RAVI" not in everything


def test_an_unknown_code_is_refused(shop_file: Path) -> None:
    with pytest.raises(ValidationError, match="no customer with code NOBODY"):
        customer_data("nobody")


def test_the_workbook_has_a_sheet_per_table(asha: str, tmp_path: Path) -> None:
    path = tmp_path / "asha.xlsx"
    data = customer_data(asha)

    assert export_customer_data(path, data) == data.records

    book = load_workbook(path, read_only=True)
    assert book.sheetnames[:4] == ["Customer", "Ledger", "Notes", "Sales documents"]
    cells = [c for row in book["Customer"].iter_rows(values_only=True) for c in row]
    assert "Asha Verma" in cells and "9822011111" in cells


def test_the_cli_writes_it(
    asha: str, shop_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server = current_server()  # the CLI run opens the same shop: a server's address, or the file
    data = server.url if server is not None else str(shop_file)
    close_data_file()
    out = tmp_path / "asha.xlsx"
    code, stdout, _ = run_cli(
        capsys, "export", "customer-data", "--code", asha, "--data", data, "--out", str(out)
    )
    assert code == 0 and "records to" in stdout
    cells = [c for row in load_workbook(out)["Customer"].iter_rows(values_only=True) for c in row]
    assert "Asha Verma" in cells and "Ravi Kumar" not in cells
