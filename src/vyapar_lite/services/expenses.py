"""Expense vouchers (`EXP/<year>/`): money the shop spent (rent, wages, electricity, ...),
paid from Cash or a bank, optionally a supplier's GST bill for the accountant's input tax.

Posting (ONE transaction with its audit row): the number from its series (which refuses the
closed period), the expense row, its tax rows (one per rate, `expense_tax`), and the money out
of the account it was paid from (`money_accounts.post`, kind 'expense'). Cancelling (with a
reason) marks it cancelled and reverses the money on its date; the number stays used.

Refused, naming the field, nothing written: no head, an amount of ₹0 or less, a date further
ahead than Settings allow, a GSTIN failing its check, tax not matching its rate
(`domain.expense.check_taxes`: CGST+SGST or IGST by rate, s.5/s.8 IGST Act, s.9 CGST Act).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import peewee as pw

from vyapar_lite.db import database
from vyapar_lite.db.money_models import Expense, ExpenseHead, ExpenseTax, MoneyAccount
from vyapar_lite.domain import expense as rules
from vyapar_lite.domain.errors import FieldError, ValidationError, raise_if_any
from vyapar_lite.domain.expense import TaxAtRate
from vyapar_lite.domain.gst import validate_gstin
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.services import (
    audit,
    counters,
    doc_series,
    document_dates,
    money_accounts,
    money_vouchers,
    numbering_settings,
)

MAX_TEXT = 200
# the heads the app creates with the shop file (db/money_backfill.HEADS): its own words, shown
# in the screens' language (ui.language.head_name) and stored in English; a head the shop adds
# is shown as named
DEFAULT_HEADS = (
    QT_TRANSLATE_NOOP("expense_heads", "Rent"),
    QT_TRANSLATE_NOOP("expense_heads", "Wages"),
    QT_TRANSLATE_NOOP("expense_heads", "Electricity"),
    QT_TRANSLATE_NOOP("expense_heads", "Transport"),
    QT_TRANSLATE_NOOP("expense_heads", "Tea & snacks"),
)


@dataclass(frozen=True)
class GstBill:
    supplier_gstin: str
    bill_number: str
    bill_date: date | None = None
    supplier_name: str = ""
    taxes: list[TaxAtRate] = field(default_factory=list)


@dataclass(frozen=True)
class ExpenseDraft:
    expense_date: date
    head: str
    amount: int
    account_id: int
    description: str = ""
    bill: GstBill | None = None


@dataclass(frozen=True)
class ExpenseView:
    number: str
    expense_date: date
    head: str
    amount: int
    account: str
    description: str
    supplier_name: str
    supplier_gstin: str
    bill_number: str
    bill_date: date | None
    taxes: list[TaxAtRate]
    status: str
    cancel_reason: str
    counter: str = ""  # the counter that posted it ('' before migration 26 or none named)


def heads(*, include_closed: bool = False) -> list[str]:
    query = ExpenseHead.select().order_by(ExpenseHead.id)
    if not include_closed:
        query = query.where(ExpenseHead.active == True)  # noqa: E712
    return [h.name for h in query]


def add_head(name: str) -> str:
    """A shop-managed head (e.g. "Packing material"); one audited transaction."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError(
            FieldError("head", Message(QT_TRANSLATE_NOOP("messages", "Enter the head's name")))
        )
    if len(name) > rules.MAX_HEAD:
        raise ValidationError(
            FieldError(
                "head",
                Message(
                    QT_TRANSLATE_NOOP("messages", "At most {MAX_HEAD} characters"),
                    MAX_HEAD=rules.MAX_HEAD,
                ),
            )
        )
    if ExpenseHead.get_or_none(pw.fn.LOWER(ExpenseHead.name) == name.lower()) is not None:
        raise ValidationError(
            FieldError(
                "head",
                Message(QT_TRANSLATE_NOOP("messages", "There is already a head {name}"), name=name),
            )
        )
    with database.atomic():
        row = ExpenseHead.create(name=name)
        audit.record("create", "expense_head", row.id, label=name, after={"name": name})
    return name


def _check(draft: ExpenseDraft) -> tuple[ExpenseHead | None, str]:
    errors: list[FieldError] = []
    head = None
    if not draft.head.strip():
        errors.append(
            FieldError(
                "head",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Choose what the money was spent on (Rent, Wages, ...)"
                    )
                ),
            )
        )
    else:
        head = ExpenseHead.get_or_none(
            (pw.fn.LOWER(ExpenseHead.name) == draft.head.strip().lower())
            & (ExpenseHead.active == True)  # noqa: E712
        )
        if head is None:
            errors.append(
                FieldError(
                    "head",
                    Message(
                        QT_TRANSLATE_NOOP("messages", "There is no head {name!r}; add it"),
                        name=draft.head.strip(),
                    ),
                )
            )
    errors += rules.check_amount(draft.amount)
    errors += rules.check_date(
        draft.expense_date,
        today=document_dates.today(),
        future_days=numbering_settings.future_days(),
    )
    account = MoneyAccount.get_or_none(MoneyAccount.id == draft.account_id)
    if account is None or not account.active:
        errors.append(
            FieldError(
                "paid from",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Choose the Cash or bank account it was paid from"
                    )
                ),
            )
        )
    if len(draft.description) > MAX_TEXT:
        errors.append(
            FieldError(
                "description",
                Message(
                    QT_TRANSLATE_NOOP("messages", "At most {MAX_TEXT} characters"),
                    MAX_TEXT=MAX_TEXT,
                ),
            )
        )
    gstin = ""
    bill = draft.bill
    if bill is not None:
        try:
            gstin = validate_gstin(bill.supplier_gstin, field="supplier gstin")
        except ValidationError as e:
            errors += e.errors
        if not bill.bill_number.strip():
            errors.append(
                FieldError(
                    "bill number",
                    Message(
                        QT_TRANSLATE_NOOP("messages", "Enter the number on the supplier's bill")
                    ),
                )
            )
        if not bill.taxes:
            errors.append(
                FieldError(
                    "taxable value",
                    Message(
                        QT_TRANSLATE_NOOP("messages", "Enter the bill's taxable value and tax")
                    ),
                )
            )
        if bill.bill_date is not None and bill.bill_date > draft.expense_date:
            errors.append(
                FieldError(
                    "bill date",
                    Message(
                        QT_TRANSLATE_NOOP("messages", "The bill cannot be dated after the payment")
                    ),
                )
            )
        errors += rules.check_taxes(bill.taxes, draft.amount)
    raise_if_any(errors)
    return head, gstin


def post_expense(draft: ExpenseDraft) -> ExpenseView:
    """Save the expense, its GST bill's tax rows and the money out, in ONE transaction."""
    head, gstin = _check(draft)
    assert head is not None
    bill = draft.bill
    with database.atomic():
        number, year = doc_series.take("expense", draft.expense_date)
        row = Expense.create(
            number=number,
            counter=counters.current(),
            fin_year=year,
            expense_date=draft.expense_date,
            head=head.id,
            amount=draft.amount,
            account=draft.account_id,
            description=draft.description.strip(),
            supplier_name=bill.supplier_name.strip() if bill else "",
            supplier_gstin=gstin,
            bill_number=bill.bill_number.strip() if bill else "",
            bill_date=bill.bill_date if bill else None,
            created_at=datetime.now(),
        )
        for t in bill.taxes if bill else []:
            ExpenseTax.create(
                expense=row.id,
                rate_bp=t.rate_bp,
                taxable=t.taxable,
                cgst=t.cgst,
                sgst=t.sgst,
                igst=t.igst,
            )
        money_accounts.post(
            draft.account_id,
            draft.expense_date,
            -draft.amount,
            kind="expense",
            doc_type="expense",
            doc_id=row.id,
            doc_number=number,
            description=f"{head.name}: {draft.description.strip()}".rstrip(": "),
        )
        audit.record(
            "post",
            "expense",
            row.id,
            label=number,
            after={
                "date": draft.expense_date,
                "head": head.name,
                "amount": draft.amount,
                "account_id": draft.account_id,
                "supplier_gstin": gstin,
                "bill_number": bill.bill_number.strip() if bill else "",
                "tax": sum(t.tax for t in bill.taxes) if bill else 0,
            },
        )
    return get_expense(number)


def cancel_expense(number: str, reason: str) -> ExpenseView:
    """Cancel an expense: the money goes back to its account on its date; the number stays."""
    number = money_vouchers.cancel_voucher(
        number,
        reason,
        model=Expense,
        doc_type="expense",
        noun="expense",
        find=_find,
        dated=lambda row: row.expense_date,
    )
    return get_expense(number)


def _find(number: str) -> Expense:
    row = Expense.get_or_none(Expense.number == number.strip().upper())
    if row is None:
        raise ValidationError(
            FieldError(
                "number",
                Message(
                    QT_TRANSLATE_NOOP("messages", "There is no expense {number}"),
                    number=number.strip(),
                ),
            )
        )
    return row


def get_expense(number: str) -> ExpenseView:
    row = _find(number)
    return _view(row, _taxes([row.id]).get(row.id, []))


def _taxes(ids: list[int]) -> dict[int, list[TaxAtRate]]:
    found: dict[int, list[TaxAtRate]] = {}
    for start in range(0, len(ids), 500):
        query: Any = ExpenseTax.select().where(ExpenseTax.expense.in_(ids[start : start + 500]))
        for t in query.order_by(ExpenseTax.rate_bp):
            found.setdefault(t.expense_id, []).append(
                TaxAtRate(t.rate_bp, t.taxable, t.cgst, t.sgst, t.igst)
            )
    return found


def _view(row: Any, taxes: list[TaxAtRate]) -> ExpenseView:
    return ExpenseView(
        number=row.number,
        expense_date=row.expense_date,
        head=row.head.name,
        amount=row.amount,
        account=row.account.name,
        description=row.description,
        supplier_name=row.supplier_name,
        supplier_gstin=row.supplier_gstin,
        bill_number=row.bill_number,
        bill_date=row.bill_date,
        taxes=taxes,
        status=row.status,
        cancel_reason=row.cancel_reason,
        counter=row.counter or "",
    )


def expenses(start: date, end: date, *, include_cancelled: bool = False) -> list[ExpenseView]:
    """Expenses dated in the period, by date and number."""
    query: Any = (
        Expense.select(Expense, ExpenseHead, MoneyAccount)
        .join(ExpenseHead)
        .switch(Expense)
        .join(MoneyAccount)
        .where(Expense.expense_date.between(start, end))
        .order_by(Expense.expense_date, Expense.id)
    )
    if not include_cancelled:
        query = query.where(Expense.status == "posted")
    rows = list(query)
    taxes = _taxes([r.id for r in rows])
    return [_view(r, taxes.get(r.id, [])) for r in rows]


def spent_on(day: date) -> int:
    """Posted expenses dated `day` (the dashboard's card)."""
    total = (
        Expense.select(pw.fn.COALESCE(pw.fn.SUM(Expense.amount), 0))
        .where((Expense.expense_date == day) & (Expense.status == "posted"))
        .scalar()
    )
    return int(total or 0)
