"""The customer list's read side: search as you type, filters, sorting, paging, quick find."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factories import make_customer
from vyapar_lite.db import database, sqlite_features
from vyapar_lite.db.dialect import is_server
from vyapar_lite.domain.customer import CustomerDetails, OpeningKind
from vyapar_lite.services import customer_list, customers
from vyapar_lite.services.customer_list import CustomerFilter, CustomerRow

GSTIN_27 = "27AAPFU0939F1ZV"


@pytest.fixture
def shop(shop_file: Path) -> Path:
    """Six customers besides CASH (C0001-C0006); Deepak Jadhav (C0005) is inactive."""
    make_customer(
        "Asha Sharma",
        phone="9822012345",
        city="Pune",
        category="Regular",
        opening=50_000,
    )
    make_customer("Sharad Patil", phone="9890011111", city="Mumbai", customer_type="Dealer",
                  category="Kirana")  # fmt: skip
    make_customer(
        "Rohan Shah",
        city="Nashik",
        customer_type="Wholesaler",
        state_code="27",
        gstin=GSTIN_27,
        category="Kirana",
        opening=20_000,
        opening_kind=OpeningKind.ADVANCE,
    )
    make_customer("Meera Nair", phone="+971501234567", city="Kochi", alt_phone="9447012320")
    make_customer("Deepak Jadhav", city="Satara", opening=10_000)
    customers.set_active("C0005", False)
    make_customer("bina rao", city="pune", opening=75_000)  # typed in lower case
    return shop_file


def codes(rows: list[CustomerRow]) -> list[str]:
    return [r.code for r in rows]


def search(text: str, **filters: Any) -> list[str]:
    f = CustomerFilter(search=text, **filters)
    found = customer_list.page(f)
    assert customer_list.count(f) == len(found)
    return sorted(codes(found))


# --- search -------------------------------------------------------------------------------------


def test_search_matches_the_start_of_any_word_of_the_name(shop: Path) -> None:
    assert search("shar") == ["C0001", "C0002"]  # Sharma, Sharad
    assert search("sha") == ["C0001", "C0002", "C0003"]  # ... and Shah
    assert search("SHAH") == ["C0003"]
    assert search("ASHA") == ["C0001"]
    assert search("arma") == []  # inside a word is not a prefix


def test_every_word_must_match(shop: Path) -> None:
    assert search("sha pu") == ["C0001"]  # Sharma of Pune
    assert search("pune sha") == ["C0001"]
    assert search("rohan sha") == ["C0003"]
    assert search("rohan patil") == []


def test_search_by_phone_prefix(shop: Path) -> None:
    assert search("98220") == ["C0001"]
    assert search("98") == ["C0001", "C0002"]
    assert search("98220 12") == ["C0001"]  # typed with a space: one number
    assert search("98220-12345") == ["C0001"]
    assert search("+91 98900") == ["C0002"]  # stored without +91
    assert search("+971 50") == ["C0004"]
    assert search("94470") == ["C0004"]  # the alternate phone


def test_search_by_code(shop: Path) -> None:
    assert search("C0003") == ["C0003"]
    assert search("c000") == ["C0001", "C0002", "C0003", "C0004", "C0006"]
    assert search("cash") == ["CASH"]


def test_search_by_gstin_and_city(shop: Path) -> None:
    assert search("27AAPF") == ["C0003"]
    assert search("27aapfu0939f1zv") == ["C0003"]
    assert search("nash") == ["C0003"]
    assert search("pune") == ["C0001", "C0006"]


@pytest.mark.parametrize(
    "text",
    ['"', "*", "(", ")", "-", "'", "\\", "%", "_", "^", ":", '""', "()", "* * *", "   ", "+"],
)
def test_punctuation_only_search_is_ignored(shop: Path, text: str) -> None:
    assert search(text) == search("")


@pytest.mark.parametrize(
    "text",
    ["AND", "OR", "NOT", "NEAR", "NEAR(", 'a"b', "sha*", "*sha", "(sha)", "name:sha", "{name}:a",
     "sha AND", "sha OR pune", "^sha", "sha-", "C0001 -", "🙂", "शर्मा", "x" * 500, "a " * 50],
)  # fmt: skip
def test_odd_input_never_raises(shop: Path, text: str) -> None:
    search(text)
    customer_list.quick_find(text)


def test_query_syntax_is_plain_text(shop: Path) -> None:
    assert search("sha*") == search("sha")
    assert search("(sha)") == search("sha")
    assert search("sha OR pune") == []  # three words, all must match; no "or" word
    assert search("AND") == []


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=30))
def test_any_text_is_a_search(shop_file: Path, text: str) -> None:
    f = CustomerFilter(search=text, status="all")
    assert customer_list.count(f) == len(customer_list.page(f))


def test_devanagari_names_are_searchable(shop: Path) -> None:
    make_customer("शर्मा जनरल स्टोर")
    assert search("शर्") == ["C0007"]


# --- filters ------------------------------------------------------------------------------------


def test_inactive_customers_are_hidden_by_default(shop: Path) -> None:
    assert search("") == ["C0001", "C0002", "C0003", "C0004", "C0006", "CASH"]
    assert search("deepak") == []
    assert search("deepak", status="inactive") == ["C0005"]
    assert search("", status="inactive") == ["C0005"]
    assert search("deepak", status="all") == ["C0005"]
    assert len(search("", status="all")) == 7


def test_filter_by_type_and_category(shop: Path) -> None:
    assert search("", customer_type="Dealer") == ["C0002"]
    assert search("", customer_type="Wholesaler") == ["C0003"]
    assert search("", category="Kirana") == ["C0002", "C0003"]
    assert search("", category="Regular") == ["C0001"]
    assert search("", category="No such") == []
    assert search("rohan", category="Kirana", customer_type="Wholesaler") == ["C0003"]
    assert search("rohan", category="Regular") == []


def test_has_dues_shows_customers_who_owe_the_shop(shop: Path) -> None:
    assert search("", has_dues=True) == ["C0001", "C0006"]  # Rohan has an advance, not a due
    assert search("", has_dues=True, status="all") == ["C0001", "C0005", "C0006"]
    assert search("pune", has_dues=True) == ["C0001", "C0006"]
    assert search("", has_dues=True, status="inactive") == ["C0005"]


def test_unknown_status_or_sort_key_is_a_programming_error(shop: Path) -> None:
    with pytest.raises(ValueError, match="status"):
        customer_list.count(CustomerFilter(status="gone"))
    with pytest.raises(ValueError, match="sort key"):
        customer_list.page(CustomerFilter(), sort="email")


# --- rows, sorting and paging -------------------------------------------------------------------


def test_rows_carry_the_list_columns_and_balance(shop: Path) -> None:
    rows = {r.code: r for r in customer_list.page(CustomerFilter(status="all"))}

    assert rows["C0001"] == CustomerRow(
        code="C0001",
        name="Asha Sharma",
        phone="9822012345",
        city="Pune",
        customer_type="General",
        category="Regular",
        balance=50_000,
        is_active=True,
    )
    assert rows["C0003"].balance == -20_000
    assert rows["C0005"].is_active is False
    assert rows["CASH"].category == ""
    for code, row in rows.items():
        assert row.balance == customers.balance(code)


def _sort_key(key: str) -> Callable[[CustomerRow], Any]:
    if key in ("name", "city", "category"):
        return lambda r: getattr(r, key).lower()  # case-insensitive, as shopkeepers expect
    return lambda r: getattr(r, key)


@pytest.mark.parametrize("key", customer_list.SORT_KEYS)
def test_each_sort_key_both_ways_with_code_breaking_ties(shop: Path, key: str) -> None:
    f = CustomerFilter(status="all")
    every = customer_list.page(f, sort="code")
    expected = sorted(every, key=lambda r: (_sort_key(key)(r), r.code))

    ascending = customer_list.page(f, sort=key)
    descending = customer_list.page(f, sort=key, descending=True)

    assert codes(ascending) == codes(expected)
    assert codes(descending) == codes(expected)[::-1]


def test_default_order_is_by_name_ignoring_case(shop: Path) -> None:
    names = [r.name for r in customer_list.page(CustomerFilter())]
    assert names == [
        "Asha Sharma",
        "bina rao",
        "Cash sale (walk-in)",
        "Meera Nair",
        "Rohan Shah",
        "Sharad Patil",
    ]


def test_balance_sort_puts_the_biggest_dues_first_when_descending(shop: Path) -> None:
    rows = customer_list.page(CustomerFilter(has_dues=True), sort="balance", descending=True)
    assert [(r.code, r.balance) for r in rows] == [("C0006", 75_000), ("C0001", 50_000)]


@pytest.mark.parametrize("key", ["name", "balance", "city"])
def test_pages_add_up_to_the_count(shop: Path, key: str) -> None:
    for i in range(12):
        make_customer(f"Extra {i:02d}", city="Pune" if i % 2 else "Wai", opening=100 * (i % 3))
    f = CustomerFilter(status="all")
    total = customer_list.count(f)
    whole = codes(customer_list.page(f, sort=key, limit=1000))

    paged: list[str] = []
    for offset in range(0, total + 5, 4):
        paged += codes(customer_list.page(f, sort=key, offset=offset, limit=4))

    assert total == 19
    assert paged == whole
    assert len(set(paged)) == total
    assert customer_list.page(f, offset=total) == []
    assert customer_list.page(f, limit=0) == []


def _last_page_sql(monkeypatch: pytest.MonkeyPatch, f: CustomerFilter) -> tuple[str, Any]:
    seen: list[tuple[str, Any]] = []
    real = database.execute_sql

    def spy(sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        seen.append((sql, params))
        return real(sql, params, *args, **kwargs)

    monkeypatch.setattr(database, "execute_sql", spy)
    customer_list.page(f)
    monkeypatch.undo()
    return seen[-1]


@pytest.mark.file_only
def test_page_reads_balances_from_the_covering_index(
    shop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The default page walks the name index and sums each row's ledger from the covering
    index: no sort step, no ledger row reads (SQLite's plan)."""
    sql, params = _last_page_sql(monkeypatch, CustomerFilter())
    plan = " / ".join(r[3] for r in database.execute_sql("EXPLAIN QUERY PLAN " + sql, params))

    assert re.search(r"COVERING INDEX ledger_entry_(balance|statement)\b", plan), plan
    assert "INDEX customer_list_name" in plan
    assert "TEMP B-TREE" not in plan


def test_a_search_reads_the_search_index(shop: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A search looks customers up in the search index (FTS5 on a file, the GIN expression
    index on a server: the query's text must be the index's own expression), never by reading
    every customer."""
    sql, params = _last_page_sql(monkeypatch, CustomerFilter(search="+971 50"))
    if is_server(database):
        # six customers: reading them all (or down the name index) is cheaper; with those
        # plans off, only an index that holds the query's own expression is left to use
        database.execute_sql("SET enable_seqscan = off")
        database.execute_sql("SET enable_indexscan = off")
        plan = " / ".join(str(r[0]) for r in database.execute_sql("EXPLAIN " + sql, params))
        database.execute_sql("RESET enable_seqscan")
        database.execute_sql("RESET enable_indexscan")
        assert "customer_search" in plan, plan
    else:
        plan = " / ".join(r[3] for r in database.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
        assert "VIRTUAL TABLE INDEX 0:M" in plan, plan  # FTS5's MATCH
        assert "SCAN t1" not in plan, plan


# --- the index stays in step with the customers ------------------------------------------------


def test_search_follows_creates_edits_and_deactivation(shop: Path) -> None:
    new = make_customer("Kavita Kulkarni", phone="9765432100", city="Wai")
    assert search("kavi") == [new.code]

    details = customers.get_customer(new.code).details
    customers.update_customer(
        new.code,
        CustomerDetails(**{**details.__dict__, "name": "Kavita Deshmukh", "phone": "8600012323"}),
    )
    assert search("kulk") == []
    assert search("desh") == [new.code]
    assert search("97654") == []
    assert search("86000") == [new.code]
    assert search("kavi wai") == [new.code]

    customers.set_active(new.code, False)
    assert search("kavi") == []
    assert search("kavi", status="all") == [new.code]
    customers.set_active(new.code, True)
    assert search("kavi") == [new.code]
    # the index compared with the customer table (FTS5's check on a file; a server keeps its
    # expression index in step itself)
    assert sqlite_features.customer_search_problems(database) == []


@pytest.mark.file_only
def test_the_file_search_index_is_checked_against_the_customers(shop: Path) -> None:
    assert sqlite_features.customer_search_problems(database) == []
    database.execute_sql(
        "INSERT INTO customer_search (rowid, code, name, phone, alt_phone, gstin, city) "
        "VALUES (9999, 'X', 'Ghost', '', '', '', '')"
    )
    (problem,) = sqlite_features.customer_search_problems(database)
    assert problem.startswith("the customer search index is out of step with the customers")


def test_a_failed_create_leaves_nothing_in_the_index(shop: Path) -> None:
    with pytest.raises(customers.DuplicateCustomer):
        make_customer("Zubair Khan", phone="9822012345")  # Asha's phone
    assert search("zubair") == []


# --- quick find ---------------------------------------------------------------------------------


def test_quick_find_puts_an_exact_code_first(shop: Path) -> None:
    make_customer("Zed Agencies", code="AS")
    found = customer_list.quick_find("as")
    assert codes(found) == ["AS", "C0001"]  # the code AS, then Asha by name


def test_quick_find_hides_inactive_unless_asked_and_limits(shop: Path) -> None:
    assert customer_list.quick_find("deepak") == []
    assert codes(customer_list.quick_find("deepak", include_inactive=True)) == ["C0005"]
    assert len(customer_list.quick_find("", limit=3)) == 3
    assert codes(customer_list.quick_find("c000", limit=2)) == ["C0001", "C0006"]  # by name
