"""Supplies to SEZ units: zero-rated, inter-state, with or without IGST paid.

A supply to a unit or developer in a Special Economic Zone is an inter-state supply whatever the
states (s.7(5)(b) IGST Act) and zero-rated (s.16(1)(b) IGST Act). The shop makes it either on
payment of IGST (and claims a refund), or without payment under a bond or Letter of Undertaking
(s.16(3)(a) IGST Act, Rule 96A CGST Rules). GSTR-1 reports the two as invoice types SEWP and
SEWOP, so the document stores which it was (`sales_doc.sez_supply`); a SEWOP document is stored as
inter-state ('inter') with no tax, and read back as the domain's tax kind "zero".
"""

from __future__ import annotations

from vyapar_lite.db.models import Customer
from vyapar_lite.domain.invoice import TaxKind
from vyapar_lite.services import gst_settings

WITH_TAX = "SEWP"
WITHOUT_TAX = "SEWOP"
LABELS = {
    WITH_TAX: "SEZ supply with payment of IGST",
    WITHOUT_TAX: "SEZ supply without payment of IGST (under LUT)",
}


def choose(customer: Customer, with_tax: bool | None) -> str:
    """'' for a customer who is not an SEZ unit; else SEWP or SEWOP, `with_tax` as the invoice
    says, or (None) by the shop's "LUT for zero-rated supplies" setting."""
    if not customer.is_sez:
        return ""
    if with_tax is None:
        with_tax = not gst_settings.get().lut_for_zero_rated
    return WITH_TAX if with_tax else WITHOUT_TAX


def tax_kind(sez_supply: str, stored: str) -> TaxKind:
    """The domain's tax kind for a document's stored kind and SEZ supply."""
    if sez_supply == WITHOUT_TAX:
        return "zero"
    if sez_supply == WITH_TAX:
        return "inter"
    kinds: dict[str, TaxKind] = {"intra": "intra", "inter": "inter", "export": "export"}
    return kinds[stored]


def stored_kind(kind: TaxKind) -> str:
    """What the `tax_kind` column holds: a zero-rated SEZ supply is inter-state."""
    return "inter" if kind == "zero" else kind
