"""Bank reconciliation: a statement imported and paired with the bank's entries; ticks stored."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from money_builders import CASH_ID, bank, move
from vyapar_lite.db.closing_models import BankReconciled
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.sheet import SheetData
from vyapar_lite.services import bank_reconciliation as rec

HEADER = ("Txn Date", "Narration", "Chq./Ref.No.", "Withdrawal Amt.", "Deposit Amt.", "Balance")


def _statement(*rows: tuple[object, ...]) -> SheetData:
    return SheetData("statement.csv", [("Account 50100012344321",), HEADER, *rows])


def test_a_statement_is_matched_and_the_pairs_reconciled(shop_file: Path) -> None:
    sbi = bank(opening=1000000, on=date(2026, 4, 1))
    upi = move(sbi, date(2026, 4, 2), 118000, number="RCT/1")
    rent = move(sbi, date(2026, 4, 3), -2500000 // 100, kind="expense", number="EXP/1")
    pending = move(sbi, date(2026, 4, 5), 70000, number="RCT/2")  # not yet in the bank
    move(CASH_ID, date(2026, 4, 2), 118000)  # cash: never in the bank's statement

    match = rec.match_statement(
        sbi,
        _statement(
            ("02/04/2026", "UPI-RAMESH", "612345", "", "1,180.00", "11,180.00"),
            ("04-Apr-26", "NEFT RENT", "", "250.00", "", "10,930.00"),
            ("05/04/2026", "BANK CHARGES", "", "59.00", "", "10,871.00"),
        ),
    )

    assert [(line.row_number, item.entry_id) for line, item in match.pairs] == [
        (3, upi),
        (4, rent),
    ]
    assert [line.narration for line in match.unmatched_lines] == ["BANK CHARGES"]
    assert [item.entry_id for item in match.unmatched_items] == [pending]
    assert BankReconciled.select().count() == 0  # matching writes nothing

    assert rec.reconcile(sbi, match.pairs) == 2
    marks = {r.entry_id: (r.bank_date, r.statement_text) for r in BankReconciled.select()}
    assert marks == {
        upi: (date(2026, 4, 2), "UPI-RAMESH 612345"),
        rent: (date(2026, 4, 4), "NEFT RENT"),
    }
    assert [i.entry_id for i in rec.items(sbi, reconciled=False)] == [pending]
    position = rec.position(sbi)
    assert (position.book_balance, position.not_reconciled_in, position.not_reconciled_out) == (
        1000000 + 118000 - 25000 + 70000,
        70000,
        0,
    )
    assert position.bank_should_show == 1093000


def test_a_file_with_unknown_columns_is_refused_and_nothing_written(shop_file: Path) -> None:
    sbi = bank()
    move(sbi, date(2026, 4, 2), 118000)
    with pytest.raises(ValidationError) as caught:
        rec.match_statement(sbi, SheetData("list.csv", [("Name", "Phone"), ("A", "1")]))
    assert "Expected a date (Date, Txn Date" in str(caught.value)
    with pytest.raises(ValidationError, match="not an Excel workbook"):
        rec.match_statement(sbi, SheetData("x.xlsx", problem="x.xlsx is not an Excel workbook"))
    assert BankReconciled.select().count() == 0


def test_ticking_by_hand_and_untick(shop_file: Path) -> None:
    sbi = bank()
    entry = move(sbi, date(2026, 4, 2), 5000)
    cash = move(CASH_ID, date(2026, 4, 2), 5000)
    with pytest.raises(ValidationError, match="not a bank account"):
        rec.tick(CASH_ID, [(cash, date(2026, 4, 2), "")])
    with pytest.raises(ValidationError, match=r"Entries \[\d+\] are not movements"):
        rec.tick(sbi, [(cash, date(2026, 4, 2), "")])
    assert rec.tick(sbi, [(entry, date(2026, 4, 3), "by hand")]) == 1
    assert rec.tick(sbi, [(entry, date(2026, 4, 3), "by hand")]) == 0
    assert rec.items(sbi, reconciled=True)[0].bank_date == date(2026, 4, 3)
    assert rec.untick(sbi, [entry]) == 1
    assert BankReconciled.select().count() == 0


def test_only_the_statements_period_is_matched_and_lists_can_be_capped(shop_file: Path) -> None:
    sbi = bank()
    march = move(sbi, date(2026, 3, 1), 9900)  # long before the statement
    april = move(sbi, date(2026, 4, 2), 5000)
    later = move(sbi, date(2026, 4, 20), 7000)
    match = rec.match_statement(
        sbi,
        _statement(("03/04/2026", "UPI", "", "", "50.00", "")),
    )
    assert [item.entry_id for _line, item in match.pairs] == [april]
    assert match.unmatched_items == ()  # March and 20 April are outside 27-03 .. 06-04
    assert [i.entry_id for i in rec.items(sbi, reconciled=False, latest=2)] == [april, later]
    assert rec.count(sbi, reconciled=False) == 3
    assert march in {i.entry_id for i in rec.items(sbi)}


def test_an_entry_ticked_by_mistake_is_unticked_with_its_audit_row_or_nothing_changes(
    shop_file: Path,
) -> None:
    import json

    from vyapar_lite.db.models import AuditEntry

    sbi = bank()
    right = move(sbi, date(2026, 4, 2), 5000)
    wrong = move(sbi, date(2026, 4, 3), 7000)
    cash = move(CASH_ID, date(2026, 4, 3), 7000)
    rec.tick(sbi, [(right, date(2026, 4, 2), "UPI"), (wrong, date(2026, 4, 3), "by mistake")])

    with pytest.raises(ValidationError, match="not movements of this bank account"):
        rec.untick(sbi, [wrong, cash])  # one bad id: nothing unticked
    assert BankReconciled.select().count() == 2

    assert rec.untick(sbi, [wrong]) == 1

    assert [i.entry_id for i in rec.items(sbi, reconciled=True)] == [right]
    assert wrong in [i.entry_id for i in rec.items(sbi, reconciled=False)]
    assert rec.position(sbi).not_reconciled_in == 7000
    audit = AuditEntry.select().where(AuditEntry.action == "unreconcile").get()
    assert (audit.record_type, audit.record_id) == ("money_account", sbi)
    assert json.loads(audit.before_json)["reconciled"] == {str(wrong): "2026-04-03"}
