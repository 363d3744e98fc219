"""An invoice's serialized stretch (issue 18): what a posting does while it holds the number
series' rows, on both stores.

`sales.post_invoice` writes the invoice and the receipt of what is paid with it under
placeholders, reads where the money goes, and only then takes both numbers (one round trip on a
server: `doc_series.take_many`) and writes what carries them; on a server the posting's
statements go in psycopg's pipeline (`sqlite_features.batched`), so the counter waits only where
it reads an answer. A placeholder never leaves the transaction: a posting refused after its
placeholder rows were written leaves nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from factories import make_customer
from invoice_builders import draft, stock_items
from vyapar_lite.db import database
from vyapar_lite.db.dialect import is_server
from vyapar_lite.db.models import Allocation, AuditEntry, LedgerEntry, Receipt, SalesDoc
from vyapar_lite.db.money_models import MoneyEntry
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import closed_books, doc_series, sales, sequences

DAY = date(2026, 5, 10)
TABLES = (SalesDoc, Receipt, Allocation, LedgerEntry, MoneyEntry, AuditEntry)


def _counts() -> dict[str, int]:
    return {model.__name__: model.select().count() for model in TABLES}


def test_a_paid_invoice_and_its_receipt_are_numbered_together(
    shop_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stock_items()
    code = make_customer("Asha Verma", state_code="27").code
    taken: list[list[str]] = []
    real = doc_series.take_many

    def watched(kinds: list[str], on: date) -> list[str]:
        numbers = real(kinds, on)
        placeholders = [
            str(n)
            for (n,) in database.execute_sql(
                "SELECT number FROM sales_doc WHERE number LIKE '~%' "
                "UNION ALL SELECT number FROM receipt WHERE number LIKE '~%'"
            ).fetchall()
        ]
        assert len(placeholders) == 2  # both written before their numbers, in this transaction
        taken.append(numbers)
        return numbers

    monkeypatch.setattr(doc_series, "take_many", watched)
    view = sales.post_invoice(draft(code, received=5000, mode="upi"))
    assert taken == [[view.number, "RCT/26-27/00001"]]
    receipt = Receipt.get(Receipt.number == "RCT/26-27/00001")
    assert receipt.amount == 5000 and receipt.origin == "invoice"
    assert SalesDoc.select().where(SalesDoc.number.startswith("~")).count() == 0
    assert Receipt.select().where(Receipt.number.startswith("~")).count() == 0
    money = MoneyEntry.get(MoneyEntry.doc_id == receipt.id)
    assert money.doc_number == "RCT/26-27/00001"
    assert money.description == f"Received with invoice {view.number} (UPI)"


def test_a_posting_refused_after_its_placeholders_leaves_nothing(shop_file: Path) -> None:
    stock_items()
    code = make_customer("Asha Verma", state_code="27").code
    sales.post_invoice(draft(code, on=DAY, received=5000, mode="cash"))
    before = _counts()
    closed_books.close_up_to(DAY)  # checked once the placeholder rows are written
    after_closing = _counts()
    with pytest.raises(ValidationError) as caught:
        sales.post_invoice(draft(code, on=DAY, received=5000, mode="cash"))
    assert caught.value.errors[0].field == "doc_date"
    assert "closed up to 10-05-2026" in str(caught.value.errors[0].message)
    assert _counts() == after_closing
    assert after_closing["AuditEntry"] == before["AuditEntry"] + 1  # the closing's own row
    assert {k: v for k, v in after_closing.items() if k != "AuditEntry"} == {
        k: v for k, v in before.items() if k != "AuditEntry"
    }
    # the numbers were given back: the next invoice and receipt follow on from the first
    closed_books.close_up_to(None)
    view = sales.post_invoice(draft(code, on=DAY, received=5000, mode="cash"))
    assert view.number.endswith("/00002")
    assert Receipt.select().where(Receipt.number == "RCT/26-27/00002").count() == 1


def test_on_a_server_the_posting_waits_only_for_the_answers_it_reads(
    shop_file: Path, store: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    stock_items()
    code = make_customer("Asha Verma", state_code="27").code
    sales.post_invoice(draft(code, received=5000, mode="upi"))  # the year's series made
    asked: list[tuple[list[str], int | None]] = []
    real = sequences.take_next_many

    def watched(names: list[str]) -> Any:
        pgconn = getattr(database.connection(), "pgconn", None)  # psycopg's; None on a file
        asked.append((names, None if pgconn is None else int(pgconn.pipeline_status)))
        return real(names)

    monkeypatch.setattr(sequences, "take_next_many", watched)
    sales.post_invoice(draft(code, received=5000, mode="upi"))
    # the invoice's and the receipt's numbers asked for at once, invoice first
    assert [names for names, _ in asked] == [["invoice/2026-27", "receipt/2026-27"]]
    if store == "sqlite":
        assert not is_server(database) and asked[0][1] is None
    else:
        assert asked[0][1] != 0  # psycopg's pipeline mode is on for the posting (0: off)
