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


def test_the_register_shows_the_rate_imported_figures_imply(code: str, tmp_path: Path) -> None:
    from report_sheets import read_table
    from vyapar_lite.exports.sales_register import export_sales_register
    from vyapar_lite.services import sales_register

    far = make_customer("Bangalore Stores", state_code="29").code  # IGST
    transaction_import.import_transactions(
        _sheet(
            _row("11-05-2026", "Invoice", "H/1", code, 1180, taxable=1000, gst=180),
            _row("12-05-2026", "Invoice", "H/2", far, 1120, taxable=1000, gst=120),
            _row("13-05-2026", "Invoice", "H/3", code, 1070, taxable=1000, gst=70),  # no slab
            _row("14-05-2026", "Credit note", "H/4", code, 118, taxable=100, gst=18, against="H/1"),
        )
    )
    start, end = date(2026, 5, 1), date(2026, 5, 31)
    rows = {r.number: r for r in sales_register.iter_register(start, end)}
    assert {n: (r.rate_bp, r.cgst, r.sgst, r.igst) for n, r in rows.items()} == {
        "H/1": (1800, 9000, 9000, 0),
        "H/2": (1200, 0, 0, 12000),
        "H/3": (None, 3500, 3500, 0),
        "H/4": (1800, -900, -900, 0),
    }
    assert [sales_register.kind_label(rows[n]) for n in ("H/1", "H/3", "H/4")] == [
        "Invoice",
        "Invoice (imported)",
        "Credit note",
    ]
    summary = sales_register.register_summary(start, end)
    assert list(summary.by_rate) == [1200, 1800, None]
    assert summary.by_rate[None].taxable == 100000
    path = tmp_path / "register.xlsx"
    export_sales_register(path, summary)
    table = read_table(path)
    kind, number, rate = (table.headers.index(h) for h in ("Type", "Number", "Rate %"))
    cells = {row[number].value: (row[kind].value, row[rate].value) for row in table.rows}
    assert {n: (k, r if r is None else float(r)) for n, (k, r) in cells.items()} == {
        "H/1": ("Invoice", 18.0),
        "H/2": ("Invoice", 12.0),
        "H/3": ("Invoice (imported)", None),
        "H/4": ("Credit note", 18.0),
    }


def test_implied_rate_follows_the_state_split() -> None:
    from vyapar_lite.domain.invoice import implied_rate

    slabs = [0, 25, 300, 500, 1200, 1800, 2800]
    assert implied_rate(100000, 9000, 9000, 0, slabs) == 1800
    assert implied_rate(100000, 9000, 9001, 0, slabs) == 1800  # an odd paisa split unevenly
    assert implied_rate(100000, 0, 0, 18000, slabs) == 1800
    assert implied_rate(100000, 18000, 0, 0, slabs) is None  # CGST alone is no split
    assert implied_rate(100000, 4500, 4500, 9000, slabs) is None  # both splits at once
    assert implied_rate(100000, 0, 0, 0, slabs) == 0
    assert implied_rate(100000, 0, 0, 7000, slabs) is None
    assert implied_rate(0, 0, 0, 0, slabs) is None


def test_an_opening_credit_is_the_customer_s_advance(code: str) -> None:
    from vyapar_lite.db.models import LedgerEntry, Receipt
    from vyapar_lite.services import audit_chain, outstanding

    result = transaction_import.import_transactions(
        _sheet(
            _row("01-04-2026", "Opening credit", "OC/1", code, 2500),
            _row("01-04-2026", "Opening bill", "OB/1", code, 1000),
            _row("20-04-2026", "Refund", "F/9", code, 500),
        )
    )
    assert result.by_type == {"Opening credit": 1, "Opening bill": 1, "Refund": 1}
    credit = Receipt.get(Receipt.number == "OC/1")
    assert (credit.origin, credit.mode, credit.amount) == ("opening", "opening", 250000)
    entry = LedgerEntry.get(LedgerEntry.doc_number == "OC/1")
    assert (entry.kind, entry.debit, entry.credit, entry.doc_type, entry.doc_id) == (
        "opening",
        0,
        250000,
        "receipt",
        credit.id,
    )
    customer = customer_row(code)
    # owes the opening bill (1,000), holds 2,500 - 500 refunded of credit: 1,000 ahead
    assert open_items.position(customer.id) == open_items.Position(-100000, 100000, 200000)
    assert payments.advance_available(code) == 200000
    assert [i.number for i in outstanding.iter_outstanding(date(2026, 5, 1))] == ["OB/1"]
    assert books_check.problems() == []
    assert audit_chain.verify() is None  # the chain runs through every imported row


def test_an_opening_credit_row_is_checked_like_the_others(code: str) -> None:
    with pytest.raises(ImportRejected) as rejected:
        transaction_import.import_transactions(
            _sheet(
                _row("01-04-2026", "Opening credit", "OC/1", code, 1180, taxable=1000, gst=180),
                _row("01-04-2026", "Opening credit", "OC/2", "CASH", 100),
                _row("02-04-2026", "Opening credit", "OC/3", code, 100, against="OB/1"),
                _row("03-04-2026", "Receipt", "OC/4", code, 100),
                _row("03-04-2026", "Opening credit", "OC/4", code, 100),
            )
        )
    assert [str(e) for e in rejected.value.errors] == [
        "row 2, Taxable value: Leave blank for receipts, refunds and opening credits",
        "row 3, Customer code: The CASH customer has no opening balance",
        "row 4, Against number: An opening credit is not against another document",
        "row 6, Number: OC/4 is also on row 5",
    ]


def _history(code: str) -> SheetData:
    return _sheet(
        _row("01-04-2026", "Opening bill", "OB/1", code, 1000),
        _row("11-05-2026", "Invoice", "H/1", code, 1180, taxable=1000, gst=180),
        _row("12-05-2026", "Receipt", "R/1", code, 500),
    )


@pytest.mark.file_only  # setting indexes aside is an SQLite speed-up (sqlite_master)
def test_a_big_import_sets_indexes_aside_and_makes_them_again_as_they_were(
    code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vyapar_lite.db import database, sqlite_features
    from vyapar_lite.services import health

    monkeypatch.setattr(sqlite_features, "BULK_INDEX_MINIMUM", 1)  # as if 100,000 rows came
    dropped: list[str] = []
    store = getattr(database, "obj", database)  # the open store behind the models' proxy
    real = store.execute_sql

    def watch(sql: str, *args: object, **kwargs: object) -> object:
        if sql.startswith("DROP INDEX"):
            dropped.append(sql.split('"')[1])
        return real(sql, *args, **kwargs)

    schema = sqlite_features.schema_objects(database)
    monkeypatch.setattr(store, "execute_sql", watch)
    transaction_import.import_transactions(_history(code))
    monkeypatch.setattr(store, "execute_sql", real)
    assert {"sales_doc_customer", "ledger_entry_balance", "receipt_customer"} <= set(dropped)
    assert sqlite_features.schema_objects(database) == schema
    assert health.check().ok


@pytest.mark.file_only
def test_a_failed_big_import_leaves_the_indexes_and_writes_nothing(
    code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vyapar_lite.db import database, sqlite_features
    from vyapar_lite.db.models import SalesDoc
    from vyapar_lite.services import audit

    monkeypatch.setattr(sqlite_features, "BULK_INDEX_MINIMUM", 1)
    schema = sqlite_features.schema_objects(database)

    def fail(_changes: object) -> int:
        raise OSError("disk full")

    monkeypatch.setattr(audit, "record_many", fail)
    with pytest.raises(OSError, match="disk full"):
        transaction_import.import_transactions(_history(code))
    assert sqlite_features.schema_objects(database) == schema
    assert SalesDoc.select().count() == 0
