"""Property: over random histories (opening bills and credits, invoices, credit and debit notes,
receipts, bounces, refunds, cancels, contras, write-offs), open items and credits explain every
balance, and Ageing and Outstanding agree.

The steps are the payment property test's (`PaymentBooks`) plus opening bills and opening
credits at dates before the sales, and GST debit notes (s.34(3) CGST Act: 18% on a charge
raised after the invoice, on the invoice's day or up to 60 days later; a bounced cheque's bank
charge is the other debit, a non-GST debit memo). After every step, for every customer:

- today: sum(outstanding items) - unallocated credits = balance, each of the three worked out on
  its own (`open_items.position`); an advance is shown (balances, ageing) only when the customer
  owes nothing;
- on a random date within or after the history (a rule, so every run draws many) and on every
  date of interest: sum(outstanding items) - unallocated credits = balance for every customer,
  each worked out on its own (`open_items.position_as_of`), the Outstanding report lists
  exactly those open items, and Ageing's total is Outstanding's less those credits;
- on every date of interest (before anything, the opening date, the sales day, the cheque day,
  the year end): the credits that settle no item on that date (Outstanding's total - the
  balance) are never below 0, so Outstanding always covers what is owed and Ageing (which
  covers the balance with the newest open items) has no uncovered remainder; Ageing shows an
  advance only when nothing is owed, its bands add up to what is owed, and its total is
  Outstanding's total less those credits.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import invariant, rule

from services.test_payments_properties import DAY, SHOP, PaymentBooks, _rows
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import (
    ageing,
    balances,
    customers,
    open_items,
    opening_bills,
    outstanding,
    sales,
    shop,
)
from vyapar_lite.services.allocations import customer_row

pytestmark = pytest.mark.slow

OPENING_DAY = date(2026, 4, 1)
DATES = (
    date(2026, 3, 31),
    OPENING_DAY,
    date(2026, 4, 20),
    DAY,
    date(2026, 6, 15),
    date(2027, 3, 31),
)
rupees = st.integers(1, 20000).map(lambda r: r * 100)


class OpenItemBooks(PaymentBooks):
    def __init__(self) -> None:
        super().__init__()
        self.openings = 0
        # a registered shop, so the debit notes collect GST (an unregistered one's carry none)
        shop.save_profile(replace(SHOP, gstin="27AAPFU0939F1ZV"))

    @rule(
        who=st.integers(0, 1),
        amount=rupees,
        days=st.integers(0, 30),
        terms=st.integers(0, 45),
        credit=st.booleans(),
    )
    def opening(self, who: int, amount: int, days: int, terms: int, credit: bool) -> None:
        self.openings += 1
        on = OPENING_DAY + timedelta(days=days)
        with contextlib.suppress(ValidationError):
            opening_bills.record_opening(
                self.customers[who],
                f"OLD-{self.openings}",
                on,
                amount,
                due=on + timedelta(days=terms),
                credit=credit,
            )

    @rule(data=st.data(), who=st.integers(0, 1), amount=rupees, days=st.integers(0, 60))
    def debit_note(self, data: st.DataObject, who: int, amount: int, days: int) -> None:
        """A GST debit note on a posted invoice (one is posted first when there is none, so a
        run of 15 steps draws a debit note about half the time)."""
        if not self._docs(kinds=("invoice",)):
            self.invoice(who, amount)
        number = data.draw(st.sampled_from(self._docs(kinds=("invoice",))))
        line = LineInput("Freight", 1000, amount, 1800)
        on = DAY + timedelta(days=days)
        sales.post_debit_note(number, doc_date=on, lines=[line], reason="Freight charged later")
        event("a GST debit note")

    @invariant()
    def balance_follows_the_documents(self) -> None:
        """The payment test's rule with opening bills added (opening credits are receipts)."""
        rows = _rows(
            """SELECT c.code,
                 COALESCE((SELECT SUM(CASE WHEN d.kind = 'credit_note' THEN -d.grand_total
                                           ELSE d.grand_total END)
                           FROM sales_doc d WHERE d.customer_id = c.id
                           AND d.status = 'posted'), 0),
                 COALESCE((SELECT SUM(r.amount) FROM receipt r
                           WHERE r.customer_id = c.id AND r.status = 'posted'), 0),
                 COALESCE((SELECT SUM(p.amount) FROM payment_out p WHERE p.customer_id = c.id
                           AND p.status = 'posted' AND p.purpose = 'refund'), 0)
               FROM customer c WHERE c.code <> 'CASH'"""
        )
        for code, documents, receipts, refunds in rows:
            assert customers.balance(code) == documents - receipts + refunds, code

    @invariant()
    def open_items_less_credits_are_the_balance(self) -> None:
        for code in self.customers:
            p = open_items.position(customer_row(code).id)
            assert p.unallocated >= 0, code
            assert p.open_total - p.unallocated == p.balance, (code, p)

    @rule(as_of=st.dates(date(2026, 3, 25), date(2027, 6, 30)))
    def on_any_date(self, as_of: date) -> None:
        """On a random date within or after the history, for every customer: the open items
        the Outstanding report lists less the credits that settle none of them (each worked out
        on its own, `open_items.position_as_of`) are the ledger's balance, and Ageing's total
        is Outstanding's less those credits."""
        self._identities_on(as_of)

    @invariant()
    def identities_on_the_dates_of_interest(self) -> None:
        for as_of in DATES:
            self._identities_on(as_of)

    def _identities_on(self, as_of: date) -> None:
        owed = _outstanding_by_customer(as_of)
        aged = {r.code: r for r in ageing.ageing(as_of, show="all").rows}
        for code in self.customers:
            p = open_items.position_as_of(customer_row(code).id, as_of)
            assert p.unallocated >= 0, (as_of, code, p)
            assert owed.get(code, 0) == p.open_total, (as_of, code, p)
            assert p.open_total - p.unallocated == p.balance, (as_of, code, p)
            a = aged.get(code)
            aged_total = a.receivable - a.advance if a is not None else 0
            assert aged_total == owed.get(code, 0) - p.unallocated, (as_of, code, p)

    @invariant()
    def ageing_is_outstanding_less_credits_on_every_date(self) -> None:
        for as_of in DATES:
            aged = {r.code: r for r in ageing.ageing(as_of, show="all").rows}
            owed = _outstanding_by_customer(as_of)
            sums = balances.balances(as_of)
            assert aged.keys() >= {r.code for r in sums.rows}
            for row in sums.rows:
                a = aged[row.code]
                credits = owed.get(row.code, 0) - row.balance
                assert credits >= 0, (as_of, row.code)
                # an advance only when nothing is owed; bands = what is owed
                assert (a.receivable, a.advance) == (row.receivable, row.advance)
                assert sum(a.bands) == a.receivable, (as_of, row.code)
            report = ageing.ageing(as_of, show="all")
            total = outstanding.outstanding_summary(as_of).outstanding
            credits_total = total - sums.total_balance
            assert report.total_balance == total - credits_total


def _outstanding_by_customer(as_of: date) -> dict[str, int]:
    owed: dict[str, int] = {}
    for item in outstanding.iter_outstanding(as_of):
        owed[item.customer_code] = owed.get(item.customer_code, 0) + item.outstanding
    return owed


OpenItemBooks.TestCase.settings = settings(
    max_examples=30,
    stateful_step_count=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestOpenItemBooks = OpenItemBooks.TestCase
