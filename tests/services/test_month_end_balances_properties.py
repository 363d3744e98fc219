"""Property: over random histories (invoices, receipts, opening bills and credits on any day of a
year and a half, back-dated into months already kept, with reads in between), the balances worked
out from the kept month-ends (`services.month_end_balances`) are, for every customer and every
date, the balances summed from the ledger itself, and `check` finds nothing to report.

The reads between steps bring the kept rows up to date lazily, so every way they move is
exercised: new entries after the kept month-ends, entries back-dated into kept months (which
move every later month-end), a new month coming into range, and the first entry of a month
before every kept one (which works everything out again).
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from factories import make_customer
from vyapar_lite.db import close_data_file, database, open_data_file
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.services import balances, month_end_balances, opening_bills, receipts, sales, shop

pytestmark = pytest.mark.slow

FIRST_DAY = date(2025, 10, 1)
DAYS = 540  # a year and a half: 17 month-ends
SHOP = ShopProfile(name="Sharma Traders", state_code="27")
rupees = st.integers(1, 20000).map(lambda r: r * 100)
days = st.integers(0, DAYS).map(lambda n: FIRST_DAY + timedelta(days=n))
# every month-end and the days around it, plus days before and after everything
_ENDS = month_end_balances.month_ends_between(FIRST_DAY, FIRST_DAY + timedelta(DAYS + 40))
FIXED_DATES = (
    *(d for end in _ENDS for d in (end - timedelta(days=1), end, end + timedelta(days=1))),
    date(2020, 1, 1),
    FIRST_DAY,
    date(2030, 1, 1),
)


def ledger_sums(as_of: date) -> dict[int, int]:
    """The slow path: every entry up to the date, summed by customer (zero balances left out)."""
    rows = database.execute_sql(
        "SELECT customer_id, SUM(debit - credit) FROM ledger_entry WHERE entry_date <= ? "
        "GROUP BY customer_id",
        (as_of,),
    ).fetchall()
    return {int(c): int(s) for c, s in rows if s}


def nonzero(sums: dict[int, int]) -> dict[int, int]:
    return {c: s for c, s in sums.items() if s}


class MonthEndBooks(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        shm = "/dev/shm" if Path("/dev/shm").is_dir() else None
        self.folder = tempfile.mkdtemp(prefix="vyapar-month-end-", dir=shm)
        open_data_file(Path(self.folder) / "shop.vyapar")
        shop.save_profile(SHOP)
        self.customers = [make_customer("Asha Verma").code, make_customer("Ravi Kumar").code]
        self.openings = 0

    def teardown(self) -> None:
        close_data_file()
        shutil.rmtree(self.folder, ignore_errors=True)

    @rule(who=st.integers(0, 1), on=days, amount=rupees)
    def invoice(self, who: int, on: date, amount: int) -> None:
        draft = sales.InvoiceDraft(
            self.customers[who], on, [LineInput("Goods", 1000, amount, 0)],
            confirm_unusual_date=True,
        )  # fmt: skip
        sales.post_invoice(draft)

    @rule(who=st.integers(0, 1), on=days, amount=rupees)
    def receive(self, who: int, on: date, amount: int) -> None:
        draft = receipts.ReceiptDraft(
            self.customers[who], on, amount, mode="upi", reference="UTR1",
            confirm_unusual_date=True,
        )  # fmt: skip
        with contextlib.suppress(ValidationError):
            receipts.record_receipt(draft)

    @rule(who=st.integers(0, 1), on=days, amount=rupees, credit=st.booleans())
    def opening(self, who: int, on: date, amount: int, credit: bool) -> None:
        self.openings += 1
        with contextlib.suppress(ValidationError):
            opening_bills.record_opening(
                self.customers[who], f"OLD-{self.openings}", on, amount, credit=credit
            )

    @rule(on=st.one_of(days, st.sampled_from(FIXED_DATES)))
    def look(self, on: date) -> None:
        """A report as of any date: brings the kept rows up to date, then agrees."""
        assert nonzero(balances.balances_as_of(on)) == ledger_sums(on), on

    @invariant()
    def every_date_agrees(self) -> None:
        for on in FIXED_DATES:
            assert nonzero(balances.balances_as_of(on)) == ledger_sums(on), on
        assert nonzero(balances.balances_as_of(None)) == ledger_sums(date.max)

    @invariant()
    def check_finds_nothing(self) -> None:
        assert month_end_balances.problems() == []


MonthEndBooks.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestMonthEndBooks = MonthEndBooks.TestCase
