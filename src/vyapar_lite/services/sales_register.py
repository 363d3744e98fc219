"""The sales register (day book of sales documents) for a period, in the shape GST returns take.

One row per document and GST rate: taxable value and CGST / SGST (UTGST) / IGST at that rate, as
an accountant enters outward supplies (GSTR-1 lists each invoice by rate). Documents in date and
number order; credit notes carry negative amounts (they reduce sales), so every column adds up to
the period's net sales. The document's own figures that belong to no rate (round-off and loyalty
redemption, "other") and its value (grand total) are on its first row only, so the columns still
add up: for each document, its rows' taxable + tax + other = its value.

Tax on reverse-charge lines is payable by the recipient, not by the shop (s.9(3)/9(4) CGST Act;
Rule 46(p)): it is in no output-tax column nor in the document's value, only in its own column
`rcm_tax` ("Tax payable by recipient (RCM)"), which GSTR-1 reports with the invoice (`rchrg` Y).

The customer's name and GSTIN are the document's as issued (`document_parties`), so an invoice
to a buyer who registers later stays B2C in its period, as it was reported.

A document brought in by the transactions import has no lines: its own taxable value and GST
are its one row, at the GST slab they imply (`invoice.implied_rate`); when no slab fits, the
rate is left blank and the row is marked imported (`RegisterRow.imported`, rate None).

Cancelled documents keep one row, marked cancelled, with no amounts: the number series stays
complete for the accountant, and nothing cancelled is counted.

Lines of one rate but of different supply kinds (taxable, nil-rated, exempt, non-GST) are rows
apart, so the accountant can tell a nil-rated supply from an exempt or a non-GST one, and each
from a taxable line at 0%: GSTR-1 table 8 and GSTR-3B Table 3.1 (c) and (e) report them apart.
Each row also says the document's invoice type (`invoice_type`) and whether tax on it is payable
on reverse charge (Rule 46(p) CGST Rules; GSTR-1 `rchrg`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, NamedTuple

import peewee as pw

from vyapar_lite.db.dialect import any_true
from vyapar_lite.db.models import Customer, DocumentParty, GstRate, SalesDoc, SalesDocLine
from vyapar_lite.domain import gst
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.invoice import implied_rate
from vyapar_lite.services import non_gst
from vyapar_lite.services.open_items import SALE_KINDS
from vyapar_lite.services.report_rows import day, iter_rows, rows_of
from vyapar_lite.services.returns import gstr1

KIND_LABELS = {"invoice": "Invoice", "credit_note": "Credit note", "debit_note": "Debit note"}
KINDS = tuple(KIND_LABELS)
_AGAINST = SalesDoc.alias("against_doc")
_SIGN = {"credit_note": -1}

B2B, B2CL, B2CS, EXPORT, SEZ = "B2B", "B2CL", "B2CS", "Export", "SEZ"
DEEMED_EXPORT = "DE"
INVOICE_TYPES = {
    B2B: "B2B",
    B2CL: "B2C large",
    B2CS: "B2C small",
    EXPORT: "Export",
    SEZ: "SEZ",
    DEEMED_EXPORT: "Deemed export",
}
SUPPLY_LABELS = {"taxable": "Taxable", "nil": "Nil-rated", "exempt": "Exempt", "non_gst": "Non-GST"}


def invoice_type(
    gstin: str,
    place: str,
    tax_kind: str,
    sez: str,
    invoice: tuple[date, int],
    *,
    deemed: str = "",
) -> str:
    """A document's invoice type, named as GSTR-1's tables sort it (`returns.gstr1` is the one
    classification; this reads its rules for one register row):

    - Export: to a buyer outside India, place of supply 96 (s.2(5) IGST Act; table 6A `exp`);
    - SEZ: to an SEZ unit or developer, with or without IGST (s.16(1)(b) IGST Act; table 6B);
    - Deemed export: a supply notified under s.147 CGST Act (Notification 48/2017-Central Tax),
      to a registered buyer, taxed as usual (table 6C, b2b invoice type DE);
    - B2B: to a registered person, a GSTIN on the document as issued (table 4);
    - B2CL: inter-state to an unregistered person, an invoice value above the limit of its date
      (`gstr1.b2cl_limit`: ₹1,00,000 from 1 August 2024; table 5);
    - B2CS: every other supply to an unregistered person (table 7).

    `invoice` is the invoice's (date, value) and `deemed` its deemed-export category ('' for
    none); for a credit or debit note, the invoice it corrects, as a note follows its invoice.
    """
    if place == gstr1.FOREIGN:
        return EXPORT
    if sez:
        return SEZ
    if deemed and gstin:
        return DEEMED_EXPORT
    if gstin:
        return B2B
    on, value = invoice
    if tax_kind != "intra" and value > gstr1.b2cl_limit(on):
        return B2CL
    return B2CS


class RegisterRow(NamedTuple):
    doc_date: date
    kind: str  # "invoice" | "credit_note" | "debit_note"
    number: str
    status: str  # "posted" | "cancelled"
    customer_code: str
    customer_name: str
    customer_gstin: str
    place_of_supply: str  # "27-Maharashtra"
    tax_kind: str  # "intra" | "inter" | "export"
    against: str  # for a note: the invoice it corrects
    rate_bp: int | None  # GST rate in basis points (1800 = 18%); None: imported, at no slab
    taxable: int  # paise; negative on credit notes; 0 when cancelled
    cgst: int
    sgst: int
    igst: int
    other: int | None  # round-off less loyalty redemption, on the document's first row only
    value: int | None  # the document's grand total, on its first row only
    supply_type: str = "taxable"  # 'taxable' | 'nil' | 'exempt' | 'non_gst' (`domain.supply`)
    reverse_charge: bool = False  # the document has a line on reverse charge
    invoice_type: str = B2CS  # `invoice_type()`: B2B, B2CL, B2CS, Export, SEZ, DE
    rcm_tax: int = 0  # tax payable by the recipient at this rate (reverse charge): not in value
    imported: bool = False  # brought in without lines (the transactions import)

    @property
    def supply_label(self) -> str:
        """'Taxable', 'Nil-rated', 'Exempt', 'Non-GST'; '' on a cancelled document's row."""
        return SUPPLY_LABELS.get(self.supply_type, "") if self.status == "posted" else ""

    @property
    def rated(self) -> bool:
        """A posted taxable row: its rate means something (0% on a nil or exempt row does not)."""
        return (
            self.status == "posted" and self.supply_type == "taxable" and self.rate_bp is not None
        )

    @property
    def marked_imported(self) -> bool:
        """An imported document whose figures fit no GST slab: its rate is blank."""
        return self.imported and self.rate_bp is None and self.status == "posted"

    @property
    def first_of_document(self) -> bool:
        return self.value is not None

    @property
    def is_b2b(self) -> bool:
        """To a registered buyer (a GSTIN on the document as issued): GSTR-1's b2b table."""
        return bool(self.customer_gstin)


@dataclass(frozen=True)
class Totals:
    taxable: int = 0
    cgst: int = 0
    sgst: int = 0
    igst: int = 0
    other: int = 0
    value: int = 0
    documents: int = 0
    rcm_tax: int = 0


@dataclass(frozen=True)
class RegisterSummary:
    start: date
    end: date
    rows: int  # how many register rows (for a screen's row count)
    cancelled: int  # cancelled documents in the period
    by_kind: dict[str, Totals]  # posted documents of each kind, amounts signed as in the rows
    by_rate: dict[int | None, Totals]  # rate_bp -> signed totals (None: imported, no slab)
    # the nil-rated, exempt and non-GST rows' totals by supply kind ('nil', 'exempt', 'non_gst'),
    # apart from a taxable 0% (they are in `by_rate` at 0 too, so its totals stay the register's)
    by_supply: dict[str, Totals]
    net: Totals  # every posted document: the register's column totals


def kind_label(row: RegisterRow) -> str:
    """`Invoice`, `Credit note`; `Invoice (imported)` for an imported one at no GST slab."""
    label = KIND_LABELS.get(row.kind, row.kind)
    return f"{label} (imported)" if row.marked_imported else label


def register_summary(start: date, end: date) -> RegisterSummary:
    """The period's totals, by document kind and by rate."""
    _check_period(start, end)
    by_kind: dict[str, Totals] = {}
    by_rate: dict[int | None, list[int]] = {}
    by_supply: dict[str, list[int]] = {}
    rows = cancelled = 0
    docs_seen: set[tuple[str, str]] = set()
    net = [0] * 6
    rcm_net = 0
    rcm_by_kind: dict[str, int] = dict.fromkeys(KINDS, 0)
    rcm_by_rate: dict[int | None, int] = {}
    kind_sums: dict[str, list[int]] = {kind: [0] * 7 for kind in KINDS}
    for row in iter_register(start, end):
        rows += 1
        if row.status != "posted":
            cancelled += 1
            continue
        amounts = (row.taxable, row.cgst, row.sgst, row.igst, row.other or 0, row.value or 0)
        acc = kind_sums[row.kind]
        for i, amount in enumerate(amounts):
            acc[i] += amount
            net[i] += amount
        if row.first_of_document:
            acc[6] += 1
            docs_seen.add((row.kind, row.number))
        rate = by_rate.setdefault(row.rate_bp, [0] * 7)
        for i, amount in enumerate(amounts[:4]):
            rate[i] += amount
        rate[6] += 1
        if row.supply_type != "taxable":
            kind = by_supply.setdefault(row.supply_type, [0] * 7)
            kind[0] += row.taxable
            kind[6] += 1
        rcm_net += row.rcm_tax
        rcm_by_kind[row.kind] += row.rcm_tax
        rcm_by_rate[row.rate_bp] = rcm_by_rate.get(row.rate_bp, 0) + row.rcm_tax
    by_kind = {
        kind: replace(Totals(*acc), rcm_tax=rcm_by_kind[kind]) for kind, acc in kind_sums.items()
    }
    return RegisterSummary(
        start,
        end,
        rows,
        cancelled,
        by_kind,
        {
            rate: replace(Totals(*acc), rcm_tax=rcm_by_rate[rate])
            for rate, acc in sorted(by_rate.items(), key=lambda kv: (kv[0] is None, kv[0] or 0))
        },
        {k: Totals(*by_supply[k]) for k in SUPPLY_LABELS if k in by_supply},
        Totals(net[0], net[1], net[2], net[3], net[4], net[5], len(docs_seen), rcm_net),
    )


def net_sales(start: date, end: date) -> int:
    """The register's net value for the period (`register_summary(...).net.value`: invoices and
    debit notes less credit notes, cancelled ones left out) in one aggregate query."""
    _check_period(start, end)
    return int(posted_value().where(SalesDoc.doc_date.between(start, end)).scalar() or 0)


def monthly_net_sales(first_month: date, months: int) -> list[tuple[date, int]]:
    """(first day of the month, net sales) for `months` calendar months from `first_month`'s,
    months without sales included as 0. One range query a month over the covering index
    `sales_doc_day_sales`: quicker than grouping by a computed month, and portable SQL."""
    starts = [_add_months(first_month.replace(day=1), n) for n in range(months)]
    return [(s, net_sales(s, _add_months(s, 1) - timedelta(days=1))) for s in starts]


def posted_value() -> Any:
    """SUM of posted documents' signed grand totals (credit notes taken off); add a period.
    Debit memos and financial credit notes (`non_gst`) are not sales and are left out."""
    negative = SalesDoc.grand_total * -1  # (a unary minus on a peewee field means DESC)
    signed = pw.Case(SalesDoc.kind, [("credit_note", negative)], SalesDoc.grand_total)
    return SalesDoc.select(pw.fn.SUM(signed)).where(
        (SalesDoc.status == "posted") & non_gst.gst_documents() & SalesDoc.kind.in_(SALE_KINDS)
    )


def _add_months(first: date, n: int) -> date:
    years, month = divmod(first.month - 1 + n, 12)
    return first.replace(year=first.year + years, month=month + 1, day=1)


def register_page(
    start: date, end: date, *, offset: int = 0, limit: int = 100
) -> list[RegisterRow]:
    """Rows `offset .. offset+limit-1` in date, number and rate order."""
    _check_period(start, end)
    query = _query(start, end).offset(max(offset, 0)).limit(max(limit, 0))
    slabs = _slabs()
    return [_row(r, slabs) for r in rows_of(query)]


def iter_register(start: date, end: date) -> Iterator[RegisterRow]:
    """Every row, read lazily (exports)."""
    _check_period(start, end)
    slabs = _slabs()
    for r in iter_rows(_query(start, end)):
        yield _row(r, slabs)


def _slabs() -> list[int]:
    """Every GST rate the shop has had in its list (an imported document may be at one the shop
    no longer offers)."""
    return [int(r.rate_bp) for r in GstRate.select(GstRate.rate_bp)]


def _check_period(start: date, end: date) -> None:
    if start > end:
        raise ValidationError(
            FieldError("period", f"The period starts ({start}) after it ends ({end})")
        )


def _query(start: date, end: date) -> Any:
    line_total = SalesDocLine.taxable + SalesDocLine.cgst + SalesDocLine.sgst + SalesDocLine.igst
    # a literal, not a parameter: a server matches the GROUP BY to the SELECT by its text
    supply = pw.fn.COALESCE(SalesDocLine.supply_type, pw.SQL("'taxable'"))
    by_rate = (
        SalesDoc.select(
            SalesDoc.doc_date.alias("doc_date"),
            SalesDoc.kind.alias("kind"),
            SalesDoc.number.alias("number"),
            SalesDoc.status.alias("status"),
            Customer.code.alias("code"),
            # As issued; a document without its snapshot (`check` reports it) shows the master.
            pw.fn.COALESCE(DocumentParty.party_name, Customer.name).alias("name"),
            pw.fn.COALESCE(DocumentParty.gstin, Customer.gstin).alias("gstin"),
            SalesDoc.place_of_supply.alias("place"),
            SalesDoc.tax_kind.alias("tax_kind"),
            pw.fn.COALESCE(_AGAINST.number, "").alias("against"),
            pw.fn.COALESCE(SalesDocLine.gst_rate_bp, 0).alias("rate"),
            # An imported document has no lines: its own taxable value and GST stand in.
            pw.fn.COALESCE(pw.fn.SUM(SalesDocLine.taxable), SalesDoc.taxable_total).alias(
                "taxable"
            ),
            pw.fn.COALESCE(pw.fn.SUM(SalesDocLine.cgst), SalesDoc.cgst_total).alias("cgst"),
            pw.fn.COALESCE(pw.fn.SUM(SalesDocLine.sgst), SalesDoc.sgst_total).alias("sgst"),
            pw.fn.COALESCE(pw.fn.SUM(SalesDocLine.igst), SalesDoc.igst_total).alias("igst"),
            pw.fn.COALESCE(
                pw.fn.SUM(SalesDocLine.rcm_cgst + SalesDocLine.rcm_sgst + SalesDocLine.rcm_igst),
                0,
            ).alias("rcm_tax"),
            (
                SalesDoc.grand_total
                - pw.fn.COALESCE(
                    pw.fn.SUM(pw.fn.SUM(line_total)).over(partition_by=[SalesDoc.id]),
                    SalesDoc.taxable_total
                    + SalesDoc.cgst_total
                    + SalesDoc.sgst_total
                    + SalesDoc.igst_total,
                )
            ).alias("other"),
            SalesDoc.grand_total.alias("value"),
            pw.fn.ROW_NUMBER()
            .over(partition_by=[SalesDoc.id], order_by=[SalesDocLine.gst_rate_bp, supply])
            .alias("nth"),
            supply.alias("supply"),
            pw.fn.COALESCE(
                any_true(any_true(SalesDocLine.reverse_charge)).over(partition_by=[SalesDoc.id]),
                False,
            ).alias("rcm"),
            SalesDoc.sez_supply.alias("sez"),
            pw.fn.COALESCE(_AGAINST.deemed_export, SalesDoc.deemed_export).alias("deemed"),
            pw.fn.COALESCE(_AGAINST.grand_total, SalesDoc.grand_total).alias("invoice_value"),
            pw.fn.COALESCE(_AGAINST.doc_date, SalesDoc.doc_date).alias("invoice_date"),
            pw.fn.COUNT(SalesDocLine.id).alias("lines"),
        )
        .join(Customer)
        .switch(SalesDoc)
        .join(
            DocumentParty,
            pw.JOIN.LEFT_OUTER,
            on=(DocumentParty.doc_type == "sales_doc") & (DocumentParty.doc_id == SalesDoc.id),
        )
        .switch(SalesDoc)
        .join(_AGAINST, pw.JOIN.LEFT_OUTER, on=(_AGAINST.id == SalesDoc.against))
        .switch(SalesDoc)
        .join(SalesDocLine, pw.JOIN.LEFT_OUTER, on=(SalesDocLine.doc == SalesDoc.id))
        .where(
            SalesDoc.doc_date.between(start, end)
            & non_gst.gst_documents()
            & SalesDoc.kind.in_(SALE_KINDS)
        )
        # the joined rows' keys too (each one row per document): a server groups only by them
        .group_by(
            SalesDoc.id,
            SalesDocLine.gst_rate_bp,
            supply,
            Customer.id,
            DocumentParty.doc_type,
            DocumentParty.doc_id,
            _AGAINST.id,
        )
        .alias("by_rate")
    )
    c = by_rate.c
    return (
        SalesDoc.select(
            c.doc_date,
            c.kind,
            c.number,
            c.status,
            c.code,
            c.name,
            c.gstin,
            c.place,
            c.tax_kind,
            c.against,
            c.rate,
            c.taxable,
            c.cgst,
            c.sgst,
            c.igst,
            c.other,
            c.value,
            c.nth,
            c.supply,
            c.rcm,
            c.sez,
            c.invoice_value,
            c.invoice_date,
            c.rcm_tax,
            c.deemed,
            c.lines,
        )
        .from_(by_rate)
        .where((c.status == "posted") | (c.nth == 1))
        .order_by(c.doc_date, c.number, c.rate, c.supply)
    )


def _row(r: tuple[Any, ...], slabs: list[int]) -> RegisterRow:
    (doc_date, kind, number, status, code, name, gstin, place, tax_kind, against, rate) = r[:11]
    taxable, cgst, sgst, igst, other, value, nth, supply, rcm, sez, invoice_value = r[11:22]
    invoice = (day(r[22]), int(invoice_value))
    rcm_tax, deemed, lines = r[23], r[24], r[25]
    first = nth == 1
    imported = not lines
    if imported:  # no lines: the rate its own taxable value and tax imply, if a slab fits
        rate = implied_rate(int(taxable), int(cgst), int(sgst), int(igst), slabs)
    if status != "posted":
        taxable = cgst = sgst = igst = other = value = rcm_tax = 0
    sign = _SIGN.get(kind, 1)
    return RegisterRow(
        day(doc_date),
        kind,
        number,
        status,
        code,
        name,
        gstin,
        _place(place),
        tax_kind,
        against,
        (None if rate is None else int(rate)) if status == "posted" else 0,
        sign * int(taxable),
        sign * int(cgst),
        sign * int(sgst),
        sign * int(igst),
        sign * int(other) if first else None,
        sign * int(value) if first else None,
        supply if status == "posted" else "taxable",
        bool(rcm) and status == "posted",
        invoice_type(gstin or "", place, tax_kind, sez, invoice, deemed=deemed or ""),
        sign * int(rcm_tax),
        imported,
    )


def _place(code: str) -> str:
    name = gst.STATES.get(code) or (gst.FOREIGN_NAME if code == gst.FOREIGN else "")
    return f"{code}-{name}" if name else code
