"""A Bill of Supply as HTML (A4 and 80 mm), laid out as Rule 49 CGST Rules asks.

Rule 49: the supplier's name, address and GSTIN (if registered); a consecutive serial number of
at most 16 characters unique for the financial year; the date; the recipient's name, address and
GSTIN/UIN if registered; the HSN code of goods or accounting code of services; a description; the
value of the supply taking any discount into account; the signature of the supplier. No tax is
charged, so there are no tax columns and no tax breakup. A composition taxable person prints
"composition taxable person, not eligible to collect tax on supplies" (s.31(3)(c), Rule 46/49 as
amended by Notification 45/2017-Central Tax); a shop with no GSTIN says it is not registered
(s.32(1)); a registered shop's bill for exempt/nil-rated supplies says no tax is charged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vyapar_lite.domain import supply
from vyapar_lite.domain.money import format_money
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.ui.language import PRINT_FONT_CSS, printed
from vyapar_lite.ui.sales import gst_marks
from vyapar_lite.ui.sales import print_rows as rows
from vyapar_lite.ui.sales.invoice_html import (
    _TABLE,
    Layout,
    _br,
    _cancelled,
    _e,
    _lines_a4,
    _lines_thermal,
)

if TYPE_CHECKING:
    from vyapar_lite.services.sales import DocumentView

FOOTER = "This is a computer generated bill of supply."
EXEMPT_NOTE = "Supply of exempt / nil-rated goods or services: no tax is charged (Rule 49)"


def declaration(doc: DocumentView) -> str:
    """The words the bill carries for the shop's scheme when it was issued."""
    return supply.declaration(doc.supplier_scheme) or EXEMPT_NOTE


def total_rows(doc: DocumentView) -> list[tuple[str, str]]:
    """Value of the supply, any loyalty discount and round-off, the total: no tax lines."""
    t = doc.totals
    out = [("Value of supply", rows.money(t.taxable))]
    if t.loyalty_discount:
        out.append(("Loyalty points redeemed", f"-{rows.money(t.loyalty_discount)}"))
    if t.round_off:
        out.append(("Round-off", rows.money(t.round_off)))
    out.append(("Total", format_money(t.grand_total)))
    return out


def document_html(doc: DocumentView, shop: ShopProfile | None, layout: Layout = "a4") -> str:
    return thermal_html(doc, shop) if layout == "thermal" else a4_html(doc, shop)


def _totals(doc: DocumentView, attrs: str) -> str:
    out = []
    for label, amount in total_rows(doc):
        if label == "Total":
            out.append(
                f"<tr><td><b>{_e(printed('Total'))}</b></td>"
                f"<td align='right'><b>{_e(amount)}</b></td></tr>"
            )
        else:
            out.append(f"<tr><td>{_e(printed(label))}</td><td align='right'>{_e(amount)}</td></tr>")
    for label, amount in rows.payment_rows(doc):
        out.append(f"<tr><td>{_e(printed(label))}</td><td align='right'>{_e(amount)}</td></tr>")
    return f"<table {attrs}>{''.join(out)}</table>"


def a4_html(doc: DocumentView, shop: ShopProfile | None) -> str:
    shop_name = shop.name if shop else ""
    buyer = gst_marks.buyer_name(doc)  # a walk-in buyer named on the bill (Rule 46(e))
    bill_to = (
        f"<b>{_e(printed('Bill to'))}</b><br><b>{_e(buyer)}</b><br>{_br(rows.customer_lines(doc))}"
    )
    if rows.ship_to_lines(doc):
        bill_to += (
            f"<br><br><b>{_e(printed(rows.ship_to_heading(doc)))}</b><br>"
            f"{_br(rows.ship_to_lines(doc))}"
        )
    if doc.third_party_delivery:  # s.10(1)(b) IGST Act
        bill_to += f"<br><br><i style='font-size:8pt'>{_e(rows.THIRD_PARTY)}</i>"
    facts = "".join(
        f"<tr><td>{_e(printed(label))}</td><td><b>{_e(value)}</b></td></tr>"
        for label, value in _facts(doc)
    )
    parts = [
        f"<html><body style='font-family:{PRINT_FONT_CSS}; font-size:9pt'>",
        f"<p align='center' style='font-size:16pt; font-weight:bold'>{_e(shop_name)}</p>",
        f"<p align='center'>{_br(rows.shop_lines(shop))}</p>",
        "<p align='center' style='font-size:13pt; font-weight:bold'>"
        f"{_e(printed('BILL OF SUPPLY'))}</p>",
        f"<p align='center'><i>{_e(declaration(doc))}</i></p>",
        _cancelled(doc),
        f"<table {_TABLE}><tr>"
        f"<td width='55%' valign='top'>{bill_to}</td>"
        f"<td width='45%' valign='top'><table cellpadding='1'>{facts}</table></td>"
        "</tr></table><br>",
        _lines_a4(doc, with_tax=False),
        "<br>",
        "<table width='100%' cellspacing='0' cellpadding='0'><tr><td width='58%'></td>"
        f"<td width='42%' valign='top'>{_totals(doc, _TABLE)}</td></tr></table>",
        f"<p><b>{_e(printed('Amount in words'))}:</b> {_e(rows.words(doc))}</p>",
    ]
    if doc.notes:
        parts.append(f"<p><b>{_e(printed('Notes'))}:</b> {_br(doc.notes.splitlines())}</p>")
    parts.append(
        f"<table width='100%'><tr><td>{_e(printed(FOOTER))}</td>"
        f"<td align='right'>{_e(printed('For'))} <b>{_e(shop_name)}</b><br><br><br>"
        f"{_e(printed('Authorised signatory'))}</td>"
        "</tr></table></body></html>"
    )
    return "".join(parts)


def _facts(doc: DocumentView) -> list[tuple[str, str]]:
    """The invoice's facts with the number called a bill's; no reverse-charge line (Rule 46(p)
    is a tax invoice's: a bill of supply charges no tax at all)."""
    return [
        ("Bill No." if label == "Invoice No." else label, value)
        for label, value in rows.document_facts(doc)
        if label != gst_marks.REVERSE_CHARGE
    ]


def thermal_html(doc: DocumentView, shop: ShopProfile | None) -> str:
    """A narrow bill of supply: each line's name and HSN, then `qty × rate = value`."""
    shop_name = shop.name if shop else ""
    facts = "<br>".join(f"{_e(printed(k))}: {_e(v)}" for k, v in _facts(doc))
    parts = [
        f"<html><body style='font-family:{PRINT_FONT_CSS}; font-size:7pt'>",
        f"<p align='center'><b style='font-size:10pt'>{_e(shop_name)}</b><br>",
        f"{_br(rows.shop_lines(shop))}</p>",
        f"<p align='center'><b>{_e(printed('BILL OF SUPPLY'))}</b><br>",
        f"<i>{_e(declaration(doc))}</i></p>",
        _cancelled(doc),
        f"<p>{facts}</p>",
    ]
    if doc.customer_code != "CASH" or doc.walk_in_name:
        buyer = gst_marks.buyer_name(doc)
        parts.append(f"<p><b>{_e(buyer)}</b><br>{_br(rows.customer_lines(doc))}</p>")
    if rows.ship_to_lines(doc):
        heading = _e(printed(rows.ship_to_heading(doc)))
        parts.append(f"<p><b>{heading}</b><br>{_br(rows.ship_to_lines(doc))}</p>")
    parts += [
        "<hr>",
        _lines_thermal(doc, with_tax=False),
        "<hr>",
        _totals(doc, "cellspacing='0' cellpadding='2' width='100%'"),
        f"<p>{_e(rows.words(doc))}</p>",
    ]
    if doc.notes:
        parts.append(f"<p>{_br(doc.notes.splitlines())}</p>")
    parts.append(
        f"<p align='center'>{_e(printed('Thank you for your business!'))}<br>"
        f"<i>{_e(printed(FOOTER))}</i><br><br>"
        f"{_e(printed('For'))} {_e(shop_name)}<br><br>"
        f"{_e(printed('Authorised signatory'))}</p></body></html>"
    )
    return "".join(parts)
