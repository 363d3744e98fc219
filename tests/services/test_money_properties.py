"""Property: over random days of receipts (cash, UPI, card), refunds, supplier payments,
expenses, contra vouchers, cancellations and cheques (kept, deposited, cleared, bounced before
or after clearing):

- every money account's balance is what the documents moved, worked out here on the side from
  the actions alone, and equals the sum of its postings (its book's closing);
- each day's day book totals equal the sum of that day's movements in every cash and bank book.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factories import make_customer
from vyapar_lite.db import close_data_file, open_data_file
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.services import (
    contra_vouchers,
    expenses,
    money_accounts,
    money_books,
    money_check,
    money_setup,
    payments,
    shop,
)

pytestmark = pytest.mark.slow

FIRST = date(2026, 5, 4)
DAYS = 4
rupees = st.integers(1, 5000).map(lambda r: r * 100)
days = st.integers(0, DAYS - 1)
ACCOUNTS = ("cash", "bank_a", "bank_b")

actions = st.one_of(
    st.tuples(st.just("receipt"), days, st.sampled_from(("cash", "upi", "card")), rupees),
    st.tuples(st.just("refund"), days, st.sampled_from(("cash", "upi")), rupees),
    st.tuples(st.just("supplier"), days, st.sampled_from(("cash", "bank")), rupees),
    st.tuples(st.just("expense"), days, st.sampled_from(ACCOUNTS), rupees),
    st.tuples(
        st.just("contra"), days, st.sampled_from(ACCOUNTS), st.sampled_from(ACCOUNTS), rupees
    ),
    st.tuples(
        st.just("cheque"),
        days,
        st.sampled_from(("kept", "deposited", "cleared", "bounced", "bounced_after")),
        rupees,
    ),
    st.tuples(st.just("cancel"), st.integers(0, 50)),
)


def _day(n: int) -> date:
    return FIRST + timedelta(days=n)


class Shop:
    def __init__(self, folder: str) -> None:
        open_data_file(Path(folder) / "shop.vyapar")
        shop.save_profile(ShopProfile(name="Money Traders", state_code="27"))
        self.code = make_customer("Gupta Electricals", also_supplier=True).code
        self.ids = {"cash": money_accounts.cash_account().id}
        for key, digits, modes in (
            ("bank_a", "1111", ("upi", "cheque")),
            ("bank_b", "2222", ("card", "bank")),
        ):
            self.ids[key] = money_setup.add_account(
                money_setup.NewAccount(key, "bank", digits, "SBIN0001234", 0, None)
            ).id
            for mode in modes:
                money_setup.set_mode_account(mode, self.ids[key])
        self.expected = dict.fromkeys(ACCOUNTS, 0)
        self.cancellable: list[tuple[str, str, dict[str, int]]] = []  # kind, number, its moves

    def act(self, action: tuple[object, ...]) -> None:
        kind = action[0]
        by_mode = {"cash": "cash", "upi": "bank_a", "card": "bank_b", "bank": "bank_b"}
        if kind == "receipt":
            _, n, mode, amount = action
            ref = "" if mode == "cash" else "REF1"
            number = payments.record_receipt(
                payments.ReceiptDraft(
                    self.code, _day(n), amount, allocations={}, mode=mode, reference=ref
                )  # type: ignore[arg-type]
            ).number
            self._move(by_mode[mode], amount)  # type: ignore[index]
            self.cancellable.append(("receipt", number, {by_mode[mode]: amount}))  # type: ignore[index, dict-item]
        elif kind == "refund":
            _, n, mode, amount = action
            amount = min(amount, payments.advance_available(self.code))  # type: ignore[call-overload]
            if amount <= 0:
                return
            ref = "" if mode == "cash" else "REF2"
            number = payments.record_refund(
                payments.RefundDraft(self.code, _day(n), amount, mode=mode, reference=ref)  # type: ignore[arg-type]
            ).number
            self._move(by_mode[mode], -amount)  # type: ignore[index]
            self.cancellable.append(("payment", number, {by_mode[mode]: -amount}))  # type: ignore[index]
        elif kind == "supplier":
            _, n, mode, amount = action
            ref = "" if mode == "cash" else "NEFT"
            number = payments.record_supplier_payment(
                payments.SupplierPaymentDraft(self.code, _day(n), amount, mode=mode, reference=ref)  # type: ignore[arg-type]
            ).number
            self._move(by_mode[mode], -amount)  # type: ignore[index]
            self.cancellable.append(("payment", number, {by_mode[mode]: -amount}))  # type: ignore[index]
        elif kind == "expense":
            _, n, account, amount = action
            number = expenses.post_expense(
                expenses.ExpenseDraft(_day(n), "Wages", amount, self.ids[account])  # type: ignore[arg-type, index]
            ).number
            self._move(account, -amount)  # type: ignore[arg-type, operator]
            self.cancellable.append(("expense", number, {account: -amount}))  # type: ignore[dict-item, operator]
        elif kind == "contra":
            _, n, source, target, amount = action
            if source == target:
                return
            number = contra_vouchers.post_contra_voucher(
                contra_vouchers.ContraDraft(_day(n), self.ids[source], self.ids[target], amount)  # type: ignore[arg-type, index]
            ).number
            self._move(source, -amount)  # type: ignore[arg-type, operator]
            self._move(target, amount)  # type: ignore[arg-type]
            self.cancellable.append(("contra", number, {source: -amount, target: amount}))  # type: ignore[dict-item, operator]
        elif kind == "cheque":
            self._cheque(*action[1:])  # type: ignore[arg-type]
        elif kind == "cancel" and self.cancellable:
            what, number, moves = self.cancellable.pop(action[1] % len(self.cancellable))  # type: ignore[operator]
            cancel = {
                "receipt": payments.cancel_receipt,
                "payment": payments.cancel_payment,
                "expense": expenses.cancel_expense,
                "contra": contra_vouchers.cancel_contra_voucher,
            }[what]
            cancel(number, "property test")
            for account, amount in moves.items():
                self._move(account, -amount)

    def _cheque(self, n: int, outcome: str, amount: int) -> None:
        on = _day(n)
        cheque = payments.ChequeDetails(f"{100000 + n}", "HDFC Bank", on)
        number = payments.record_receipt(
            payments.ReceiptDraft(
                self.code, on, amount, allocations={}, mode="cheque", cheque=cheque
            )
        ).number
        if outcome == "kept":
            return
        payments.mark_deposited(number, on)
        if outcome in ("cleared", "bounced_after"):
            payments.mark_cleared(number, on + timedelta(days=1))
            self._move("bank_a", amount, on + timedelta(days=1))
        if outcome in ("bounced", "bounced_after"):
            payments.mark_bounced(number, on + timedelta(days=2), reason="funds")
            if outcome == "bounced_after":
                self._move("bank_a", -amount)

    def _move(self, account: str, amount: int, on: date | None = None) -> None:
        self.expected[account] += amount


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(actions, min_size=1, max_size=14))
def test_money_accounts_and_books_agree_with_what_the_documents_moved(
    steps: list[tuple[object, ...]],
) -> None:
    shm = "/dev/shm" if os.path.isdir("/dev/shm") else None
    folder = tempfile.mkdtemp(prefix="vyapar-money-prop-", dir=shm)
    try:
        books = Shop(folder)
        for step in steps:
            with contextlib.suppress(ValidationError):  # refused: it moved nothing
                books.act(step)
        last = _day(DAYS + 3)
        for key in ACCOUNTS:
            account_id = books.ids[key]
            assert money_accounts.balance(account_id) == books.expected[key], key
            book = money_books.account_book(account_id, FIRST - timedelta(days=1), last)
            assert book.opening == 0
            assert book.closing == books.expected[key]
            assert book.total_in - book.total_out == book.closing
        assert money_check.problems() == []
        for n in range(DAYS + 3):
            day_book = money_books.day_book(_day(n))
            assert (day_book.total_in, day_book.total_out) == money_books.movements_total(
                _day(n), _day(n)
            )
    finally:
        close_data_file()
        shutil.rmtree(folder, ignore_errors=True)
