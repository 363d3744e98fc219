"""Property, on both stores: over random histories (the open-items test's: opening bills and
credits, invoices, credit and debit notes, receipts, bounces, refunds, cancels, contras,
write-offs) and on random dates, Ageing with every owing customer's newest documents read at
once (`ageing._Walk.read_ahead`: on a file SQLite's `INDEXED BY` read, on a server
`services.ageing_server`'s `LATERAL` read) is exactly Ageing walked one customer at a time, a
query each: every row and band, and what makes up each balance (`ageing.open_items`, which the
dashboard's kept ageing reads).

Each is run with one document, then one more, per customer and one customer per query (so the
customers take every path: covered by the first read, by the second, by the rest, and chunks
of their own) and with the shipped sizes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, settings
from hypothesis.stateful import run_state_machine_as_test

import pg_cluster
from services import test_payments_properties
from services.test_ageing_read_ahead_properties import ReadAheadBooks, slow_path
from vyapar_lite.db import close_data_file, open_data_file
from vyapar_lite.services import ageing, ageing_server

pytestmark = pytest.mark.slow


class SetReadBooks(ReadAheadBooks):
    """The read-ahead test's steps and comparison, with the server's sizes tried as well."""

    def _identities_on(self, as_of: date) -> None:
        slow_report, slow_items = slow_path(as_of)
        for sizes, chunk in (((1, 1), 1), (ageing_server.SIZES, ageing_server.CHUNK)):
            with (
                mock.patch.object(ageing, "_AHEAD", sizes),
                mock.patch.object(ageing_server, "SIZES", sizes),
                mock.patch.object(ageing_server, "CHUNK", chunk),
            ):
                report = ageing.ageing(as_of, show="all")
                items = ageing.open_items(as_of)
            assert report.rows == slow_report.rows, (as_of, sizes)
            assert report.band_totals == slow_report.band_totals, (as_of, sizes)
            assert items == slow_items, (as_of, sizes)


@contextmanager
def shops_on(store: str, request: pytest.FixtureRequest) -> Iterator[None]:
    """Every example's shop on `store`: the books open their file; on a server a new database
    is opened instead (and dropped when the example closes it)."""
    if store == "sqlite":
        yield
        return
    cluster: pg_cluster.Cluster = request.getfixturevalue("shop_server")
    opened: list[Any] = []

    def open_on_server(_path: Path) -> Any:
        opened.append(cluster.new_shop())
        return open_data_file(opened[-1])

    def close_on_server() -> None:
        close_data_file()
        cluster.drop(opened.pop())

    with (
        mock.patch.object(test_payments_properties, "open_data_file", open_on_server),
        mock.patch.object(test_payments_properties, "close_data_file", close_on_server),
    ):
        yield


@pytest.mark.parametrize("store", pg_cluster.STORES)
def test_reading_ahead_is_walking_one_customer_at_a_time(
    store: str, request: pytest.FixtureRequest
) -> None:
    with shops_on(store, request):
        run_state_machine_as_test(
            SetReadBooks,
            settings=settings(
                max_examples=20,
                stateful_step_count=15,
                deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
            ),
        )
