"""Who may charge tax, and what a sales document is called because of it.

- A shop with no GSTIN is not registered and "shall not collect in respect of any supply of goods
  or services or both made by him any amount by way of tax" (s.32(1) CGST Act): it issues a bill
  of supply with no tax.
- A composition taxable person (s.10 CGST Act) "shall not collect any tax from the recipient on
  supplies made by him" (s.10(4)); it issues a bill of supply (s.31(3)(c)) bearing the words
  "composition taxable person, not eligible to collect tax on supplies" (Rule 46 / Rule 49 CGST
  Rules, as amended by Notification 45/2017-Central Tax). It may not make inter-state outward
  supplies (s.10(2)(c) for goods, s.10(2A)(b) for services).
- A registered person supplying only exempt (nil-rated, exempt or non-GST) goods or services
  issues a bill of supply instead of a tax invoice (s.31(3)(c), Rule 49).
- A registered person supplying taxable and exempt goods or services together may issue one
  "invoice-cum-bill of supply" (Rule 46, fourth proviso, inserted by Notification 45/2017-Central
  Tax). The proviso speaks of supplies to an unregistered person; this app issues the same
  combined document to registered buyers too rather than splitting one sale into two documents,
  with the exempt lines shown without tax (the GSTR-1 `nil` table reports them apart).

A line's supply type: 'taxable', 'nil' (a 0% nil-rated supply), 'exempt' (exempted by
notification) or 'non_gst' (outside GST, e.g. petrol, alcohol for human consumption). A taxable
item at a 0% rate is nil-rated. Zero-rated exports stay 'taxable' (s.16 IGST Act).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Literal

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the shop's profile needs the schemes, not the invoice's arithmetic
    from vyapar_lite.domain.invoice import LineInput

SupplyType = Literal["taxable", "nil", "exempt", "non_gst"]
Scheme = Literal["regular", "composition", "unregistered"]
DocumentType = Literal["tax_invoice", "bill_of_supply", "invoice_cum_bill_of_supply"]

SUPPLY_TYPES: dict[str, str] = {  # English kept, shown translated (context "labels")
    "taxable": QT_TRANSLATE_NOOP("labels", "Taxable"),
    "nil": QT_TRANSLATE_NOOP("labels", "Nil-rated (0%)"),
    "exempt": QT_TRANSLATE_NOOP("labels", "Exempt"),
    "non_gst": QT_TRANSLATE_NOOP("labels", "Non-GST"),
}
TITLES: dict[str, str] = {
    "tax_invoice": "TAX INVOICE",
    "bill_of_supply": "BILL OF SUPPLY",
    "invoice_cum_bill_of_supply": "INVOICE-CUM-BILL OF SUPPLY",
}
SCHEMES: dict[str, str] = {
    "regular": "Regular (GST registered)",
    "composition": "Composition scheme",
    "unregistered": "Not registered for GST",
}
COMPOSITION_DECLARATION = "composition taxable person, not eligible to collect tax on supplies"
UNREGISTERED_NOTE = "Supplier not registered under GST: no tax is collected (s.32(1) CGST Act)"
# Composition rates (Rule 7 CGST Rules, s.10(1) and s.10(2A) CGST Act), CGST + SGST together:
# manufacturers and traders 1%, restaurants 5%, other suppliers of services 6%.
COMPOSITION_RATES: dict[int, str] = {  # English kept, shown translated (context "labels")
    100: QT_TRANSLATE_NOOP("labels", "1% (manufacturers and traders)"),
    500: QT_TRANSLATE_NOOP("labels", "5% (restaurants)"),
    600: QT_TRANSLATE_NOOP("labels", "6% (services, s.10(2A))"),
}


def supplier_scheme(gstin: str, composition: bool) -> Scheme:
    """'unregistered' without a GSTIN, else 'composition' or 'regular'."""
    if not gstin.strip():
        return "unregistered"
    return "composition" if composition else "regular"


def clean_supply_type(text: str) -> SupplyType:
    """A stored or chosen supply type; anything unknown reads as 'taxable'."""
    value = text.strip().lower()
    if value == "nil":
        return "nil"
    if value == "exempt":
        return "exempt"
    if value == "non_gst":
        return "non_gst"
    return "taxable"


def line_supply_type(item_type: str, gst_rate_bp: int) -> SupplyType:
    """The supply type a line stores: the item's (or the typed line's), a 0% taxable line nil."""
    kind = clean_supply_type(item_type)
    if kind == "taxable" and gst_rate_bp == 0:
        return "nil"
    return kind


def collects_tax(scheme: Scheme, supply_type: SupplyType) -> bool:
    """Only a regular registered shop charges GST, and only on taxable lines."""
    return scheme == "regular" and supply_type == "taxable"


def document_type(scheme: Scheme, supply_types: Iterable[SupplyType]) -> DocumentType:
    """What the document is issued as (see the module docstring for the rules)."""
    if scheme != "regular":
        return "bill_of_supply"
    kinds = set(supply_types)
    if "taxable" not in kinds:
        return "bill_of_supply"
    if kinds == {"taxable"}:
        return "tax_invoice"
    return "invoice_cum_bill_of_supply"


def declaration(scheme: str) -> str:
    """The words a bill of supply prints for the shop's scheme ("" for a regular shop)."""
    if scheme == "composition":
        return COMPOSITION_DECLARATION
    if scheme == "unregistered":
        return UNREGISTERED_NOTE
    return ""


def taxed_lines(
    lines: Iterable[LineInput], scheme: Scheme
) -> tuple[list[LineInput], list[LineInput]]:
    """(the lines with their supply type decided, the same lines as taxed): a line on which no
    tax may be collected is taxed at 0%, so its price is its value (s.32(1), s.10(4), Rule 49)."""
    typed: list[LineInput] = []
    taxed: list[LineInput] = []
    for line in lines:
        kind = line_supply_type(line.supply_type, line.gst_rate_bp)
        typed.append(replace(line, supply_type=kind))
        taxed.append(
            replace(line, supply_type=kind)
            if collects_tax(scheme, kind)
            else replace(line, supply_type=kind, gst_rate_bp=0)
        )
    return typed, taxed
