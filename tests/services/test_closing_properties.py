"""Property: over random days of cash receipts (into one of two counters' drawers), UPI
receipts, cancellations, expenses, contras (cash deposited, withdrawn) and closings of either
drawer with a random count, each drawer's cash in hand never differs from its last closing's
count plus the movements since; a closed day takes no cash document into that drawer (nothing
is written when one is tried) and the bank's balance is untouched by closings."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from factories import make_customer
from vyapar_lite.db import close_data_file, open_data_file
from vyapar_lite.db.closing_models import DailyClosing
from vyapar_lite.db.models import Receipt
from vyapar_lite.db.money_models import MoneyEntry
from vyapar_lite.domain.cash_count import CashCount
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import (
    closed_days,
    contra_vouchers,
    daily_closing,
    expenses,
    money_accounts,
    money_setup,
    payments,
    shop,
)
from vyapar_lite.services.payments import ReceiptDraft, record_receipt
from vyapar_lite.services.sample_shop import SHOP

pytestmark = pytest.mark.slow

FIRST_DAY = date(2026, 5, 1)
TODAY = date(2026, 7, 1)
rupees = st.integers(1, 5000).map(lambda r: r * 100)


def _entries() -> int:
    return int(MoneyEntry.select().count())


class CashDays(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        shm = "/dev/shm" if os.path.isdir("/dev/shm") else None
        self.folder = tempfile.mkdtemp(prefix="vyapar-closing-prop-", dir=shm)
        open_data_file(Path(self.folder) / "shop.vyapar")
        shop.save_profile(SHOP)
        self.code = make_customer("Asha Verma").code
        self.cash = money_accounts.cash_account().id
        self.bank = money_setup.add_account(
            money_setup.NewAccount("SBI current", "bank", "4321", "SBIN0001234")
        ).id
        money_setup.set_mode_account("upi", self.bank)
        self.counter2 = money_setup.add_account(money_setup.NewAccount("Counter 2", "cash")).id
        self.drawers = (self.cash, self.counter2)
        self.day = FIRST_DAY
        self.bank_moved = 0  # what documents moved in the bank

    def teardown(self) -> None:
        close_data_file()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _last(self, drawer: int) -> DailyClosing | None:
        return (
            DailyClosing.select()
            .where(DailyClosing.account_id == drawer)
            .order_by(DailyClosing.closing_date.desc())
            .first()
        )

    @rule(amount=rupees, upi=st.booleans(), counter=st.integers(0, 1))
    def receive(self, amount: int, upi: bool, counter: int) -> None:
        drawer = None if upi else self.drawers[counter]
        mode = "upi" if upi else "cash"
        record_receipt(ReceiptDraft(self.code, self.day, amount, mode=mode, account_id=drawer))
        if upi:
            self.bank_moved += amount

    @rule(amount=rupees, bank=st.booleans())
    def spend(self, amount: int, bank: bool) -> None:
        account = self.bank if bank else self.cash
        with contextlib.suppress(ValidationError):
            expenses.post_expense(expenses.ExpenseDraft(self.day, "Tea & snacks", amount, account))
            if bank:
                self.bank_moved -= amount

    @rule(amount=rupees, deposit=st.booleans())
    def move_between(self, amount: int, deposit: bool) -> None:
        source, target = (self.cash, self.bank) if deposit else (self.bank, self.cash)
        contra_vouchers.post_contra_voucher(
            contra_vouchers.ContraDraft(self.day, source, target, amount)
        )
        self.bank_moved += amount if deposit else -amount

    @rule(pick=st.integers(0, 50))
    def cancel_a_receipt(self, pick: int) -> None:
        posted = list(
            Receipt.select().where((Receipt.status == "posted") & (Receipt.origin == "receipt"))
        )
        if not posted:
            return
        receipt = posted[pick % len(posted)]
        before = _entries()
        try:
            payments.cancel_receipt(receipt.number, "entered twice")
        except closed_days.ClosedDay:
            assert _entries() == before  # a closed day's cash is left as counted
            return
        if receipt.mode == "upi":
            self.bank_moved -= receipt.amount

    @rule(amount=rupees, back=st.integers(0, 5), counter=st.integers(0, 1))
    def try_a_back_dated_cash_receipt(self, amount: int, back: int, counter: int) -> None:
        drawer = self.drawers[counter]
        last = self._last(drawer)
        if last is None:
            return
        before = _entries()
        on = last.closing_date - timedelta(days=back)
        with contextlib.suppress(closed_days.ClosedDay):
            record_receipt(ReceiptDraft(self.code, on, amount, account_id=drawer))
            raise AssertionError(f"a cash receipt on closed {on} was taken")
        assert _entries() == before

    @rule(off_by=st.integers(-3000, 3000), counter=st.integers(0, 1), both=st.booleans())
    def close_the_day(self, off_by: int, counter: int, both: bool) -> None:
        """One drawer closed (the other left open, to be closed another day), or both."""
        for drawer in self.drawers if both else (self.drawers[counter],):
            self._close(drawer, off_by)
        self.day += timedelta(days=1)

    def _close(self, drawer: int, off_by: int) -> None:
        last = self._last(drawer)
        if last is not None and last.closing_date >= self.day:
            return
        expected = daily_closing.cash_day(self.day, account_id=drawer).expected
        counted = max(expected + off_by, 0)
        coins = counted % 1000
        with contextlib.suppress(ValidationError):  # a drawer below nothing cannot be counted
            daily_closing.close_day(
                self.day,
                CashCount({10: counted // 1000}, coins=coins),
                reason="counted" if counted != expected else "",
                account_id=drawer,
                today=TODAY,
            )

    @precondition(lambda self: self.day < TODAY - timedelta(days=1))
    @rule()
    def next_day_without_closing(self) -> None:
        self.day += timedelta(days=1)

    @invariant()
    def cash_in_hand_is_the_last_count_plus_the_movements_since(self) -> None:
        for drawer in self.drawers:
            self._drawer_agrees(drawer)

    def _drawer_agrees(self, drawer: int) -> None:
        last = self._last(drawer)
        if last is None:
            return
        movements = sum(
            int(e.amount)
            for e in MoneyEntry.select().where(
                (MoneyEntry.account_id == drawer) & (MoneyEntry.entry_date > last.closing_date)
            )
        )
        assert money_accounts.balance(drawer, on=last.closing_date) == last.counted
        assert money_accounts.balance(drawer) == last.counted + movements
        today = daily_closing.cash_day(self.day, account_id=drawer)
        if self.day > last.closing_date:
            assert today.opening + sum(m.received - m.paid for m in today.movements) == (
                money_accounts.balance(drawer, on=self.day)
            )

    @invariant()
    def closings_never_touch_the_bank(self) -> None:
        assert money_accounts.balance(self.bank) == self.bank_moved


CashDays.TestCase.settings = settings(
    max_examples=int(os.environ.get("CLOSING_EXAMPLES", "25")),
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestCashDays = CashDays.TestCase
