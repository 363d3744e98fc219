"""Cheques: post-dated cheques per the setting, clearing, bouncing (an exact reversal), PDCs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from payment_builders import DAY, cheque, customer, invoice, ledger_balance, outstanding, receive
from vyapar_lite.db.models import AuditEntry, Customer, CustomerNote, LedgerEntry, SalesDoc
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import payments

DATED = date(2026, 6, 15)  # the cheque's date, after DAY: a post-dated cheque


@pytest.fixture
def code(shop_file: Path) -> str:
    return customer()


def _id(code: str) -> int:
    return int(Customer.get(Customer.code == code).id)


def _ledger(code: str) -> list[tuple[str, str, int, int]]:
    rows = LedgerEntry.select().where(LedgerEntry.customer == _id(code)).order_by(LedgerEntry.id)
    return [(e.kind, str(e.entry_date), e.debit, e.credit) for e in rows]


def _pdc(code: str, amount: int = 600000) -> str:
    return receive(code, amount, DAY, mode="cheque", cheque=cheque(on=DATED))


def test_a_pdc_counts_only_when_cleared_under_the_clearance_setting(code: str) -> None:
    assert payments.cheque_settings().count_on == "clearance"
    number = invoice(code, 1000000)

    receipt = _pdc(code)

    view = payments.get_receipt(receipt)
    assert (view.status, view.post_dated, view.counted_on) == ("pending", True, None)
    assert ledger_balance(_id(code)) == 1000000
    assert outstanding(number) == 1000000  # the planned allocation does not count yet
    assert [r.number for r in payments.pdc_register(on=DAY)] == [receipt]
    assert payments.pdc_register(on=DAY)[0].days_to_go == 36

    with pytest.raises(ValidationError) as caught:
        payments.mark_cleared(receipt, date(2026, 6, 14))
    assert "on or after" in (caught.value.for_field("date") or "")

    payments.mark_deposited(receipt, DATED)
    cleared = payments.mark_cleared(receipt, date(2026, 6, 17))

    assert (cleared.status, cleared.cheque_status, cleared.counted_on) == (
        "posted",
        "cleared",
        date(2026, 6, 17),
    )
    assert ledger_balance(_id(code)) == 400000
    assert outstanding(number) == 400000
    assert payments.pdc_register(on=DATED) == []
    assert [r.number for r in payments.pdc_register(include_done=True)] == [receipt]


def test_a_pdc_counts_at_once_under_the_receipt_setting(code: str) -> None:
    payments.save_cheque_settings(payments.ChequeSettings("receipt"))
    number = invoice(code, 1000000)

    receipt = _pdc(code)

    view = payments.get_receipt(receipt)
    assert (view.status, view.counted_on, view.cheque_status) == ("posted", DAY, "received")
    assert ledger_balance(_id(code)) == 400000
    assert outstanding(number) == 400000
    assert [r.counted for r in payments.pdc_register(on=DAY)] == [True]
    assert AuditEntry.get(AuditEntry.record_label == "cheques").action == "update"


def test_a_current_cheque_counts_at_once_whatever_the_setting(code: str) -> None:
    invoice(code, 1000000)
    receipt = receive(code, 1000000, DAY, mode="cheque", cheque=cheque(on=DAY))
    assert payments.get_receipt(receipt).status == "posted"
    assert ledger_balance(_id(code)) == 0
    assert payments.pdc_register(on=DAY) == []


def test_clearing_a_pdc_trims_planned_allocations_to_what_is_then_owed(code: str) -> None:
    number = invoice(code, 1000000)
    pdc = _pdc(code, 600000)
    receive(code, 700000, date(2026, 6, 1))  # paid meanwhile: 3,000 left on the invoice

    view = payments.mark_cleared(pdc, DATED)

    assert {s.number: s.amount for s in view.settled} == {number: 300000}
    assert view.unallocated == 300000  # the rest is the customer's advance
    assert outstanding(number) == 0
    assert ledger_balance(_id(code)) == -300000


def test_a_bounced_cheque_is_reversed_exactly_with_its_charge(code: str) -> None:
    payments.save_cheque_settings(payments.ChequeSettings("receipt"))
    first = invoice(code, 400000)
    second = invoice(code, 600000)
    before = _ledger(code)
    receipt = receive(code, 1000000, DAY, mode="cheque", cheque=cheque(on=DAY))
    payments.mark_deposited(receipt, date(2026, 5, 11))
    payments.mark_cleared(receipt, date(2026, 5, 13))
    assert ledger_balance(_id(code)) == 0

    result = payments.mark_bounced(
        receipt, date(2026, 5, 16), reason="Insufficient funds", charge=50000
    )

    assert result.reopened == [first, second]
    assert result.charge_note == "DM/26-27/00001"
    assert (outstanding(first), outstanding(second)) == (400000, 600000)
    assert ledger_balance(_id(code)) == 1000000 + 50000
    assert _ledger(code) == [
        *before,
        ("receipt", "2026-05-10", 0, 1000000),
        ("bounce", "2026-05-16", 1000000, 0),
        ("debit_memo", "2026-05-16", 50000, 0),
    ]
    note = SalesDoc.get(SalesDoc.number == result.charge_note)
    assert (note.kind, note.note_reason, note.grand_total, note.against_id) == (
        "debit_note",
        "bounce",
        50000,
        None,
    )
    assert outstanding(result.charge_note) == 50000
    file_note = CustomerNote.get(CustomerNote.customer == _id(code))
    assert "bounced: Insufficient funds" in file_note.text and "DM/26-27/00001" in file_note.text
    view = result.receipt
    assert (view.status, view.cheque_status, view.bounced_on) == (
        "bounced",
        "bounced",
        date(2026, 5, 16),
    )
    assert view.bounce_charge_note == "DM/26-27/00001"
    assert view.unallocated == 0
    assert payments.advance_available(code) == 0
    with pytest.raises(ValidationError):
        payments.mark_bounced(receipt, date(2026, 5, 17), reason="again")


def test_bouncing_is_one_transaction(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    invoice(code, 400000)
    receipt = receive(code, 400000, DAY, mode="cheque", cheque=cheque(on=DAY))
    before = _ledger(code)

    from vyapar_lite.services import cheques

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(cheques.CustomerNote, "create", broken)
    with pytest.raises(RuntimeError):
        payments.mark_bounced(receipt, DATED, reason="Signature differs", charge=20000)

    assert _ledger(code) == before
    assert payments.get_receipt(receipt).status == "posted"
    assert SalesDoc.select().where(SalesDoc.kind == "debit_note").count() == 0


def test_a_bounced_pdc_that_never_counted_posts_only_its_charge(code: str) -> None:
    invoice(code, 1000000)
    receipt = _pdc(code)

    payments.mark_bounced(receipt, DATED, reason="Account closed", charge=30000)

    assert ledger_balance(_id(code)) == 1030000
    assert [k for k, *_ in _ledger(code)] == ["invoice", "debit_memo"]


def test_bouncing_needs_a_reason_and_a_cheque(code: str) -> None:
    cash = receive(code, 1000)
    with pytest.raises(ValidationError) as caught:
        payments.mark_bounced(cash, DAY, reason="x")
    assert "not paid by cheque" in (caught.value.for_field("number") or "")
    with pytest.raises(ValidationError) as caught:
        payments.mark_bounced(cash, DAY, reason="  ")
    assert caught.value.for_field("reason")


def test_a_stale_cheque_is_refused(code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        receive(code, 1000, DAY, mode="cheque", cheque=cheque(on=date(2026, 1, 5)))
    assert "older than three months" in (caught.value.for_field("cheque date") or "")


def test_the_setting_is_validated(code: str) -> None:
    with pytest.raises(ValidationError):
        payments.save_cheque_settings(payments.ChequeSettings("whenever"))
