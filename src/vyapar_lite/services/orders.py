"""Sale orders: goods booked by a customer, optionally with an advance, invoiced later.

An order moves nothing on the customer's account except its advance, which is a real receipt
(origin 'order', ledger credit) held for the customer. `invoice_draft_from_order` copies the
lines still to invoice (all, or chosen quantities); `sales.post_invoice` then applies the unused
advance to that invoice and updates the invoiced quantities and the status
(open -> partly_invoiced -> invoiced). Cancelling an order leaves its advance on the customer's
account as an advance.

Order lines have no column for "price includes tax", HSN or unit: those come from the item, and a
line without an item has its rate before tax.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import peewee as pw

from vyapar_lite.db import database
from vyapar_lite.db.models import Customer, Item, Receipt, SaleOrder, SaleOrderLine, SalesDoc
from vyapar_lite.domain import supply
from vyapar_lite.domain.errors import FieldError, ValidationError, raise_if_any
from vyapar_lite.domain.invoice import (
    LineInput,
    check_lines,
    line_amounts,
    qty_text,
    totals,
)
from vyapar_lite.domain.money import MAX_PAISE, divide_round, format_money
from vyapar_lite.services import (
    advance_tax,
    audit,
    closed_books,
    doc_series,
    document_dates,
    document_parties,
    money_accounts,
    order_link,
)
from vyapar_lite.services.sales import (
    MAX_NOTES,
    InvoiceDraft,
    shop_scheme,
)
from vyapar_lite.services.sales_customer import active_customer
from vyapar_lite.services.sales_postings import (
    active_rates,
    check_mode,
    post_receipt,
    resolve_items,
    tuples,
)
from vyapar_lite.services.supply_rules import place_of_supply


@dataclass(frozen=True)
class OrderDraft:
    customer_code: str
    order_date: date
    lines: list[LineInput]
    advance: int = 0
    mode: str = "cash"
    reference: str = ""
    notes: str = ""
    account_id: int | None = None  # the cash drawer the advance went into (None: the mode's)
    confirm_unusual_date: bool = False  # the user confirmed a far-off date (`document_dates`)


@dataclass(frozen=True)
class OrderLine:
    line_no: int
    item_code: str
    description: str
    unit: str
    qty_milli: int
    invoiced_milli: int
    rate: int
    discount_bp: int
    discount_amount: int
    gst_rate_bp: int


@dataclass(frozen=True)
class OrderView:
    number: str
    order_date: date
    customer_code: str
    customer_name: str
    status: str  # "open" | "partly_invoiced" | "invoiced" | "cancelled"
    lines: list[OrderLine]
    advance: int
    advance_receipt_number: str
    advance_used: int
    invoices: list[str]
    notes: str
    cancel_reason: str


def create_order(draft: OrderDraft) -> OrderView:
    """Book an order (number `SO/<year>/`); an advance is posted as a receipt in the same
    transaction. Raises ValidationError naming each bad field."""
    customer = active_customer(draft.customer_code)
    if customer.is_cash:
        raise ValidationError(
            FieldError("customer", "Choose the customer who books the order (not CASH)")
        )
    errors: list[FieldError] = []
    try:
        check_lines(draft.lines, allowed_rates=active_rates())
    except ValidationError as exc:
        errors.extend(exc.errors)
    resolved, item_errors = resolve_items(draft.lines)
    errors += item_errors
    for n, (line, item) in enumerate(zip(resolved.lines, resolved.items, strict=True), 1):
        includes = bool(item.price_includes_tax) if item is not None else False
        if line.price_includes_tax != includes:
            errors.append(
                FieldError(
                    f"line {n} rate",
                    f"Line {n}: on an order the rate is "
                    + ("the item's price including tax" if includes else "the rate before tax"),
                )
            )
    raise_if_any(errors)
    _, _, tax_kind = place_of_supply(customer)
    _, taxed = supply.taxed_lines(resolved.lines, shop_scheme())  # no tax on a bill of supply
    amounts = [line_amounts(line, tax_kind) for line in taxed]
    value = totals(amounts, round_to_rupee=False)
    if not 0 <= draft.advance <= min(value.grand_total, MAX_PAISE):
        errors.append(
            FieldError(
                "advance",
                f"An advance is from ₹0 up to the order's value {format_money(value.grand_total)}",
            )
        )
    if draft.advance:
        errors += check_mode(draft.mode)
        errors += money_accounts.chosen_account_errors(draft.mode, draft.account_id)
    if len(draft.notes) > MAX_NOTES:
        errors.append(FieldError("notes", f"Notes can have at most {MAX_NOTES} characters"))
    raise_if_any(errors)
    document_dates.check(draft.order_date, confirmed=draft.confirm_unusual_date, field="order_date")

    with database.atomic():
        number, year = doc_series.take("order", draft.order_date)
        now = datetime.now()
        order = SaleOrder.create(
            number=number,
            fin_year=year,
            order_date=draft.order_date,
            customer=customer.id,
            notes=draft.notes.strip(),
            created_at=now,
            updated_at=now,
        )
        document_parties.take("sale_order", order.id, customer)
        for n, (line, item) in enumerate(zip(resolved.lines, resolved.items, strict=True), 1):
            SaleOrderLine.create(
                order=order.id,
                line_no=n,
                item=item.id if item is not None else None,
                description=line.description.strip(),
                qty_milli=line.qty_milli,
                rate=line.rate,
                discount_bp=line.discount_bp,
                discount_amount=line.discount_amount,
                gst_rate_bp=line.gst_rate_bp,
            )
        receipt_number = ""
        gst_on_advance: dict[str, int] = {}
        if draft.advance:
            receipt = post_receipt(
                customer,
                draft.order_date,
                draft.advance,
                mode=draft.mode,
                reference=draft.reference,
                origin="order",
                description=f"Advance for order {number}",
                account_id=draft.account_id,
            )
            SaleOrder.update(advance_receipt=receipt.id).where(SaleOrder.id == order.id).execute()
            receipt_number = receipt.number
            # the services' share of the advance is taxed when received (s.13(2), Rule 50)
            priced = zip(taxed, amounts, strict=True)
            services = advance_tax.services_part(
                [(line.hsn_sac, a.total, line.gst_rate_bp) for line, a in priced], draft.advance
            )
            if services is not None:
                tax = advance_tax.work_out(
                    customer, *services, description=f"Services on order {number}"
                )
                advance_tax.take(receipt.id, tax)
                gst_on_advance = {"gst_on_advance": tax.tax}
        audit.record(
            "create",
            "sale_order",
            order.id,
            label=number,
            after={
                "date": draft.order_date,
                "customer": customer.code,
                "lines": len(resolved.lines),
                "value": value.grand_total,
                "advance": draft.advance,
                "receipt": receipt_number,
                **gst_on_advance,
            },
            customer_id=customer.id,
        )
    return get_order(number)


def cancel_order(number: str, reason: str) -> OrderView:
    """Cancel what is left of an order; its advance stays on the customer's account."""
    reason = reason.strip()
    if not reason:
        raise ValidationError(FieldError("reason", "Say why the order is cancelled"))
    with database.atomic():
        order = order_link.find_order(number)
        if order.status not in order_link.OPEN_STATUSES:
            state = "already cancelled" if order.status == "cancelled" else "fully invoiced"
            raise ValidationError(FieldError("number", f"Order {order.number} is {state}"))
        closed_books.check_open(order.order_date, order.number, doing="cancelled")
        SaleOrder.update(status="cancelled", cancel_reason=reason, updated_at=datetime.now()).where(
            SaleOrder.id == order.id
        ).execute()
        audit.record(
            "cancel",
            "sale_order",
            order.id,
            label=order.number,
            before={"status": order.status},
            after={"status": "cancelled"},
            customer_id=order.customer_id,
            note=reason,
        )
    return get_order(order.number)


def get_order(number: str) -> OrderView:
    order = order_link.find_order(number)
    customer = Customer.get_by_id(order.customer_id)
    lines = [
        OrderLine(
            line.line_no,
            line.code or "",
            line.description,
            line.unit or "",
            line.qty_milli,
            line.invoiced_milli,
            line.rate,
            line.discount_bp,
            line.discount_amount,
            line.gst_rate_bp,
        )
        for line in _lines(order.id)
    ]
    receipt = Receipt.get_by_id(order.advance_receipt_id) if order.advance_receipt_id else None
    invoices = [
        str(n)
        for (n,) in tuples(
            SalesDoc.select(SalesDoc.number).where(SalesDoc.order == order.id).order_by(SalesDoc.id)
        )
    ]
    return OrderView(
        number=order.number,
        order_date=order.order_date,
        customer_code=customer.code,
        customer_name=document_parties.read("sale_order", order.id).party.name,
        status=order.status,
        lines=lines,
        advance=receipt.amount if receipt is not None else 0,
        advance_receipt_number=receipt.number if receipt is not None else "",
        advance_used=order_link.advance_used(order.advance_receipt_id),
        invoices=invoices,
        notes=order.notes,
        cancel_reason=order.cancel_reason,
    )


def open_orders(customer_code: str = "") -> list[OrderView]:
    """Orders still to invoice (open or partly invoiced), newest first; one customer's if given."""
    query = SaleOrder.select(SaleOrder.number).where(SaleOrder.status.in_(order_link.OPEN_STATUSES))
    if customer_code.strip():
        query = query.join(Customer).where(Customer.code == customer_code.strip().upper())
    numbers = [
        str(n) for (n,) in tuples(query.order_by(SaleOrder.order_date.desc(), SaleOrder.id.desc()))
    ]
    return [get_order(n) for n in numbers]


def invoice_draft_from_order(
    number: str, quantities: dict[int, int] | None = None, *, doc_date: date
) -> InvoiceDraft:
    """An invoice draft with the order's lines still to invoice: all that is left, or
    `quantities` (line_no -> qty_milli; 0 leaves a line out). A line's discount amount is split
    in proportion, so invoicing a line in parts gives its whole discount."""
    order = order_link.find_order(number)
    if order.status not in order_link.OPEN_STATUSES:
        state = "cancelled" if order.status == "cancelled" else "already fully invoiced"
        raise ValidationError(FieldError("order", f"Order {order.number} is {state}"))
    rows = _lines(order.id)
    by_no = {row.line_no: row for row in rows}
    errors: list[FieldError] = []
    wanted: dict[int, int]
    if quantities is None:
        wanted = {row.line_no: row.qty_milli - row.invoiced_milli for row in rows}
    else:
        wanted = dict(quantities)
        for line_no, qty in sorted(wanted.items()):
            row = by_no.get(line_no)
            if row is None:
                errors.append(
                    FieldError(f"line {line_no} quantity", f"The order has no line {line_no}")
                )
            elif not 0 <= qty <= row.qty_milli - row.invoiced_milli:
                errors.append(
                    FieldError(
                        f"line {line_no} quantity",
                        f"Line {line_no}: at most {qty_text(row.qty_milli - row.invoiced_milli)} "
                        "is still to invoice",
                    )
                )
    raise_if_any(errors)
    lines = []
    for row in rows:
        qty = wanted.get(row.line_no, 0)
        if qty <= 0:
            continue
        done = row.invoiced_milli
        discount = divide_round(row.discount_amount * (done + qty), row.qty_milli) - divide_round(
            row.discount_amount * done, row.qty_milli
        )
        lines.append(
            LineInput(
                description=row.description,
                qty_milli=qty,
                rate=row.rate,
                gst_rate_bp=row.gst_rate_bp,
                price_includes_tax=bool(row.price_includes_tax),
                discount_bp=row.discount_bp,
                discount_amount=discount,
                item_code=row.code or "",
                hsn_sac=row.hsn_sac or "",
                unit=row.unit or "",
            )
        )
    if not lines:
        raise ValidationError(FieldError("lines", f"Nothing is left to invoice on {order.number}"))
    customer = Customer.get_by_id(order.customer_id)
    return InvoiceDraft(
        customer_code=customer.code, doc_date=doc_date, lines=lines, order_number=order.number
    )


def _lines(order_id: int) -> list[Any]:
    """The order's lines with their item's code, unit, HSN and price-includes-tax (or None)."""
    return list(
        SaleOrderLine.select(
            SaleOrderLine,
            Item.code,
            Item.unit,
            Item.hsn_sac,
            Item.price_includes_tax,
        )
        .join(Item, on=(SaleOrderLine.item == Item.id), join_type=pw.JOIN.LEFT_OUTER)
        .where(SaleOrderLine.order == order_id)
        .order_by(SaleOrderLine.line_no)
        .objects()
    )
