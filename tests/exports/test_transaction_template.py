"""resources/templates/transactions.xlsx: the headers the history import reads, made by
build_scripts/make_templates.py from `domain.transaction_sheet`."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from vyapar_lite.domain.transaction_sheet import HEADERS
from vyapar_lite.exports import workbook
from vyapar_lite.exports.transactions import write_template
from vyapar_lite.services import transaction_import

TEMPLATE = Path(__file__).resolve().parents[2] / "resources" / "templates" / "transactions.xlsx"


def test_the_committed_template_has_exactly_the_issue_s_headers() -> None:
    wb = load_workbook(TEMPLATE)
    assert wb.sheetnames == ["Transactions", "How to fill"]
    rows = list(wb["Transactions"].iter_rows(values_only=True))
    assert rows == [HEADERS]
    assert HEADERS == (
        "Date", "Type", "Number", "Customer code", "Taxable value", "GST", "Total", "Due date",
        "Mode", "Reference", "Against number", "Notes",
    )  # fmt: skip


def test_the_committed_template_is_what_the_code_writes(tmp_path: Path) -> None:
    """Run build_scripts/make_templates.py after changing the columns or their notes."""
    fresh = tmp_path / "transactions.xlsx"
    write_template(fresh)
    for name in ("Transactions", "How to fill"):
        committed = list(load_workbook(TEMPLATE)[name].iter_rows(values_only=True))
        assert list(load_workbook(fresh)[name].iter_rows(values_only=True)) == committed


def test_the_template_imports_as_an_empty_sheet(shop_file: Path) -> None:
    preview = transaction_import.preview_transactions(workbook.read_first_sheet(TEMPLATE))
    assert [e.message for e in preview.errors] == ["There are no transactions below the header row"]
