"""Several counters, one shop (issue 18): the counter that posted each document and wrote each
audit row is kept with it, on both stores, and a name changed afterwards is found by `check`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from payment_builders import customer, invoice, receive, supplier
from vyapar_lite.db import database
from vyapar_lite.db.models import AuditEntry, PaymentOut, PurchaseBill, Receipt, SalesDoc
from vyapar_lite.db.money_models import ContraVoucher, Expense
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import (
    audit_chain,
    contra_vouchers,
    counters,
    expenses,
    health,
    money_accounts,
    money_setup,
    payments_out,
    purchases,
    sales,
)

DAY = date(2026, 5, 10)


def _post_everything(tag: str) -> dict[str, str]:
    """One of each kind of document; returns each one's number by kind."""
    code = customer(f"Asha {tag}")
    vendor = supplier(f"Gupta {tag}")
    sale = invoice(code, 100000)
    note = sales.post_credit_note(sale, doc_date=DAY, price_corrections={1: 1000}, reason="rate")
    bank = money_setup.add_account(
        money_setup.NewAccount(f"SBI {tag}", "bank", "4321", "SBIN0001234", 500000, DAY)
    ).id
    cash = money_accounts.cash_account().id
    return {
        "invoice": sale,
        "credit note": note.number,
        "receipt": receive(code, 150000),
        "refund": payments_out.record_refund(payments_out.RefundDraft(code, DAY, 100)).number,
        "bill": purchases.record_bill(
            purchases.BillDraft(vendor, f"B-{tag}", DAY, 1000, 0, 1000)
        ).number,
        "expense": expenses.post_expense(expenses.ExpenseDraft(DAY, "Rent", 5000, cash)).number,
        "contra": contra_vouchers.post_contra_voucher(
            contra_vouchers.ContraDraft(DAY, bank, cash, 2000)
        ).number,
    }


def _counter_of(kind: str, number: str) -> str | None:
    model = {
        "invoice": SalesDoc,
        "credit note": SalesDoc,
        "receipt": Receipt,
        "refund": PaymentOut,
        "bill": PurchaseBill,
        "expense": Expense,
        "contra": ContraVoucher,
    }[kind]
    return model.get(model.number == number).counter  # type: ignore[attr-defined,no-any-return]


def test_two_counters_posting_in_turn_each_leave_their_name(shop_file: Path) -> None:
    counters.set_current("Counter 1")
    first_audit = AuditEntry.select().count()
    first = _post_everything("one")
    counters.set_current("Counter 2")
    second_audit = AuditEntry.select().count()
    second = _post_everything("two")

    for kind, number in first.items():
        assert _counter_of(kind, number) == "Counter 1", kind
    for kind, number in second.items():
        assert _counter_of(kind, number) == "Counter 2", kind
    by_counter: dict[str | None, int] = {}
    for row in AuditEntry.select().where(AuditEntry.id > first_audit):
        by_counter[row.counter] = by_counter.get(row.counter, 0) + 1
        assert row.counter == ("Counter 1" if row.id <= second_audit else "Counter 2")
    assert by_counter["Counter 1"] >= 7 and by_counter["Counter 2"] >= 7
    posted = AuditEntry.get(
        (AuditEntry.record_type == "sales_doc") & (AuditEntry.record_label == second["invoice"])
    )
    assert posted.counter == "Counter 2"
    assert audit_chain.verify() is None
    assert health.check().ok
    assert counters.names_used() == ["Counter 1", "Counter 2"]
    assert counters.suggested_name() == "Counter 3"


def test_no_counter_named_leaves_the_columns_empty(shop_file: Path) -> None:
    number = invoice(customer(), 5000)
    assert _counter_of("invoice", number) is None
    assert AuditEntry.select().where(AuditEntry.counter.is_null(False)).count() == 0
    assert counters.suggested_name() == "Counter 1"
    assert audit_chain.verify() is None


@pytest.mark.parametrize("altered", ["'Counter 9'", "NULL"])
def test_check_finds_an_audit_row_whose_counter_was_altered(shop_file: Path, altered: str) -> None:
    counters.set_current("Counter 1")
    invoice(customer(), 5000)
    target = AuditEntry.get(AuditEntry.record_type == "sales_doc").id
    with database.atomic():  # as anyone with a database tool could
        database.execute_sql(f"UPDATE audit_entry SET counter = {altered} WHERE id = ?", (target,))

    broken = audit_chain.verify()
    assert broken is not None and broken.entry_id == target
    problems = health.check().problems
    assert any(f"audit trail broken at entry {target}" in p for p in problems)


def test_a_counter_name_put_on_an_old_row_is_found(shop_file: Path) -> None:
    invoice(customer(), 5000)  # written with no counter named
    target = AuditEntry.get(AuditEntry.record_type == "sales_doc").id
    with database.atomic():
        database.execute_sql("UPDATE audit_entry SET counter = 'Counter 1' WHERE id = ?", (target,))
    broken = audit_chain.verify()
    assert broken is not None and broken.entry_id == target


@pytest.mark.parametrize(
    ("name", "words"), [("   ", "Give this counter a name"), ("x" * 31, "at most 30")]
)
def test_a_bad_counter_name_is_refused(shop_file: Path, name: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        counters.set_current(name)
    assert words in (caught.value.for_field("counter") or "")
    assert counters.current() is None


def test_the_suggestion_is_the_first_free_number() -> None:
    assert counters.suggested_name(["Counter 1", "Counter 3", "Billing desk"]) == "Counter 2"
    assert counters.suggested_name([]) == "Counter 1"
    counters.set_current("  Back   office ")
    assert counters.current() == "Back office"


@pytest.mark.parametrize("table", ["sales_doc", "receipt"])
def test_check_finds_a_document_whose_counter_was_altered(shop_file: Path, table: str) -> None:
    counters.set_current("Counter 1")
    code = customer()
    number = invoice(code, 5000) if table == "sales_doc" else receive(code, 5000)
    assert health.check().ok
    with database.atomic():
        sql = f"UPDATE {table} SET counter = 'Counter 2' WHERE number = ?"
        database.execute_sql(sql, (number,))

    problems = health.check().problems
    assert (
        f"{number}: counter is Counter 2 but its posting's audit row recorded Counter 1: it was "
        "changed outside the app"
    ) in problems
