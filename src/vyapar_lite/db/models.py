"""peewee models over the shop file's tables.

The tables themselves are created by the numbered migrations in `migrations.py`; these classes only
describe them for queries (a test checks that every model column exists in the migrated schema).
Money columns hold integer paise; dates are ISO dates.
"""

from __future__ import annotations

import peewee as pw

from vyapar_lite.db.connection import database


class BaseModel(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False


class Setting(BaseModel):
    """Shop-wide settings as key/value text."""

    key = pw.CharField(primary_key=True)
    value = pw.TextField()


class Shop(BaseModel):
    """The shop's own profile: one row, id 1."""

    id = pw.AutoField()
    name = pw.CharField()
    address = pw.TextField(default="")
    city = pw.CharField(default="")
    pin_code = pw.CharField(default="")
    phone = pw.CharField(default="")
    email = pw.CharField(default="")
    state_code = pw.CharField()
    gstin = pw.CharField(default="")
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()


class Sequence(BaseModel):
    """A document number series (customer codes, invoice numbers, ...)."""

    name = pw.CharField(primary_key=True)
    prefix = pw.CharField(default="")
    next_number = pw.IntegerField(default=1)
    width = pw.IntegerField(default=4)


class AuditEntry(BaseModel):
    """One change: when, which record, before and after (JSON), in the same transaction."""

    id = pw.AutoField()
    at = pw.DateTimeField()
    action = pw.CharField()
    record_type = pw.CharField()
    record_id = pw.IntegerField(null=True)
    record_label = pw.CharField(default="")
    customer_id = pw.IntegerField(null=True)
    before_json = pw.TextField(null=True)
    after_json = pw.TextField(null=True)
    note = pw.TextField(default="")


class CustomerCategory(BaseModel):
    id = pw.AutoField()
    name = pw.CharField(unique=True)
    is_active = pw.BooleanField(default=True)


class Customer(BaseModel):
    id = pw.AutoField()
    code = pw.CharField(unique=True)
    name = pw.CharField()
    phone = pw.CharField(default="")
    alt_phone = pw.CharField(default="")
    email = pw.CharField(default="")
    preferred_contact = pw.CharField(default="Phone")
    billing_address = pw.TextField(default="")
    shipping_address = pw.TextField(default="")
    shipping_same_as_billing = pw.BooleanField(default=True)
    city = pw.CharField(default="")
    pin_code = pw.CharField(default="")
    state_code = pw.CharField(default="")
    gstin = pw.CharField(default="")
    pan = pw.CharField(default="")
    customer_type = pw.CharField(default="General")
    category = pw.ForeignKeyField(CustomerCategory, null=True, column_name="category_id")
    category_id: int | None
    credit_limit = pw.BigIntegerField(default=0)
    check_credit_limit = pw.BooleanField(default=False)
    stop_sales = pw.BooleanField(default=False)
    payment_terms_days = pw.IntegerField(default=0)
    also_supplier = pw.BooleanField(default=False)
    transporter = pw.CharField(default="")
    loyalty_points = pw.IntegerField(default=0)
    notes = pw.TextField(default="")
    is_active = pw.BooleanField(default=True)
    is_cash = pw.BooleanField(default=False)
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()


class LedgerEntry(BaseModel):
    """One posting on a customer's account. Balance = SUM(debit) - SUM(credit)."""

    id = pw.AutoField()
    customer = pw.ForeignKeyField(Customer, column_name="customer_id")
    customer_id: int
    entry_date = pw.DateField()
    kind = pw.CharField()
    doc_number = pw.CharField(default="")
    description = pw.TextField(default="")
    debit = pw.BigIntegerField(default=0)
    credit = pw.BigIntegerField(default=0)
    created_at = pw.DateTimeField()


class CustomerNote(BaseModel):
    """A dated entry in a customer's file: a note, feedback (compliment/complaint) or follow-up.

    `status`: complaints and follow-ups start 'open' and become 'resolved' / 'done'; notes and
    compliments have ''. `due_date` is set for follow-ups only.
    """

    id = pw.AutoField()
    customer = pw.ForeignKeyField(Customer, column_name="customer_id")
    customer_id: int
    entry_date = pw.DateField()
    kind = pw.CharField()
    feedback_type = pw.CharField(default="")
    status = pw.CharField(default="")
    due_date = pw.DateField(null=True)
    text = pw.TextField()
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()


ALL_MODELS: list[type[BaseModel]] = [
    Setting,
    Shop,
    Sequence,
    AuditEntry,
    CustomerCategory,
    Customer,
    LedgerEntry,
    CustomerNote,
]
