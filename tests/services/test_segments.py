"""Customer segments on hand-made sales: best, loyal, dormant, slow payers, by type/category."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from segment_builders import cancel, credit, customer, debit, receive, sale
from vyapar_lite.db.models import AuditEntry
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import (
    customers,
    opening_bills,
    segment_groups,
    segment_settings,
    segments,
    slow_payers,
)
from vyapar_lite.services.segment_settings import SegmentSettings

APRIL, JUNE_END = date(2026, 4, 1), date(2026, 6, 30)


@pytest.fixture
def shop(shop_file: Path) -> dict[str, str]:
    """Asha: ₹1,000 (less a ₹200 credit note, plus a ₹50 debit note) in May, ₹300 in June.
    Bina (Dealer): ₹500 in May, and ₹700 cancelled. Chetan: nothing. CASH: ₹9,000 walk-in."""
    asha = customer("Asha Verma")
    bina = customer("Bina Stores", customer_type="Dealer")
    chetan = customer("Chetan Rao")
    first = sale(asha, 100000, date(2026, 5, 1))
    credit(first, 20000, date(2026, 5, 4))
    debit(first, 5000, date(2026, 5, 5))
    sale(asha, 30000, date(2026, 6, 10))
    sale(bina, 50000, date(2026, 5, 2))
    cancel(sale(bina, 70000, date(2026, 5, 6)))
    sale("CASH", 900000, date(2026, 5, 3), received=900000)
    return {"asha": asha, "bina": bina, "chetan": chetan}


def test_best_customers_net_of_notes_without_cancelled_or_cash(shop: dict[str, str]) -> None:
    best = segments.best_customers(APRIL, JUNE_END)
    assert [(r.code, r.name, r.sales) for r in best] == [
        (shop["asha"], "Asha Verma", 100000 - 20000 + 5000 + 30000),
        (shop["bina"], "Bina Stores", 50000),
    ]
    asha = best[0]
    assert (asha.invoices, asha.last_purchase, asha.balance) == (2, date(2026, 6, 10), 115000)
    # the contract the dashboard reads: the first four fields by position
    _customer_id, code, _name, sales = best[1][:4]
    assert (code, sales) == (shop["bina"], 50000)


def test_best_customers_period_limit_and_ties(shop: dict[str, str]) -> None:
    assert [r.code for r in segments.best_customers(APRIL, JUNE_END, limit=1)] == [shop["asha"]]
    june = segments.best_customers(date(2026, 6, 1), JUNE_END)
    assert [(r.code, r.sales) for r in june] == [(shop["asha"], 30000)]
    sale(shop["chetan"], 30000, date(2026, 6, 11))  # the same as Asha's June: ties by code
    june = segments.best_customers(date(2026, 6, 1), JUNE_END)
    assert [r.code for r in june] == [shop["asha"], shop["chetan"]]
    # a credit note alone in a period is no sale
    assert segments.best_customers(date(2026, 5, 4), date(2026, 5, 4)) == []
    with pytest.raises(ValidationError) as bad:
        segments.best_customers(JUNE_END, APRIL)
    assert bad.value.errors[0].field == "end"


def test_loyal_counts_calendar_months(shop: dict[str, str]) -> None:
    # May and June: Asha in both, Bina in May only (her cancelled invoice does not count)
    loyal = segments.loyal_customers(JUNE_END, months=2, min_months=2)
    assert [(r.code, r.months_bought, r.months, r.sales) for r in loyal] == [
        (shop["asha"], 2, 2, 115000)
    ]
    loyal = segments.loyal_customers(JUNE_END, months=2, min_months=1)
    assert [(r.code, r.months_bought) for r in loyal] == [(shop["asha"], 2), (shop["bina"], 1)]
    # the window is the as-of month and the one before: on 1 June, May and June
    assert [
        r.code for r in segments.loyal_customers(date(2026, 6, 1), months=1, min_months=1)
    ] == []
    assert segments.month_window(date(2026, 1, 15), 3) == (date(2025, 11, 1), date(2026, 1, 15))
    with pytest.raises(ValidationError) as bad:
        segments.loyal_customers(JUNE_END, months=2, min_months=3)
    assert bad.value.errors[0].field == "min_months"


def test_dormant_boundary_and_inactive(shop: dict[str, str]) -> None:
    # Asha last bought on 10 June, Bina on 2 May (the debit note of 5 May is Asha's)
    ninety_after_bina = date(2026, 7, 31)  # 90 days after 2 May
    dormant = segments.dormant_customers(ninety_after_bina, days=90)
    assert [(r.code, r.last_purchase, r.days_since, r.lifetime_sales) for r in dormant] == [
        (shop["bina"], date(2026, 5, 2), 90, 50000)
    ]
    assert segments.dormant_customers(date(2026, 7, 30), days=90) == []  # 89 days: not yet
    later = segments.dormant_customers(date(2026, 12, 31), days=90)
    assert [r.code for r in later] == [shop["asha"], shop["bina"]]  # by lifetime sales
    customers.set_active(shop["bina"], False)
    assert [r.code for r in segments.dormant_customers(date(2026, 12, 31), days=90)] == [
        shop["asha"]
    ]


def test_slow_payers_from_allocations_and_unpaid_invoices(shop_file: Path) -> None:
    prompt = customer("Prompt Payer")
    late = customer("Late Lal", payment_terms_days=10)
    never = customer("Never Neha")
    on_time = sale(prompt, 10000, date(2026, 5, 1))
    receive(prompt, 10000, date(2026, 5, 1), {on_time: 10000})
    # due 11 May; paid 31 May (20 days late) and 10 June (30 days late): average 25
    one = sale(late, 10000, date(2026, 5, 1))
    two = sale(late, 20000, date(2026, 5, 1))
    receive(late, 10000, date(2026, 5, 31), {one: 10000})
    receive(late, 15000, date(2026, 6, 10), {two: 15000})
    credit(two, 5000, date(2026, 6, 5))  # settled by the receipt of 10 June, the later one
    sale(never, 40000, date(2026, 6, 1))  # unpaid: 29 days late on 30 June
    sale(never, 1000, date(2026, 6, 30))  # not yet due on 30 June: not judged

    rows = slow_payers.slow_payers(APRIL, JUNE_END, min_days_late=0)
    figures = {r.code: (r.invoices, r.avg_days_to_pay, r.avg_days_late, r.overdue, r.owed)
               for r in rows}  # fmt: skip
    assert figures == {
        never: (1, 29, 29, 1, 40000),
        late: (2, 35, 25, 0, 0),
        prompt: (1, 0, 0, 0, 0),
    }
    assert [r.code for r in rows] == [never, late, prompt]
    assert rows[1].terms_days == 10
    assert [r.code for r in slow_payers.slow_payers(APRIL, JUNE_END, min_days_late=25)] == [
        never,
        late,
    ]
    assert [r.code for r in slow_payers.slow_payers(APRIL, JUNE_END, min_days_late=26)] == [never]
    assert slow_payers.rounded_mean(5, 2) == 3 and slow_payers.rounded_mean(0, 0) == 0


def test_groups_by_type_and_category(shop: dict[str, str]) -> None:
    groups = segment_groups.customer_groups("type", APRIL, JUNE_END)
    assert [tuple(g) for g in groups] == [
        ("General", 2, 2, 1, 115000, 115000),  # Asha and Chetan (CASH is in no group)
        ("Dealer", 1, 1, 1, 50000, 50000),
        ("Wholesaler", 0, 0, 0, 0, 0),
        ("Distributor", 0, 0, 0, 0, 0),
    ]
    members = segment_groups.group_members("type", "General", APRIL, JUNE_END)
    assert [(m.code, m.sales, m.balance) for m in members] == [
        (shop["asha"], 115000, 115000),
        (shop["chetan"], 0, 0),
    ]
    categories = segment_groups.customer_groups("category", APRIL, JUNE_END)
    assert [(g.name, g.customers, g.sales) for g in categories] == [
        (segment_groups.NO_CATEGORY, 3, 165000)
    ]
    assert len(segment_groups.group_members("category", segment_groups.NO_CATEGORY, APRIL,
                                            JUNE_END)) == 3  # fmt: skip
    with pytest.raises(ValidationError) as bad:
        segment_groups.customer_groups("city", APRIL, JUNE_END)
    assert bad.value.errors[0].field == "by"


def test_segment_settings_are_kept_and_audited(shop_file: Path) -> None:
    assert segment_settings.get() == SegmentSettings(6, 5, 90, 15)
    segment_settings.save(SegmentSettings(12, 10, 60, 7))
    assert segment_settings.get() == SegmentSettings(12, 10, 60, 7)
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert (entry.record_type, entry.record_label) == ("setting", "customer segments")
    with pytest.raises(ValidationError) as bad:
        segment_settings.save(SegmentSettings(6, 7, 0, 15))
    assert {e.field for e in bad.value.errors} == {"loyal_min_months", "dormant_days"}
    assert segment_settings.get() == SegmentSettings(12, 10, 60, 7)


def test_slow_payers_ignore_cash_and_receipts_that_no_longer_count(shop_file: Path) -> None:
    from vyapar_lite.services import receipts

    bounced = customer("Bounce Bala")
    invoice = sale(bounced, 10000, date(2026, 5, 1))
    number = receive(bounced, 10000, date(2026, 5, 2), {invoice: 10000})
    receipts.cancel_receipt(number, "Entered against the wrong customer")
    sale("CASH", 5000, date(2026, 5, 1), received=5000)
    rows = slow_payers.slow_payers(APRIL, JUNE_END, min_days_late=0)
    # the cancelled receipt settles nothing: owing since 1 May, 60 days late on 30 June
    assert [(r.code, r.avg_days_late, r.overdue, r.owed) for r in rows] == [(bounced, 60, 1, 10000)]


def test_inactive_customers_stay_in_best_and_loyal(shop: dict[str, str]) -> None:
    customers.set_active(shop["asha"], False)
    assert [r.code for r in segments.best_customers(APRIL, JUNE_END)] == [
        shop["asha"],
        shop["bina"],
    ]
    assert [r.code for r in segments.loyal_customers(JUNE_END, months=2, min_months=2)] == [
        shop["asha"]
    ]


def test_an_opening_bill_is_judged_by_slow_payers_like_an_invoice(shop_file: Path) -> None:
    # issue 14's shop: owed ₹23,400 before the app (one opening bill, 1 April, due after the 15
    # days' terms: 16 April), bought ₹1,935 on 1 May (due 16 May), paid ₹5,000 on 6 May, which
    # the automatic split puts on the opening bill, the oldest due
    code = customer("Old Oswal", payment_terms_days=15, opening=2340000)
    sale(code, 193500, date(2026, 5, 1))
    receive(code, 500000, date(2026, 5, 6))
    # and an opening bill of ₹1,000 due 11 April, paid on 21 April: 20 days to pay, 10 late
    opening_bills.record_opening(code, "OLD/102", APRIL, 100000, due=date(2026, 4, 11))
    receive(code, 100000, date(2026, 4, 21), {"OLD/102": 100000})

    [row] = slow_payers.slow_payers(APRIL, JUNE_END, min_days_late=0)

    # still owing on 30 June: the opening bill 90 days from its date, 75 past due; the invoice
    # 60 and 45: (20 + 90 + 60) / 3 = 56.7 -> 57 days to pay, (10 + 75 + 45) / 3 = 43.3 -> 43 late
    assert (row.code, row.invoices, row.avg_days_to_pay, row.avg_days_late) == (code, 3, 57, 43)
    assert (row.overdue, row.owed) == (2, 2340000 - 500000 + 193500)
