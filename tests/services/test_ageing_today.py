"""Today's ageing kept between dashboard looks and sessions: after every kind of change it equals
the ageing worked out afresh, and only the customers named in the audit log are read again."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from factories import make_customer
from payment_builders import cheque, invoice, receive
from payment_builders import customer as new_customer
from report_builders import ReportShop, build_report_shop
from vyapar_lite.db import audit_seal, database
from vyapar_lite.db.models import AgeingKept, AgeingKeptItem, Customer
from vyapar_lite.domain.ageing import parse_bands
from vyapar_lite.services import (
    ageing,
    ageing_today,
    customers,
    health,
    items,
    payments,
    receipts,
    sales,
)

TODAY = date(2026, 6, 30)


@pytest.fixture
def shop(shop_file: Path) -> Iterator[ReportShop]:
    ageing_today.forget()
    yield build_report_shop()
    ageing_today.forget()


@pytest.fixture
def full_runs(monkeypatch: pytest.MonkeyPatch) -> list[date]:
    """The days every customer's open items were read (not just some customers')."""
    runs: list[date] = []
    real = ageing.open_items

    def counted(as_of: date, codes: object = None) -> dict[str, ageing.Owing]:
        if codes is None:
            runs.append(as_of)
        return real(as_of, codes)  # type: ignore[arg-type]

    monkeypatch.setattr(ageing, "open_items", counted)
    return runs


_REAL_AGEING = ageing.ageing  # before `full_runs` counts the calls


def same_as_afresh(as_of: date = TODAY) -> ageing.AgeingReport:
    kept = ageing_today.ageing_today(as_of)
    assert kept == _REAL_AGEING(as_of, show="nonzero")
    return kept


def test_a_second_look_reads_nothing_again(shop: ReportShop, full_runs: list[date]) -> None:
    same_as_afresh()
    same_as_afresh()
    assert full_runs == [TODAY]


CHANGES: dict[str, Callable[[ReportShop], None]] = {
    "an invoice": lambda s: invoice(s.asha, 250000, TODAY),
    "a receipt": lambda s: receive(s.dealer, 100000, TODAY),
    "a cancelled invoice": lambda s: sales.cancel_invoice(s.numbers["inv4"], "Wrong customer"),
    "a credit note": lambda s: sales.post_credit_note(
        s.numbers["inv3"], doc_date=TODAY, returns={1: 1000}, reason="Returned"
    ),
    "a new customer with an opening balance": lambda s: (
        make_customer("New Opening", opening=70000) and None
    ),
    "longer payment terms": lambda s: (
        customers.update_customer(
            s.old,
            replace(customers.get_customer(s.old).details, payment_terms_days=90),
        )
        and None
    ),
    "an item (no customer)": lambda s: (
        items.create_item(items.ItemDetails(name="Jaggery 1 kg", gst_rate_bp=500)) and None
    ),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_after_a_change_only_its_customer_is_worked_out_again(
    shop: ReportShop, full_runs: list[date], change: str
) -> None:
    same_as_afresh()
    CHANGES[change](shop)
    same_as_afresh()
    assert full_runs == [TODAY]  # the change was applied customer by customer


def test_a_bounced_cheque_and_a_reallocation(shop: ReportShop, full_runs: list[date]) -> None:
    code = new_customer("Cheque Payer")
    first = invoice(code, 300000, date(2026, 6, 1))
    second = invoice(code, 200000, date(2026, 6, 2))
    paid = receive(code, 200000, date(2026, 6, 3), allocations={first: 200000})
    same_as_afresh()
    receipts.reallocate(paid, {second: 200000}, reason="Meant for the second bill")
    same_as_afresh()
    bad = receive(code, 100000, date(2026, 6, 5), mode="cheque", cheque=cheque(on=date(2026, 6, 5)))
    same_as_afresh()
    payments.mark_bounced(bad, date(2026, 6, 8), reason="Insufficient funds")
    same_as_afresh()
    assert full_runs == [TODAY]


def test_a_new_day_and_other_bands_need_no_reading(shop: ReportShop, full_runs: list[date]) -> None:
    same_as_afresh()
    same_as_afresh(date(2026, 7, 1))  # a new day: the same items, aged a day more
    ageing.save_bands(parse_bands("15, 45"))  # a setting: names no customer, so read again
    same_as_afresh(date(2026, 7, 1))
    same_as_afresh(date(2026, 9, 30))
    assert full_runs == [TODAY, date(2026, 7, 1)]


def test_a_date_before_the_last_entry_is_not_kept(shop: ReportShop, full_runs: list[date]) -> None:
    before = date(2026, 6, 5)  # the report shop has entries up to 10-06
    assert ageing_today.ageing_today(before) == _REAL_AGEING(before, show="nonzero")
    assert full_runs == []


def test_kept_in_the_shop_file_for_the_next_session(
    shop: ReportShop, full_runs: list[date]
) -> None:
    same_as_afresh()
    assert ageing_today.save()
    assert not ageing_today.save()  # already there
    ageing_today.forget()  # a new session
    same_as_afresh(date(2026, 7, 15))
    invoice(shop.asha, 250000, TODAY)
    ageing_today.forget()
    same_as_afresh()  # the saved items, and Asha read again
    assert full_runs == [TODAY]
    assert AgeingKeptItem.select().count() > 0


def test_saved_items_of_another_audit_log_are_not_used(
    shop: ReportShop, full_runs: list[date]
) -> None:
    same_as_afresh()
    ageing_today.save()
    ageing_today.forget()
    # as after restoring a backup: the saved head row now says something else
    kept = AgeingKept.get()
    database.execute_sql("UPDATE audit_entry SET row_hash = 'other' WHERE id = ?", (kept.audit_id,))
    same_as_afresh()
    assert full_runs == [TODAY, TODAY]


def test_an_audit_log_not_seen_before_is_worked_out_in_full(
    shop: ReportShop, full_runs: list[date]
) -> None:
    same_as_afresh()
    seen = audit_seal.tail(database)[0]
    invoice(shop.asha, 10000, TODAY)
    # as after a restore: the row the kept figures end at now says something else
    database.execute_sql("UPDATE audit_entry SET row_hash = 'other' WHERE id = ?", (seen,))
    same_as_afresh()
    assert full_runs == [TODAY, TODAY]


def test_the_file_check_compares_the_saved_items_with_the_books(shop: ReportShop) -> None:
    same_as_afresh()
    ageing_today.save()
    assert health.check().problems == []
    asha = Customer.get(Customer.code == shop.asha)
    database.execute_sql(
        "UPDATE ageing_kept_item SET amount = amount + 100 WHERE customer_id = ? "
        "AND due_date IS NOT NULL",
        (asha.id,),
    )
    assert health.check().problems == [
        f"customer {shop.asha}: the dashboard's saved ageing differs from the books"
    ]
