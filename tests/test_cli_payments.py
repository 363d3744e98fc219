"""`vyapar-lite-cli check` recomputes the cached and derived figures of payments and compares."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from cli_runs import run_cli
from payment_builders import DAY, cheque, invoice, receive, supplier
from vyapar_lite.db import close_data_file, open_data_file
from vyapar_lite.services import health, payments, sales


@pytest.fixture
def busy_shop(shop_path: Path) -> Path:
    """A closed shop file with every kind of payment document in it."""
    open_data_file(shop_path, create=False)
    try:
        code = supplier("Gupta Electricals")
        first = invoice(code, 1000000)
        invoice(code, 500000, date(2026, 5, 12))
        receive(code, 400000, allocations={first: 400000})
        payments.write_off(first, 1000, on=DAY, reason="round off")
        bounced = receive(code, 200000, mode="cheque", cheque=cheque(on=DAY))
        payments.mark_bounced(bounced, date(2026, 5, 14), reason="funds", charge=30000)
        receive(code, 100000, mode="cheque", cheque=cheque("222222", on=date(2026, 6, 1)))
        receive(code, 250000, date(2026, 5, 15), allocations={})
        payments.record_refund(payments.RefundDraft(code, date(2026, 5, 16), 50000))
        payments.record_bill(
            payments.BillDraft(code, "GE/7", DAY, taxable=300000, gst=54000, total=354000)
        )
        payments.record_supplier_payment(
            payments.SupplierPaymentDraft(code, date(2026, 5, 17), 100000)
        )
        payments.post_contra(code, date(2026, 5, 31))
        line = sales.LineInput("Goods", 1000, 100000, 0)
        sales.post_invoice(sales.InvoiceDraft(code, DAY, [line]))
        assert health.check().problems == []
    finally:
        close_data_file()
    return shop_path


def _tamper(path: Path, sql: str) -> None:
    raw = sqlite3.connect(path)
    raw.execute(sql)
    raw.commit()
    raw.close()


def test_check_passes_on_a_shop_with_payments(
    busy_shop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(capsys, "check", "--data", str(busy_shop))
    assert (code, err) == (0, "")
    assert out.startswith("ok:")


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        (
            "UPDATE customer SET loyalty_points = loyalty_points + 5 WHERE code <> 'CASH'",
            "cached loyalty points",
        ),
        (
            "DELETE FROM ledger_entry WHERE kind = 'receipt' AND doc_number = 'RCT/26-27/00001'",
            "RCT/26-27/00001: its ledger entries credit ₹0.00 but the receipt says ₹4,000.00",
        ),
        (
            "UPDATE allocation SET amount = amount + 100000000 WHERE id = 1",
            "more than its total ₹10,000.00",
        ),
        (
            "UPDATE receipt SET amount = 100 WHERE number = 'RCT/26-27/00004'",
            "RCT/26-27/00004: allocated and refunded ₹500.00, more than its amount ₹1.00",
        ),
        ("DELETE FROM payable_entry WHERE kind = 'purchase'", "but the bill says ₹3,540.00"),
        (
            "UPDATE payment_out SET status = 'cancelled' WHERE purpose = 'contra'",
            "CON/26-27/00001",
        ),
        ("UPDATE bill_allocation SET amount = 999999999", "more than its total ₹3,540.00"),
        ("DELETE FROM ledger_entry WHERE kind = 'refund'", "but the refund says ₹500.00"),
        (  # a snapshot deleted behind the app's back (issue 13)
            "DELETE FROM document_party WHERE doc_type = 'sales_doc' AND doc_id = "
            "(SELECT id FROM sales_doc WHERE number = 'INV/26-27/00002')",
            "INV/26-27/00002: the document's parties as issued (names, addresses, GSTINs, "
            "states) are missing",
        ),
        (
            "DELETE FROM document_party WHERE doc_type = 'contra'",
            "CON/26-27/00001: the contra's parties as issued",
        ),
        (  # a line edited in the file: its taxable value no longer adds up to the invoice's
            "UPDATE sales_doc_line SET taxable = taxable + 1, total = total + 1 WHERE doc_id = "
            "(SELECT id FROM sales_doc WHERE number = 'INV/26-27/00001')",
            "INV/26-27/00001: its taxable value says ₹10,000.00 but its lines add up to ₹10,000.01",
        ),
    ],
)
def test_check_finds_each_kind_of_mismatch(
    busy_shop: Path, capsys: pytest.CaptureFixture[str], sql: str, message: str
) -> None:
    _tamper(busy_shop, sql)

    code, out, err = run_cli(capsys, "check", "--data", str(busy_shop))

    assert code == 1
    assert out == ""
    assert message in err
