"""The cash book (opening, each movement with its document, running balance, closing) and the
day book (every document of a day, with the money each moved)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from payment_builders import cheque, customer, invoice, receive
from vyapar_lite.services import expenses, money_accounts, money_books, payments

MAY_1, MAY_2, MAY_3 = date(2026, 5, 1), date(2026, 5, 2), date(2026, 5, 3)


@pytest.fixture
def code(shop_file: Path) -> str:
    return customer()


def test_the_cash_book_runs_from_its_opening_to_its_closing(code: str) -> None:
    cash = money_accounts.cash_account().id
    receive(code, 100000, MAY_1)
    second = receive(code, 25000, MAY_2)
    rent = expenses.post_expense(expenses.ExpenseDraft(MAY_2, "Rent", 40000, cash)).number

    book = money_books.account_book(cash, MAY_2, MAY_3)

    assert book.opening == 100000
    assert [(r.doc_number, r.money_in, r.money_out, r.balance) for r in book.rows] == [
        (second, 25000, 0, 125000),
        (rent, 0, 40000, 85000),
    ]
    assert (book.total_in, book.total_out, book.closing) == (25000, 40000, 85000)


def test_the_day_book_lists_every_document_and_money_from_earlier_ones(code: str) -> None:
    sale = invoice(code, 500000, MAY_1)
    paid = receive(code, 200000, MAY_2, mode="cheque", cheque=cheque(on=MAY_2))
    payments.mark_deposited(paid, MAY_2)
    payments.mark_cleared(paid, MAY_3)
    cash = money_accounts.cash_account().id
    tea = expenses.post_expense(expenses.ExpenseDraft(MAY_3, "Tea & snacks", 3000, cash)).number

    first = money_books.day_book(MAY_1)
    assert [(r.kind, r.number, r.amount, r.money_in) for r in first.rows] == [
        ("Invoice", sale, 500000, 0)
    ]
    assert first.rows[0].party == "Sharma Traders"
    third = money_books.day_book(MAY_3)
    assert {(r.kind, r.number, r.money_in, r.money_out) for r in third.rows} == {
        ("Cheque cleared", paid, 200000, 0),
        ("Expense", tea, 0, 3000),
    }
    assert (third.total_in, third.total_out) == (200000, 3000)
