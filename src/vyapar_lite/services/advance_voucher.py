"""What a receipt voucher for an advance says (Rule 50 CGST Rules), for the receipt printout.

A receipt that is (wholly or partly) an advance, a sale order's advance or money kept on account
after settling the invoices, is printed as a receipt voucher: besides the supplier, its number
and date, the recipient and signature (which every receipt prints), Rule 50 asks for a
description of the goods, the amount of advance, the rate and amount of tax, the place of supply
(with the state's name and code) and whether tax is payable on reverse charge.

Tax on an advance: no GST is payable on an advance received for a supply of goods (Notification
66/2017-Central Tax, for every taxpayer but a composition one), so the tax on it is nil; the
rates printed are those of the goods ordered. An advance for services (SAC 99...) is taxable
when received; Vyapar Lite does not work that tax out, and the voucher says so rather than
printing a figure it has not booked.
"""

from __future__ import annotations

from dataclasses import dataclass

from vyapar_lite.db.models import Customer, Receipt, SaleOrder, SaleOrderLine
from vyapar_lite.services import document_parties, shop

GOODS_NOTE = (
    "No GST is payable on an advance for goods (Notification 66/2017-Central Tax): "
    "tax is charged on the invoice."
)
SERVICES_NOTE = (
    "The order includes services: GST on an advance for services is payable when it is "
    "received; work it out with your accountant (not calculated here)."
)
GENERAL = "Advance against future supplies"


@dataclass(frozen=True)
class AdvanceVoucher:
    advance: int  # paise: the part of the receipt that is an advance
    description: list[str]  # the goods it is for (an order's lines), or GENERAL
    rates_bp: list[int]  # the GST rates of those goods (none for a general advance)
    place_of_supply: str  # state code
    tax_note: str  # why the tax on it is nil (or that services are not worked out)
    order_number: str


def advance_voucher(number: str, advance: int) -> AdvanceVoucher | None:
    """The voucher for receipt `number`, of which `advance` paise is an advance (the printout
    passes what the receipt keeps on account; an order's advance is all of it). None when no
    part of it is an advance."""
    receipt = Receipt.get_or_none(Receipt.number == number)
    if receipt is None or receipt.origin not in ("receipt", "order"):
        return None
    order = SaleOrder.get_or_none(SaleOrder.advance_receipt == receipt.id)
    amount = int(receipt.amount) if order is not None else advance
    if amount <= 0:
        return None
    issued = document_parties.read_many("receipt", [receipt.id]).get(receipt.id)
    profile = shop.get_profile()
    if issued is not None:  # the place of supply as the receipt was issued
        place = issued.place_of_supply
    elif profile is not None:
        place = document_parties.home_place(Customer.get_by_id(receipt.customer_id), profile)
    else:
        place = ""
    lines = (
        list(
            SaleOrderLine.select()
            .where(SaleOrderLine.order == order.id)
            .order_by(SaleOrderLine.line_no)
        )
        if order is not None
        else []
    )
    services = any(_is_service(line) for line in lines)
    return AdvanceVoucher(
        advance=amount,
        description=[str(line.description) for line in lines] or [GENERAL],
        rates_bp=sorted({int(line.gst_rate_bp) for line in lines}),
        place_of_supply=place,
        tax_note=SERVICES_NOTE if services else GOODS_NOTE,
        order_number=str(order.number) if order is not None else "",
    )


def _is_service(line: SaleOrderLine) -> bool:
    item = line.item if line.item_id is not None else None
    return item is not None and str(item.hsn_sac).startswith("99")
