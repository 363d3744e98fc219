"""Customer balances as of a date: hand-worked figures, filters, sorting, and the as-of sums."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from report_builders import ReportShop, build_report_shop, history
from vyapar_lite.db.models import Customer
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import balances, customers
from vyapar_lite.services.report_scope import CustomerScope

JUNE_END = date(2026, 6, 30)


@pytest.fixture
def shop(shop_file: Path) -> ReportShop:
    return build_report_shop()


def _figures(report: balances.BalancesReport) -> list[tuple[str, int, int, int]]:
    return [(r.code, r.receivable, r.advance, r.balance) for r in report.rows]


def test_every_customer_s_balance_largest_dues_first(shop: ReportShop) -> None:
    report = balances.balances(JUNE_END)
    assert _figures(report) == [
        (shop.kaveri, 1298000, 0, 1298000),  # ₹11,800 + ₹1,180 debit note
        (shop.asha, 625600, 0, 625600),  # ₹5,000 + ₹236 - ₹100 + ₹1,120 (the ₹590 cancelled)
        (shop.old, 200000, 0, 200000),  # ₹3,000 - ₹1,000 from the old ledger
        (shop.dealer, 178000, 0, 178000),  # ₹4,725 - ₹945 credit note - ₹2,000 advance
        (shop.quiet, 0, 0, 0),  # ties stay in code order: C0006 before CASH
        ("CASH", 0, 0, 0),
        (shop.ravi, 0, 100000, -100000),  # opening advance ₹1,000
    ]
    assert (report.total_receivable, report.total_advance, report.total_balance) == (
        2301600,
        100000,
        2201600,
    )
    assert report.count == 7
    assert report.page(1, 2) == report.rows[1:3]


def test_balances_as_of_an_earlier_date(shop: ReportShop) -> None:
    report = balances.balances(date(2026, 4, 30), sort="code", descending=False)
    assert _figures(report) == [
        (shop.asha, 513600, 0, 513600),
        (shop.dealer, 472500, 0, 472500),
        (shop.kaveri, 0, 0, 0),
        (shop.ravi, 0, 100000, -100000),
        (shop.old, 200000, 0, 200000),
        (shop.quiet, 0, 0, 0),
        ("CASH", 0, 0, 0),
    ]
    assert report.total_balance == 1086100


def test_filters_by_type_category_city_and_status(shop: ReportShop) -> None:
    def codes(scope: CustomerScope, **kw: str) -> list[str]:
        report = balances.balances(JUNE_END, scope, sort="code", descending=False, **kw)  # type: ignore[arg-type]
        return [r.code for r in report.rows]

    assert codes(CustomerScope(customer_type="Dealer")) == [shop.dealer]
    assert codes(CustomerScope(category="Wholesale")) == [shop.dealer]
    assert codes(CustomerScope(city="PUNE")) == [shop.asha, shop.ravi, shop.old]
    customers.set_active(shop.quiet, False)
    assert codes(CustomerScope(status="inactive")) == [shop.quiet]
    assert shop.quiet not in codes(CustomerScope(status="active"))
    assert codes(CustomerScope(), show="advance") == [shop.ravi]
    assert codes(CustomerScope(), show="receivable") == [
        shop.asha,
        shop.dealer,
        shop.kaveri,
        shop.old,
    ]
    assert len(codes(CustomerScope(), show="nonzero")) == 5


def test_sorting_by_name_and_city(shop: ReportShop) -> None:
    by_name = balances.balances(JUNE_END, sort="name", descending=False)
    assert [r.name for r in by_name.rows][:3] == [
        "Asha Verma",
        "Cash sale (walk-in)",
        "Kaveri Stores",
    ]
    by_city = balances.balances(JUNE_END, sort="city", descending=False)
    assert [r.city for r in by_city.rows] == [
        "",
        "Bengaluru",
        "Nashik",
        "Pune",
        "Pune",
        "pune",
        "Satara",
    ]


def test_bad_options_are_named(shop: ReportShop) -> None:
    with pytest.raises(ValidationError) as exc:
        balances.balances(JUNE_END, sort="phone")
    assert exc.value.for_field("sort") == "Sort by one of balance, code, name, city"
    with pytest.raises(ValidationError) as exc:
        balances.balances(JUNE_END, show="some")
    assert exc.value.for_field("show") is not None
    with pytest.raises(ValidationError) as exc:
        balances.balances(JUNE_END, CustomerScope(status="sleeping"))
    assert exc.value.for_field("status") is not None


def test_as_of_sums_agree_whichever_way_they_are_read(shop: ReportShop) -> None:
    """`balances_as_of` subtracts the later entries when they are fewer, else sums the earlier
    ones: both must give each customer's own balance on every day."""
    start = date(2025, 1, 1)
    for code in (shop.old, shop.quiet, shop.ravi):
        history(
            code,
            *[
                (start + timedelta(days=9 * n), "invoice" if n % 4 else "receipt", f"B/{n}",
                 (n * 1371 % 9000 + 1) if n % 4 else 0, 0 if n % 4 else n * 977 % 7000 + 1)
                for n in range(80)
            ],
        )  # fmt: skip
    ids = {str(c.code): int(c.id) for c in Customer.select(Customer.id, Customer.code)}
    for day in [start - timedelta(days=1), start, date(2025, 6, 30), date(2025, 12, 31),
                date(2026, 5, 15), JUNE_END, date(2030, 1, 1)]:  # fmt: skip
        sums = balances.balances_as_of(day)
        for code, customer_id in ids.items():
            assert sums.get(customer_id, 0) == customers.balance(code, as_of=day), (code, day)
    assert balances.balances_as_of(None) == balances.balances_as_of(date(2030, 1, 1))
