"""Builders and probes for the sales service tests (invoices, notes, orders)."""

from __future__ import annotations

from datetime import date
from typing import Any

import peewee as pw

from factories import make_item
from vyapar_lite.db.models import (
    Allocation,
    AuditEntry,
    Customer,
    DocumentParty,
    Item,
    LedgerEntry,
    LoyaltyMove,
    Receipt,
    SaleOrder,
    SaleOrderLine,
    SalesDoc,
    SalesDocLine,
    Sequence,
    StockMove,
)
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.domain.item import TypePrice
from vyapar_lite.services import customers, sales

DAY = date(2026, 5, 10)
TABLES = (
    SalesDoc,
    SalesDocLine,
    LedgerEntry,
    Receipt,
    Allocation,
    StockMove,
    LoyaltyMove,
    AuditEntry,
    SaleOrder,
    SaleOrderLine,
    Sequence,
    DocumentParty,  # a refused posting leaves no snapshot either
)


def stock_items() -> None:
    """SOAP (₹100, 18%, stock 50), RICE (₹50, 5%, stock 100, dealers ₹45), PEN (₹10, 12%, no
    stock tracking)."""
    make_item("Bath Soap", code="SOAP", sale_price=10000, gst_rate_bp=1800, opening_stock=50000)
    make_item(
        "Rice 1 kg",
        code="RICE",
        sale_price=5000,
        gst_rate_bp=500,
        unit="kg",
        hsn_sac="1006",
        opening_stock=100000,
        type_prices={"Dealer": TypePrice(4500)},
    )
    make_item("Ball Pen", code="PEN", sale_price=1000, gst_rate_bp=1200)


def item_line(code: str, qty: int, rate: int, gst: int, **kw: Any) -> LineInput:
    return LineInput(code.title(), qty, rate, gst, item_code=code, **kw)


SOAP_2 = item_line("SOAP", 2000, 10000, 1800)  # ₹200 + ₹36 GST = ₹236
RICE_3 = item_line("RICE", 3000, 5000, 500)  # ₹150 + ₹7.50 GST = ₹157.50


def draft(code: str, *lines: LineInput, on: date = DAY, **kw: Any) -> sales.InvoiceDraft:
    return sales.InvoiceDraft(code, on, list(lines) or [SOAP_2], **kw)


def stock(code: str) -> int:
    item = Item.get(Item.code == code)
    total = StockMove.select(pw.fn.COALESCE(pw.fn.SUM(StockMove.qty_milli), 0)).where(
        StockMove.item == item.id
    )
    return int(total.scalar())


def points(code: str) -> int:
    """The customer's cached points, checked against the sum of their loyalty moves."""
    row = Customer.get(Customer.code == code)
    total = int(
        LoyaltyMove.select(pw.fn.COALESCE(pw.fn.SUM(LoyaltyMove.points), 0))
        .where(LoyaltyMove.customer == row.id)
        .scalar()
    )
    assert row.loyalty_points == total
    return total


def balance(code: str) -> int:
    return customers.balance(code)


def ledger_rows(code: str) -> list[tuple[str, str, int, int]]:
    """(kind, doc_number, debit, credit) of the customer's entries, in the order posted."""
    row = Customer.get(Customer.code == code)
    query: Any = (
        LedgerEntry.select(
            LedgerEntry.kind, LedgerEntry.doc_number, LedgerEntry.debit, LedgerEntry.credit
        )
        .where(LedgerEntry.customer == row.id)
        .order_by(LedgerEntry.id)
    )
    return [tuple(r) for r in query.tuples()]


def counts() -> dict[str, int]:
    return {model.__name__: model.select().count() for model in TABLES}
