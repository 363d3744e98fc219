"""An export invoice's shipping bill: its number, date and port code, as GSTR-1 reports them.

Goods exported leave under a shipping bill (or a bill of export) filed at a customs port; GSTR-1's
table 6A reports the invoice with the bill's number, date and the port's 6-character code when
they are known at filing (the GST portal takes a number of up to 7 digits and a port code such
as INNSA1, Jawaharlal Nehru port). The bill is filed after the invoice is issued, so its date is
not before the invoice's. All three may stay blank; a number needs its date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from vyapar_lite.domain.errors import FieldError

_NUMBER = re.compile(r"[0-9]{3,7}")
_PORT = re.compile(r"[A-Z0-9]{6}")


@dataclass(frozen=True)
class ShippingBill:
    number: str = ""
    on: date | None = None
    port_code: str = ""

    @property
    def given(self) -> bool:
        return bool(self.number or self.on or self.port_code)


def clean(bill: ShippingBill) -> ShippingBill:
    return ShippingBill(bill.number.strip(), bill.on, bill.port_code.strip().upper())


def errors(bill: ShippingBill, *, invoice_date: date, export: bool) -> list[FieldError]:
    """What is wrong with `bill` (already `clean`) on an invoice dated `invoice_date`."""
    if not bill.given:
        return []
    if not export:
        return [
            FieldError(
                "shipping_bill_number",
                "A shipping bill goes on an export invoice (a customer outside India) only",
            )
        ]
    found = []
    if bill.number and not _NUMBER.fullmatch(bill.number):
        found.append(
            FieldError("shipping_bill_number", "The shipping bill number is 3 to 7 digits")
        )
    if bill.on is None and bill.number:
        found.append(FieldError("shipping_bill_date", "Enter the shipping bill's date"))
    if bill.on is not None and not bill.number:
        found.append(FieldError("shipping_bill_number", "Enter the shipping bill's number"))
    if bill.on is not None and bill.on < invoice_date:
        found.append(
            FieldError(
                "shipping_bill_date",
                f"The shipping bill's date ({bill.on:%d-%m-%Y}) is before the invoice's "
                f"({invoice_date:%d-%m-%Y}); it is filed after the invoice",
            )
        )
    if bill.port_code and not _PORT.fullmatch(bill.port_code):
        found.append(
            FieldError("port_code", "The port code is 6 letters and digits, for example INNSA1")
        )
    return found


def audit_fields(bill: ShippingBill) -> dict[str, object]:
    """The bill's fields for the invoice's audit row (none when no bill was given)."""
    if not bill.given:
        return {}
    return {
        "shipping_bill_number": bill.number,
        "shipping_bill_date": bill.on,
        "port_code": bill.port_code,
    }
