"""Property: over random histories (the open-items test's: opening bills and credits, invoices,
credit and debit notes, receipts, bounces, refunds, cancels, contras, write-offs) and on random
dates, Ageing with its read-ahead (every owing customer's newest documents read in a few
queries, `ageing._Walk.read_ahead`) is exactly Ageing walked one customer at a time (the slow
path): every row and band, and what makes up each balance (`ageing.open_items`, which the
dashboard's kept ageing reads).

The read-ahead is run with one document then one more per customer (so most customers take
every path: covered by the first read, by the second, and walked after both) and with the
shipped sizes.
"""

from __future__ import annotations

from datetime import date
from unittest import mock

import pytest
from hypothesis import HealthCheck, settings

from services.test_open_items_properties import DATES, OpenItemBooks
from vyapar_lite.services import ageing

pytestmark = pytest.mark.slow


def slow_path(as_of: date) -> tuple[ageing.AgeingReport, dict[str, ageing.Owing]]:
    """Ageing and open items with nothing read ahead: a query per owing customer."""
    with mock.patch.object(ageing._Walk, "read_ahead", lambda self, balances: None):
        return ageing.ageing(as_of, show="all"), ageing.open_items(as_of)


class ReadAheadBooks(OpenItemBooks):
    """The open-items test's steps; its own identities are checked there, here the read-ahead
    against the slow path on the same dates (its `_identities_on` replaced)."""

    def balance_follows_the_documents(self) -> None:  # not an invariant here
        pass

    def open_items_less_credits_are_the_balance(self) -> None:  # not an invariant here
        pass

    def ageing_is_outstanding_less_credits_on_every_date(self) -> None:  # not an invariant here
        pass

    def _identities_on(self, as_of: date) -> None:
        slow_report, slow_items = slow_path(as_of)
        for ahead in ((1, 1), ageing._AHEAD):
            with mock.patch.object(ageing, "_AHEAD", ahead):
                report = ageing.ageing(as_of, show="all")
                items = ageing.open_items(as_of)
            assert report.rows == slow_report.rows, (as_of, ahead)
            assert report.band_totals == slow_report.band_totals, (as_of, ahead)
            assert items == slow_items, (as_of, ahead)


assert DATES  # the invariant's dates of interest come from the open-items test

ReadAheadBooks.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestReadAheadBooks = ReadAheadBooks.TestCase
