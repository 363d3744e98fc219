"""Every document that moves money posts it to its money account in its own transaction:
receipts by mode, cheques when they clear (and back when they bounce), refunds, payments to
suppliers, and their cancellations."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from payment_builders import DAY, cheque, customer, invoice, receive, supplier
from vyapar_lite.db.models import Receipt
from vyapar_lite.db.money_models import MoneyAccount, MoneyEntry
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import money_accounts, money_setup, payments


@pytest.fixture
def bank(shop_file: Path) -> int:
    """A real bank that UPI, card, bank transfers and cheques reach."""
    account = money_setup.add_account(
        money_setup.NewAccount(
            "HDFC current",
            "bank",
            account_digits="9876",
            ifsc="HDFC0000123",
            opening_balance=500000,
            opening_date=date(2026, 4, 1),
        )
    )
    for mode in ("upi", "card", "bank", "cheque"):
        money_setup.set_mode_account(mode, account.id)
    return account.id


def _cash() -> int:
    return money_accounts.cash_account().id


def _moves(doc_type: str, number: str) -> list[tuple[int, str, int, str]]:
    row = MoneyEntry.select().where(
        (MoneyEntry.doc_type == doc_type) & (MoneyEntry.doc_number == number)
    )
    return [
        (e.account_id, str(e.entry_date), e.amount, e.kind) for e in row.order_by(MoneyEntry.id)
    ]


def test_receipts_reach_cash_or_their_modes_bank_and_cancelling_takes_it_back(bank: int) -> None:
    code = customer()
    cash_number = receive(code, 120000)
    upi_number = receive(code, 30000, mode="upi", reference="UPI-77")

    assert _moves("receipt", cash_number) == [(_cash(), str(DAY), 120000, "receipt")]
    assert _moves("receipt", upi_number) == [(bank, str(DAY), 30000, "receipt")]
    assert money_accounts.balance(_cash()) == 120000
    assert money_accounts.balance(bank) == 500000 + 30000

    payments.cancel_receipt(cash_number, "entered twice")

    assert _moves("receipt", cash_number)[-1] == (_cash(), str(DAY), -120000, "cancel")
    assert money_accounts.balance(_cash()) == 0


def test_a_cheque_reaches_its_bank_when_it_clears_and_leaves_when_it_bounces(bank: int) -> None:
    code = customer()
    invoice(code, 900000)
    number = receive(code, 400000, mode="cheque", cheque=cheque(on=DAY))
    assert _moves("receipt", number) == []  # a cheque in hand is not money in the bank

    payments.mark_deposited(number, date(2026, 5, 11))
    assert Receipt.get(Receipt.number == number).deposit_account_id == bank
    assert _moves("receipt", number) == []
    payments.mark_cleared(number, date(2026, 5, 13))
    assert _moves("receipt", number) == [(bank, "2026-05-13", 400000, "cheque_cleared")]

    payments.mark_bounced(number, date(2026, 5, 15), reason="insufficient funds")
    assert _moves("receipt", number)[-1] == (bank, "2026-05-15", -400000, "bounce")
    assert money_accounts.balance(bank) == 500000


def test_a_cheque_bounced_before_clearing_moved_no_money(bank: int) -> None:
    code = customer()
    invoice(code, 900000)
    number = receive(code, 400000, mode="cheque", cheque=cheque(on=DAY))
    payments.mark_deposited(number, DAY)
    payments.mark_bounced(number, date(2026, 5, 12), reason="signature differs")
    assert _moves("receipt", number) == []


def test_refunds_and_supplier_payments_leave_their_account_and_come_back_on_cancel(
    bank: int,
) -> None:
    code = customer()
    receive(code, 50000)  # an advance
    refund = payments.record_refund(payments.RefundDraft(code, DAY, 20000)).number
    who = supplier()
    paid = payments.record_supplier_payment(
        payments.SupplierPaymentDraft(who, DAY, 70000, mode="bank", reference="NEFT 1")
    ).number

    assert _moves("payment_out", refund) == [(_cash(), str(DAY), -20000, "refund")]
    assert _moves("payment_out", paid) == [(bank, str(DAY), -70000, "supplier")]

    payments.cancel_payment(paid, "paid twice")
    assert money_accounts.balance(bank) == 500000
    assert money_accounts.balance(_cash()) == 50000 - 20000


def test_a_closed_account_refuses_money_and_nothing_is_saved(bank: int) -> None:
    code = customer()
    MoneyAccount.update(active=False).where(MoneyAccount.id == bank).execute()
    with pytest.raises(ValidationError) as caught:
        receive(code, 30000, mode="upi", reference="UPI-1")
    assert "closed" in (caught.value.for_field("account") or "")
    assert Receipt.select().count() == 0
    assert MoneyEntry.select().where(MoneyEntry.doc_type == "receipt").count() == 0


def test_a_bank_account_needs_its_digits_and_ifsc(shop_file: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        money_setup.add_account(money_setup.NewAccount("SBI", "bank", "12", "SBI123"))
    assert caught.value.for_field("account digits")
    assert caught.value.for_field("ifsc")
    with pytest.raises(ValidationError) as caught:
        money_setup.add_account(money_setup.NewAccount("Cash", "cash"))
    assert "already" in (caught.value.for_field("name") or "")


def test_check_finds_money_entries_that_do_not_match_their_document(bank: int) -> None:
    from vyapar_lite.services import books_check

    code = customer()
    number = receive(code, 30000, mode="upi", reference="UPI-5")
    assert books_check.problems() == []
    MoneyEntry.update(amount=20000).where(MoneyEntry.doc_number == number).execute()
    assert books_check.problems() == [
        f"{number}: its money entries net ₹200.00 but the document says ₹300.00"
    ]
