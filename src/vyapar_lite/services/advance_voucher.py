"""What a receipt voucher for an advance says (Rule 50 CGST Rules), for the receipt printout.

A receipt that is (wholly or partly) an advance, a sale order's advance or money kept on account
after settling the invoices, is printed as a receipt voucher: besides the supplier, its number
and date, the recipient and signature (which every receipt prints), Rule 50 asks for a
description of the goods, the amount of advance, the rate and amount of tax, the place of supply
(with the state's name and code) and whether tax is payable on reverse charge.

Tax on an advance: no GST is payable on an advance received for a supply of goods (Notification
66/2017-Central Tax, for every taxpayer but a composition one), so the tax on it is nil; the
rates printed are those of the goods ordered. An advance for services is taxable when received
(s.13(2) CGST Act): the tax worked out at receipt and stored with it (`advance_tax`) is printed,
its taxable value, rate, CGST + SGST or IGST, and the place of supply it was worked out for. A
receipt voucher shows the advance as received, whatever invoices it was later set against.
"""

from __future__ import annotations

from dataclasses import dataclass

from vyapar_lite.db.models import Customer, Receipt, SaleOrder, SaleOrderLine
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.services import advance_tax, document_parties, shop
from vyapar_lite.services.advance_tax import AdvanceTax

# marked for translation (context "printed"): the receipt prints them in the Rule's English with
# the Hindi beside them when the app is in Hindi (ui.language.printed_legal)
GOODS_NOTE = QT_TRANSLATE_NOOP(
    "printed",
    "No GST is payable on an advance for goods (Notification 66/2017-Central Tax): "
    "tax is charged on the invoice.",
)
SERVICES_NOTE = QT_TRANSLATE_NOOP(
    "printed",
    "GST on an advance for services is payable when it is received (s.13(2) CGST Act, Rule 50): "
    "the amount received includes it; the invoice adjusts it.",
)
GENERAL = QT_TRANSLATE_NOOP("printed", "Advance against future supplies")
SERVICES = QT_TRANSLATE_NOOP("printed", "Advance for services")


@dataclass(frozen=True)
class AdvanceVoucher:
    advance: int  # paise: the part of the receipt that is an advance
    description: list[str]  # the goods it is for (an order's lines), or GENERAL
    rates_bp: list[int]  # the GST rates of those goods (none for a general advance)
    place_of_supply: str  # state code
    tax_note: str  # why the tax on it is nil, or that it is payable on receipt (services)
    order_number: str
    tax: AdvanceTax | None = None  # GST on an advance for services, as worked out at receipt


def advance_voucher(number: str, advance: int) -> AdvanceVoucher | None:
    """The voucher for receipt `number`, of which `advance` paise is an advance (the printout
    passes what the receipt keeps on account; an order's advance is all of it). None when no
    part of it is an advance."""
    receipt = Receipt.get_or_none(Receipt.number == number)
    if receipt is None or receipt.origin not in ("receipt", "order"):
        return None
    order = SaleOrder.get_or_none(SaleOrder.advance_receipt == receipt.id)
    tax = advance_tax.of_receipt(receipt.id)
    amount = int(receipt.amount) if order is not None or tax is not None else advance
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
    plain = [SERVICES if tax is not None else GENERAL]
    return AdvanceVoucher(
        advance=amount,
        description=[str(line.description) for line in lines] or plain,
        rates_bp=sorted({int(line.gst_rate_bp) for line in lines})
        or ([tax.rate_bp] if tax is not None else []),
        place_of_supply=tax.place_of_supply if tax is not None else place,
        tax_note=SERVICES_NOTE if tax is not None else GOODS_NOTE,
        order_number=str(order.number) if order is not None else "",
        tax=tax,
    )
