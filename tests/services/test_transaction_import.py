"""The transactions import against a shop that already has documents: an imported receipt or
credit note settles the shop's own invoice, a refund pays back the shop's own advance."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factories import make_customer
from payment_builders import invoice, receive
from vyapar_lite.db.money_models import MoneyEntry
from vyapar_lite.domain.sheet import SheetData
from vyapar_lite.domain.transaction_sheet import HEADERS
from vyapar_lite.services import (
    books_check,
    money_accounts,
    open_items,
    payments,
    sales,
    transaction_import,
)
from vyapar_lite.services.allocations import customer_row
from vyapar_lite.services.sheet_import import ImportRejected

DAY = date(2026, 5, 10)


def _sheet(*rows: list[object]) -> SheetData:
    return SheetData("history.xlsx", [HEADERS, *rows])


def _row(day: str, kind: str, number: str, code: str, total: int, **more: object) -> list[object]:
    cells: dict[str, object] = dict.fromkeys(HEADERS)
    cells.update(Date=day, Type=kind, Number=number, **{"Customer code": code, "Total": total})
    names = {"against": "Against number", "taxable": "Taxable value", "gst": "GST"}
    cells.update({names[k]: v for k, v in more.items()})
    return [cells[h] for h in HEADERS]


@pytest.fixture
def code(shop_file: Path) -> str:
    return make_customer("Meena Stores").code


def test_imported_documents_settle_and_use_the_shop_s_own(code: str) -> None:
    number = invoice(code, 100000, DAY)  # ₹1,000 posted in the app
    receive(code, 20000, DAY, allocations={})  # ₹200 kept on account
    result = transaction_import.import_transactions(
        _sheet(
            _row("11-05-2026", "Receipt", "R/1", code, 300, against=number),
            _row("12-05-2026", "Credit note", "C/1", code, 100, taxable=100, against=number),
            _row("13-05-2026", "Refund", "F/1", code, 150),
        )
    )
    assert (result.created, result.first_code, result.last_code) == (3, "R/1", "F/1")
    assert sales.get_document(number).outstanding == 60000
    assert payments.advance_available(code) == 5000
    customer = customer_row(code)
    assert open_items.position(customer.id) == open_items.Position(55000, 60000, 5000)
    assert books_check.problems() == []
    # the imported receipt and refund moved cash (the mode left blank reads as cash)
    assert [(m.amount, m.kind) for m in _cash_moves("R/1") + _cash_moves("F/1")] == [
        (30000, "receipt"),
        (-15000, "refund"),
    ]
    assert money_accounts.balance(money_accounts.cash_account().id) == 20000 + 30000 - 15000


def _cash_moves(number: str) -> list[MoneyEntry]:
    query = MoneyEntry.select().where(MoneyEntry.doc_number == number).order_by(MoneyEntry.id)
    return list(query)


def test_a_refund_beyond_the_advance_held_is_refused(code: str) -> None:
    receive(code, 20000, DAY)
    with pytest.raises(ImportRejected) as rejected:
        transaction_import.import_transactions(
            _sheet(_row("13-05-2026", "Refund", "F/1", code, 300))
        )
    assert [str(e) for e in rejected.value.errors] == [
        f"row 2, Total: Over-allocation: {code} holds only ₹200.00 of advance"
    ]
