"""Deemed exports: supplies of goods made in India that the law treats as exports for refunds.

s.147 CGST Act lets the Government notify supplies of goods as deemed exports: the goods do not
leave India, but either the recipient or the supplier may claim a refund of the tax paid on them
(Rule 89(1) CGST Rules, Notification 49/2017-Central Tax for the evidence). Notification
48/2017-Central Tax lists them (`CATEGORIES`):

1. goods supplied against an Advance Authorisation (AA);
2. capital goods supplied against an Export Promotion Capital Goods authorisation (EPCG);
3. goods supplied to an Export Oriented Unit, or a unit of an Electronic Hardware Technology Park,
   Software Technology Park or Bio-Technology Park (EOU);
4. gold supplied by a bank or Public Sector Undertaking notified for it, against an Advance
   Authorisation (GOLD).

Unlike an export or a supply to an SEZ unit, a deemed export is not zero-rated: tax is charged
as on any sale, CGST+SGST or IGST by the place of supply, on a tax invoice. So the document is
taxed normally; what it keeps is which of the notification's supplies it was
(`sales_doc.deemed_export`, migration 21), and GSTR-1 reports it in b2b with invoice type DE (its
notes in cdnr with DE); GSTR-3B counts it in Table 3.1 (a) with every taxable supply.

The recipient must be registered (the notification's supplies are to holders of an authorisation
or to registered units): a buyer without a GSTIN, a buyer outside India (that is an export) and
an SEZ unit (its supplies are zero-rated, s.16 IGST Act) are refused, and so is a document that
is not a tax invoice of a regular taxpayer, or a line that is a service (s.147 notifies goods).
"""

from __future__ import annotations

from collections.abc import Sequence

from vyapar_lite.db.models import Customer
from vyapar_lite.domain import gst
from vyapar_lite.domain.errors import FieldError
from vyapar_lite.domain.invoice import LineInput

FIELD = "deemed_export"
CATEGORIES = {
    "AA": "Supply of goods against an Advance Authorisation",
    "EPCG": "Supply of capital goods against an EPCG Authorisation",
    "EOU": "Supply of goods to an EOU / EHTP / STP / BTP unit",
    "GOLD": "Supply of gold by a bank or PSU against an Advance Authorisation",
}
# the notification's paragraph of each category, for the printed line
PARAGRAPHS = {"AA": 1, "EPCG": 2, "EOU": 3, "GOLD": 4}


def errors(
    category: str,
    customer: Customer,
    *,
    place: str,
    sez_supply: str,
    scheme: str,
    lines: Sequence[LineInput],
) -> list[FieldError]:
    """What stops an invoice to `customer` being the deemed export `category` ('' = not one:
    nothing). Every problem is named on the deemed-export field (see the module docstring)."""
    if not category:
        return []
    if category not in CATEGORIES:
        kinds = ", ".join(CATEGORIES)
        return [FieldError(FIELD, f"Choose which deemed export it is ({kinds}), not {category!r}")]
    if gst.FOREIGN in (place, customer.state_code):
        return [
            FieldError(
                FIELD, "A buyer outside India gets an export invoice, not a deemed export (s.147)"
            )
        ]
    if customer.is_sez or sez_supply:
        return [
            FieldError(
                FIELD,
                "A supply to an SEZ unit is zero-rated (SEWP / SEWOP), not a deemed export: "
                "untick one of the two",
            )
        ]
    if customer.is_cash or not customer.gstin:
        return [
            FieldError(
                FIELD,
                f"A deemed export is a supply to a registered buyer: {customer.name} has no "
                "GSTIN (add it on the customer's form)",
            )
        ]
    if scheme != "regular":
        return [FieldError(FIELD, "Only a regular taxpayer's tax invoice can be a deemed export")]
    services = [n for n, line in enumerate(lines, start=1) if line.hsn_sac.strip()[:2] == "99"]
    if services:
        return [
            FieldError(
                FIELD,
                f"Deemed exports are supplies of goods (s.147): line {services[0]} is a service "
                "(its SAC starts with 99)",
            )
        ]
    return []


def printed_line(category: str) -> str:
    """The line a deemed export's tax invoice carries ('' for any other document)."""
    if not category:
        return ""
    return (
        "DEEMED EXPORT under section 147 of the CGST Act (Notification 48/2017-Central Tax, "
        f"para {PARAGRAPHS[category]}): {CATEGORIES[category]}"
    )
