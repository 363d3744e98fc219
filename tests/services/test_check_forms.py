"""`check`'s rules in each store's own form (issue 18, the move's verification): the server's
grouped forms and its whole-query planning (`sqlite_features.first_found`) find what SQLite's
forms find, at most `LIMIT` a rule; a series' numbers are made as `fitting_number` makes them."""

from __future__ import annotations

from pathlib import Path

from payment_builders import DAY, customer, invoice, receive
from vyapar_lite.db import database
from vyapar_lite.domain import doc_numbers
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import books_check, health, posting_check, sales, series_check


def test_a_receipt_allocated_and_refunded_past_its_amount_is_named(shop_file: Path) -> None:
    code = customer()
    first, second = invoice(code, 60000), invoice(code, 40000)
    number = receive(code, 100000, allocations={first: 60000, second: 40000})
    receive(code, 5000)  # a sound receipt on account stays unnamed
    with database.atomic():  # the allocations raised behind the app's back
        database.execute_sql(
            "UPDATE allocation SET amount = amount + 5000 WHERE receipt_id = "
            "(SELECT id FROM receipt WHERE number = ?)",
            (number,),
        )
    found = books_check.problems()
    assert f"{number}: allocated and refunded ₹1,100.00, more than its amount ₹1,000.00" in found
    assert [p for p in found if "allocated and refunded" in p] == [
        f"{number}: allocated and refunded ₹1,100.00, more than its amount ₹1,000.00"
    ]


def test_each_rule_names_at_most_its_limit(shop_file: Path) -> None:
    code = customer()
    numbers = [receive(code, 1000 + n) for n in range(books_check.LIMIT + 3)]
    with database.atomic():
        database.execute_sql("UPDATE receipt SET amount = amount + 1")
    named = [p for p in books_check.problems() if "but the receipt says" in p]
    assert len(named) == books_check.LIMIT
    assert {p.split(":")[0] for p in named} <= set(numbers)


def test_an_invoice_line_deleted_differs_from_its_posting(shop_file: Path) -> None:
    code = customer()
    line = LineInput(description="Goods", qty_milli=1000, rate=5000, gst_rate_bp=0, hsn_sac="8516")
    number = sales.post_invoice(sales.InvoiceDraft(code, DAY, [line, line])).number
    with database.atomic():
        database.execute_sql(
            "DELETE FROM sales_doc_line WHERE line_no = 2 AND doc_id = "
            "(SELECT id FROM sales_doc WHERE number = ?)",
            (number,),
        )
    assert (
        f"{number}: lines is 1 but its posting's audit row recorded 2: it was changed outside "
        "the app"
    ) in posting_check.problems()


def test_a_sound_shop_passes_check(shop_file: Path) -> None:
    code = customer()
    first = invoice(code, 60000)
    receive(code, 60000, allocations={first: 60000})
    assert health.check().problems == []


def test_a_series_numbers_as_fitting_number_makes_them() -> None:
    def one_by_one(prefix: str, year: str, next_number: int, width: int, form: str) -> list[str]:
        texts = []
        for n in range(1, next_number):
            try:
                texts.append(doc_numbers.fitting_number(prefix, year, n, width, form))  # type: ignore[arg-type]
            except ValidationError:
                break
        return texts

    for prefix, width, form, count in (
        ("INV", 5, "short", 1200),
        ("INV", 4, "long", 10_003),  # the 10,000th no longer fits the long year: short from there
        ("ABCD", 5, "short", 100_002),  # past the 99,999th: 6 digits still fit 16 characters
        ("ABCDE/X", 5, "short", 100_001),  # the 100,000th would not fit: the list stops there
        ("RCT", 5, "short", 1),
    ):
        made = series_check._given_out(prefix, "2026-27", count, width, form)  # type: ignore[arg-type]
        assert made == one_by_one(prefix, "2026-27", count, width, form)


def test_a_receipt_without_its_money_entry_is_named(shop_file: Path) -> None:
    code = customer()
    number = receive(code, 30000, mode="upi", reference="UPI-5")
    with database.atomic():
        database.execute_sql("DELETE FROM money_entry WHERE doc_number = ?", (number,))
    assert books_check.problems() == [
        f"{number}: its money entries net ₹0.00 but the document says ₹300.00"
    ]
