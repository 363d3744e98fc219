"""A sales document as HTML for Qt's rich text (QTextDocument): an A4 GST tax invoice and an
80 mm thermal-receipt layout. Pure string building over `print_rows`; printing is elsewhere.

QTextDocument understands a subset of HTML 4 and CSS: tables with `border`/`cellpadding`,
`width` in percent, `bgcolor`, font sizes in pt. Keep to that subset.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Literal

from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.ui.language import PRINT_FONT_CSS, printed, printed_legal, stored_text
from vyapar_lite.ui.sales import gst_marks
from vyapar_lite.ui.sales import print_rows as rows

if TYPE_CHECKING:
    from vyapar_lite.services.sales import DocumentView

Layout = Literal["a4", "thermal"]
LAYOUTS: tuple[Layout, ...] = ("a4", "thermal")

_GREY = "#eeeeee"
_BODY_STYLE = f"font-family:{PRINT_FONT_CSS}; font-size:9pt"
# each copy after the first starts on a new page
_PAGE_BREAK = "<p style='page-break-before:always; margin:0'></p>"
_TABLE = "border='1' cellspacing='0' cellpadding='3' width='100%' style='border-collapse:collapse'"


def document_html(
    doc: DocumentView,
    shop: ShopProfile | None,
    layout: Layout = "a4",
    *,
    copies: tuple[str, ...] = (),
) -> str:
    """The document's HTML; on A4, one copy per label in `copies` (Rule 48: "ORIGINAL FOR
    RECIPIENT", ...), each starting on a new page, or one copy with no label."""
    if doc.kind == "invoice" and doc.document_type == "bill_of_supply":
        from vyapar_lite.ui.sales import bill_of_supply_html  # it builds on this module's parts

        return bill_of_supply_html.document_html(doc, shop, layout)
    if layout == "thermal":
        return thermal_html(doc, shop)
    bodies = [_a4_body(doc, shop, label) for label in copies or ("",)]
    return f"<html><body style='{_BODY_STYLE}'>" + _PAGE_BREAK.join(bodies) + "</body></html>"


def _e(text: str) -> str:
    return escape(text, quote=True)


def _br(lines: list[str]) -> str:
    return "<br>".join(_e(line) for line in lines)


def _cancelled(doc: DocumentView) -> str:
    if doc.status != "cancelled":
        return ""
    reason = f": {_e(doc.cancel_reason)}" if doc.cancel_reason else ""
    return (
        "<p align='center' style='color:#b00020; font-size:14pt; font-weight:bold'>"
        f"{_e(printed('CANCELLED'))}{reason}</p>"
    )


def _a4_body(doc: DocumentView, shop: ShopProfile | None, copy_label: str) -> str:
    shop_name = shop.name if shop else ""
    parts = [
        f"<p align='right' style='font-size:8pt; font-weight:bold'>{_e(copy_label)}</p>"
        if copy_label
        else "",
        f"<p align='center' style='font-size:16pt; font-weight:bold'>{_e(shop_name)}</p>",
        f"<p align='center'>{_br(rows.shop_lines(shop))}</p>",
        "<p align='center' style='font-size:13pt; font-weight:bold'>"
        f"{_e(printed(rows.title(doc)))}</p>",
        _cancelled(doc),
        _parties_a4(doc),
        _lines_a4(doc) if doc.kind != "opening_bill" else "",  # no lines: an amount owed
        _reverse_charge_note(doc),
        "<br>",
        _tax_and_totals_a4(doc),
        f"<p><b>{_e(printed('Amount in words'))}:</b> {_e(rows.words(doc))}</p>",
    ]
    note = rows.export_note(doc)
    if note:
        parts.append(f"<p><b>{_br(note.splitlines())}</b></p>")
    if doc.notes:
        parts.append(f"<p><b>{_notes_label(doc)}:</b> {_br(_notes(doc).splitlines())}</p>")
    if gst_marks.non_gst_line(doc):
        parts.append(f"<p><i>{_e(printed_legal(gst_marks.non_gst_line(doc)))}</i></p>")
    parts.append(
        f"<table width='100%'><tr><td>{_e(printed(gst_marks.footer(doc)))}</td>"
        f"<td align='right'>{_e(printed('For'))} <b>{_e(shop_name)}</b><br><br><br>"
        f"{_e(printed('Authorised signatory'))}</td>"
        "</tr></table>"
    )
    return "".join(parts)


def _reverse_charge_note(doc: DocumentView) -> str:
    note = rows.reverse_charge_note(doc)
    return f"<p style='font-size:8pt'><i>{_e(note)}</i></p>" if note else ""


def _notes(doc: DocumentView) -> str:
    """An invoice's notes as typed; a note's reason as typed, or, when the app wrote it (a
    debit memo's "Cheque 004512 (RCT/1) bounced: no funds"), in the screens' language."""
    return doc.notes if doc.kind == "invoice" else stored_text(doc.notes)


def _notes_label(doc: DocumentView) -> str:
    """A note's text is its reason (Rule 53); an invoice's is the shopkeeper's notes."""
    return printed("Notes" if doc.kind == "invoice" else "Reason")


def _parties_a4(doc: DocumentView) -> str:
    name = gst_marks.buyer_name(doc)
    bill_to = (
        f"<b>{_e(printed('Bill to'))}</b><br><b>{_e(name)}</b><br>{_br(rows.customer_lines(doc))}"
    )
    ship_to = rows.ship_to_lines(doc)
    if ship_to:
        bill_to += f"<br><br><b>{_e(printed(rows.ship_to_heading(doc)))}</b><br>{_br(ship_to)}"
    if doc.third_party_delivery:
        bill_to += f"<br><br><i style='font-size:8pt'>{_e(rows.THIRD_PARTY)}</i>"
    facts = "".join(
        f"<tr><td>{_e(printed(label))}</td><td><b>{_e(_fact(label, value))}</b></td></tr>"
        for label, value in rows.document_facts(doc)
    )
    return (
        f"<table {_TABLE}><tr>"
        f"<td width='55%' valign='top'>{bill_to}</td>"
        f"<td width='45%' valign='top'><table cellpadding='1'>{facts}</table></td>"
        "</tr></table><br>"
    )


def _fact(label: str, value: str) -> str:
    """A fact's value as printed: reverse charge's Yes/No in the headings' language; numbers,
    dates and places as they are."""
    return printed(value) if label == gst_marks.REVERSE_CHARGE else value


def _lines_a4(doc: DocumentView, *, with_tax: bool = True) -> str:
    """The lines' table; without tax (a bill of supply) it ends at each line's value."""
    taxes = rows.tax_columns(doc) if with_tax else []
    inclusive = with_tax and gst_marks.prices_include_tax(doc)
    rate_heads = ["Rate", "Rate incl. tax"] if inclusive else ["Rate"]
    heads = ["#", "Description", "HSN/SAC", "Qty", *rate_heads, "Disc."]
    if with_tax:
        heads += ["Taxable", "GST %", *(label for _key, label in taxes), "Total"]
    else:
        heads.append("Value")
    head = "".join(
        f"<th bgcolor='{_GREY}' style='white-space:nowrap'>{_e(printed(h))}</th>" for h in heads
    )
    body = []
    for line, r in zip(doc.lines, rows.line_rows(doc), strict=True):
        rates, discount = [(r.rate, "right")], r.discount
        if inclusive:  # Rate is before tax, so qty x Rate - Disc. = Taxable on every line
            rate, incl_tax, discount = gst_marks.rate_cells(line, r.rate, r.discount)
            rates = [(rate, "right"), (incl_tax, "right")]
        cells = [
            (r.number, "center"),
            (r.description, "left"),
            (r.hsn_sac, "nowrap"),  # an HSN code never breaks over two lines
            (f"{r.qty} {r.unit}".strip(), "right"),
            *rates,
            (discount, "right"),
            (r.taxable, "right"),
        ]
        if with_tax:
            cells += [
                (r.gst_rate, "right"),
                *((getattr(r, key), "right") for key, _label in taxes),
                (r.total, "right"),
            ]
        body.append("<tr>" + "".join(_cell(t, a) for t, a in cells) + "</tr>")
    return f"<table {_TABLE}><tr>{head}</tr>{''.join(body)}</table>"


def _cell(text: str, align: str) -> str:
    """A line's cell: codes and amounts never break over two lines; descriptions wrap."""
    if align == "left":
        return f"<td align='left'>{_e(text)}</td>"
    align = "center" if align == "nowrap" else align
    return f"<td align='{align}' style='white-space:nowrap'>{_e(text)}</td>"


def _tax_breakup(doc: DocumentView, *, compact: bool = False) -> str:
    taxes = rows.tax_columns(doc)
    rcm = rows.has_reverse_charge(doc)
    heads = ["GST rate", "Taxable"] + ([] if compact else [lbl for _k, lbl in taxes]) + ["Tax"]
    heads += ["RCM (by recipient)"] if rcm else []
    head = "".join(f"<th bgcolor='{_GREY}'>{_e(printed(h))}</th>" for h in heads)
    body = []
    for t in rows.tax_rows(doc):
        cells = [t.rate, t.taxable] + ([] if compact else [getattr(t, k) for k, _l in taxes])
        cells.append(t.tax)
        cells += [t.rcm] if rcm else []
        body.append("<tr>" + "".join(f"<td align='right'>{_e(c)}</td>" for c in cells) + "</tr>")
    return f"<table {_TABLE}><tr>{head}</tr>{''.join(body)}</table>"


def _totals_table(doc: DocumentView, *, border: bool) -> str:
    attrs = _TABLE if border else "cellspacing='0' cellpadding='2' width='100%'"
    out = []
    all_rows = rows.total_rows(doc)
    for label, amount in all_rows:
        bold = label == "Grand total"
        cell = f"<b>{_e(amount)}</b>" if bold else _e(amount)
        name = f"<b>{_e(printed(label))}</b>" if bold else _e(printed(label))
        out.append(f"<tr><td>{name}</td><td align='right'>{cell}</td></tr>")
    for label, amount in rows.payment_rows(doc):
        out.append(f"<tr><td>{_e(printed(label))}</td><td align='right'>{_e(amount)}</td></tr>")
    return f"<table {attrs}>{''.join(out)}</table>"


def _tax_and_totals_a4(doc: DocumentView) -> str:
    if not gst_marks.is_gst_document(doc):  # no tax: no breakup
        totals = _totals_table(doc, border=True)
        return f"<table width='100%'><tr><td width='62%'></td><td>{totals}</td></tr></table>"
    return (
        "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        f"<td width='58%' valign='top'><b>{_e(printed('Tax breakup'))}</b>{_tax_breakup(doc)}</td>"
        "<td width='4%'></td>"
        f"<td width='38%' valign='top'>{_totals_table(doc, border=True)}</td>"
        "</tr></table>"
    )


def _lines_thermal(doc: DocumentView, *, with_tax: bool = True) -> str:
    """Each line's name, HSN (and GST rate), then `qty × rate` and its taxable value."""
    lines = []
    for r in rows.line_rows(doc):
        hsn = f" · HSN {r.hsn_sac}" if r.hsn_sac else ""
        rate = f" · GST {r.gst_rate}" if with_tax else ""
        disc = f" − {r.discount}" if r.discount else ""
        lines.append(
            f"<tr><td colspan='2'>{_e(r.number)}. {_e(r.description)}"
            f"<span style='font-size:6pt'>{_e(hsn)}{_e(rate)}</span></td></tr>"
            f"<tr><td>{_e(r.qty)} {_e(r.unit)} × {_e(r.rate)}{_e(disc)}</td>"
            f"<td align='right'>{_e(r.taxable)}</td></tr>"
        )
    return f"<table width='100%' cellspacing='0' cellpadding='1'>{''.join(lines)}</table>"


def thermal_html(doc: DocumentView, shop: ShopProfile | None) -> str:
    """A narrow receipt: one column, each line's name then `qty x rate = amount`."""
    shop_name = shop.name if shop else ""
    facts = "<br>".join(f"{_e(printed(k))}: {_e(_fact(k, v))}" for k, v in rows.document_facts(doc))
    parts = [
        f"<html><body style='font-family:{PRINT_FONT_CSS}; font-size:7pt'>",
        f"<p align='center'><b style='font-size:10pt'>{_e(shop_name)}</b><br>",
        f"{_br(rows.shop_lines(shop))}</p>",
        f"<p align='center'><b>{_e(printed(rows.title(doc)))}</b></p>",
        _cancelled(doc),
        f"<p>{facts}</p>",
    ]
    if doc.customer_code != "CASH" or doc.walk_in_name:
        name = gst_marks.buyer_name(doc)
        parts.append(f"<p><b>{_e(name)}</b><br>{_br(rows.customer_lines(doc))}</p>")
    if rows.ship_to_lines(doc):
        heading = _e(printed(rows.ship_to_heading(doc)))
        parts.append(f"<p><b>{heading}</b><br>{_br(rows.ship_to_lines(doc))}</p>")
    parts += [
        "<hr>",
        _lines_thermal(doc),
        "<hr>",
        _totals_table(doc, border=False),
    ]
    if gst_marks.is_gst_document(doc):  # a debit memo or an opening bill carries no GST
        parts += [f"<p><b>{_e(printed('GST breakup'))}</b></p>", _tax_breakup(doc, compact=True)]
    parts += [_reverse_charge_note(doc), f"<p>{_e(rows.words(doc))}</p>"]
    if gst_marks.non_gst_line(doc):
        parts.append(f"<p><i>{_e(printed_legal(gst_marks.non_gst_line(doc)))}</i></p>")
    note = rows.export_note(doc)
    if note:
        parts.append(f"<p><b>{_br(note.splitlines())}</b></p>")
    if doc.notes:
        parts.append(f"<p>{_br(_notes(doc).splitlines())}</p>")
    parts.append(
        f"<p align='center'>{_e(printed('Thank you for your business!'))}<br>"
        f"<i>{_e(printed(gst_marks.footer(doc)))}</i></p></body></html>"
    )
    return "".join(parts)
