"""Ageing of receivables: hand-worked buckets, the shop's bands, filters and the totals rule."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from report_builders import ReportShop, build_report_shop, history
from vyapar_lite.db.models import AuditEntry
from vyapar_lite.domain.ageing import AgeingBands, parse_bands
from vyapar_lite.services import ageing, balances
from vyapar_lite.services.report_scope import CustomerScope

JUNE_END = date(2026, 6, 30)


@pytest.fixture
def shop(shop_file: Path) -> ReportShop:
    return build_report_shop()


def _buckets(report: ageing.AgeingReport) -> dict[str, tuple[tuple[int, ...], int, int]]:
    return {r.code: (r.bands, r.receivable, r.advance) for r in report.rows}


def test_ageing_at_the_end_of_june(shop: ReportShop) -> None:
    report = ageing.ageing(JUNE_END)
    assert report.labels == ("Not due", "0-30", "31-60", "61-90", "Over 90")
    assert _buckets(report) == {
        # ₹1,120 due 25-05 (36 days); ₹136 left of the ₹236 due 20-04 (71 days) and the ₹5,000
        # opening balance of 01-04 (90 days). The cancelled ₹590 counts for nothing.
        shop.asha: ((0, 0, 112000, 513600, 0), 625600, 0),
        # ₹3,780 left of the invoice due 20-05 (41 days) after the ₹945 credit note; the ₹2,000
        # order advance (allocated to nothing) settles the oldest, so ₹1,780 is owed.
        shop.dealer: ((0, 0, 178000, 0, 0), 178000, 0),
        # debit note ₹1,180 due 01-06 (29 days); invoice ₹11,800 due 02-05 (59 days)
        shop.kaveri: ((0, 118000, 1180000, 0, 0), 1298000, 0),
        shop.ravi: ((0, 0, 0, 0, 0), 0, 100000),  # an advance, shown apart
        # old ledger: ₹3,000 of 01-12-2025 with 10 days' terms, less ₹1,000 on account
        shop.old: ((0, 0, 0, 0, 200000), 200000, 0),
    }
    assert report.band_totals == (0, 118000, 1470000, 513600, 200000)
    assert (report.total_receivable, report.total_advance, report.total_balance) == (
        2301600,
        100000,
        2201600,
    )


def test_ageing_in_the_middle_of_may_has_amounts_not_yet_due(shop: ReportShop) -> None:
    report = ageing.ageing(date(2026, 5, 20))
    assert _buckets(report) == {
        # ₹1,120 due 25-05 (not yet), ₹136 due 20-04 (30 days), ₹5,000 due 01-04 (49 days)
        shop.asha: ((112000, 13600, 500000, 0, 0), 625600, 0),
        # ₹4,725 less the ₹945 credit note of 12-05, due today: 0 days past due
        shop.dealer: ((0, 378000, 0, 0, 0), 378000, 0),
        shop.kaveri: ((0, 1180000, 0, 0, 0), 1180000, 0),  # due 02-05: 18 days
        shop.ravi: ((0, 0, 0, 0, 0), 0, 100000),
        shop.old: ((0, 0, 0, 0, 200000), 200000, 0),
    }
    assert report.band_totals == (112000, 1571600, 500000, 0, 200000)


def test_the_shopkeeper_s_own_bands(shop: ReportShop) -> None:
    report = ageing.ageing(JUNE_END, bands=parse_bands("15, 45"))
    assert report.labels == ("Not due", "0-15", "16-45", "Over 45")
    assert _buckets(report)[shop.asha] == ((0, 0, 112000, 513600), 625600, 0)
    assert _buckets(report)[shop.kaveri] == ((0, 0, 118000, 1180000), 1298000, 0)


def test_a_receipt_on_account_settles_the_oldest_first(shop: ReportShop) -> None:
    history(shop.kaveri, (date(2026, 6, 20), "receipt", "OLD/R9", 0, 500000))
    # ₹12,980 - ₹5,000 = ₹7,980: the ₹1,180 debit note and ₹6,800 of the ₹11,800 invoice
    assert _buckets(ageing.ageing(JUNE_END))[shop.kaveri] == ((0, 118000, 680000, 0, 0), 798000, 0)


def test_filters_and_which_customers_are_shown(shop: ReportShop) -> None:
    def codes(scope: CustomerScope, show: str = "nonzero") -> list[str]:
        return [r.code for r in ageing.ageing(JUNE_END, scope, show=show).rows]

    assert codes(CustomerScope(customer_type="Dealer")) == [shop.dealer]
    assert codes(CustomerScope(category="Wholesale")) == [shop.dealer]
    assert codes(CustomerScope(city="pune")) == [shop.asha, shop.ravi, shop.old]
    assert codes(CustomerScope(), "receivable") == [shop.asha, shop.dealer, shop.kaveri, shop.old]
    assert codes(CustomerScope(), "all") == [
        shop.asha, shop.dealer, shop.kaveri, shop.ravi, shop.old, shop.quiet, "CASH",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "as_of", [date(2026, 4, 4), date(2026, 5, 12), JUNE_END, date(2027, 3, 31)]
)
def test_every_row_adds_up_to_the_balances_report(shop: ReportShop, as_of: date) -> None:
    report = ageing.ageing(as_of, show="all")
    by_code = {r.code: r.balance for r in balances.balances(as_of).rows}
    for row in report.rows:
        assert sum(row.bands) == row.receivable
        assert row.receivable - row.advance == row.balance == by_code[row.code]
    assert sum(report.band_totals) == report.total_receivable
    assert report.total_balance == balances.balances(as_of).total_balance


def test_progress_is_reported(shop: ReportShop, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ageing, "PROGRESS_EVERY", 2)
    calls: list[tuple[int, int, str]] = []
    ageing.ageing(JUNE_END, progress=lambda done, total, text: calls.append((done, total, text)))
    # the first report works the kept open items out (services/month_end_items.py), a day at a time
    keeping = [call for call in calls if call[2] == "Keeping open items for ageing"]
    assert [done for done, _, _ in keeping] == list(range(1, keeping[0][1] + 1))
    assert calls[len(keeping) :] == [(2, 7, "Ageing receivables"), (4, 7, "Ageing receivables"),
                                     (6, 7, "Ageing receivables")]  # fmt: skip
    calls.clear()
    ageing.ageing(JUNE_END, progress=lambda done, total, text: calls.append((done, total, text)))
    assert [text for _, _, text in calls] == ["Ageing receivables"] * 3  # kept: nothing to say


def test_the_shop_keeps_its_bands(shop_file: Path) -> None:
    assert ageing.get_bands() == AgeingBands((30, 60, 90))
    ageing.save_bands(parse_bands("7, 30, 90, 180"))
    assert ageing.get_bands().limits == (7, 30, 90, 180)
    assert ageing.ageing(JUNE_END).labels == (
        "Not due", "0-7", "8-30", "31-90", "91-180", "Over 180",
    )  # fmt: skip
    change = AuditEntry.select().where(AuditEntry.record_label == "ageing bands").get()
    assert (change.action, change.before_json, change.after_json) == (
        "update",
        '{"bands": "30, 60, 90"}',
        '{"bands": "7, 30, 90, 180"}',
    )
    ageing.save_bands(parse_bands("7, 30, 90, 180"))  # no change, no audit row
    assert AuditEntry.select().where(AuditEntry.record_label == "ageing bands").count() == 1
