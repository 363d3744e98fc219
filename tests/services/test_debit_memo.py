"""A bounced cheque's bank charge is a non-GST debit memo (Circular 178/10/2022): in the
customer's ledger, statement and outstanding, never in the sales register, dashboard or segments."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from payment_builders import cheque, customer, invoice, ledger_balance, outstanding, receive
from vyapar_lite.db.models import Customer, SalesDoc
from vyapar_lite.services import (
    dashboard,
    health,
    payments,
    sales_register,
    segments,
    statement,
)

DAY = date(2026, 5, 10)
BOUNCED = date(2026, 5, 16)
MAY = (date(2026, 5, 1), date(2026, 5, 31))


def test_the_bank_charge_is_a_debit_memo_out_of_sales(shop_file: Path) -> None:
    code = customer()
    number = invoice(code, 400000, DAY)
    receipt = receive(code, 400000, DAY, mode="cheque", cheque=cheque(on=DAY))
    summary_before = sales_register.register_summary(*MAY)
    best_before = [c[:6] for c in segments.best_customers(*MAY, limit=5)]

    result = payments.mark_bounced(receipt, BOUNCED, reason="Insufficient funds", charge=35400)

    memo = result.charge_note
    assert memo == "DM/26-27/00001"
    doc = SalesDoc.get(SalesDoc.number == memo)
    assert (doc.cgst_total, doc.sgst_total, doc.igst_total) == (0, 0, 0)
    # the customer owes it: ledger, outstanding, statement
    assert ledger_balance(Customer.get(Customer.code == code).id) == 400000 + 35400
    assert outstanding(memo) == 35400 and outstanding(number) == 400000
    lines = statement.statement_lines(statement.open_statement(code, *MAY))
    memo_lines = [line for line in lines if line.doc_number == memo]
    assert [(m.type_label, m.debit) for m in memo_lines] == [("Debit memo", 35400)]
    # not a sale: the register, the dashboard's sales and the best customers do not move
    assert sales_register.register_summary(*MAY) == summary_before
    assert memo not in {row.number for row in sales_register.iter_register(*MAY)}
    assert sales_register.net_sales(*MAY) == 400000
    assert dashboard.dashboard(date(2026, 5, 20)).sales_month == 400000
    assert [c[:6] for c in segments.best_customers(*MAY, limit=5)] == best_before
    assert health.check().problems == []  # `check`: its ledger debit equals the memo
