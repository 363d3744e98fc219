"""The writes every sales document shares: ledger entries, receipts, stock and loyalty moves, lines.

A document's stock moves are written in one insert of `services.items.move_values` rows (the
items service's own row format) rather than one `items.record_stock_move` call per line, which
costs two queries a line: a third of posting a 10-line invoice (see benchmarks/post_invoice.py).

Each function runs inside the caller's transaction (the document's one `database.atomic()`), so a
document and everything it moves are saved, or rolled back, together.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from vyapar_lite.db import bulk, database, ready
from vyapar_lite.db.models import (
    Customer,
    Item,
    LedgerEntry,
    LoyaltyMove,
    Receipt,
    SalesDoc,
    SalesDocLine,
    StockMove,
)
from vyapar_lite.domain import supply
from vyapar_lite.domain.document_parties import DocumentParties
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.invoice import LineAmounts, LineInput, TaxKind, Totals, financial_year
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.domain.uqc import uqc_for_unit
from vyapar_lite.services import (
    audit,
    counters,
    doc_series,
    document_parties,
    items,
    money_receiving,
    sez_supply,
)

MAX_NOTES = 1000  # characters of a document's notes
PAYMENT_MODES = ("cash", "upi", "card", "bank", "cheque")
MODE_LABELS = {
    "cash": "Cash",
    "upi": "UPI",
    "card": "Card",
    "bank": "Bank transfer",
    "cheque": "Cheque",
}


def tax_kind_of(doc: SalesDoc) -> TaxKind:
    """The document's tax kind; a supply to an SEZ unit without IGST paid is "zero"."""
    return sez_supply.tax_kind(doc.sez_supply, doc.tax_kind)


def supply_scheme_of(doc: SalesDoc) -> supply.Scheme:
    """The shop's scheme when the document was issued (stored on it, migration 14)."""
    scheme: supply.Scheme = "regular"
    if doc.supplier_scheme in ("composition", "unregistered"):
        scheme = "composition" if doc.supplier_scheme == "composition" else "unregistered"
    return scheme


def tuples(query: Any) -> list[tuple[Any, ...]]:
    """A query's rows as plain tuples (peewee's hints type them as model objects)."""
    return list(query.tuples())


def ledger(
    customer_id: int,
    on: date,
    kind: str,
    *,
    doc_type: str,
    doc_id: int,
    doc_number: str,
    description: str,
    debit: int = 0,
    credit: int = 0,
) -> None:
    bulk.add_row(  # LedgerEntry.create, its statement built once, its id not read back
        LedgerEntry,
        {
            "customer": customer_id,
            "entry_date": on,
            "kind": kind,
            "doc_number": doc_number,
            "description": description,
            "debit": debit,
            "credit": credit,
            "created_at": datetime.now(),
            "doc_type": doc_type,
            "doc_id": doc_id,
        },
    )


def move_stock(moves: Sequence[tuple[int, int]], reason: str, doc_id: int, on: date) -> None:
    """A document's stock moves, (item id, qty_milli: + in, - out) each, for items that track
    stock (the caller knows which), in one insert."""
    now = datetime.now()
    rows = [
        items.move_values(item_id, qty, reason, on, now=now, doc_type="sales_doc", doc_id=doc_id)
        for item_id, qty in moves
        if qty
    ]
    bulk.insert_rows(StockMove, rows)


def move_points(customer_id: int, points: Sequence[int], on: date, doc_id: int) -> None:
    """A document's loyalty moves (earned +, redeemed or taken back -), and the customer's cached
    points balance moved by their sum, so it always equals SUM(loyalty_move.points)."""
    now = datetime.now()
    rows = [
        {
            "customer": customer_id,
            "move_date": on,
            "points": n,
            "doc_type": "sales_doc",
            "doc_id": doc_id,
            "created_at": now,
        }
        for n in points
        if n
    ]
    if not rows:
        return
    bulk.insert_rows(LoyaltyMove, rows)
    # Customer.update(loyalty_points=+sum).where(id), as text once (every post runs it: issue 18)
    database.execute_sql(
        'UPDATE "customer" SET "loyalty_points" = "loyalty_points" + ? WHERE "id" = ?',
        (sum(points), customer_id),
    )


def check_notes(notes: str) -> list[FieldError]:
    """A document's notes: at most MAX_NOTES characters."""
    if len(notes) <= MAX_NOTES:
        return []
    return [
        FieldError(
            "notes",
            Message(
                QT_TRANSLATE_NOOP("messages", "Notes can have at most {max_notes} characters"),
                max_notes=MAX_NOTES,
            ),
        )
    ]


def check_mode(mode: str) -> list[FieldError]:
    if mode in PAYMENT_MODES:
        return []
    return [FieldError("mode", "Choose how the money was paid: " + ", ".join(MODE_LABELS.values()))]


def post_receipt(
    customer: Customer,
    on: date,
    amount: int,
    *,
    mode: str,
    reference: str,
    origin: str,
    description: str,
    account_id: int | None = None,
    parties: DocumentParties | None = None,
) -> Receipt:
    """Money received: the receipt (numbered in its year's series), its ledger credit, audit;
    its money into `account_id` (the cash drawer chosen; None: the mode's account), refused by
    `money_accounts.chosen_account` as a receipt's is. `parties`: its snapshot, worked out
    before the transaction (`document_parties.snapshot(customer)`); None: taken now."""
    number, _year = doc_series.take("receipt", on)
    receipt = write_receipt(
        customer, on, amount, mode=mode, reference=reference, origin=origin, number=number,
        parties=parties or document_parties.snapshot(customer),
    )  # fmt: skip
    receiving = money_receiving.ready_to_receive(mode, account_id, on)
    book_receipt(receipt, customer, description=description, receiving=receiving)
    return receipt


def write_receipt(
    customer: Customer,
    on: date,
    amount: int,
    *,
    mode: str,
    reference: str,
    origin: str,
    number: str,
    parties: DocumentParties,
) -> Receipt:
    """The receipt's row under `number` (a placeholder when it is numbered later:
    `number_receipt`) and its snapshot (`parties`); `book_receipt` writes what it moves."""
    reference = reference.strip()
    receipt = bulk.create(
        Receipt,
        number=number,
        counter=counters.current(),
        fin_year=financial_year(on),
        receipt_date=on,
        customer=customer.id,
        amount=amount,
        mode=mode,
        reference=reference,
        cheque_number=reference if mode == "cheque" else "",
        origin=origin,
        created_at=datetime.now(),
    )
    document_parties.keep("receipt", receipt.id, parties)
    return receipt


def number_receipt(receipt: Receipt, number: str) -> None:
    """Give a receipt written under a placeholder (`write_receipt`) its number."""
    database.execute_sql("UPDATE receipt SET number = ? WHERE id = ?", (number, receipt.id))
    receipt.number = number


def book_receipt(
    receipt: Receipt,
    customer: Customer,
    *,
    description: str,
    receiving: money_receiving.Receiving | None,
) -> None:
    """What a numbered receipt moves: its money (`receiving`, worked out before: None for a
    cheque, whose money moves when it clears), its ledger credit and its audit row."""
    on, amount, number = receipt.receipt_date, receipt.amount, receipt.number
    if receiving is not None:
        money_receiving.receive_ready(
            receiving,
            amount,
            doc_type="receipt",
            doc_id=receipt.id,
            doc_number=number,
            description=description,
        )
    ledger(
        customer.id,
        on,
        "receipt",
        doc_type="receipt",
        doc_id=receipt.id,
        doc_number=number,
        description=description,
        credit=amount,
    )
    audit.record(
        "post",
        "receipt",
        receipt.id,
        label=number,
        after={"date": on, "amount": amount, "mode": receipt.mode, "reference": receipt.reference},
        customer_id=customer.id,
        note=description,
    )


@dataclass(frozen=True)
class ResolvedLines:
    """Lines with their item master rows (None for a free-text line), HSN and unit filled in."""

    lines: list[LineInput]
    items: list[Item | None]


def resolve_items(lines: Sequence[LineInput]) -> tuple[ResolvedLines, list[FieldError]]:
    """Look up each line's item code; fill a blank HSN/SAC or unit from the item."""
    codes = {line.item_code.strip().upper() for line in lines if line.item_code.strip()}
    found = {row.code: row for row in ready.rows_where_in(Item, "code", sorted(codes))}
    errors: list[FieldError] = []
    resolved: list[LineInput] = []
    items: list[Item | None] = []
    for number, typed in enumerate(lines, start=1):
        line = typed
        code = line.item_code.strip().upper()
        row = found.get(code) if code else None
        if code and row is None:
            errors.append(
                FieldError(f"line {number} item", f"Line {number}: no item has code {code}")
            )
        elif row is not None and not row.is_active:
            errors.append(
                FieldError(f"line {number} item", f"Line {number}: {row.name} is no longer sold")
            )
        if row is not None:
            line = replace(
                line,
                item_code=row.code,
                hsn_sac=line.hsn_sac or row.hsn_sac,
                unit=line.unit or row.unit,
                reverse_charge=line.reverse_charge or bool(row.reverse_charge),
                supply_type=line.supply_type or row.supply_type,
            )
        resolved.append(line)
        items.append(row)
    return ResolvedLines(resolved, items), errors


def active_rates() -> set[int]:
    # GstRate.select(rate_bp).where(is_active), as text once (every invoice reads it: issue 18)
    rows = database.execute_sql('SELECT "rate_bp" FROM "gst_rate" WHERE "is_active"').fetchall()
    return {int(rate) for (rate,) in rows}


def line_row(
    doc_id: int,
    line_no: int,
    line: LineInput,
    item: Item | None,
    amounts: LineAmounts,
    *,
    against_line: int | None = None,
    uqc: str | None = None,
    loyalty_share: int = 0,
) -> dict[str, Any]:
    """A `sales_doc_line` row for `bulk.insert_rows` (every row of one call has the same keys).

    The GST unit code is stored as issued: `uqc`, else the item's, else the one for the line's
    unit word. `loyalty_share` is the part of the points redeemed taken off the line before tax.
    """
    if uqc is None:
        uqc = item.uqc if item is not None else uqc_for_unit(line.unit)
    return {
        "doc": doc_id,
        "line_no": line_no,
        "item": item.id if item is not None else None,
        "description": line.description.strip(),
        "hsn_sac": line.hsn_sac,
        "unit": line.unit,
        "uqc": uqc,
        "qty_milli": line.qty_milli,
        "rate": line.rate,
        "discount": amounts.discount,
        "taxable": amounts.taxable,
        "gst_rate_bp": amounts.gst_rate_bp,
        "cgst": amounts.cgst,
        "sgst": amounts.sgst,
        "igst": amounts.igst,
        # tax payable by the recipient on a reverse-charge line (s.9(3) CGST Act): not in total
        "rcm_cgst": amounts.rcm_cgst,
        "rcm_sgst": amounts.rcm_sgst,
        "rcm_igst": amounts.rcm_igst,
        "total": amounts.total,
        "loyalty_share": loyalty_share,
        "against_line": against_line,
        "reverse_charge": line.reverse_charge,  # as issued, whatever the item says later
        "supply_type": supply.clean_supply_type(line.supply_type),
    }


def insert_lines(rows: list[dict[str, Any]]) -> None:
    bulk.insert_rows(SalesDocLine, rows)


def find_doc(number: str, *, field: str = "number") -> SalesDoc:
    row = SalesDoc.get_or_none(SalesDoc.number == number.strip().upper())
    if row is None:
        raise ValidationError(FieldError(field, f"There is no sales document {number.strip()}"))
    return row


def posted_invoice(number: str) -> SalesDoc:
    """The invoice a note is raised against: it must exist, be an invoice and not be cancelled."""
    doc = find_doc(number, field="invoice")
    if doc.kind != "invoice":
        raise ValidationError(FieldError("invoice", f"{doc.number} is not an invoice"))
    if doc.status != "posted":
        raise ValidationError(FieldError("invoice", f"Invoice {doc.number} is cancelled"))
    return doc


# --- credit and debit notes ------------------------------------------------------------------


def check_note_date(invoice: SalesDoc, doc_date: date) -> None:
    """A credit or debit note is dated on or after its invoice."""
    if doc_date < invoice.doc_date:
        raise ValidationError(
            FieldError(
                "doc_date",
                f"A note cannot be dated before its invoice ({invoice.doc_date:%d-%m-%Y})",
            )
        )


def create_note(
    kind: str,
    invoice: SalesDoc,
    *,
    number: str,
    year: str,
    doc_date: date,
    due: date | None,
    note_reason: str,
    note_totals: Totals,
    points_earned: int,
    points_redeemed: int,
    reason: str,
) -> SalesDoc:
    """The note's row: taxed as its invoice (place of supply, tax kind); the reason in `notes`;
    its snapshot of the parties (the masters now, the invoice's place of supply)."""
    note = SalesDoc.create(
        kind=kind,
        number=number,
        counter=counters.current(),
        fin_year=year,
        doc_date=doc_date,
        due_date=due,
        customer=invoice.customer_id,
        place_of_supply=invoice.place_of_supply,
        tax_kind=invoice.tax_kind,
        sez_supply=invoice.sez_supply,
        against=invoice.id,
        note_reason=note_reason,
        taxable_total=note_totals.taxable,
        cgst_total=note_totals.cgst,
        sgst_total=note_totals.sgst,
        igst_total=note_totals.igst,
        round_off=note_totals.round_off,
        loyalty_discount=note_totals.loyalty_discount,
        grand_total=note_totals.grand_total,
        points_earned=points_earned,
        points_redeemed=points_redeemed,
        notes=reason,
        created_at=datetime.now(),
        document_type=invoice.document_type,
        supplier_scheme=invoice.supplier_scheme,
    )
    document_parties.take(
        "sales_doc",
        note.id,
        Customer.get_by_id(invoice.customer_id),
        place_of_supply=invoice.place_of_supply,
    )
    return note


def audit_note(
    doc: SalesDoc, invoice: SalesDoc, grand_total: int, lines: int, reason: str, *, points: int
) -> None:
    """The note's audit row, on its customer's trail."""
    audit.record(
        "post",
        "sales_doc",
        doc.id,
        label=doc.number,
        after={
            "kind": doc.kind,
            "date": doc.doc_date,
            "against": invoice.number,
            "lines": lines,
            "grand_total": grand_total,
            "points": points,
        },
        customer_id=invoice.customer_id,
        note=reason,
    )
