"""peewee models over the shop file's tables.

The tables themselves are created by the numbered migrations in `migrations.py`; these classes only
describe them for queries (a test checks that every model column exists in the migrated schema).
Money columns hold integer paise; dates are ISO dates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    composition = pw.BooleanField(default=False)
    composition_rate_bp = pw.IntegerField(default=0)
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()


class Sequence(BaseModel):
    """A document number series (customer codes, invoice numbers, ...)."""

    name = pw.CharField(primary_key=True)
    prefix = pw.CharField(default="")
    next_number = pw.IntegerField(default=1)
    width = pw.IntegerField(default=4)
    year_form = pw.CharField(default="short")  # 'long' (INV/2026-27/0001) for older series


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
    counter = pw.CharField(null=True)  # the counter that wrote it (migration 26); hashed
    # The hash chain (migration 6, `domain.audit_hash`): set by `services.audit` only.
    prev_hash = pw.CharField(default="")
    row_hash = pw.CharField(default="")


class AuditChainHead(BaseModel):
    """One row: the audit chain's last row id and hash (deleting rows at the end is found)."""

    id = pw.AutoField()
    last_id = pw.IntegerField()
    last_hash = pw.CharField()


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
    is_sez = pw.BooleanField(default=False)  # an SEZ unit or developer (migration 13)
    is_composition = pw.BooleanField(default=False)  # a composition dealer (migration 16)
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()
    country = pw.CharField(default="")  # a foreign buyer's country (state 96), migration 11


# The books' models live in book_models.py and are imported on first use (issue 21: the
# shop's first screen needs only the models above). Each name below is found there.
_BOOK_MODEL_NAMES = frozenset(
    {
        "LedgerEntry",
        "CustomerNote",
        "GstRate",
        "Item",
        "ItemTypePrice",
        "StockMove",
        "Receipt",
        "ReceiptAdvanceTax",
        "SaleOrder",
        "SaleOrderLine",
        "SalesDoc",
        "SalesDocLine",
        "Allocation",
        "LoyaltyMove",
        "PurchaseBill",
        "PaymentOut",
        "BillAllocation",
        "RefundUse",
        "Contra",
        "PayableEntry",
        "Reminder",
        "AgeingKept",
        "AgeingKeptItem",
        "DocumentParty",
        "Draft",
    }
)

if TYPE_CHECKING:
    from vyapar_lite.db.book_models import (
        AgeingKept,
        AgeingKeptItem,
        Allocation,
        BillAllocation,
        Contra,
        CustomerNote,
        DocumentParty,
        Draft,
        GstRate,
        Item,
        ItemTypePrice,
        LedgerEntry,
        LoyaltyMove,
        PayableEntry,
        PaymentOut,
        PurchaseBill,
        Receipt,
        ReceiptAdvanceTax,
        RefundUse,
        Reminder,
        SaleOrder,
        SaleOrderLine,
        SalesDoc,
        SalesDocLine,
        StockMove,
    )

    ALL_MODELS: list[type[BaseModel]]  # the masters above and the books' models

MASTER_MODELS: list[type[BaseModel]] = [
    Setting,
    Shop,
    Sequence,
    AuditEntry,
    AuditChainHead,
    CustomerCategory,
    Customer,
]


def __getattr__(name: str) -> object:
    """A book model (or ALL_MODELS) asked for by name: import book_models then, once."""
    if name in _BOOK_MODEL_NAMES or name == "ALL_MODELS":
        from vyapar_lite.db import book_models

        if name == "ALL_MODELS":
            return [*MASTER_MODELS, *book_models.BOOK_MODELS]
        return getattr(book_models, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "AgeingKept",
    "AgeingKeptItem",
    "Allocation",
    "AuditChainHead",
    "AuditEntry",
    "BaseModel",
    "BillAllocation",
    "Contra",
    "Customer",
    "CustomerCategory",
    "CustomerNote",
    "DocumentParty",
    "Draft",
    "GstRate",
    "Item",
    "ItemTypePrice",
    "LedgerEntry",
    "LoyaltyMove",
    "PayableEntry",
    "PaymentOut",
    "PurchaseBill",
    "Receipt",
    "ReceiptAdvanceTax",
    "RefundUse",
    "Reminder",
    "SaleOrder",
    "SaleOrderLine",
    "SalesDoc",
    "SalesDocLine",
    "Sequence",
    "Setting",
    "Shop",
    "StockMove",
]
