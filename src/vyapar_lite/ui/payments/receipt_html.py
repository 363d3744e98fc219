"""A receipt as HTML for Qt's rich text: an A4 receipt and an 80 mm slip. Pure string building
(the same subset of HTML 4 that `ui/sales/invoice_html.py` keeps to); printing is elsewhere.

What it says: the shop, RECEIPT and its number and date, who paid, the amount in figures and
words, how it was paid (the cheque's number, bank and date; "subject to realisation" while a
cheque has not cleared), the invoices it settled, what was kept as advance, and the customer's
balance after it.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Literal

from vyapar_lite.domain.item import format_rate
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.services import advance_voucher
from vyapar_lite.services.advance_voucher import AdvanceVoucher
from vyapar_lite.ui.language import PRINT_FONT_CSS, amount_in_words, printed, printed_legal
from vyapar_lite.ui.payments.labels import CHEQUE_LABELS, kept_label, kind_label
from vyapar_lite.ui.sales import print_rows
from vyapar_lite.ui.sales.labels import KIND_LABELS, balance_text, day_text

if TYPE_CHECKING:
    from vyapar_lite.services.payments import ReceiptView

Layout = Literal["a4", "thermal"]
TITLES = {"write_off": "DISCOUNT ALLOWED / WRITE-OFF", "contra": "CONTRA SETTLEMENT"}
FOOTER = "This is a computer generated receipt."
_GREY = "#eeeeee"
_TABLE = "border='1' cellspacing='0' cellpadding='3' width='100%' style='border-collapse:collapse'"


def _e(text: str) -> str:
    return escape(text, quote=True)


def title(receipt: ReceiptView) -> str:
    return TITLES.get(receipt.origin, "PAYMENT RECEIPT")


def facts(receipt: ReceiptView) -> list[tuple[str, str]]:
    """Number, date and how it was paid, in the order printed."""
    rows = [("Receipt No.", receipt.number), ("Date", day_text(receipt.receipt_date))]
    if receipt.mode:
        rows.append(("Mode", printed(receipt.mode_label)))
    if receipt.reference:
        rows.append(("Reference", receipt.reference))
    cheque = receipt.cheque
    if cheque is not None:
        rows.append(("Cheque No.", cheque.number))
        rows.append(("Bank", cheque.bank))
        rows.append(("Cheque date", day_text(cheque.cheque_date)))
        if receipt.cheque_status:
            status = CHEQUE_LABELS.get(receipt.cheque_status, receipt.cheque_status)
            rows.append(("Status", printed(status)))
    return rows


def settled_rows(receipt: ReceiptView) -> list[tuple[str, str, str, str, str]]:
    """(document, date, its total, paid by this receipt, still due) for each document settled."""
    rows = []
    for line in receipt.settled:
        name = f"{printed(KIND_LABELS.get(line.kind, kind_label(line.kind)))} {line.number}"
        if line.reference:
            name += f" ({line.reference})"
        rows.append(
            (
                name,
                day_text(line.doc_date),
                print_rows.money(line.total),
                print_rows.money(line.amount),
                print_rows.money(line.outstanding_now),
            )
        )
    return rows


def closing_rows(receipt: ReceiptView) -> list[tuple[str, str]]:
    """The amounts under the table: allocated, written off, kept as advance, balance after."""
    rows = [("Amount received", format_money(receipt.amount))]
    if receipt.settled:
        rows.append(("Against invoices", format_money(receipt.allocated)))
    if receipt.write_off_amount:
        written_off = printed("Written off ({number})").format(number=receipt.write_off_number)
        rows.append((written_off, format_money(receipt.write_off_amount)))
    if receipt.refunded:
        rows.append(("Refunded", format_money(receipt.refunded)))
    if receipt.unallocated:
        rows.append((kept_label(receipt.balance_after), format_money(receipt.unallocated)))
    if receipt.status != "cancelled":
        rows.append(("Your balance after this receipt", balance_text(receipt.balance_after)))
    return rows


def notices(receipt: ReceiptView) -> list[str]:
    out = []
    if receipt.cheque is not None and receipt.cheque_status in ("received", "deposited"):
        out.append("Cheque payments are subject to realisation.")
    if receipt.status == "pending":
        out.append("Post-dated cheque: counted when it clears.")
    if receipt.notes:
        out.append(receipt.notes)
    return out


def _banner(receipt: ReceiptView) -> str:
    if receipt.status not in ("cancelled", "bounced"):
        return ""
    reason = f": {_e(receipt.cancel_reason)}" if receipt.cancel_reason else ""
    word = printed("CANCELLED" if receipt.status == "cancelled" else "CHEQUE BOUNCED")
    return (
        "<p align='center' style='color:#b00020; font-size:14pt; font-weight:bold'>"
        f"{word}{reason}</p>"
    )


def _customer_lines(receipt: ReceiptView) -> list[str]:
    lines = [ln.strip() for ln in receipt.customer_address.splitlines() if ln.strip()]
    if receipt.customer_phone:
        lines.append(f"{printed('Ph')} {receipt.customer_phone}")
    if receipt.customer_gstin:
        lines.append(f"GSTIN: {receipt.customer_gstin}")
    return lines


def receipt_html(
    receipt: ReceiptView,
    shop: ShopProfile | None,
    layout: Layout = "a4",
    voucher: AdvanceVoucher | None = None,
) -> str:
    """`voucher`: the receipt is (partly) an advance, printed as a receipt voucher (Rule 50)."""
    if layout == "thermal":
        return thermal_html(receipt, shop, voucher)
    return a4_html(receipt, shop, voucher)


VOUCHER_TITLE = "RECEIPT VOUCHER (ADVANCE)"


# a voucher's description when it names no goods: words, not an item's name
_GENERAL_WORDS = (advance_voucher.GENERAL, advance_voucher.SERVICES)


def voucher_rows(voucher: AdvanceVoucher) -> list[tuple[str, str]]:
    """What Rule 50 asks of a receipt voucher beyond a receipt's own facts: the particulars in
    the Rule's English, with the Hindi beside them when the app is in Hindi (`printed_legal`)."""
    legal = printed_legal
    rows = [
        (legal(QT_TRANSLATE_NOOP("printed", "Amount of advance")), format_money(voucher.advance))
    ]
    if voucher.order_number:
        rows.append((legal(QT_TRANSLATE_NOOP("printed", "Against order")), voucher.order_number))
    rows.append(
        (
            legal(QT_TRANSLATE_NOOP("printed", "Description")),
            "; ".join(legal(d) if d in _GENERAL_WORDS else d for d in voucher.description),
        )
    )
    if voucher.rates_bp:
        rows.append(
            (
                legal(QT_TRANSLATE_NOOP("printed", "Rate of tax")),
                ", ".join(format_rate(r) for r in voucher.rates_bp),
            )
        )
    tax = voucher.tax
    on_advance = legal(QT_TRANSLATE_NOOP("printed", "Tax on this advance"))
    if tax is None:  # goods: Notification 66/2017-Central Tax
        rows.append((on_advance, legal(QT_TRANSLATE_NOOP("printed", "Nil"))))
    else:  # services: s.13(2) CGST Act, Rule 50
        if tax.advance != voucher.advance:
            rows.append(
                (
                    legal(QT_TRANSLATE_NOOP("printed", "Of it, for services")),
                    format_money(tax.advance),
                )
            )
        rows.append(
            (legal(QT_TRANSLATE_NOOP("printed", "Taxable value")), format_money(tax.taxable))
        )
        half = format_rate(tax.rate_bp // 2) if tax.rate_bp % 2 == 0 else ""
        if tax.tax_kind == "intra":
            rows.append((f"CGST {half}".strip(), format_money(tax.cgst)))
            rows.append((f"SGST {half}".strip(), format_money(tax.sgst)))
        elif tax.tax_kind == "inter":
            rows.append((f"IGST {format_rate(tax.rate_bp)}", format_money(tax.igst)))
        rows.append((on_advance, format_money(tax.tax)))
    rows.append(
        (
            legal(QT_TRANSLATE_NOOP("printed", "Place of supply")),
            print_rows.state_text(voucher.place_of_supply),
        )
    )
    rows.append(
        (
            legal(QT_TRANSLATE_NOOP("printed", "Whether tax is payable on reverse charge")),
            legal(QT_TRANSLATE_NOOP("printed", "No")),
        )
    )
    return rows


def _heading(receipt: ReceiptView, voucher: AdvanceVoucher | None) -> str:
    """The document's name: Rule 50's "receipt voucher" keeps its English (`printed_legal`)."""
    return printed_legal(VOUCHER_TITLE) if voucher else printed(title(receipt))


def _voucher_a4(voucher: AdvanceVoucher | None) -> str:
    if voucher is None:
        return ""
    body = "".join(
        f"<tr><td width='40%'>{_e(k)}</td><td><b>{_e(v)}</b></td></tr>"
        for k, v in voucher_rows(voucher)
    )
    return f"<table {_TABLE}>{body}</table><p><i>{_e(printed_legal(voucher.tax_note))}</i></p>"


def a4_html(
    receipt: ReceiptView, shop: ShopProfile | None, voucher: AdvanceVoucher | None = None
) -> str:
    shop_name = shop.name if shop else ""
    fact_rows = "".join(
        f"<tr><td>{_e(printed(k))}</td><td><b>{_e(v)}</b></td></tr>" for k, v in facts(receipt)
    )
    who = "<br>".join(_e(x) for x in _customer_lines(receipt))
    parts = [
        f"<html><body style='font-family:{PRINT_FONT_CSS}; font-size:9pt'>",
        f"<p align='center' style='font-size:16pt; font-weight:bold'>{_e(shop_name)}</p>",
        f"<p align='center'>{'<br>'.join(_e(x) for x in print_rows.shop_lines(shop))}</p>",
        f"<p align='center' style='font-size:13pt; font-weight:bold'>"
        f"{_e(_heading(receipt, voucher))}</p>",
        _banner(receipt),
        f"<table {_TABLE}><tr>"
        f"<td width='55%' valign='top'><b>{_e(printed('Received from'))}</b><br>"
        f"<b>{_e(receipt.customer_name)}</b> ({_e(receipt.customer_code)})<br>{who}</td>"
        f"<td width='45%' valign='top'><table cellpadding='1'>{fact_rows}</table></td>"
        "</tr></table><br>",
        "<table width='100%' cellpadding='4'><tr><td>"
        f"<span style='font-size:14pt'><b>{_e(printed('Amount'))}: "
        f"{_e(format_money(receipt.amount))}</b></span>"
        f"<br><b>{_e(printed('In words'))}:</b> {_e(amount_in_words(receipt.amount))}"
        "</td></tr></table><br>",
        _voucher_a4(voucher),
    ]
    settled = settled_rows(receipt)
    if settled:
        heads = ("Settled", "Date", "Total", "Paid now", "Still due")
        head = "".join(f"<th bgcolor='{_GREY}'>{_e(printed(h))}</th>" for h in heads)
        body = "".join(
            "<tr>"
            + "".join(
                f"<td align='{'left' if i < 2 else 'right'}'>{_e(c)}</td>" for i, c in enumerate(r)
            )
            + "</tr>"
            for r in settled
        )
        parts.append(f"<table {_TABLE}><tr>{head}</tr>{body}</table><br>")
    closing = "".join(
        f"<tr><td>{_e(printed(k))}</td><td align='right'><b>{_e(v)}</b></td></tr>"
        for k, v in closing_rows(receipt)
    )
    parts.append(
        "<table width='100%' cellspacing='0' cellpadding='0'><tr><td width='45%'></td>"
        f"<td width='55%'><table {_TABLE}>{closing}</table></td></tr></table>"
    )
    for text in notices(receipt):
        parts.append(f"<p><i>{_e(printed(text))}</i></p>")
    parts.append(
        f"<br><table width='100%'><tr><td>{_e(printed(FOOTER))}</td>"
        f"<td align='right'>{_e(printed('For'))} <b>{_e(shop_name)}</b><br><br><br>"
        f"{_e(printed('Authorised signatory'))}</td>"
        "</tr></table></body></html>"
    )
    return "".join(parts)


def thermal_html(
    receipt: ReceiptView, shop: ShopProfile | None, voucher: AdvanceVoucher | None = None
) -> str:
    """A narrow slip: one column, each settled document on its own line."""
    shop_name = shop.name if shop else ""
    fact_text = "<br>".join(f"{_e(printed(k))}: {_e(v)}" for k, v in facts(receipt))
    parts = [
        f"<html><body style='font-family:{PRINT_FONT_CSS}; font-size:7pt'>",
        f"<p align='center'><b style='font-size:10pt'>{_e(shop_name)}</b><br>",
        f"{'<br>'.join(_e(x) for x in print_rows.shop_lines(shop))}</p>",
        f"<p align='center'><b>{_e(_heading(receipt, voucher))}</b></p>",
        _banner(receipt),
        f"<p>{fact_text}</p>",
        f"<p>{_e(printed('Received from'))} <b>{_e(receipt.customer_name)}</b> "
        f"({_e(receipt.customer_code)})</p>",
        f"<p align='center' style='font-size:11pt'><b>{_e(format_money(receipt.amount))}</b>"
        f"<br><span style='font-size:7pt'>{_e(amount_in_words(receipt.amount))}</span></p>",
    ]
    settled = settled_rows(receipt)
    if settled:
        lines = "".join(
            f"<tr><td colspan='2'>{_e(name)} · {_e(day)}</td></tr>"
            f"<tr><td>{_e(printed('paid'))} {_e(paid)}</td>"
            f"<td align='right'>{_e(printed('due'))} {_e(due)}</td></tr>"
            for name, day, _total, paid, due in settled
        )
        parts.append(f"<hr><table width='100%' cellspacing='0' cellpadding='1'>{lines}</table>")
    closing = "".join(
        f"<tr><td>{_e(printed(k))}</td><td align='right'>{_e(v)}</td></tr>"
        for k, v in closing_rows(receipt)
    )
    parts.append(f"<hr><table width='100%' cellspacing='0' cellpadding='1'>{closing}</table>")
    if voucher is not None:
        lines = "<br>".join(f"{_e(k)}: {_e(v)}" for k, v in voucher_rows(voucher))
        parts.append(f"<hr><p>{lines}</p><p><i>{_e(printed_legal(voucher.tax_note))}</i></p>")
    for text in notices(receipt):
        parts.append(f"<p><i>{_e(printed(text))}</i></p>")
    parts.append(
        f"<p align='center'>{_e(printed('Thank you!'))}<br><i>{_e(printed(FOOTER))}</i></p>"
        "</body></html>"
    )
    return "".join(parts)
