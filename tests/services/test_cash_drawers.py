"""Cash per counter: a shop with more than one cash account (drawer) says which drawer a cash
receipt, refund, payment out or expense used; the service refuses a drawer that is missing,
closed or not a cash account, saving nothing; each drawer is closed on its own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from money_builders import bank
from payment_builders import DAY, customer, receive, supplier
from vyapar_lite.db.closing_models import DailyClosing
from vyapar_lite.db.models import PaymentOut, Receipt
from vyapar_lite.db.money_models import MoneyAccount, MoneyEntry
from vyapar_lite.domain.cash_count import CashCount
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import (
    closed_days,
    daily_closing,
    expenses,
    money_accounts,
    money_setup,
    payments,
)


@pytest.fixture
def counter2(shop_file: Path) -> int:
    """A second drawer beside the Cash account the shop starts with."""
    return money_setup.add_account(money_setup.NewAccount("Counter 2", "cash")).id


def _moves(doc_type: str, number: str) -> list[tuple[int, int, str]]:
    rows = MoneyEntry.select().where(
        (MoneyEntry.doc_type == doc_type) & (MoneyEntry.doc_number == number)
    )
    return [(e.account_id, e.amount, e.kind) for e in rows.order_by(MoneyEntry.id)]


def test_each_document_uses_the_drawer_chosen_and_the_cash_account_otherwise(
    counter2: int,
) -> None:
    cash = money_accounts.cash_account().id
    code = customer()
    at_counter2 = receive(code, 80000, account_id=counter2)
    at_cash = receive(code, 10000)
    refund = payments.record_refund(
        payments.RefundDraft(code, DAY, 30000, account_id=counter2)
    ).number
    paid = payments.record_supplier_payment(
        payments.SupplierPaymentDraft(supplier(), DAY, 5000, account_id=counter2)
    ).number
    spent = expenses.post_expense(
        expenses.ExpenseDraft(DAY, "Tea & snacks", 1500, counter2, "counter 2 tea")
    ).number

    assert _moves("receipt", at_counter2) == [(counter2, 80000, "receipt")]
    assert _moves("receipt", at_cash) == [(cash, 10000, "receipt")]
    assert _moves("payment_out", refund) == [(counter2, -30000, "refund")]
    assert _moves("payment_out", paid) == [(counter2, -5000, "supplier")]
    assert _moves("expense", spent) == [(counter2, -1500, "expense")]
    assert money_accounts.balance(counter2) == 80000 - 30000 - 5000 - 1500
    assert money_accounts.balance(cash) == 10000

    payments.cancel_payment(refund, "not paid after all")
    assert _moves("payment_out", refund)[-1] == (counter2, 30000, "cancel")


@pytest.mark.parametrize("wrong", ["missing", "closed", "bank"])
def test_a_drawer_missing_closed_or_not_cash_is_refused_and_nothing_saved(
    counter2: int, wrong: str
) -> None:
    code = customer()
    receive(code, 50000)  # an advance to refund
    before = (Receipt.select().count(), PaymentOut.select().count(), MoneyEntry.select().count())
    account = {"missing": 9999, "closed": counter2, "bank": bank()}[wrong]
    if wrong == "closed":
        MoneyAccount.update(active=False).where(MoneyAccount.id == counter2).execute()
    expected = {"missing": "exists", "closed": "closed", "bank": "not a cash account"}[wrong]

    with pytest.raises(ValidationError) as caught:
        receive(code, 20000, account_id=account)
    assert expected in (caught.value.for_field("account") or "")
    with pytest.raises(ValidationError) as caught:
        payments.record_refund(payments.RefundDraft(code, DAY, 20000, account_id=account))
    assert expected in (caught.value.for_field("account") or "")
    with pytest.raises(ValidationError) as caught:
        payments.record_supplier_payment(
            payments.SupplierPaymentDraft(supplier(), DAY, 5000, account_id=account)
        )
    assert expected in (caught.value.for_field("account") or "")

    after = (Receipt.select().count(), PaymentOut.select().count(), MoneyEntry.select().count())
    assert after == before


def test_a_bank_paid_by_upi_may_be_chosen_but_not_a_drawer(counter2: int) -> None:
    sbi = bank()
    code = customer()
    number = receive(code, 20000, mode="upi", reference="UPI-1", account_id=sbi)
    assert _moves("receipt", number) == [(sbi, 20000, "receipt")]
    with pytest.raises(ValidationError) as caught:
        receive(code, 20000, mode="upi", reference="UPI-2", account_id=counter2)
    assert "bank account" in (caught.value.for_field("account") or "")


def test_each_drawer_is_closed_on_its_own(counter2: int) -> None:
    cash = money_accounts.cash_account().id
    code = customer()
    receive(code, 70000, account_id=counter2)
    receive(code, 20000)

    day = daily_closing.cash_day(DAY, account_id=counter2)
    assert (day.account_name, day.expected) == ("Counter 2", 70000)
    assert daily_closing.cash_day(DAY, account_id=cash).expected == 20000
    closed = daily_closing.close_day(
        DAY, CashCount({500: 1, 100: 1, 50: 1}), reason="a note short", account_id=counter2,
        today=date(2026, 5, 30),
    )  # fmt: skip
    assert closed.closing is not None and closed.closing.difference == -5000
    assert [(r.account_id, r.difference) for r in DailyClosing.select()] == [(counter2, -5000)]
    assert closed_days.last_closed(counter2) == DAY
    assert closed_days.last_closed(cash) is None

    receive(code, 1000)  # the Cash drawer's day is still open
    with pytest.raises(ValidationError):
        receive(code, 1000, account_id=counter2)
