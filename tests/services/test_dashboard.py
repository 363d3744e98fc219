"""The dashboard's figures on the report shop (see report_builders), checked by hand and against
the reports they open."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from factories import make_customer, make_item
from payment_builders import cheque, invoice, receive
from payment_builders import customer as customer_code
from report_builders import ReportShop, build_report_shop
from vyapar_lite.db.connection import current_server
from vyapar_lite.services import (
    ageing,
    backups,
    customers,
    dashboard,
    items,
    payments,
    sales_register,
    server_backups,
)

TODAY = date(2026, 6, 10)


@pytest.fixture
def shop(shop_file: Path) -> ReportShop:
    return build_report_shop()


def test_sales_today_and_this_month(shop: ReportShop) -> None:
    d = dashboard.dashboard(TODAY)
    assert d.sales_today == 31500  # the counter sale of 10-06
    assert d.sales_month == 118000 + 31500  # the debit note of 01-06 and that sale
    # the same figure as the register the card opens
    register = sales_register.register_summary(date(2026, 6, 1), TODAY)
    assert d.sales_month == register.net.value


def test_sales_by_month_for_twelve_months(shop: ReportShop) -> None:
    d = dashboard.dashboard(TODAY)
    assert [m for m, _ in d.monthly_sales] == [
        date(2025, 7, 1),
        date(2025, 8, 1),
        date(2025, 9, 1),
        date(2025, 10, 1),
        date(2025, 11, 1),
        date(2025, 12, 1),
        date(2026, 1, 1),
        date(2026, 2, 1),
        date(2026, 3, 1),
        date(2026, 4, 1),
        date(2026, 5, 1),
        date(2026, 6, 1),
    ]
    by_month = dict(d.monthly_sales)
    assert by_month[date(2026, 4, 1)] == 23600 + 472500
    # May: ₹11,800 + ₹1,120 less the ₹945 credit note; the cancelled ₹590 left out
    assert by_month[date(2026, 5, 1)] == 1180000 + 112000 - 94500
    assert by_month[date(2026, 6, 1)] == 149500
    assert sum(by_month.values()) == 496100 + 1197500 + 149500  # nothing before April


def test_months_cross_the_year_end(shop_file: Path) -> None:
    starts = [m for m, _ in dashboard.dashboard(date(2026, 1, 31)).monthly_sales]
    assert starts[0] == date(2025, 2, 1)
    assert starts[-1] == date(2026, 1, 1)
    assert len(starts) == 12


def test_money_received(shop: ReportShop) -> None:
    d = dashboard.dashboard(TODAY)
    assert d.received_today == 31500  # paid with the counter sale
    # June: the order's ₹2,000 advance (03-06) and that sale
    assert d.received_month == 200000 + 31500
    # April to June: ₹100 (UPI with invoice 1), the cancelled invoice's ₹590 (the receipt was
    # cancelled with it), the advance and the counter sale
    assert dashboard.received(date(2026, 4, 1), TODAY) == 10000 + 200000 + 31500


def test_receivable_and_overdue_come_from_the_ageing(shop: ReportShop) -> None:
    d = dashboard.dashboard(TODAY)
    report = ageing.ageing(TODAY, show="nonzero")
    assert d.receivable == report.total_receivable
    assert d.ageing_totals == report.band_totals
    assert d.ageing_labels[0] == "Not due"
    assert d.overdue == report.total_receivable - report.band_totals[0]
    overdue_codes = {r.code for r in report.rows if sum(r.bands[1:]) > 0}
    # Asha (opening and invoices past due), the dealer, Kaveri (due on the day), the old ledger
    assert overdue_codes == {shop.asha, shop.dealer, shop.kaveri, shop.old}
    assert d.overdue_customers == 4
    # Asha ₹5,000 + ₹136 + ₹1,120; the dealer ₹3,780 less the ₹2,000 advance; Kaveri; the old ledger
    assert d.receivable == 625600 + 178000 + 1298000 + 200000
    assert d.overdue == d.receivable  # by 10-06 everything was due
    earlier = dashboard.dashboard(date(2026, 5, 11))
    # not yet due on 11-05: the pens (due 25-05) and the rice bags (due 20-05)
    assert earlier.ageing_totals[0] == 112000 + 472500
    assert earlier.overdue == earlier.receivable - 112000 - 472500


def test_customers_over_their_credit_limit(shop: ReportShop) -> None:
    over = make_customer("Over Limit", credit_limit=100000, opening=150000).code
    make_customer("Within Limit", credit_limit=200000, opening=150000)
    gone = make_customer("Gone Away", credit_limit=100000, opening=150000).code
    customers.set_active(gone, False, reason="Closed the shop")
    make_customer("No Limit", opening=900000)  # no limit set: never "over"
    d = dashboard.dashboard(TODAY)
    assert d.over_limit_customers == 1
    balances = {r.code: r.balance for r in ageing.ageing(TODAY).rows}
    assert dashboard.over_limit(balances) == [over]


def test_low_stock_items(shop_file: Path) -> None:
    make_item("Rice 5 kg", opening_stock=2000, low_stock_milli=5000)  # 2 left, warn at 5
    make_item("Dal 1 kg", opening_stock=9000, low_stock_milli=5000)
    make_item("Salt")  # stock not tracked: never low
    inactive = make_item("Sugar", opening_stock=1000, low_stock_milli=5000).code
    items.set_active(inactive, False)  # off the list: not counted
    assert dashboard.dashboard(TODAY).low_stock_items == 1


def test_top_customers_by_sales(shop: ReportShop) -> None:
    top = dashboard.dashboard(TODAY).top_customers
    # Kaveri ₹11,800 + ₹1,180; the dealer ₹4,725 - ₹945; Asha ₹236 + ₹1,120 (CASH left out)
    assert [(c.code, c.sales) for c in top] == [
        (shop.kaveri, 1298000),
        (shop.dealer, 378000),
        (shop.asha, 135600),
    ]


def test_last_backup(shop: ReportShop, tmp_path: Path) -> None:
    """A file's backup, or a server's pg_dump (whichever counter took it: kept in the shop)."""
    assert dashboard.dashboard(TODAY).last_backup_at is None
    at = datetime(2026, 6, 10, 9, 15, 0)
    server = current_server()
    if server is None:
        taken = backups.back_up(now=at).info.taken_at
    else:
        dump = server_backups.back_up(server, tmp_path, now=at)
        assert dump.stat().st_size > 0
        taken = at
    assert dashboard.dashboard(TODAY).last_backup_at == taken


def test_an_empty_shop(shop_file: Path) -> None:
    d = dashboard.dashboard(TODAY)
    assert (d.sales_today, d.sales_month, d.received_month, d.receivable, d.overdue) == (
        0,
        0,
        0,
        0,
        0,
    )
    assert d.overdue_customers == d.over_limit_customers == d.low_stock_items == 0
    assert d.top_customers == []
    assert all(value == 0 for _, value in d.monthly_sales)


def test_a_post_dated_cheque_counts_when_it_clears(shop_file: Path) -> None:
    code = customer_code()
    invoice(code, 1000000, date(2026, 5, 10))
    pdc = receive(
        code, 600000, date(2026, 5, 10), mode="cheque", cheque=cheque(on=date(2026, 6, 15))
    )
    receive(code, 50000, date(2026, 5, 20), mode="upi", reference="UPI-1")
    assert dashboard.received(date(2026, 5, 1), date(2026, 5, 31)) == 50000  # not the PDC yet
    payments.mark_cleared(pdc, date(2026, 6, 16))
    assert dashboard.received(date(2026, 5, 1), date(2026, 5, 31)) == 50000
    assert dashboard.received(date(2026, 6, 16), date(2026, 6, 16)) == 600000  # when it cleared
    bounced = receive(
        code, 20000, date(2026, 6, 20), mode="cheque", cheque=cheque("777777", on=date(2026, 6, 20))
    )
    payments.mark_bounced(bounced, date(2026, 6, 22), reason="Insufficient funds")
    assert dashboard.received(date(2026, 6, 1), date(2026, 6, 30)) == 600000  # bounced: no money


def test_cash_in_hand_the_bank_and_today_s_expenses(shop_file: Path) -> None:
    from vyapar_lite.services import expenses, money_accounts, money_setup

    bank = money_setup.add_account(
        money_setup.NewAccount("SBI", "bank", "4321", "SBIN0001234", 900000, date(2026, 4, 1))
    )
    code = customer_code()
    receive(code, 250000, TODAY)
    receive(code, 40000, date(2026, 6, 11))  # tomorrow: not in hand yet
    cash = money_accounts.cash_account().id
    expenses.post_expense(expenses.ExpenseDraft(TODAY, "Tea & snacks", 3000, cash))
    expenses.post_expense(expenses.ExpenseDraft(date(2026, 6, 9), "Wages", 50000, bank.id))

    d = dashboard.dashboard(TODAY)

    assert d.cash_in_hand == 250000 - 3000
    assert d.in_the_bank == 900000 - 50000
    assert d.spent_today == 3000
