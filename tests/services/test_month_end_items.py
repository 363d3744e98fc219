"""The open items kept at month-ends for ageing as of any date (`services.month_end_items`): what
is kept (the documents that cover each balance, in the walk's order, with what each owed), that
later postings move them, that ageing as of a month-end or a day after it reads them instead of
walking documents, that a cheque bouncing after a month-end sends its customer to the walk, and
that `check` names kept items that differ and works them out again."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from unittest import mock

import pytest

from factories import make_customer
from payment_builders import cheque, invoice, receive
from vyapar_lite.db import database
from vyapar_lite.db.models import Customer
from vyapar_lite.services import (
    ageing,
    balances,
    books_changes,
    customers,
    health,
    month_end_items,
    month_end_moves,
    payments,
    sales,
)

JAN, FEB = date(2026, 1, 31), date(2026, 2, 28)


def kept_rows() -> dict[str, list[tuple[str, int, str | None, int]]]:
    """Kept day -> [(document number, place, due, owed)] in the walk's order."""
    rows = database.execute_sql(
        "SELECT k.kept_on, COALESCE(d.number, '-'), k.place, k.due, k.owed "
        "FROM kept_item k LEFT JOIN sales_doc d ON d.id = k.doc_id "
        "ORDER BY k.kept_on, k.customer_id, k.place"
    ).fetchall()
    found: dict[str, list[tuple[str, int, str | None, int]]] = {}
    for end, number, place, due, owed in rows:
        found.setdefault(str(end), []).append(
            (str(number), int(place), None if due is None else str(due), int(owed))
        )
    return found


def walk_only() -> mock._patch[object]:
    """Nothing kept told: every owing customer walked."""
    return mock.patch.object(month_end_items, "known_as_of", lambda as_of, balances, **_: {})


def test_the_documents_covering_each_balance_are_kept_and_follow_postings(
    shop_file: Path,
) -> None:
    asha = make_customer("Asha Verma", payment_terms_days=30).code
    first = invoice(asha, 1000_00, date(2026, 1, 10))
    second = invoice(asha, 500_00, date(2026, 1, 20))
    third = invoice(asha, 300_00, date(2026, 2, 5))
    receive(asha, 1000_00, date(2026, 2, 10), allocations={first: 1000_00})
    fourth = invoice(asha, 100_00, date(2026, 3, 5))
    kept = month_end_items.brought_up_to_date()
    # every month-end and every 4th day of the month before the last day with entries, then
    # that day
    assert kept.points == (
        *(date(2026, 1, d) for d in (12, 16, 20, 24, 28, 31)),
        *(date(2026, 2, d) for d in (4, 8, 12, 16, 20, 24, 28)),
        date(2026, 3, 4),
        date(2026, 3, 5),
    )
    assert kept.mark == books_changes.mark()
    rows = kept_rows()
    assert rows["2026-01-24"] == rows["2026-01-31"]
    assert rows["2026-02-24"] == rows["2026-02-28"]
    assert {
        d: rows[d] for d in ("2026-01-16", "2026-01-31", "2026-02-16", "2026-02-28", "2026-03-05")
    } == {
        "2026-01-16": [(first, 0, "2026-02-09", 1000_00)],
        # 1,500 owed: both January invoices, the newest due first
        "2026-01-31": [(second, 0, "2026-02-19", 500_00), (first, 1, "2026-02-09", 1000_00)],
        # 800 owed: the first invoice was paid in February
        "2026-02-16": [(third, 0, "2026-03-07", 300_00), (second, 1, "2026-02-19", 500_00)],
        "2026-02-28": [(third, 0, "2026-03-07", 300_00), (second, 1, "2026-02-19", 500_00)],
        "2026-03-05": [
            (fourth, 0, "2026-04-04", 100_00),
            (third, 1, "2026-03-07", 300_00),
            (second, 2, "2026-02-19", 500_00),
        ],
    }
    # back-dated into January: every later day of this customer is worked out again
    back = invoice(asha, 50_00, date(2026, 1, 25))
    receive(asha, 200_00, date(2026, 3, 6), allocations={second: 200_00})
    month_end_items.brought_up_to_date()
    rows = kept_rows()
    assert rows["2026-01-31"][0] == (back, 0, "2026-02-24", 50_00)
    assert rows["2026-02-28"] == [
        (third, 0, "2026-03-07", 300_00),
        (back, 1, "2026-02-24", 50_00),
        (second, 2, "2026-02-19", 500_00),
    ]
    # the last day moved on to the receipt's, its allocation taken off
    assert "2026-03-05" not in rows
    assert rows["2026-03-06"][-1] == (second, 3, "2026-02-19", 300_00)
    assert month_end_items.problems() == []


def test_ageing_on_and_after_a_month_end_reads_the_kept_items(shop_file: Path) -> None:
    asha = make_customer("Asha Verma", payment_terms_days=30).code
    ravi = make_customer("Ravi Kumar").code
    for month in (1, 2, 3, 4):
        invoice(asha, 1000_00 * month, date(2026, month, 10))
        invoice(ravi, 100_00 * month, date(2026, month, 12))
    receive(ravi, 250_00, date(2026, 3, 15))
    for on in (FEB, date(2026, 3, 20), date(2026, 4, 10), date(2026, 6, 1)):
        with walk_only():
            slow = ageing.ageing(on, show="all")
        # nothing walked: neither the read-ahead nor a customer's walk reads a document
        with (
            mock.patch.object(ageing._Walk, "items", side_effect=AssertionError("walked")),
            mock.patch.object(month_end_moves, "walk", side_effect=AssertionError("walked")),
        ):
            assert ageing.ageing(on, show="all") == slow, on
    owing = {c: b for c, b in balances.balances_as_of(date(2026, 3, 20)).items() if b > 0}
    known = month_end_items.known_as_of(date(2026, 3, 20), owing)
    asha_id = Customer.get(Customer.code == asha).id
    assert [(i.due, i.amount) for i in known[asha_id]] == [
        (date(2026, 4, 9), 3000_00),
        (date(2026, 3, 12), 2000_00),
        (date(2026, 2, 9), 1000_00),
    ]


def test_a_cheque_bouncing_after_a_month_end_sends_its_customer_to_the_walk(
    shop_file: Path,
) -> None:
    payments.save_cheque_settings(payments.ChequeSettings("receipt"))
    asha = make_customer("Asha Verma").code
    paid = invoice(asha, 1000_00, date(2026, 1, 5))
    number = receive(  # paid the day it was bought: no kept day ever sees it owing
        asha, 1000_00, date(2026, 1, 5), mode="cheque", cheque=cheque(on=date(2026, 1, 5))
    )
    invoice(asha, 10_00, date(2026, 3, 5))
    month_end_items.brought_up_to_date()
    assert "2026-01-31" not in kept_rows()  # nothing owed anything then
    payments.mark_bounced(number, date(2026, 2, 13), reason="Insufficient funds")
    on = date(2026, 2, 15)  # the kept day before it: 12 February
    owing = {c: b for c, b in balances.balances_as_of(on).items() if b > 0}
    # the invoice the cheque paid owes again: the kept items (nothing at January's end) cannot
    # tell, so the walk is asked
    assert month_end_items.known_as_of(on, owing) == {}
    report = ageing.ageing(on)
    with walk_only():
        assert report == ageing.ageing(on)
    (row,) = report.rows
    assert row.receivable == 1000_00 and row.bands == (0, 0, 1000_00, 0, 0)  # due 5 January
    assert paid


def test_check_names_kept_items_that_differ_and_works_them_out_again(shop_file: Path) -> None:
    asha = make_customer("Asha Verma").code
    invoice(asha, 1000_00, date(2026, 1, 10))
    invoice(asha, 500_00, date(2026, 3, 5))
    month_end_items.brought_up_to_date()
    assert health.check().problems == []
    right = kept_rows()
    database.execute_sql("UPDATE kept_item SET owed = owed + 7 WHERE kept_on = ?", (FEB,))
    problems = month_end_items.problems()
    assert problems[-1] == "kept open items: worked out again from the books"
    assert problems[0].startswith("kept open items: customer id ")
    assert "on 28-02-2026 differ from the documents" in problems[0]
    assert kept_rows() == right
    assert health.check().problems == []


def test_check_keeps_nothing_for_a_shop_that_never_kept_and_compares_once_kept(
    shop_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing kept (no mark): nothing can differ, and `check` leaves the keeping to first use
    (a shop just moved to a server is checked without building them). Kept items that bringing
    them up to date has just worked out whole are not worked out again to be compared."""
    asha = make_customer("Asha Verma").code
    invoice(asha, 1000_00, date(2026, 1, 10))
    invoice(asha, 500_00, date(2026, 3, 5))
    assert health.check().problems == []
    assert kept_rows() == {}
    assert database.execute_sql("SELECT COUNT(*) FROM kept_items").fetchone()[0] == 0
    assert database.execute_sql("SELECT COUNT(*) FROM month_end_kept").fetchone()[0] == 0
    month_end_items.brought_up_to_date()
    right = kept_rows()
    assert right
    worked: list[object] = []
    real = month_end_items._worked_out
    monkeypatch.setattr(
        month_end_items, "_worked_out", lambda *a, **k: worked.append(a) or real(*a, **k)
    )
    database.execute_sql("DELETE FROM kept_items")  # a mark from before: all worked out again
    database.execute_sql(
        "INSERT INTO kept_items (id, audit_id, audit_hash, first_day, last_day) "
        "VALUES (1, 0, '', NULL, NULL)"
    )
    assert month_end_items.problems() == []
    assert len(worked) == 1  # worked out whole once, not again to compare with itself
    assert kept_rows() == right
    worked.clear()
    assert month_end_items.problems() == []  # up to date: worked out once to compare
    assert len(worked) == 1


@pytest.mark.parametrize("changed", [0, month_end_items.REBUILD_AFTER + 1])
def test_many_customers_changed_work_everything_out_again(
    shop_file: Path, changed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    asha = make_customer("Asha Verma").code
    invoice(asha, 1000_00, date(2026, 1, 10))
    invoice(asha, 500_00, date(2026, 3, 5))
    month_end_items.brought_up_to_date()
    rebuilt: list[object] = []
    real = month_end_items._rebuild
    monkeypatch.setattr(
        month_end_items, "_rebuild", lambda *args: rebuilt.append(args) or real(*args)
    )
    monkeypatch.setattr(month_end_items, "REBUILD_AFTER", changed)
    invoice(asha, 20_00, date(2026, 2, 2))
    month_end_items.brought_up_to_date()
    assert len(rebuilt) == (1 if changed == 0 else 0)
    assert month_end_items.problems() == []


def test_a_balance_needing_documents_older_than_those_kept_goes_to_the_walk(
    shop_file: Path,
) -> None:
    """At January's end the advance left only part of the newest invoice owed, so only it is
    kept; in February an advance is paid back (the balance grows with no document) and a new
    invoice falls due before the kept one. The walk then needs the older January invoice, which
    comes between them: the kept items cannot tell, and the walk is asked."""
    meena = make_customer("Meena Stores", payment_terms_days=45).code
    invoice(meena, 1000_00, date(2026, 1, 1))  # due 15 February
    newest = invoice(meena, 500_00, date(2026, 1, 20))  # due 6 March
    receive(meena, 1300_00, date(2026, 1, 25), allocations={})
    account = customers.get_customer(meena)
    customers.update_customer(meena, replace(account.details, payment_terms_days=0))
    invoice(meena, 100_00, date(2026, 2, 13))  # due that day: below the kept one
    payments.record_refund(payments.RefundDraft(meena, date(2026, 2, 14), 250_00))
    invoice(meena, 10_00, date(2026, 3, 5))
    month_end_items.brought_up_to_date()
    assert kept_rows()["2026-01-31"] == [(newest, 0, "2026-03-06", 500_00)]
    assert kept_rows()["2026-02-12"] == [(newest, 0, "2026-03-06", 500_00)]
    on = date(2026, 2, 15)  # the kept day before it: 12 February
    owing = {c: b for c, b in balances.balances_as_of(on).items() if b > 0}
    assert list(owing.values()) == [550_00]
    assert month_end_items.known_as_of(on, owing) == {}
    (items,) = ageing.open_items(on).values()
    assert [(i.due, i.amount) for i in items.items] == [
        (date(2026, 3, 6), 500_00),
        (date(2026, 2, 15), 50_00),
    ]


def test_a_credit_note_after_a_month_end_lowers_what_a_kept_invoice_owes(
    shop_file: Path,
) -> None:
    asha = make_customer("Asha Verma").code
    invoice(asha, 500_00, date(2026, 1, 5))
    newer = invoice(asha, 1000_00, date(2026, 1, 10))
    sales.post_credit_note(
        newer, doc_date=date(2026, 2, 13), price_corrections={1: 300_00}, reason="rate"
    )
    invoice(asha, 10_00, date(2026, 3, 5))
    on = date(2026, 2, 15)  # the kept day before it: 12 February
    owing = {c: b for c, b in balances.balances_as_of(on).items() if b > 0}
    (items,) = month_end_items.known_as_of(on, owing).values()
    assert [(i.due, i.amount) for i in items] == [
        (date(2026, 1, 10), 700_00),
        (date(2026, 1, 5), 500_00),
    ]
    fast = ageing.open_items(on)
    with walk_only():
        assert fast == ageing.open_items(on)


def test_the_dashboards_look_never_waits_for_the_kept_items_to_be_worked_out_whole(
    shop_file: Path,
) -> None:
    asha = make_customer("Asha Verma").code
    invoice(asha, 1000_00, date(2026, 1, 10))
    invoice(asha, 500_00, date(2026, 3, 5))
    today = date(2026, 3, 10)
    marked = "SELECT COUNT(*) FROM kept_items"
    owing = ageing.open_items(today)  # what the dashboard reads: walked, nothing kept yet
    assert database.execute_sql(marked).fetchone() == (0,)
    report = ageing.ageing(today)  # the report works them out (once)
    assert database.execute_sql(marked).fetchone() == (1,)
    assert [o.row(today, report.bands) for o in owing.values()] == report.rows
    invoice(asha, 20_00, date(2026, 2, 2))  # a customer named since: recounted at the next look
    with mock.patch.object(month_end_items, "_rebuild", side_effect=AssertionError("rebuilt")):
        assert ageing.open_items(today)[asha].balance == 1520_00
    assert month_end_items.brought_up_to_date().mark == books_changes.mark()


def test_a_posting_moves_no_kept_day_before_its_date_and_a_cancel_moves_them_all(
    shop_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asha = make_customer("Asha Verma").code
    invoice(asha, 1000_00, date(2026, 1, 10))
    invoice(asha, 500_00, date(2026, 3, 5))
    month_end_items.brought_up_to_date()
    worked: list[date] = []
    real = month_end_items._next

    def spy(previous: date | None, held: object, point: date, *args: object) -> object:
        worked.append(point)
        return real(previous, held, point, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(month_end_items, "_next", spy)
    invoice(asha, 20_00, date(2026, 3, 5))  # on the last day: only that day again
    month_end_items.brought_up_to_date()
    assert worked == [date(2026, 3, 5)]
    worked.clear()
    back = invoice(asha, 30_00, date(2026, 2, 22))  # back-dated: from the next kept day on
    month_end_items.brought_up_to_date()
    assert worked == [date(2026, 2, 24), FEB, date(2026, 3, 4), date(2026, 3, 5)]
    worked.clear()
    sales.cancel_invoice(back, "wrong customer")  # any other change: every kept day
    month_end_items.brought_up_to_date()
    assert worked == list(month_end_items.brought_up_to_date().points)
    assert len(worked) == 15  # 6 in January, 7 in February, 4 and 5 March
    assert month_end_items.problems() == []


def test_books_within_one_month_keep_their_days_with_balances_from_the_ledger(
    shop_file: Path,
) -> None:
    """No month-end balance is kept yet (the books began this month): the 4th's, 8th's, 12th's,
    16th's and the last day's balances are summed from the ledger."""
    asha = make_customer("Asha Verma").code
    invoice(asha, 1000_00, date(2026, 1, 2))
    receive(asha, 400_00, date(2026, 1, 10))
    invoice(asha, 50_00, date(2026, 1, 20))
    kept = month_end_items.rebuild()
    assert kept.points == tuple(date(2026, 1, d) for d in (4, 8, 12, 16, 20))
    rows = kept_rows()
    assert [owed for _, _, _, owed in rows["2026-01-04"]] == [1000_00]
    assert [owed for _, _, _, owed in rows["2026-01-08"]] == [1000_00]
    assert [owed for _, _, _, owed in rows["2026-01-12"]] == [600_00]
    assert [owed for _, _, _, owed in rows["2026-01-16"]] == [600_00]
    assert [owed for _, _, _, owed in rows["2026-01-20"]] == [50_00, 600_00]
    assert month_end_items.problems() == []
