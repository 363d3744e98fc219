"""What invoicing does to a sale order: its advance, its invoiced quantities and its status.

Invoiced quantities are derived from the order's posted invoices (each invoice line is matched to
the order's lines with the same item, or the same description for a line without an item, in line
order), so cancelling an invoice gives its quantities back to the order by recomputing them.
"""

from __future__ import annotations

from datetime import datetime

import peewee as pw

from vyapar_lite.db.models import (
    Allocation,
    Customer,
    Receipt,
    SaleOrder,
    SaleOrderLine,
    SalesDoc,
    SalesDocLine,
)
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.services import audit
from vyapar_lite.services.sales_postings import tuples

OPEN_STATUSES = ("open", "partly_invoiced")


def find_order(number: str, *, field: str = "number") -> SaleOrder:
    row = SaleOrder.get_or_none(SaleOrder.number == number.strip().upper())
    if row is None:
        raise ValidationError(FieldError(field, f"There is no sale order {number.strip()}"))
    return row


def order_for_invoice(number: str, customer: Customer) -> SaleOrder:
    """The order an invoice is made from: the same customer's, still open."""
    order = find_order(number, field="order")
    if order.customer_id != customer.id:
        raise ValidationError(
            FieldError("order", f"Order {order.number} was booked by another customer")
        )
    if order.status not in OPEN_STATUSES:
        state = "cancelled" if order.status == "cancelled" else "already fully invoiced"
        raise ValidationError(FieldError("order", f"Order {order.number} is {state}"))
    return order


def advance_used(receipt_id: int | None) -> int:
    """How much of an advance receipt is allocated to posted documents."""
    if receipt_id is None:
        return 0
    used = (
        Allocation.select(pw.fn.COALESCE(pw.fn.SUM(Allocation.amount), 0))
        .join(SalesDoc)
        .where((Allocation.receipt == receipt_id) & (SalesDoc.status == "posted"))
        .scalar()
    )
    return int(used)


def advance_unused(order: SaleOrder) -> int:
    """The part of the order's advance not yet applied to an invoice (0 without an advance)."""
    if order.advance_receipt_id is None:
        return 0
    receipt = Receipt.get_by_id(order.advance_receipt_id)
    if receipt.status != "posted":
        return 0
    return max(0, receipt.amount - advance_used(receipt.id))


def line_key(item_id: int | None, description: str) -> tuple[int, str]:
    return (item_id, "") if item_id is not None else (0, " ".join(description.lower().split()))


def refresh(order: SaleOrder) -> None:
    """Recompute the order's invoiced quantities and status from its posted invoices."""
    lines = list(
        SaleOrderLine.select()
        .where(SaleOrderLine.order == order.id)
        .order_by(SaleOrderLine.line_no)
    )
    invoiced = dict.fromkeys((line.id for line in lines), 0)
    sold = (
        SalesDocLine.select(SalesDocLine.item, SalesDocLine.description, SalesDocLine.qty_milli)
        .join(SalesDoc)
        .where(
            (SalesDoc.order == order.id)
            & (SalesDoc.kind == "invoice")
            & (SalesDoc.status == "posted")
        )
        .order_by(SalesDoc.id, SalesDocLine.line_no)
    )
    for item_id, description, qty in tuples(sold):
        key = line_key(item_id, description)
        left = int(qty)
        for line in lines:
            if left <= 0:
                break
            if line_key(line.item_id, line.description) == key:
                take = min(left, line.qty_milli - invoiced[line.id])
                invoiced[line.id] += take
                left -= take
    for line in lines:
        if invoiced[line.id] != line.invoiced_milli:
            SaleOrderLine.update(invoiced_milli=invoiced[line.id]).where(
                SaleOrderLine.id == line.id
            ).execute()
    if order.status == "cancelled":
        return
    if all(invoiced[line.id] >= line.qty_milli for line in lines):
        status = "invoiced"
    elif any(invoiced.values()):
        status = "partly_invoiced"
    else:
        status = "open"
    if status != order.status:
        SaleOrder.update(status=status, updated_at=datetime.now()).where(
            SaleOrder.id == order.id
        ).execute()
        audit.record(
            "update",
            "sale_order",
            order.id,
            label=order.number,
            before={"status": order.status},
            after={"status": status},
            customer_id=order.customer_id,
        )
