"""Outstanding invoices as of a date; the same figure as the sales service's."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from report_builders import ReportShop, build_report_shop, cheque
from vyapar_lite.db.models import SalesDoc
from vyapar_lite.services import ageing, balances, outstanding, sales
from vyapar_lite.services.report_scope import EVERYONE, CustomerScope

JUNE_END = date(2026, 6, 30)


@pytest.fixture
def shop(shop_file: Path) -> ReportShop:
    return build_report_shop()


def _rows(as_of: date, scope: CustomerScope = EVERYONE) -> list[tuple[object, ...]]:
    return [
        (i.customer_code, i.number, i.due_date, i.total, i.paid, i.credited, i.outstanding,
         i.days_overdue)
        for i in outstanding.outstanding_page(as_of, scope)
    ]  # fmt: skip


def test_outstanding_invoices_at_the_end_of_june(shop: ReportShop) -> None:
    n = shop.numbers
    assert _rows(JUNE_END) == [
        # the opening balance is an opening bill, due after Asha's 15 days' terms
        (shop.asha, f"OB/{shop.asha}", date(2026, 4, 16), 500000, 0, 0, 500000, 75),
        (shop.asha, n["inv1"], date(2026, 4, 20), 23600, 10000, 0, 13600, 71),
        (shop.asha, n["inv4"], date(2026, 5, 25), 112000, 0, 0, 112000, 36),
        (shop.dealer, n["inv2"], date(2026, 5, 20), 472500, 0, 94500, 378000, 41),
        (shop.kaveri, n["inv3"], date(2026, 5, 2), 1180000, 0, 0, 1180000, 59),
        (shop.kaveri, n["dn1"], date(2026, 6, 1), 118000, 0, 0, 118000, 29),
    ]
    summary = outstanding.outstanding_summary(JUNE_END)
    assert (summary.count, summary.total, summary.paid, summary.credited) == (
        6,
        2406100,
        10000,
        94500,
    )
    assert summary.outstanding == 2301600


def test_outstanding_as_of_an_earlier_date(shop: ReportShop) -> None:
    n = shop.numbers
    # before the credit note (12-05) and the debit note; invoice 4 not yet due
    assert _rows(date(2026, 5, 11)) == [
        (shop.asha, f"OB/{shop.asha}", date(2026, 4, 16), 500000, 0, 0, 500000, 25),
        (shop.asha, n["inv1"], date(2026, 4, 20), 23600, 10000, 0, 13600, 21),
        (shop.asha, n["inv4"], date(2026, 5, 25), 112000, 0, 0, 112000, -14),
        (shop.dealer, n["inv2"], date(2026, 5, 20), 472500, 0, 0, 472500, -9),
        (shop.kaveri, n["inv3"], date(2026, 5, 2), 1180000, 0, 0, 1180000, 9),
    ]
    assert _rows(date(2026, 3, 31)) == []


def test_one_customer_paging_and_the_lazy_reader(shop: ReportShop) -> None:
    assert [r[1] for r in _rows(JUNE_END, CustomerScope(customer_code=shop.kaveri.lower()))] == [
        shop.numbers["inv3"],
        shop.numbers["dn1"],
    ]
    everything = outstanding.outstanding_page(JUNE_END, limit=1000)
    assert outstanding.outstanding_page(JUNE_END, offset=2, limit=2) == everything[2:4]
    assert list(outstanding.iter_outstanding(JUNE_END)) == everything


def test_the_same_figure_as_the_sales_service(shop: ReportShop) -> None:
    """Far enough ahead, outstanding as of a date is what each document says it still owes."""
    later = date(2027, 3, 31)
    owed = {i.number: i.outstanding for i in outstanding.iter_outstanding(later)}
    for (number,) in (
        SalesDoc.select(SalesDoc.number)
        .where(SalesDoc.kind.in_(["invoice", "debit_note"]))
        .tuples()
    ):
        assert owed.get(number, 0) == sales.get_document(number).outstanding, number


def test_a_cheque_counts_while_it_is_on_the_ledger(shop: ReportShop) -> None:
    n = shop.numbers
    # ₹5,000 cheque for the almirah invoice, received 05-06, bounced 20-06; a post-dated cheque
    # for asha's ₹1,120 invoice, received 05-06 and counted when it cleared on 25-06
    cheque(shop.kaveri, date(2026, 6, 5), 500000, n["inv3"], bounced=date(2026, 6, 20))
    cheque(shop.asha, date(2026, 6, 5), 112000, n["inv4"], counted=date(2026, 6, 25))

    def owed(as_of: date) -> dict[str, int]:
        return {i.number: i.outstanding for i in outstanding.iter_outstanding(as_of)}

    assert owed(date(2026, 6, 10))[n["inv3"]] == 680000  # the cheque has not bounced yet
    assert owed(date(2026, 6, 10))[n["inv4"]] == 112000  # the post-dated cheque not counted
    assert owed(JUNE_END)[n["inv3"]] == 1180000
    assert n["inv4"] not in owed(JUNE_END)
    aged = {r.code: r.bands for r in ageing.ageing(date(2026, 6, 10)).rows}
    # ₹12,980 - ₹5,000: the ₹1,180 debit note (9 days) and ₹6,800 of the invoice (39 days)
    assert aged[shop.kaveri] == (0, 118000, 680000, 0, 0)
    aged = {r.code: r.bands for r in ageing.ageing(JUNE_END).rows}
    assert aged[shop.kaveri] == (0, 118000, 1180000, 0, 0)
    assert aged[shop.asha] == (0, 0, 0, 513600, 0)  # ₹136 and the ₹5,000 opening balance
    later = owed(date(2027, 3, 31))
    for number in (n["inv3"], n["inv4"]):
        assert later.get(number, 0) == sales.get_document(number).outstanding
    for as_of in (date(2026, 6, 10), date(2026, 6, 22), JUNE_END):
        report = ageing.ageing(as_of, show="all")
        assert report.total_balance == balances.balances(as_of).total_balance
        assert sum(report.band_totals) == report.total_receivable


def test_the_shortcut_for_today_gives_the_same_figures(
    shop: ReportShop, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As of the last entry or later, receipts count while 'posted' (one join instead of two
    ledger look-ups): the same rows as the dated sums, with cheques bounced and counted late."""
    n = shop.numbers
    cheque(shop.kaveri, date(2026, 6, 5), 500000, n["inv3"], bounced=date(2026, 6, 20))
    cheque(shop.asha, date(2026, 6, 5), 112000, n["inv4"], counted=date(2026, 6, 25))
    days = (date(2026, 6, 25), JUNE_END, date(2027, 3, 31))

    def figures() -> list[object]:
        return [
            (list(outstanding.iter_outstanding(d)), ageing.ageing(d, show="all").rows) for d in days
        ]

    quick = figures()
    for module in (ageing, outstanding):
        monkeypatch.setattr(module, "last_entry_date", lambda: date.max)  # no shortcut
    assert figures() == quick
