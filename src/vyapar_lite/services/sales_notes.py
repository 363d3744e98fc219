"""Credit notes against a posted invoice: sales returns and price corrections.

A credit note takes amounts from what is left of each invoice line: the line's amounts less those
of the credit notes already posted against it. Returning `q` of the `n` units still left takes
`domain.invoice.returned_part` of what is left, so returning a line in any number of parts gives
back exactly its amounts, also after a price correction on it.

Points redeemed on an invoice since migration 13 came off its lines before tax (each line's
`loyalty_share`), so a return gives back the money share with the line's taxable value and tax,
and records its part of the line's share. An older invoice took its loyalty discount off after
tax: that discount and the points earned are taken back in proportion, the points
redeemed on it are given back in proportion, and the note that credits the last of the invoice
takes all that is left of them. Credit notes are not rounded to the rupee: the last note credits
exactly what is left of the invoice's total (carrying what is left of its round-off), and no note
credits more than that (after an invoice rounded down, the difference shows as its round-off).
So the notes against an invoice never add up to more, or less, than the invoice: returning
everything gives back exactly what the invoice moved, as a cancellation would. On a credit note
`points_earned` and `points_redeemed` are negative: the part of the invoice's points it reverses.

Postings: the note and its lines (each against its invoice line), a ledger credit (kind
'credit_note', doc_type 'sales_doc'), stock back in for returned items that track stock, points
earned taken back (a negative move), points redeemed given back (a positive move), an audit row.
Debit notes are in `sales_debit_notes`.

A credit note that reduces tax is refused after 30 November following the end of its invoice's
financial year (s.34(2) CGST Act, `domain.note_rules`); a financial credit note without GST
(`financial_notes`) may still be given then. What financial notes credited counts against what
is left of the invoice's total, but not against its lines' taxable value and tax.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from types import MappingProxyType

import peewee as pw

from vyapar_lite.db import database
from vyapar_lite.db.models import Item, SalesDoc, SalesDocLine
from vyapar_lite.domain.errors import FieldError, ValidationError, raise_if_any
from vyapar_lite.domain.invoice import (
    LineAmounts,
    LineInput,
    TaxKind,
    price_correction,
    returned_part,
    totals,
)
from vyapar_lite.domain.invoice import (
    qty_text as _qty_text,
)
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.domain.money import divide_round, format_money
from vyapar_lite.domain.note_rules import tax_credit_refusal
from vyapar_lite.services import doc_series, document_dates, non_gst
from vyapar_lite.services.sales_postings import (
    audit_note,
    check_note_date,
    create_note,
    insert_lines,
    ledger,
    line_row,
    move_points,
    move_stock,
    posted_invoice,
    tax_kind_of,
    tuples,
)
from vyapar_lite.services.sales_views import DocumentView, get_document

_NONE: Mapping[int, int] = MappingProxyType({})


@dataclass
class _Left:
    """What is left of one invoice line after the credit notes against it."""

    row: SalesDocLine
    qty: int
    amounts: LineAmounts
    loyalty: int = 0  # what is left of the points redeemed taken off the line before tax


def post_credit_note(
    invoice_number: str,
    *,
    doc_date: date,
    returns: Mapping[int, int] = _NONE,
    price_corrections: Mapping[int, int] = _NONE,
    reason: str,
    confirm_unusual_date: bool = False,
) -> DocumentView:
    """A credit note against a posted invoice. `returns`: line_no -> qty_milli returned (stock
    comes back); `price_corrections`: line_no -> taxable value taken off (paise)."""
    reason = reason.strip()
    errors = []
    if not reason:
        errors.append(
            FieldError(
                "reason", Message(QT_TRANSLATE_NOOP("messages", "Say why the credit note is given"))
            )
        )
    if not any(returns.values()) and not any(price_corrections.values()):
        errors.append(
            FieldError(
                "lines",
                Message(
                    QT_TRANSLATE_NOOP("messages", "Enter a quantity returned or a price correction")
                ),
            )
        )
    raise_if_any(errors)
    document_dates.check(doc_date, confirmed=confirm_unusual_date, field="doc_date")
    with database.atomic():
        invoice = posted_invoice(invoice_number)
        check_note_date(invoice, doc_date)
        too_late = tax_credit_refusal(invoice.number, invoice.doc_date, doc_date)
        if too_late:
            raise ValidationError(FieldError("doc_date", too_late))
        left = _left_by_line(invoice)
        # each part: the line, what is credited, its amounts, its part of the line's loyalty share
        parts: list[tuple[_Left, LineInput, LineAmounts, int]] = []
        for line_no, qty in sorted(returns.items()):
            if qty:
                parts.append(_return(left, line_no, qty, errors))
        for line_no, amount in sorted(price_corrections.items()):
            if amount:
                parts.append((*_correction(left, line_no, amount, tax_kind_of(invoice), errors), 0))
        raise_if_any(errors)

        amounts = [part for _, _, part, _ in parts]
        lines_total = sum(a.total for a in amounts)
        before = _credited_so_far(invoice)
        left_total = invoice.taxable_total + _tax(invoice) - before["lines"]
        complete = lines_total >= left_total
        loyalty_left = invoice.loyalty_discount - before["loyalty"]
        points_left = invoice.points_earned + before["points"]
        share = loyalty_left if complete else _share(loyalty_left, lines_total, left_total)
        take = points_left if complete else _share(points_left, lines_total, left_total)
        redeemed_left = invoice.points_redeemed + before["redeemed"]
        give = redeemed_left if complete else _share(redeemed_left, lines_total, left_total)
        note_totals = totals(amounts, round_to_rupee=False, loyalty_discount=share)
        # what is left of the invoice's total: the last note credits exactly that, and no note
        # credits more (when the invoice was rounded down, the round-off comes off here)
        total_left = invoice.grand_total - before["grand_total"]
        if complete or note_totals.grand_total > total_left:
            note_totals = replace(
                note_totals,
                round_off=total_left - note_totals.grand_total,
                grand_total=total_left,
            )
        has_returns, has_corrections = any(returns.values()), any(price_corrections.values())
        kind_of_note = "mixed" if has_returns and has_corrections else "return"
        if not has_returns:
            kind_of_note = "price"
        number, year = doc_series.take("credit_note", doc_date)
        doc = create_note(
            "credit_note",
            invoice,
            number=number,
            year=year,
            doc_date=doc_date,
            due=None,
            note_reason=kind_of_note,
            note_totals=note_totals,
            points_earned=-take,
            points_redeemed=-give,
            reason=reason,
        )
        insert_lines(
            [
                line_row(
                    doc.id,
                    n,
                    line,
                    _item(left_line.row),
                    part,
                    against_line=left_line.row.id,
                    uqc=left_line.row.uqc,
                    loyalty_share=share,
                )
                for n, (left_line, line, part, share) in enumerate(parts, start=1)
            ]
        )
        ledger(
            invoice.customer_id,
            doc_date,
            "credit_note",
            doc_type="sales_doc",
            doc_id=doc.id,
            doc_number=number,
            description=f"Credit note {number} against {invoice.number}: {reason}",
            credit=note_totals.grand_total,
        )
        back = [
            (left_line.row.item_id, line.qty_milli)
            for left_line, line, _, _ in parts
            if line.qty_milli and left_line.row.item_id is not None
        ]
        tracked = {
            int(item_id)
            for (item_id,) in tuples(
                Item.select(Item.id).where(Item.id.in_([i for i, _ in back]) & Item.track_stock)
            )
        }
        move_stock([m for m in back if m[0] in tracked], "sale_return", doc.id, doc_date)
        move_points(invoice.customer_id, [-take, give], doc_date, doc.id)
        audit_note(doc, invoice, note_totals.grand_total, len(parts), reason, points=give - take)
    return get_document(number)


# --- what is left of an invoice -----------------------------------------------------------------


def _left_by_line(invoice: SalesDoc) -> dict[int, _Left]:
    rows = list(SalesDocLine.select().where(SalesDocLine.doc == invoice.id))
    done: dict[int, list[int]] = {}
    query = (
        SalesDocLine.select(
            SalesDocLine.against_line,
            pw.fn.SUM(SalesDocLine.qty_milli),
            pw.fn.SUM(SalesDocLine.discount),
            pw.fn.SUM(SalesDocLine.taxable),
            pw.fn.SUM(SalesDocLine.cgst),
            pw.fn.SUM(SalesDocLine.sgst),
            pw.fn.SUM(SalesDocLine.igst),
            pw.fn.SUM(SalesDocLine.loyalty_share),
            pw.fn.SUM(SalesDocLine.rcm_cgst),
            pw.fn.SUM(SalesDocLine.rcm_sgst),
            pw.fn.SUM(SalesDocLine.rcm_igst),
        )
        .join(SalesDoc)
        .where(
            SalesDocLine.against_line.in_([r.id for r in rows])
            & (SalesDoc.kind == "credit_note")
            & (SalesDoc.status == "posted")
        )
        .group_by(SalesDocLine.against_line)
    )
    for line_id, *sums in tuples(query):
        done[int(line_id)] = [int(s) for s in sums]
    left = {}
    for r in rows:
        qty, discount, taxable, cgst, sgst, igst, loyalty, *rcm = done.get(r.id, [0] * 10)
        taxable_left = r.taxable - taxable
        amounts = LineAmounts(
            gross=taxable_left + r.discount - discount,  # not stored; only the parts below are
            discount=r.discount - discount,
            taxable=taxable_left,
            gst_rate_bp=r.gst_rate_bp,
            cgst=r.cgst - cgst,
            sgst=r.sgst - sgst,
            igst=r.igst - igst,
            rcm_cgst=r.rcm_cgst - rcm[0],
            rcm_sgst=r.rcm_sgst - rcm[1],
            rcm_igst=r.rcm_igst - rcm[2],
        )
        left[r.line_no] = _Left(r, r.qty_milli - qty, amounts, r.loyalty_share - loyalty)
    return left


def _return(
    left: dict[int, _Left],
    line_no: int,
    qty: int,
    errors: list[FieldError],
) -> tuple[_Left, LineInput, LineAmounts, int]:
    """The part of a line returned, and its part of the line's loyalty share (the money is in the
    returned taxable value and tax already: the share records how much of it was points; the
    last return of a line takes all that is left of it)."""
    where = f"line {line_no} quantity"
    line = left.get(line_no)
    if line is None:
        raise ValidationError(
            FieldError(
                where,
                Message(
                    QT_TRANSLATE_NOOP("messages", "The invoice has no line {line_no}"),
                    line_no=line_no,
                ),
            )
        )
    try:
        part = returned_part(line.amounts, line.qty, already=0, returning=qty)
    except ValidationError:
        errors.append(
            FieldError(
                where,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Line {line_no}: at most {qty} can still be returned"
                    ),
                    line_no=line_no,
                    qty=_qty_text(line.qty),
                ),
            )
        )
        part = LineAmounts(0, 0, 0, line.amounts.gst_rate_bp, 0, 0, 0)
        share = 0
    else:
        share = divide_round(line.loyalty * qty, line.qty)
        line.loyalty -= share
        line.qty -= qty
        line.amounts = _minus(line.amounts, part)
    r = line.row
    typed = LineInput(
        r.description,
        qty,
        r.rate,
        r.gst_rate_bp,
        hsn_sac=r.hsn_sac,
        unit=r.unit,
        reverse_charge=bool(r.reverse_charge),
        supply_type=r.supply_type,
    )
    return line, typed, part, share


def _correction(
    left: dict[int, _Left], line_no: int, amount: int, tax_kind: TaxKind, errors: list[FieldError]
) -> tuple[_Left, LineInput, LineAmounts]:
    where = f"line {line_no} price"
    line = left.get(line_no)
    if line is None:
        raise ValidationError(
            FieldError(
                where,
                Message(
                    QT_TRANSLATE_NOOP("messages", "The invoice has no line {line_no}"),
                    line_no=line_no,
                ),
            )
        )
    have = line.amounts
    part = LineAmounts(0, 0, 0, have.gst_rate_bp, 0, 0, 0)
    if not 0 < amount <= have.taxable:
        errors.append(
            FieldError(
                where,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Line {line_no}: a price correction takes off more than 0 and "
                        "at most {taxable} of taxable value",
                    ),
                    line_no=line_no,
                    taxable=format_money(have.taxable),
                ),
            )
        )
    elif amount == have.taxable:  # all that is left: exactly its tax too
        part = replace(have, gross=amount, discount=0)
    else:
        # a reverse-charge line's correction moves the recipient's tax, never output tax
        full = price_correction(
            amount, have.gst_rate_bp, tax_kind, reverse_charge=bool(line.row.reverse_charge)
        )
        part = replace(
            full,
            cgst=min(full.cgst, have.cgst),
            sgst=min(full.sgst, have.sgst),
            igst=min(full.igst, have.igst),
            rcm_cgst=min(full.rcm_cgst, have.rcm_cgst),
            rcm_sgst=min(full.rcm_sgst, have.rcm_sgst),
            rcm_igst=min(full.rcm_igst, have.rcm_igst),
        )
    line.amounts = _minus(have, part)
    r = line.row
    typed = LineInput(
        f"Price correction: {r.description}"[:200],
        0,
        0,
        r.gst_rate_bp,
        hsn_sac=r.hsn_sac,
        unit=r.unit,
        reverse_charge=bool(r.reverse_charge),
        supply_type=r.supply_type,
    )
    return line, typed, part


def _minus(a: LineAmounts, b: LineAmounts) -> LineAmounts:
    return LineAmounts(
        a.gross - b.gross,
        a.discount - b.discount,
        a.taxable - b.taxable,
        a.gst_rate_bp,
        a.cgst - b.cgst,
        a.sgst - b.sgst,
        a.igst - b.igst,
        a.rcm_cgst - b.rcm_cgst,
        a.rcm_sgst - b.rcm_sgst,
        a.rcm_igst - b.rcm_igst,
    )


def _credited_so_far(invoice: SalesDoc) -> dict[str, int]:
    """What the posted credit notes against `invoice` took: the lines' value, loyalty and points
    from GST credit notes; the grand total from every credit note, financial ones too."""
    credited = credited_total(invoice)
    query = SalesDoc.select(
        pw.fn.COALESCE(
            pw.fn.SUM(
                SalesDoc.taxable_total
                + SalesDoc.cgst_total
                + SalesDoc.sgst_total
                + SalesDoc.igst_total
            ),
            0,
        ),
        pw.fn.COALESCE(pw.fn.SUM(SalesDoc.loyalty_discount), 0),
        pw.fn.COALESCE(pw.fn.SUM(SalesDoc.grand_total), 0),
        pw.fn.COALESCE(pw.fn.SUM(SalesDoc.points_earned), 0),
        pw.fn.COALESCE(pw.fn.SUM(SalesDoc.points_redeemed), 0),
    ).where(
        (SalesDoc.against == invoice.id)
        & (SalesDoc.kind == "credit_note")
        & (SalesDoc.status == "posted")
        & non_gst.gst_documents()
    )
    row = tuples(query)[0]
    sums = dict(
        zip(("lines", "loyalty", "grand_total", "points", "redeemed"), map(int, row), strict=True)
    )
    return sums | {"grand_total": credited}


def credited_total(invoice: SalesDoc) -> int:
    """The grand totals of every posted credit note against `invoice` (financial ones too)."""
    query = SalesDoc.select(pw.fn.COALESCE(pw.fn.SUM(SalesDoc.grand_total), 0)).where(
        (SalesDoc.against == invoice.id)
        & (SalesDoc.kind == "credit_note")
        & (SalesDoc.status == "posted")
    )
    return int(query.scalar())


def _share(left: int, part: int, whole: int) -> int:
    """`part / whole` of what is left, rounded half up (never more than is left)."""
    if whole <= 0 or left <= 0:
        return 0
    return min(left, divide_round(left * part, whole))


def _tax(doc: SalesDoc) -> int:
    return int(doc.cgst_total + doc.sgst_total + doc.igst_total)


def _item(row: SalesDocLine) -> Item | None:
    return Item.get_by_id(row.item_id) if row.item_id is not None else None
