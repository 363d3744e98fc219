"""Expense vouchers and contra vouchers: posted with their money in one transaction, cancelled
with a reason, and bad input refused with the field named and nothing written."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from vyapar_lite.db.models import AuditEntry
from vyapar_lite.db.money_models import ContraVoucher, Expense, ExpenseTax, MoneyEntry
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.expense import TaxAtRate
from vyapar_lite.services import (
    contra_vouchers,
    document_dates,
    expenses,
    money_accounts,
    money_setup,
)

DAY = date(2026, 5, 10)
GSTIN = "27AAPFU0939F1ZV"


@pytest.fixture
def bank(shop_file: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(document_dates, "today", lambda: DAY)
    return money_setup.add_account(
        money_setup.NewAccount(
            "SBI current", "bank", "4321", "SBIN0001234", 1000000, date(2026, 4, 1)
        )
    ).id


def _cash() -> int:
    return money_accounts.cash_account().id


def test_an_expense_with_a_gst_bill_leaves_its_account_and_cancelling_brings_it_back(
    bank: int,
) -> None:
    bill = expenses.GstBill(
        GSTIN, "EB/778", DAY, "MSEDCL", [TaxAtRate(1800, 100000, cgst=9000, sgst=9000)]
    )
    view = expenses.post_expense(
        expenses.ExpenseDraft(DAY, "Electricity", 118000, bank, "May bill", bill)
    )

    assert view.number.startswith("EXP/")
    assert (view.head, view.amount, view.account, view.supplier_gstin) == (
        "Electricity",
        118000,
        "SBI current",
        GSTIN,
    )
    assert [(t.rate_bp, t.taxable, t.cgst, t.sgst) for t in ExpenseTax.select()] == [
        (1800, 100000, 9000, 9000)
    ]
    assert money_accounts.balance(bank) == 1000000 - 118000
    assert expenses.spent_on(DAY) == 118000

    expenses.cancel_expense(view.number, "paid by the landlord")
    assert money_accounts.balance(bank) == 1000000
    assert expenses.spent_on(DAY) == 0
    assert expenses.get_expense(view.number).status == "cancelled"


def test_a_shop_head_and_a_cash_expense(bank: int) -> None:
    expenses.add_head("Packing material")
    expenses.post_expense(expenses.ExpenseDraft(DAY, "packing material", 4500, _cash()))
    assert "Packing material" in expenses.heads()
    assert money_accounts.balance(_cash()) == -4500


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"head": ""}, "head", "Choose what"),
        ({"amount": 0}, "amount", "more than"),
        ({"amount": -500}, "amount", "more than"),
        ({"expense_date": DAY + timedelta(days=400)}, "date", "at most"),
        (
            {"bill": expenses.GstBill("27AAPFU0939F1ZX", "B1", None, "", [TaxAtRate(0, 1180)])},
            "supplier gstin",
            "last character",
        ),
        (
            {
                "bill": expenses.GstBill(
                    GSTIN, "B1", None, "", [TaxAtRate(1800, 100000, 5000, 5000)]
                )
            },
            "tax at 18%",
            "are ₹90.00 each",
        ),
        (
            {
                "bill": expenses.GstBill(
                    GSTIN, "B1", None, "", [TaxAtRate(1800, 100000, igst=18000)]
                )
            },
            "amount",
            "bill's total is ₹1,180.00",
        ),
    ],
)
def test_bad_expenses_are_refused_naming_the_field_and_nothing_is_written(
    bank: int, change: dict[str, object], field: str, words: str
) -> None:
    values: dict[str, object] = {
        "expense_date": DAY,
        "head": "Rent",
        "amount": 1180,
        "account_id": bank,
    }
    values.update(change)
    audits = AuditEntry.select().count()
    with pytest.raises(ValidationError) as caught:
        expenses.post_expense(expenses.ExpenseDraft(**values))  # type: ignore[arg-type]
    assert words in (caught.value.for_field(field) or ""), caught.value.errors
    assert Expense.select().count() == 0
    assert MoneyEntry.select().where(MoneyEntry.doc_type == "expense").count() == 0
    assert AuditEntry.select().count() == audits


def test_a_contra_moves_money_between_accounts_and_cancels_back(bank: int) -> None:
    deposit = contra_vouchers.post_contra_voucher(
        contra_vouchers.ContraDraft(DAY, _cash(), bank, 250000)
    )
    assert deposit.number.startswith("CV/")
    assert money_accounts.balance(_cash()) == -250000
    assert money_accounts.balance(bank) == 1000000 + 250000
    words = {e.description for e in MoneyEntry.select().where(MoneyEntry.kind == "contra")}
    assert words == {"Cash deposited in SBI current"}

    contra_vouchers.cancel_contra_voucher(deposit.number, "deposit slip torn")
    assert money_accounts.balance(_cash()) == 0
    assert money_accounts.balance(bank) == 1000000


def test_a_contra_between_the_same_account_is_refused(bank: int) -> None:
    with pytest.raises(ValidationError) as caught:
        contra_vouchers.post_contra_voucher(contra_vouchers.ContraDraft(DAY, bank, bank, 100))
    assert "two different" in (caught.value.for_field("to") or "")
    assert ContraVoucher.select().count() == 0
