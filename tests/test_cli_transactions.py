"""vyapar-lite-cli import transactions: history of every type in, then `export balances` out
equals balances worked out by hand; one bad row and nothing is written, the row is named."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from cli_runs import in_shop, run_cli
from factories import make_customer
from report_sheets import read_table
from sheet_files import write_sheet
from vyapar_lite.db import close_data_file, open_data_file
from vyapar_lite.db.models import AuditEntry, LedgerEntry, Receipt, SalesDoc, Sequence
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.domain.transaction_sheet import HEADERS
from vyapar_lite.services import doc_series, outstanding, payments, sales, sales_register
from vyapar_lite.services.report_scope import CustomerScope

ROWS: list[list[object]] = [
    # Date, Type, Number, Customer code, Taxable value, GST, Total, Due date, Mode, Reference,
    # Against number, Notes
    ["01-04-2026", "Opening bill", "OLD/101", "A1", None, None, 5000, "15-04-2026", None, None,
     None, "paper book page 4"],
    ["01-04-2026", "Opening bill", "OLD/102", "A1", None, None, 2000, None, None, None, None, None],
    ["10-04-2026", "Invoice", "T/1", "A1", 1000, 180, 1180, None, None, None, None, None],
    ["12-04-2026", "Invoice", "INV/2026-27/0007", "B1", 10000, 1800, 11800, None, None, None,
     None, None],
    ["15-04-2026", "Credit note", "TC/1", "B1", 1000, 180, 1180, None, None, None,
     "INV/2026-27/0007", "rate"],
    ["20-04-2026", "Receipt", "R/1", "A1", None, None, 6000, None, "UPI", "UPI-55", "T/1", None],
    ["21-04-2026", "Debit note", "TD/1", "B1", 500, 90, 590, None, None, None, None, None],
    ["25-04-2026", "Receipt", "R/2", "B1", None, None, 12000, None, "Cash", None, None, None],
    ["30-04-2026", "Refund", "F/1", "B1", None, None, 500, None, "Bank", "NEFT-9", None, None],
]  # fmt: skip
# By hand: A1 owes 5,000 + 2,000 + 1,180 - 6,000 = 2,180 (R/1: 1,180 on T/1, then 4,820 on
# OLD/101, due first); B1 (Karnataka: IGST) 11,800 - 1,180 + 590 - 12,000 + 500 = -290 in
# advance (R/2 settles 10,620 + 590 and keeps 790, of which the refund paid back 500).
BALANCES = {"A1": Decimal("2180"), "B1": Decimal("-290"), "C1": Decimal("0")}


@pytest.fixture
def shop(shop_path: Path) -> Path:
    open_data_file(shop_path)
    try:
        make_customer("Asha Traders", code="A1", state_code="27", payment_terms_days=15)
        make_customer("Bangalore Stores", code="B1", state_code="29")
        make_customer("Chetan", code="C1", state_code="27")
    finally:
        close_data_file()
    return shop_path


def _import(capsys: pytest.CaptureFixture[str], shop: Path, path: Path) -> tuple[int, str, str]:
    return run_cli(capsys, "import", "transactions", str(path), "--data", str(shop))


def test_import_then_export_balances_gives_the_hand_worked_balances(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_sheet(tmp_path / "history.xlsx", ROWS, headers=HEADERS)
    code, out, err = _import(capsys, shop, path)
    assert (code, err) == (0, "")
    assert out == (
        f"imported 9 transactions (2 opening bill, 2 invoice, 1 credit note, 2 receipt, "
        f"1 debit note, 1 refund) from {path}\n"
    )
    balances = tmp_path / "balances.xlsx"
    code, _, err = run_cli(
        capsys, "export", "balances", "--data", str(shop), "--as-of", "2027-03-31",
        "--sort", "code", "--out", str(balances),
    )  # fmt: skip
    assert (code, err) == (0, "")
    table = read_table(balances)
    col = table.headers.index("Balance")
    shown = {row[0].value: Decimal(str(row[col].value)) for row in table.rows}
    assert {c: shown[c] for c in BALANCES} == BALANCES

    def facts() -> tuple[object, ...]:
        owed = outstanding.outstanding_page(date(2026, 6, 30), CustomerScope(customer_code="A1"))
        register = {
            r.number: (r.taxable, r.cgst, r.sgst, r.igst)
            for r in sales_register.iter_register(date(2026, 4, 1), date(2027, 3, 31))
        }
        imported = AuditEntry.select().where(AuditEntry.action == "import")
        return (
            [(i.number, i.due_date, i.outstanding) for i in owed],
            register,
            sorted({(e.note, '"imported": true' in (e.after_json or "")) for e in imported}),
            imported.count(),
            Receipt.get(Receipt.number == "R/1").mode,
            Sequence.get(Sequence.name == "invoice/2026-27").next_number,
            doc_series.preview("invoice", date(2026, 5, 1)),
        )

    assert in_shop(shop, facts) == (
        [("OLD/101", date(2026, 4, 15), 18000), ("OLD/102", date(2026, 4, 16), 200000)],
        {
            "T/1": (100000, 9000, 9000, 0),
            "INV/2026-27/0007": (1000000, 0, 0, 180000),
            "TC/1": (-100000, 0, 0, -18000),
            "TD/1": (50000, 0, 0, 9000),
        },
        [("imported from history.xlsx", True)],
        9,
        "upi",
        8,
        "INV/2026-27/0008",
    )


def test_one_bad_row_writes_nothing_and_is_named(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = ["02-05-2026", "Receipt", "R/3", "A1", None, None, 100, None, "Cash", None, "T/99", None]
    path = write_sheet(tmp_path / "history.xlsx", [*ROWS, bad], headers=HEADERS)
    code, out, err = _import(capsys, shop, path)
    assert (code, out) == (1, "")
    assert err.splitlines()[:2] == [
        f"vyapar-lite-cli: nothing imported from {path}: 1 problem in 1 row; fix them and "
        "import again",
        "row 11, Against number: T/99 is not a document of A1 on or before 02-05-2026",
    ]
    assert in_shop(
        shop,
        lambda: (SalesDoc.select().count(), Receipt.select().count(), LedgerEntry.select().count()),
    ) == (0, 0, 0)


def test_every_kind_of_bad_row_is_listed(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        *ROWS,
        ["01-05-2026", "Invoice", "T/9", "ZZ", 100, 18, 118, None, None, None, None, None],
        ["01-05-2026", "Invoice", "T/1", "A1", 100, 18, 118, None, None, None, None, None],
        ["01-05-2026", "Invoice", "T/10", "A1", 100, 18, 120, None, None, None, None, None],
        ["01-05-2026", "Receipt", "R/4", "A1", None, None, 10, None, None, None, "T/1", None],
        ["31-02-2026", "Invoice", "T/11", "A1", 100, 0, 100, None, None, None, None, None],
        ["01-05-2026", "Invoice", "T/12", "A1", -100, 0, -100, None, None, None, None, None],
        ["01-05-2026", "Refund", "F/2", "A1", None, None, 50, None, None, None, None, None],
        ["01-05-2026", "Credit note", "TC/2", "A1", 100, 0, 100, None, None, None, "OLD/101",
         None],
    ]  # fmt: skip
    path = write_sheet(tmp_path / "history.xlsx", rows, headers=HEADERS)
    code, _, err = _import(capsys, shop, path)
    assert code == 1
    assert err.splitlines()[1:] == [
        "row 11, Customer code: There is no customer with code ZZ",
        "row 12, Number: T/1 is also on row 4",
        "row 13, Total: Total must be Taxable value + GST",
        "row 14, Against number: T/1 is already settled",
        "row 15, Date: 31-02-2026 is not a real date",
        "row 16, Taxable value: Amounts cannot be negative",
        "row 16, Total: Amounts cannot be negative",
        "row 17, Total: Over-allocation: A1 holds only ₹0.00 of advance",
        "row 18, Against number: OLD/101 is not an invoice of A1 on or before 01-05-2026",
    ]
    assert in_shop(shop, lambda: SalesDoc.select().count()) == 0


def test_a_number_the_shop_already_used_is_refused_and_nothing_is_written(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def post_in_the_app() -> tuple[str, str, str, int]:
        line = LineInput("Goods", 1000, 10000, 0)
        invoice = sales.post_invoice(sales.InvoiceDraft("A1", date(2026, 4, 5), [line]))
        paid = payments.record_receipt(payments.ReceiptDraft("B1", date(2026, 4, 6), 20000))
        refund = payments.record_refund(payments.RefundDraft("B1", date(2026, 4, 7), 5000))
        return invoice.number, paid.number, refund.number, LedgerEntry.select().count()

    invoice, receipt, refund, entries = in_shop(shop, post_in_the_app)
    rows = [
        *ROWS,
        ["01-05-2026", "Invoice", invoice, "A1", 100, 18, 118, None, None, None, None, None],
        ["01-05-2026", "Opening bill", invoice, "C1", None, None, 50, None, None, None, None,
         None],
        ["02-05-2026", "Receipt", receipt, "A1", None, None, 10, None, "Cash", None, None, None],
        ["03-05-2026", "Refund", refund, "B1", None, None, 10, None, "Cash", None, None, None],
    ]  # fmt: skip
    path = write_sheet(tmp_path / "history.xlsx", rows, headers=HEADERS)
    code, out, err = _import(capsys, shop, path)

    assert (code, out) == (1, "")
    assert err.splitlines() == [
        f"vyapar-lite-cli: nothing imported from {path}: 4 problems in 4 rows; fix them and "
        "import again",
        f"row 11, Number: {invoice} is already used in the shop",
        f"row 12, Number: {invoice} is also on row 11",
        f"row 13, Number: {receipt} is already used in the shop",
        f"row 14, Number: {refund} is already used in the shop",
    ]
    assert in_shop(
        shop,
        lambda: (SalesDoc.select().count(), Receipt.select().count(), LedgerEntry.select().count()),
    ) == (1, 1, entries)
