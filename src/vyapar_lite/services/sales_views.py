"""Reading posted sales documents: one document as the screens and prints see it, and lists.

What an invoice still owes is derived, never stored: grand total - the receipts allocated to it -
the credit notes against it, never below 0. An allocation counts only while both its receipt and
its document are posted, so cancelling either frees it without deleting anything.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

import peewee as pw

from vyapar_lite.db.models import (
    Allocation,
    Customer,
    Item,
    Receipt,
    SaleOrder,
    SalesDoc,
    SalesDocLine,
)
from vyapar_lite.domain import gst
from vyapar_lite.domain.document_parties import DocumentParties
from vyapar_lite.domain.invoice import LineAmounts, TaxKind, Totals, totals
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.services import document_parties
from vyapar_lite.services.sales_postings import find_doc, tax_kind_of, tuples

NOTE_KINDS = ("credit_note", "debit_note")


@dataclass(frozen=True)
class DocLine:
    line_no: int
    item_code: str
    description: str
    hsn_sac: str
    unit: str
    qty_milli: int
    rate: int
    discount: int
    taxable: int
    gst_rate_bp: int
    cgst: int
    sgst: int
    igst: int
    total: int
    returned_milli: int  # returned by credit notes (invoice lines only)
    uqc: str = ""  # the GST unit code it was issued with ("" before migration 13)
    loyalty_share: int = 0  # points redeemed taken off this line before tax
    reverse_charge: bool = False  # tax on it payable by the recipient, as issued
    supply_type: str = "taxable"  # 'taxable' | 'nil' | 'exempt' | 'non_gst' (as issued)
    # a reverse-charge line's tax, payable by the recipient (not in `total`; s.9(3) CGST Act)
    rcm_cgst: int = 0
    rcm_sgst: int = 0
    rcm_igst: int = 0

    @property
    def rcm_tax(self) -> int:
        return self.rcm_cgst + self.rcm_sgst + self.rcm_igst


@dataclass(frozen=True)
class DocumentView:
    kind: str  # "invoice" | "credit_note" | "debit_note"
    number: str
    doc_date: date
    due_date: date | None
    customer_code: str
    customer_name: str
    customer_gstin: str
    customer_address: str
    customer_state: str
    place_of_supply: str
    tax_kind: TaxKind
    state_tax_label: str
    lines: list[DocLine]
    totals: Totals
    received: int  # receipts allocated to it
    outstanding: int  # grand_total - allocations - credit notes against it (never < 0)
    status: str  # "posted" | "cancelled"
    cancel_reason: str
    against_number: str  # for notes: the invoice
    notes_against: list[str]  # for invoices: numbers of credit/debit notes against it
    order_number: str
    points_earned: int  # for a credit note: the invoice's earned points it took back (< 0)
    points_redeemed: int  # for a credit note: the invoice's redeemed points it gave back (< 0)
    notes: str  # for credit/debit notes: the reason
    # As issued (`document_parties`): the shop then, the place of supply's name, where the goods
    # went (printed as "Ship to" when it differs from the billing address).
    shop: ShopProfile | None = None
    place_name: str = ""
    delivery_address: str = ""
    ships_elsewhere: bool = False
    sez_supply: str = ""  # "SEWP" / "SEWOP" for a supply to an SEZ unit (services.sez_supply)
    deemed_export: str = ""  # its category for a deemed export (services.deemed_export)

    @property
    def loyalty_in_lines(self) -> int:
        """The points redeemed that came off the lines before tax (s.15(3)(a) CGST Act)."""
        return sum(line.loyalty_share for line in self.lines)

    # What the printed documents of issue 13 add (defaults keep older callers working):
    against_date: date | None = None  # for notes: the invoice's date
    note_reason: str = ""  # 'return' | 'price' | 'mixed' | 'debit' | 'bounce' | 'financial'
    customer_country: str = ""  # a foreign buyer's country of destination, as issued
    lut_reference: str = ""  # an export under LUT: the reference, as issued
    walk_in_name: str = ""  # a walk-in buyer named on a CASH invoice (Rule 46(e))
    walk_in_address: str = ""
    walk_in_state: str = ""
    # As issued (`domain.supply`), never re-read from the shop's registration: 'tax_invoice' |
    # 'bill_of_supply' | 'invoice_cum_bill_of_supply', and 'regular' | 'composition' |
    # 'unregistered'.
    document_type: str = "tax_invoice"
    supplier_scheme: str = "regular"
    # an export's shipping bill as issued (GSTR-1 table 6A): number, date, port code
    shipping_bill_number: str = ""
    shipping_bill_date: date | None = None
    port_code: str = ""
    # bill to / ship to (s.10(1)(b) IGST Act), as issued: delivered to a third party on the
    # buyer's direction, and the delivery address's state
    third_party_delivery: bool = False
    delivery_state: str = ""
    counter: str = ""  # the counter that posted it ('' before migration 26 or none named)


@dataclass(frozen=True)
class DocSummary:
    kind: str
    number: str
    doc_date: date
    customer_code: str
    customer_name: str
    grand_total: int
    outstanding: int
    status: str
    due_date: date | None


def get_document(number: str) -> DocumentView:
    """One document by its number; raises ValidationError when there is none."""
    doc = (
        SalesDoc.select(SalesDoc, Customer)
        .join(Customer)
        .where(SalesDoc.number == number.strip().upper())
        .get_or_none()
    )
    if doc is None:
        doc = find_doc(number)  # raises the message for a missing number
    return document_view(doc)


def document_view(doc: SalesDoc) -> DocumentView:
    customer = doc.customer  # joined by get_document
    rows: list[Any] = list(
        SalesDocLine.select(SalesDocLine, Item.code)
        .join(Item, pw.JOIN.LEFT_OUTER)
        .where(SalesDocLine.doc == doc.id)
        .order_by(SalesDocLine.line_no)
        .objects()
    )
    returned = returned_by_line([r.id for r in rows]) if doc.kind == "invoice" else {}
    lines = [
        DocLine(
            r.line_no,
            r.code or "",
            r.description,
            r.hsn_sac,
            r.unit,
            r.qty_milli,
            r.rate,
            r.discount,
            r.taxable,
            r.gst_rate_bp,
            r.cgst,
            r.sgst,
            r.igst,
            r.total,
            returned.get(r.id, 0),
            r.uqc,
            r.loyalty_share,
            bool(r.reverse_charge),
            supply_type=r.supply_type,
            rcm_cgst=r.rcm_cgst,
            rcm_sgst=r.rcm_sgst,
            rcm_igst=r.rcm_igst,
        )
        for r in rows
    ]
    paid = allocated([doc.id])
    notes_against = [
        str(n)
        for (n,) in tuples(
            SalesDoc.select(SalesDoc.number).where(SalesDoc.against == doc.id).order_by(SalesDoc.id)
        )
    ]
    against_doc = SalesDoc.get_by_id(doc.against_id) if doc.against_id else None
    order = SaleOrder.get_by_id(doc.order_id).number if doc.order_id else ""
    return _view(
        doc,
        customer.code,
        lines,
        received=paid.get(doc.id, 0),
        owed=outstanding([doc], paid=paid).get(doc.id, 0),
        notes_against=notes_against,
        against_doc=against_doc,
        order_number=order,
        issued=document_parties.read("sales_doc", doc.id),
    )


def invoice_as_posted(
    doc: SalesDoc,
    customer_code: str,
    lines: list[DocLine],
    *,
    received: int,
    issued: DocumentParties,
) -> DocumentView:
    """The view of an invoice its posting has just written (`doc` as created, its `lines`, the
    receipts allocated to it, its snapshot as kept), without reading any of it back: what
    `get_document` gives for it, as no credit note, cancellation or order can touch it yet
    (an invoice from a sale order is read back: its advance is another receipt's)."""
    return _view(
        doc,
        customer_code,
        lines,
        received=received,
        owed=max(0, doc.grand_total - received),
        notes_against=[],
        against_doc=None,
        order_number="",
        issued=issued,
    )


def doc_lines(rows: list[dict[str, Any]], item_codes: list[str]) -> list[DocLine]:
    """A new invoice's lines as `document_view` reads them, from the `line_row` dicts written
    (none returned yet) and each line's item code ("" for a line without an item)."""
    return [
        DocLine(
            row["line_no"],
            code,
            row["description"],
            row["hsn_sac"],
            row["unit"],
            row["qty_milli"],
            row["rate"],
            row["discount"],
            row["taxable"],
            row["gst_rate_bp"],
            row["cgst"],
            row["sgst"],
            row["igst"],
            row["total"],
            0,
            row["uqc"],
            row["loyalty_share"],
            bool(row["reverse_charge"]),
            supply_type=row["supply_type"],
            rcm_cgst=row["rcm_cgst"],
            rcm_sgst=row["rcm_sgst"],
            rcm_igst=row["rcm_igst"],
        )
        for row, code in zip(rows, item_codes, strict=True)
    ]


def _view(
    doc: SalesDoc,
    customer_code: str,
    lines: list[DocLine],
    *,
    received: int,
    owed: int,
    notes_against: list[str],
    against_doc: SalesDoc | None,
    order_number: str,
    issued: DocumentParties,
) -> DocumentView:
    amounts = [
        LineAmounts(
            0,
            0,
            line.taxable,
            line.gst_rate_bp,
            line.cgst,
            line.sgst,
            line.igst,
            line.rcm_cgst,
            line.rcm_sgst,
            line.rcm_igst,
        )
        for line in lines
    ]
    line_sums = totals(amounts, round_to_rupee=False)
    doc_totals = Totals(
        doc.taxable_total,
        doc.cgst_total,
        doc.sgst_total,
        doc.igst_total,
        doc.loyalty_discount,
        doc.round_off,
        doc.grand_total,
        line_sums.by_rate,
        line_sums.rcm_cgst,
        line_sums.rcm_sgst,
        line_sums.rcm_igst,
    )
    party = issued.party
    return DocumentView(
        kind=doc.kind,
        number=doc.number,
        doc_date=doc.doc_date,
        due_date=doc.due_date,
        customer_code=customer_code,
        customer_name=party.name,
        customer_gstin=party.gstin,
        customer_address=party.billing_address,
        customer_state=party.state_code,
        place_of_supply=doc.place_of_supply,
        tax_kind=tax_kind_of(doc),
        state_tax_label=gst.state_tax_label(issued.shop.state_code),
        lines=lines,
        totals=doc_totals,
        received=received,
        outstanding=owed,
        status=doc.status,
        cancel_reason=doc.cancel_reason,
        against_number=against_doc.number if against_doc else "",
        notes_against=notes_against,
        order_number=order_number,
        points_earned=doc.points_earned,
        points_redeemed=doc.points_redeemed,
        notes=doc.notes,
        shop=issued.shop,
        place_name=issued.place_name,
        delivery_address=party.shipping_address,
        ships_elsewhere=issued.ships_elsewhere or issued.third_party_delivery,
        delivery_state=issued.shipping_state_code,
        third_party_delivery=issued.third_party_delivery,
        sez_supply=doc.sez_supply,
        deemed_export=doc.deemed_export,
        against_date=against_doc.doc_date if against_doc else None,
        note_reason=doc.note_reason,
        customer_country=doc.country,
        lut_reference=doc.lut_reference,
        walk_in_name=doc.walk_in_name,
        walk_in_address=doc.walk_in_address,
        walk_in_state=doc.walk_in_state,
        document_type=doc.document_type,
        supplier_scheme=doc.supplier_scheme,
        shipping_bill_number=doc.shipping_bill_number,
        shipping_bill_date=doc.shipping_bill_date,
        port_code=doc.port_code,
        counter=doc.counter or "",
    )


def returned_by_line(line_ids: list[int]) -> dict[int, int]:
    """Quantity returned by posted credit notes, per invoice line id."""
    if not line_ids:
        return {}
    query = (
        SalesDocLine.select(SalesDocLine.against_line, pw.fn.SUM(SalesDocLine.qty_milli))
        .join(SalesDoc)
        .where(
            SalesDocLine.against_line.in_(line_ids)
            & (SalesDoc.kind == "credit_note")
            & (SalesDoc.status == "posted")
        )
        .group_by(SalesDocLine.against_line)
    )
    return {int(line): int(qty) for line, qty in tuples(query)}


def allocated(doc_ids: Iterable[int]) -> dict[int, int]:
    """Receipts allocated to each posted document (allocations of cancelled receipts excluded)."""
    ids = list(doc_ids)
    if not ids:
        return {}
    query = (
        Allocation.select(Allocation.doc, pw.fn.SUM(Allocation.amount))
        .join(Receipt)
        .switch(Allocation)
        .join(SalesDoc)
        .where(
            Allocation.doc.in_(ids) & (Receipt.status == "posted") & (SalesDoc.status == "posted")
        )
        .group_by(Allocation.doc)
    )
    return {int(doc): int(amount) for doc, amount in tuples(query)}


def credited(doc_ids: Iterable[int]) -> dict[int, int]:
    """Grand totals of the posted credit notes against each document."""
    ids = list(doc_ids)
    if not ids:
        return {}
    query = (
        SalesDoc.select(SalesDoc.against, pw.fn.SUM(SalesDoc.grand_total))
        .where(
            SalesDoc.against.in_(ids)
            & (SalesDoc.kind == "credit_note")
            & (SalesDoc.status == "posted")
        )
        .group_by(SalesDoc.against)
    )
    return {int(doc): int(amount) for doc, amount in tuples(query)}


def outstanding(docs: Iterable[Any], *, paid: dict[int, int] | None = None) -> dict[int, int]:
    """What each invoice or debit note still owes (0 for credit notes and cancelled documents).

    `docs` are rows with `id`, `kind`, `status` and `grand_total`; `paid`, when the caller has
    it, is `allocated()` of them."""
    owing = [d for d in docs if d.status == "posted" and d.kind != "credit_note"]
    if paid is None:
        paid = allocated(d.id for d in owing)
    notes = credited(d.id for d in owing if d.kind == "invoice")
    result = {d.id: max(0, d.grand_total - paid.get(d.id, 0) - notes.get(d.id, 0)) for d in owing}
    return result


def _summary_query() -> Any:
    return SalesDoc.select(
        SalesDoc.id,
        SalesDoc.kind,
        SalesDoc.number,
        SalesDoc.doc_date,
        SalesDoc.grand_total,
        SalesDoc.status,
        SalesDoc.due_date,
        Customer.code,
        Customer.name,
    ).join(Customer)


def _summaries(query: Any) -> list[DocSummary]:
    rows = list(query.objects())
    owed = outstanding(rows)
    return [
        DocSummary(
            r.kind,
            r.number,
            r.doc_date,
            r.code,
            r.name,
            r.grand_total,
            owed.get(r.id, 0),
            r.status,
            r.due_date,
        )
        for r in rows
    ]


def customer_documents(code: str, *, limit: int = 500) -> list[DocSummary]:
    """A customer's invoices and notes, newest first (orders are listed by `orders`)."""
    query = (
        _summary_query()
        .where(Customer.code == code.strip().upper())
        .order_by(SalesDoc.doc_date.desc(), SalesDoc.id.desc())
        .limit(limit)
    )
    return _summaries(query)


def recent_documents(*, search: str = "", kind: str = "", limit: int = 200) -> list[DocSummary]:
    """The Sales screen's list, newest first: `search` matches a number, customer code or name.
    Opening bills are debts from before the app, not sales: they show on the customer's page."""
    query = _summary_query().where(SalesDoc.kind != "opening_bill")
    if kind:
        query = query.where(SalesDoc.kind == kind)
    text = search.strip()
    if text:
        query = query.where(
            SalesDoc.number.contains(text)
            | Customer.code.contains(text)
            | Customer.name.contains(text)
        )
    return _summaries(query.order_by(SalesDoc.doc_date.desc(), SalesDoc.id.desc()).limit(limit))
