"""Customer statements: hand-worked lines, and opening + movements = closing for any period."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from report_builders import ReportShop, build_report_shop, cheque, history
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import balances, customers, statement
from vyapar_lite.services.statement import SideSummary, StatementLine

APRIL, JUNE_END = date(2026, 4, 1), date(2026, 6, 30)


@pytest.fixture
def shop(shop_file: Path) -> ReportShop:
    return build_report_shop()


def _lines(code: str, start: date, end: date) -> tuple[statement.Statement, list[StatementLine]]:
    st_ = statement.open_statement(code, start, end)
    return st_, statement.statement_lines(st_)


def test_a_statement_lists_every_entry_with_a_running_balance(shop: ReportShop) -> None:
    n = shop.numbers
    head, lines = _lines(shop.asha, APRIL, JUNE_END)

    assert (head.code, head.name, head.address, head.phone) == (
        shop.asha,
        "Asha Verma",
        "Pune",
        "9822000101",
    )
    # opening ₹5,000 is dated 01-04, inside the period: nothing before it
    assert (head.opening, head.total_debit, head.total_credit) == (0, 753600, 128000)
    assert (head.closing, head.line_count) == (625600, 8)
    assert [(ln.entry_date, ln.type_label, ln.doc_number, ln.debit, ln.credit, ln.balance)
            for ln in lines] == [
        (APRIL, "Opening balance", f"OB/{shop.asha}", 500000, 0, 500000),
        (date(2026, 4, 5), "Invoice", n["inv1"], 23600, 0, 523600),
        (date(2026, 4, 5), "Receipt", "RCT/26-27/00001", 0, 10000, 513600),
        (date(2026, 5, 10), "Invoice", n["inv4"], 112000, 0, 625600),
        # the cancelled invoice stays, marked, with its reversal and its counter receipt's
        (date(2026, 5, 15), "Invoice (cancelled)", n["inv5"], 59000, 0, 684600),
        (date(2026, 5, 15), "Receipt (cancelled)", "RCT/26-27/00002", 0, 59000, 625600),
        (date(2026, 5, 15), "Invoice cancelled", n["inv5"], 0, 59000, 566600),
        (date(2026, 5, 15), "Receipt cancelled", "RCT/26-27/00002", 59000, 0, 625600),
    ]  # fmt: skip
    assert [ln.status for ln in lines] == ["", "", "", "", *["cancelled"] * 2, *["reversal"] * 2]
    assert lines[2].reference == "UPI UPI-777"
    assert lines[2].description == f"Received with invoice {n['inv1']} (UPI)"
    assert lines[6].description == f"Invoice {n['inv5']} cancelled: Typed twice"


def test_a_period_starts_from_the_balance_before_it(shop: ReportShop) -> None:
    head, lines = _lines(shop.asha, date(2026, 5, 1), date(2026, 5, 31))
    assert head.opening == 513600  # ₹5,000 + ₹236 - ₹100
    assert head.closing == 625600
    assert lines[0].balance == 513600 + 112000
    assert lines[-1].balance == head.closing


def test_notes_and_advances_name_what_they_belong_to(shop: ReportShop) -> None:
    n = shop.numbers
    _, dealer = _lines(shop.dealer, APRIL, JUNE_END)
    assert [(ln.type_label, ln.reference, ln.debit, ln.credit) for ln in dealer] == [
        ("Invoice", "", 472500, 0),
        ("Credit note", f"Against {n['inv2']}", 0, 94500),
        ("Receipt", "Cash", 0, 200000),
    ]
    assert dealer[2].description == f"Advance for order {n['order']}"
    _, kaveri = _lines(shop.kaveri, APRIL, JUNE_END)
    assert [(ln.type_label, ln.reference) for ln in kaveri] == [
        ("Invoice", ""),
        ("Debit note", f"Against {n['inv3']}"),
    ]


def test_a_bounced_cheque_is_marked_with_its_reversal(shop: ReportShop) -> None:
    cheque(shop.kaveri, date(2026, 6, 5), 500000, shop.numbers["inv3"], bounced=date(2026, 6, 20))
    _, lines = _lines(shop.kaveri, date(2026, 6, 2), JUNE_END)
    assert [(ln.type_label, ln.reference, ln.debit, ln.credit, ln.balance, ln.status)
            for ln in lines] == [
        ("Receipt (bounced)", "Cheque 123456", 0, 500000, 798000, "cancelled"),
        ("Cheque bounced", "Cheque 123456", 500000, 0, 1298000, "reversal"),
    ]  # fmt: skip


def test_a_period_without_entries_still_has_its_balances(shop: ReportShop) -> None:
    head, lines = _lines(shop.old, APRIL, JUNE_END)
    assert (head.opening, head.closing, head.line_count, lines) == (200000, 200000, 0, [])
    head, _ = _lines(shop.quiet, APRIL, JUNE_END)
    assert (head.opening, head.closing) == (0, 0)


def test_pages_and_the_lazy_reader_give_the_same_lines(shop: ReportShop) -> None:
    head, lines = _lines(shop.asha, APRIL, JUNE_END)
    pages = [statement.statement_lines(head, offset=o, limit=3) for o in range(0, 9, 3)]
    assert [ln for page in pages for ln in page] == lines
    assert list(statement.iter_statement_lines(head)) == lines
    assert statement.statement_lines(head, offset=7) == lines[7:]


def test_bad_requests_are_named(shop: ReportShop) -> None:
    with pytest.raises(ValidationError) as exc:
        statement.open_statement("NOPE", APRIL, JUNE_END)
    assert exc.value.for_field("customer") == "There is no customer with code NOPE"
    with pytest.raises(ValidationError) as exc:
        statement.open_statement(shop.asha, JUNE_END, APRIL)
    assert exc.value.for_field("period") == (
        "The period starts (2026-06-30) after it ends (2026-04-01)"
    )


def test_the_supplier_side_hook(shop: ReportShop) -> None:
    def supplier_side(code: str, start: date, end: date) -> SideSummary | None:
        if code != shop.dealer:
            return None
        return SideSummary(opening=-50000, total_debit=20000, total_credit=100000, closing=-130000)

    previous = statement.set_supplier_side_source(supplier_side)
    try:
        dealer = statement.open_statement(shop.dealer, APRIL, JUNE_END)
        other = statement.open_statement(shop.asha, APRIL, JUNE_END)
        assert statement.set_supplier_side_source(None) is supplier_side
        assert statement.open_statement(shop.dealer, APRIL, JUNE_END).supplier is None
    finally:
        statement.set_supplier_side_source(previous)
    assert dealer.supplier is not None
    assert (dealer.closing, dealer.supplier.closing, dealer.net_closing) == (
        178000,
        -130000,
        48000,
    )
    assert (other.supplier, other.net_closing) == (None, other.closing)


def test_customers_with_activity_or_dues(shop: ReportShop) -> None:
    # quiet has nothing; old has no entries in the period but owes ₹2,000; ravi is in advance
    assert statement.customers_with_activity(APRIL, JUNE_END) == [
        shop.asha, shop.dealer, shop.kaveri, shop.ravi, shop.old, "CASH",
    ]  # fmt: skip
    assert statement.customers_with_activity(date(2026, 6, 5), date(2026, 6, 20)) == [
        shop.asha, shop.dealer, shop.kaveri, shop.ravi, shop.old, "CASH",
    ]  # fmt: skip
    assert statement.customers_with_activity(date(2025, 1, 1), date(2025, 1, 31)) == []


# --- invariants over random periods ----------------------------------------------------------

DAYS = st.integers(min_value=0, max_value=400)
FIRST_DAY = date(2025, 11, 1)


def _busy_history(code: str) -> None:
    """About 150 entries over a year, so both ways of finding the opening balance are used."""
    entries = []
    for n in range(150):
        on = FIRST_DAY + timedelta(days=(n * 37) % 365)
        debit, credit = (n * 7919 % 50000 + 100, 0) if n % 3 else (0, n * 104729 % 30000 + 50)
        entries.append((on, "invoice" if debit else "receipt", f"H/{n}", debit, credit))
    history(code, *entries)


@pytest.fixture
def busy(shop: ReportShop) -> ReportShop:
    _busy_history(shop.old)
    _busy_history(shop.asha)
    return shop


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(start_day=DAYS, length=DAYS)
def test_opening_plus_movements_is_the_closing_for_any_period(
    busy: ReportShop, start_day: int, length: int
) -> None:
    start = FIRST_DAY + timedelta(days=start_day)
    end = start + timedelta(days=length)
    for code in (busy.asha, busy.old, busy.dealer, "CASH", busy.quiet):
        head, lines = _lines(code, start, end)
        assert head.opening == customers.balance(code, as_of=start - timedelta(days=1))
        assert head.closing == customers.balance(code, as_of=end)
        assert head.closing == head.opening + head.total_debit - head.total_credit
        assert head.total_debit == sum(ln.debit for ln in lines)
        assert head.total_credit == sum(ln.credit for ln in lines)
        assert head.line_count == len(lines)
        running = head.opening
        for ln in lines:
            running += ln.debit - ln.credit
            assert ln.balance == running
            assert start <= ln.entry_date <= end
        assert running == head.closing


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(day=DAYS)
def test_the_balances_total_is_the_sum_of_every_statement_s_closing(
    busy: ReportShop, day: int
) -> None:
    as_of = FIRST_DAY + timedelta(days=day)
    report = balances.balances(as_of)
    closings = {
        row.code: statement.open_statement(
            row.code, FIRST_DAY - timedelta(days=3650), as_of
        ).closing
        for row in report.rows
    }
    assert report.total_balance == sum(closings.values())
    assert {row.code: row.balance for row in report.rows} == closings
    assert report.total_receivable - report.total_advance == report.total_balance
