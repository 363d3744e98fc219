"""peewee models over the money tables (migration 24): where the shop's money is.

An account's balance is the sum of its `MoneyEntry` rows (signed paise, + in, - out); its
opening balance is one of them (kind 'opening'). Write through `services.money_accounts`.
"""

from __future__ import annotations

import peewee as pw

from vyapar_lite.db.models import BaseModel


class MoneyAccount(BaseModel):
    """Cash (one, or one per counter) or a bank account. `placeholder`: "Bank (not yet set)",
    holding what older documents moved by any mode but cash until it is re-assigned."""

    id = pw.AutoField()
    name = pw.CharField(unique=True)
    kind = pw.CharField()  # 'cash' | 'bank'
    account_digits = pw.CharField(default="")  # the account number's last digits
    ifsc = pw.CharField(default="")
    opening_date = pw.DateField(null=True)
    placeholder = pw.BooleanField(default=False)
    active = pw.BooleanField(default=True)
    created_at = pw.DateTimeField()


class ModeAccount(BaseModel):
    """The account a payment mode's money reaches (UPI and card: their settlement bank)."""

    mode = pw.CharField(primary_key=True)
    account = pw.ForeignKeyField(MoneyAccount, column_name="account_id")
    account_id: int


class MoneyEntry(BaseModel):
    """One movement of money on one account, pointing to its document."""

    id = pw.AutoField()
    account = pw.ForeignKeyField(MoneyAccount, column_name="account_id")
    account_id: int
    entry_date = pw.DateField()
    amount = pw.BigIntegerField()  # signed paise: + money in, - money out
    kind = pw.CharField()
    doc_type = pw.CharField()
    doc_id = pw.IntegerField(null=True)
    doc_number = pw.CharField(default="")
    description = pw.TextField(default="")
    created_at = pw.DateTimeField()


class ExpenseHead(BaseModel):
    """What an expense was for: Rent, Wages, ... and the shop's own heads."""

    id = pw.AutoField()
    name = pw.CharField(unique=True)
    active = pw.BooleanField(default=True)


class Expense(BaseModel):
    """An expense voucher (`EXP/<year>/`), paid from one money account; optionally a GST bill."""

    id = pw.AutoField()
    number = pw.CharField(unique=True)
    fin_year = pw.CharField()
    expense_date = pw.DateField()
    head = pw.ForeignKeyField(ExpenseHead, column_name="head_id")
    head_id: int
    amount = pw.BigIntegerField()
    account = pw.ForeignKeyField(MoneyAccount, column_name="account_id")
    account_id: int
    description = pw.TextField(default="")
    supplier_name = pw.CharField(default="")
    supplier_gstin = pw.CharField(default="")
    bill_number = pw.CharField(default="")
    bill_date = pw.DateField(null=True)
    status = pw.CharField(default="posted")
    cancel_reason = pw.TextField(default="")
    created_at = pw.DateTimeField()
    counter = pw.CharField(null=True)  # the counter that posted it (migration 26)


class ExpenseTax(BaseModel):
    """A GST bill's taxable value and tax at one rate."""

    id = pw.AutoField()
    expense = pw.ForeignKeyField(Expense, column_name="expense_id")
    expense_id: int
    rate_bp = pw.IntegerField()
    taxable = pw.BigIntegerField()
    cgst = pw.BigIntegerField(default=0)
    sgst = pw.BigIntegerField(default=0)
    igst = pw.BigIntegerField(default=0)


class ContraVoucher(BaseModel):
    """Money moved between two of the shop's accounts (`CV/<year>/`)."""

    id = pw.AutoField()
    number = pw.CharField(unique=True)
    fin_year = pw.CharField()
    voucher_date = pw.DateField()
    from_account = pw.ForeignKeyField(MoneyAccount, column_name="from_account_id")
    from_account_id: int
    to_account = pw.ForeignKeyField(MoneyAccount, column_name="to_account_id", backref="contras_in")
    to_account_id: int
    amount = pw.BigIntegerField()
    notes = pw.TextField(default="")
    status = pw.CharField(default="posted")
    cancel_reason = pw.TextField(default="")
    created_at = pw.DateTimeField()
    counter = pw.CharField(null=True)  # the counter that posted it (migration 26)


MONEY_MODELS: list[type[BaseModel]] = [
    MoneyAccount,
    ModeAccount,
    MoneyEntry,
    ExpenseHead,
    Expense,
    ExpenseTax,
    ContraVoucher,
]
