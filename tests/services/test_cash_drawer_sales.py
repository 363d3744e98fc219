"""Cash per counter at the sale: the money taken with an invoice (a named customer's or a
walk-in's) and an order's advance go into the cash drawer chosen, refused by the same check as a
receipt's (`money_accounts.chosen_account`: missing, closed, or not a cash account) with nothing
saved; and what is cancelled (a receipt, an invoice's payment, an expense, a contra voucher)
goes back to the drawer it moved, not the main Cash."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factories import make_customer
from invoice_builders import DAY, SOAP_2, counts, draft, stock_items
from money_builders import bank
from payment_builders import receive
from vyapar_lite.db.models import Allocation, Receipt, SalesDoc
from vyapar_lite.db.money_models import MoneyAccount, MoneyEntry
from vyapar_lite.domain.cash_count import CashCount
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import (
    contra_vouchers,
    daily_closing,
    expenses,
    money_accounts,
    money_setup,
    orders,
    payments,
    sales,
)

SOAP_2_TOTAL = 23600  # ₹200 + 18%


@pytest.fixture
def counter2(shop_file: Path) -> int:
    """A second drawer beside the Cash account the shop starts with; items to sell."""
    stock_items()
    return money_setup.add_account(money_setup.NewAccount("Counter 2", "cash")).id


@pytest.fixture
def asha(counter2: int) -> str:
    return make_customer("Asha Verma", state_code="27").code


def moves_of_receipt(number: str) -> list[tuple[str, int, str]]:
    """(account name, paise, kind) of a receipt's money entries, in posting order."""
    receipt = Receipt.get(Receipt.number == number)
    return [
        (money_accounts.get_account(m.account_id).name, m.amount, m.kind)
        for m in money_accounts.entries_for("receipt", receipt.id)
    ]


def taken_with(invoice: str) -> str:
    """The number of the receipt an invoice's payment made (origin 'invoice')."""
    receipt = (
        Receipt.select()
        .join(Allocation)
        .join(SalesDoc)
        .where((SalesDoc.number == invoice) & (Receipt.origin == "invoice"))
        .get()
    )
    return str(receipt.number)


def test_the_money_taken_with_an_invoice_goes_into_the_drawer_chosen(
    counter2: int, asha: str
) -> None:
    at_counter2 = sales.post_invoice(draft(asha, received=10000, account_id=counter2))
    at_cash = sales.post_invoice(draft(asha, received=5000))

    assert moves_of_receipt(taken_with(at_counter2.number)) == [("Counter 2", 10000, "receipt")]
    assert moves_of_receipt(taken_with(at_cash.number)) == [("Cash", 5000, "receipt")]
    assert money_accounts.balance(counter2) == 10000
    assert money_accounts.balance(money_accounts.cash_account().id) == 5000


def test_a_walk_in_cash_sale_goes_into_the_drawer_chosen(counter2: int) -> None:
    sold = sales.post_invoice(draft("CASH", received=SOAP_2_TOTAL, account_id=counter2))

    assert sold.customer_code == "CASH"
    assert moves_of_receipt(taken_with(sold.number)) == [("Counter 2", SOAP_2_TOTAL, "receipt")]
    assert money_accounts.balance(money_accounts.cash_account().id) == 0


def test_an_orders_advance_goes_into_the_drawer_chosen(counter2: int, asha: str) -> None:
    order = orders.create_order(
        orders.OrderDraft(asha, DAY, [SOAP_2], advance=8000, account_id=counter2)
    )

    assert moves_of_receipt(order.advance_receipt_number) == [("Counter 2", 8000, "receipt")]
    assert money_accounts.balance(counter2) == 8000


def test_upi_taken_with_an_invoice_may_go_to_a_bank_chosen_but_not_to_a_drawer(
    counter2: int, asha: str
) -> None:
    sbi = bank()
    paid = sales.post_invoice(
        draft(asha, received=10000, mode="upi", reference="UPI-1", account_id=sbi)
    )
    assert moves_of_receipt(taken_with(paid.number)) == [("SBI current", 10000, "receipt")]

    with pytest.raises(ValidationError) as caught:
        sales.post_invoice(
            draft(asha, received=10000, mode="upi", reference="UPI-2", account_id=counter2)
        )
    message = caught.value.for_field("account") or ""
    assert message == "Counter 2 is not a bank account; UPI money needs a bank account"


@pytest.mark.parametrize("wrong", ["missing", "closed", "bank"])
def test_a_bad_drawer_refuses_the_invoice_and_the_order_and_nothing_is_saved(
    counter2: int, asha: str, wrong: str
) -> None:
    account = {"missing": 9999, "closed": counter2, "bank": bank()}[wrong]
    if wrong == "closed":
        MoneyAccount.update(active=False).where(MoneyAccount.id == counter2).execute()
    expected = {
        "missing": "Choose a money account that exists",
        "closed": "Counter 2 is closed; choose an account in use",
        "bank": "SBI current is not a cash account (drawer); cash money needs a cash account "
        "(drawer)",
    }[wrong]
    before = (counts(), MoneyEntry.select().count())

    walk_in = draft("CASH", received=SOAP_2_TOTAL, account_id=account)
    with pytest.raises(ValidationError) as caught:
        sales.preview_invoice(walk_in)  # the form says so as it is typed
    assert caught.value.for_field("account") == expected
    with pytest.raises(ValidationError) as caught:
        sales.post_invoice(walk_in)
    assert caught.value.for_field("account") == expected
    with pytest.raises(ValidationError) as caught:
        sales.post_invoice(draft(asha, received=10000, account_id=account))
    assert caught.value.for_field("account") == expected
    with pytest.raises(ValidationError) as caught:
        orders.create_order(
            orders.OrderDraft(asha, DAY, [SOAP_2], advance=8000, account_id=account)
        )
    assert caught.value.for_field("advance") is None
    assert caught.value.for_field("account") == expected

    assert (counts(), MoneyEntry.select().count()) == before


def test_a_drawer_is_not_asked_of_an_invoice_paid_nothing_now(counter2: int, asha: str) -> None:
    MoneyAccount.update(active=False).where(MoneyAccount.id == counter2).execute()
    on_credit = sales.post_invoice(draft(asha, account_id=counter2))  # nothing received now
    assert on_credit.status == "posted"
    assert (Receipt.select().count(), MoneyEntry.select().count()) == (0, 0)


def test_cancelled_receipts_go_back_out_of_the_drawer_they_came_into(
    counter2: int, asha: str
) -> None:
    cash = money_accounts.cash_account().id
    receive(asha, 50000)  # the main Cash has money too: a reversal there would still "fit"
    taken = receive(asha, 20000, account_id=counter2)
    walk_in = sales.post_invoice(draft("CASH", received=SOAP_2_TOTAL, account_id=counter2))
    invoiced = sales.post_invoice(draft(asha, received=10000, account_id=counter2))

    payments.cancel_receipt(taken, "counted twice")
    sales.cancel_invoice(walk_in.number, "billed by mistake")
    sales.cancel_invoice(invoiced.number, "wrong customer")

    assert moves_of_receipt(taken) == [
        ("Counter 2", 20000, "receipt"),
        ("Counter 2", -20000, "cancel"),
    ]
    assert moves_of_receipt(taken_with(walk_in.number)) == [
        ("Counter 2", SOAP_2_TOTAL, "receipt"),
        ("Counter 2", -SOAP_2_TOTAL, "cancel"),
    ]
    assert moves_of_receipt(taken_with(invoiced.number))[-1] == ("Counter 2", -10000, "cancel")
    assert money_accounts.balance(counter2) == 0
    assert money_accounts.balance(cash) == 50000


def test_a_sale_into_a_drawer_closed_for_the_day_is_refused_while_the_other_is_open(
    counter2: int,
) -> None:
    daily_closing.close_day(
        DAY, CashCount({}), reason="", account_id=counter2, today=date(2026, 5, 30)
    )
    before = (counts(), MoneyEntry.select().count())

    with pytest.raises(ValidationError) as caught:
        sales.post_invoice(draft("CASH", received=SOAP_2_TOTAL, account_id=counter2))
    assert "Counter 2 is closed up to 10-05-2026" in (caught.value.for_field("doc_date") or "")
    assert (counts(), MoneyEntry.select().count()) == before

    sold = sales.post_invoice(draft("CASH", received=SOAP_2_TOTAL))  # the Cash drawer's day
    assert moves_of_receipt(taken_with(sold.number)) == [("Cash", SOAP_2_TOTAL, "receipt")]


def test_a_cancelled_expense_or_contra_goes_back_into_the_drawer_it_left(
    counter2: int, asha: str
) -> None:
    cash = money_accounts.cash_account().id
    receive(asha, 20000, account_id=counter2)
    tea = expenses.post_expense(expenses.ExpenseDraft(DAY, "Tea & snacks", 1500, counter2, "tea"))
    moved = contra_vouchers.post_contra_voucher(
        contra_vouchers.ContraDraft(DAY, counter2, cash, 10000, "to the main drawer")
    )
    assert (money_accounts.balance(counter2), money_accounts.balance(cash)) == (8500, 10000)

    expenses.cancel_expense(tea.number, "not bought")
    contra_vouchers.cancel_contra_voucher(moved.number, "not moved")

    def reversals(doc_type: str) -> list[tuple[str, int]]:
        rows = MoneyEntry.select().where(
            (MoneyEntry.doc_type == doc_type) & (MoneyEntry.kind == "cancel")
        )
        return sorted((money_accounts.get_account(m.account_id).name, m.amount) for m in rows)

    assert reversals("expense") == [("Counter 2", 1500)]
    assert reversals("contra_voucher") == [("Cash", -10000), ("Counter 2", 10000)]
    assert (money_accounts.balance(counter2), money_accounts.balance(cash)) == (20000, 0)


def test_a_receipts_preview_refuses_a_closed_drawer_as_it_is_typed(
    counter2: int, asha: str
) -> None:
    MoneyAccount.update(active=False).where(MoneyAccount.id == counter2).execute()
    draft = payments.ReceiptDraft(asha, DAY, 20000, account_id=counter2)
    with pytest.raises(ValidationError) as caught:
        payments.preview_receipt(draft)
    assert caught.value.for_field("account") == "Counter 2 is closed; choose an account in use"
    cheque = payments.ReceiptDraft(  # a cheque's money moves to a bank when it clears: no drawer
        asha, DAY, 20000, mode="cheque", cheque=payments.ChequeDetails("123456", "SBI", DAY),
        account_id=counter2,
    )  # fmt: skip
    assert payments.preview_receipt(cheque).advance == 20000
