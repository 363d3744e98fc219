"""The period's GST documents as issued, for the returns: parties from the snapshot, lines as
stored, never the customer or item masters.

Every `sales_doc` of a sales kind (invoice, credit note, debit note) dated in the period that is
a GST document (`non_gst`: a bounced cheque's debit memo and a financial credit note are not
supplies and are left out), cancelled ones included (the returns count them in `doc_issue`).
Read in two queries, documents and their lines, as plain tuples (`report_rows`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import peewee as pw

from vyapar_lite.db.models import Customer, DocumentParty, SalesDoc, SalesDocLine
from vyapar_lite.services import non_gst
from vyapar_lite.services.open_items import SALE_KINDS
from vyapar_lite.services.report_rows import day, iter_rows

_AGAINST = SalesDoc.alias("against_doc")
_AGAINST_PARTY = DocumentParty.alias("against_party")


@dataclass(frozen=True)
class IssuedLine:
    line_no: int
    description: str
    hsn_sac: str
    uqc: str  # "" for a line issued before GST unit codes were kept
    qty_milli: int
    rate_bp: int
    taxable: int  # paise, as stored (positive on notes too)
    igst: int
    cgst: int
    sgst: int
    supply_type: str  # 'taxable' | 'nil' | 'exempt' | 'non_gst'
    reverse_charge: bool


@dataclass(frozen=True)
class Original:
    """The invoice a note corrects, as it was issued."""

    number: str
    doc_date: date
    value: int
    place: str
    tax_kind: str
    sez_supply: str
    gstin: str
    deemed_export: str = ""  # its category (`services.deemed_export`), '' when not one


@dataclass(frozen=True)
class IssuedDocument:
    doc_id: int
    kind: str  # 'invoice' | 'credit_note' | 'debit_note'
    number: str
    doc_date: date
    status: str  # 'posted' | 'cancelled'
    customer_code: str
    party_name: str
    gstin: str  # the buyer's GSTIN as issued ('' unregistered)
    place: str  # place of supply, state code ('96' outside India)
    shop_state: str
    tax_kind: str  # as stored: 'intra' | 'inter' | 'export'
    sez_supply: str  # '' | 'SEWP' | 'SEWOP'
    value: int  # grand total, paise
    taxable_total: int
    igst_total: int
    cgst_total: int
    sgst_total: int
    shipping_bill_number: str
    shipping_bill_date: date | None
    port_code: str
    original: Original | None  # a note's invoice
    scheme: str = "regular"  # the shop's scheme when issued: 'regular' | 'composition' | ...
    has_snapshot: bool = True  # its parties as issued are kept (`document_parties`)
    deemed_export: str = ""  # '' | a deemed export's category (s.147 CGST Act)
    lines: list[IssuedLine] = field(default_factory=list)
    imported: bool = False  # no lines kept (imported history): the totals stand in

    @property
    def posted(self) -> bool:
        return self.status == "posted"

    @property
    def registered(self) -> bool:
        return bool(self.gstin)


def issued_documents(start: date, end: date) -> list[IssuedDocument]:
    """The period's GST documents in date and number order, each with its lines."""
    docs: dict[int, IssuedDocument] = {}
    for r in iter_rows(_documents(start, end)):
        doc = _document(r)
        docs[doc.doc_id] = doc
    for r in iter_rows(_lines(start, end)):
        doc_id, *rest = r
        owner = docs.get(doc_id)
        if owner is not None:
            owner.lines.append(_line(rest))
    for doc_id, doc in list(docs.items()):
        if not doc.lines:
            docs[doc_id] = _standing_in(doc)
    return list(docs.values())


def _in_period(start: date, end: date) -> Any:
    return (
        SalesDoc.doc_date.between(start, end)
        & SalesDoc.kind.in_(SALE_KINDS)
        & non_gst.gst_documents()
    )


def _documents(start: date, end: date) -> Any:
    return (
        SalesDoc.select(
            SalesDoc.id,
            SalesDoc.kind,
            SalesDoc.number,
            SalesDoc.doc_date,
            SalesDoc.status,
            Customer.code,
            # As issued, never the master: a document without its snapshot (`check` names it)
            # reads as nobody, and the "not ready" check stops its return.
            DocumentParty.party_name,
            pw.fn.COALESCE(DocumentParty.gstin, ""),
            SalesDoc.place_of_supply,
            pw.fn.COALESCE(DocumentParty.shop_state_code, ""),
            SalesDoc.tax_kind,
            SalesDoc.sez_supply,
            SalesDoc.grand_total,
            SalesDoc.taxable_total,
            SalesDoc.igst_total,
            SalesDoc.cgst_total,
            SalesDoc.sgst_total,
            SalesDoc.shipping_bill_number,
            SalesDoc.shipping_bill_date,
            SalesDoc.port_code,
            SalesDoc.supplier_scheme,
            _AGAINST.number,
            _AGAINST.doc_date,
            _AGAINST.grand_total,
            _AGAINST.place_of_supply,
            _AGAINST.tax_kind,
            _AGAINST.sez_supply,
            pw.fn.COALESCE(_AGAINST_PARTY.gstin, ""),
            SalesDoc.deemed_export,
            _AGAINST.deemed_export,
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
        .join(
            _AGAINST_PARTY,
            pw.JOIN.LEFT_OUTER,
            on=(_AGAINST_PARTY.doc_type == "sales_doc") & (_AGAINST_PARTY.doc_id == _AGAINST.id),
        )
        .where(_in_period(start, end))
        .order_by(SalesDoc.doc_date, SalesDoc.number)
    )


def _lines(start: date, end: date) -> Any:
    return (
        SalesDocLine.select(
            SalesDocLine.doc,
            SalesDocLine.line_no,
            SalesDocLine.description,
            SalesDocLine.hsn_sac,
            SalesDocLine.uqc,
            SalesDocLine.qty_milli,
            SalesDocLine.gst_rate_bp,
            SalesDocLine.taxable,
            # A reverse-charge line's tax is the recipient's to pay (s.9(3) CGST Act), kept apart
            # from the line's own (0) tax; GSTR-1 still reports it with the invoice (table 4B,
            # `rchrg` Y), so the return reads both.
            (SalesDocLine.igst + SalesDocLine.rcm_igst).alias("igst"),
            (SalesDocLine.cgst + SalesDocLine.rcm_cgst).alias("cgst"),
            (SalesDocLine.sgst + SalesDocLine.rcm_sgst).alias("sgst"),
            SalesDocLine.supply_type,
            SalesDocLine.reverse_charge,
        )
        .join(SalesDoc)
        .where(_in_period(start, end))
        .order_by(SalesDocLine.doc, SalesDocLine.line_no)
    )


def _document(r: tuple[Any, ...]) -> IssuedDocument:
    (doc_id, kind, number, doc_date, status, code, name, gstin, place, shop_state) = r[:10]
    (tax_kind, sez, value, taxable, igst, cgst, sgst, sb_number, sb_date, port) = r[10:20]
    scheme = r[20]
    (a_number, a_date, a_value, a_place, a_kind, a_sez, a_gstin) = r[21:28]
    deemed, a_deemed = r[28:]
    original = None
    if a_number is not None:
        original = Original(
            a_number,
            day(a_date),
            int(a_value),
            a_place,
            a_kind,
            a_sez,
            a_gstin or gstin or "",
            a_deemed or "",
        )
    return IssuedDocument(
        doc_id=int(doc_id),
        kind=kind,
        number=number,
        doc_date=day(doc_date),
        status=status,
        customer_code=code,
        party_name=name or "",
        has_snapshot=name is not None,
        gstin=(gstin or "").strip().upper(),
        place=place,
        shop_state=shop_state,
        tax_kind=tax_kind,
        sez_supply=sez or "",
        value=int(value),
        taxable_total=int(taxable),
        igst_total=int(igst),
        cgst_total=int(cgst),
        sgst_total=int(sgst),
        shipping_bill_number=sb_number or "",
        shipping_bill_date=day(sb_date) if sb_date else None,
        port_code=port or "",
        original=original,
        scheme=scheme or "regular",
        deemed_export=deemed or "",
    )


def _line(r: list[Any]) -> IssuedLine:
    (line_no, description, hsn, uqc, qty, rate, taxable, igst, cgst, sgst, supply, rc) = r
    return IssuedLine(
        int(line_no),
        description,
        (hsn or "").strip(),
        (uqc or "").strip().upper(),
        int(qty),
        int(rate),
        int(taxable),
        int(igst),
        int(cgst),
        int(sgst),
        supply or "taxable",
        bool(rc),
    )


# GST rates a document's tax can come to (basis points): an imported document's rate is the one
# nearest its tax / taxable value (its own rounding moves that by a little).
KNOWN_RATES_BP = (0, 10, 25, 100, 150, 300, 500, 600, 750, 1200, 1800, 2800, 4000)


def rate_of(taxable: int, tax: int) -> int:
    """The known GST rate nearest `tax` / `taxable` (0 without a taxable value)."""
    if taxable <= 0:
        return 0
    return min(KNOWN_RATES_BP, key=lambda bp: abs(tax * 10000 - bp * taxable))


def _standing_in(doc: IssuedDocument) -> IssuedDocument:
    """A document kept without lines (imported history): one line of its own totals, at the
    rate its tax comes to, with no HSN (the "not ready" check names it)."""
    tax = doc.igst_total + doc.cgst_total + doc.sgst_total
    line = IssuedLine(
        1, "", "", "", 0, rate_of(doc.taxable_total, tax), doc.taxable_total, doc.igst_total,
        doc.cgst_total, doc.sgst_total, "taxable", False,
    )  # fmt: skip
    doc.lines.append(line)
    return IssuedDocument(**{**doc.__dict__, "imported": True})
